from .counters import ExperimentCount, GuardrailCount
from .experiments import Experiment
from .goals import GOAL_CHOICES
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
