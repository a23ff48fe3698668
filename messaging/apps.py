from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from pages import preview_modes


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = _("Tested messages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Here, not at the top: these modules import the models, which the app registry loads after apps.py.
        from . import signals  # noqa: F401  (cache invalidation when messages or experiments change)
        from .preview import variant_preview_modes

        # The pages that show message slots get a preview mode per variant (content does not import messaging).
        preview_modes.register(variant_preview_modes)
