from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwarenessConfig(AppConfig):
    name = "awareness"
    verbose_name = _("Awareness")
    default_auto_field = "django.db.models.BigAutoField"
