from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    name = "reach"
    verbose_name = _("Campaign reach")
    default_auto_field = "django.db.models.BigAutoField"
