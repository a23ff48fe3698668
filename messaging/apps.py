from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.variant_assignment import register_assignment
from pages import preview_modes
from upstream import related_in_memory


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = _("Tested messages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Here, not at the top: these modules import the models, which the app registry loads after apps.py.
        from . import signals  # noqa: F401  (cache invalidation when messages or experiments change)
        from .assignment import ExperimentAssignment
        from .preview import variant_preview_modes

        related_in_memory.install()  # stops the site on a Django or modelcluster it was not checked with
        # The pages that show message slots get a preview mode per variant (content does not import messaging).
        preview_modes.register(variant_preview_modes)
        # The request's one A/B assignment, which core's page and fragment caches read (core/variant_assignment.py).
        register_assignment(ExperimentAssignment)
