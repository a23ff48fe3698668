from django.apps import AppConfig
from django.db.models.signals import pre_delete
from django.utils.translation import gettext_lazy as _


def page_deleted(sender, instance, **kwargs):
    """A deleted page's counts go with it (CASCADE): take them off the whole site's sums too (rollup.py)."""
    from wagtail.models import Page

    from .rollup import subtract_page

    if isinstance(instance, Page):
        subtract_page([instance.pk])


class ReachConfig(AppConfig):
    name = "reach"
    verbose_name = _("Campaign reach")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        pre_delete.connect(page_deleted, dispatch_uid="reach_page_deleted")
