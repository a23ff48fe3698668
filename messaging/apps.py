from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from upstream import related_in_memory


class MessagingConfig(AppConfig):
    name = "messaging"
    verbose_name = _("Tested messages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (cache invalidation when messages or experiments change)

        related_in_memory.install()  # stops the site on a Django or modelcluster it was not checked with
