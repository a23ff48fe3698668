from .counters import ExperimentCount, GuardrailCount
from .experiments import GOAL_CHOICES, Experiment
from .lifecycle import TransitionError
from .slots import MessageSlot, MessageVariant

__all__ = [
    "ExperimentCount",
    "GuardrailCount",
    "Experiment",
    "GOAL_CHOICES",
    "MessageSlot",
    "MessageVariant",
    "TransitionError",
]
