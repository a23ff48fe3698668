"""Keep the cached list of running experiments true when experiments or slots change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Experiment, MessageSlot, MessageVariant
from .models.lifecycle import experiment_moved
from .running import forget


@receiver(post_save, sender=Experiment)
@receiver(post_delete, sender=Experiment)
@receiver(post_save, sender=MessageSlot)
@receiver(post_save, sender=MessageVariant)
@receiver(post_delete, sender=MessageVariant)
def forget_running_experiments(sender, **kwargs):
    forget()


@receiver(experiment_moved)
def forget_after_transition(sender, **kwargs):
    """A start, pause, conclusion or promotion changes which experiments run (the lifecycle's updates
    send no post_save)."""
    forget()
