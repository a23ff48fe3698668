from .counters import ExperimentCount
from .experiments import GOAL_CHOICES, Experiment
from .lifecycle import TransitionError
from .slots import MessageSlot, MessageVariant

__all__ = ["ExperimentCount", "Experiment", "GOAL_CHOICES", "MessageSlot", "MessageVariant", "TransitionError"]
