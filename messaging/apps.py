from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = _("Tested messages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.variant_assignment import register_assignment

        from . import signals  # noqa: F401  (cache invalidation when messages or experiments change)
        from .assignment import ExperimentAssignment

        # Imported here, not at the top: the assignment reads models, which exist only once apps are ready.
        register_assignment(ExperimentAssignment)
