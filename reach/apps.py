from django.apps import AppConfig
from django.db.models.signals import pre_delete
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    name = "reach"
    verbose_name = _("Campaign reach")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.models import Page

        from .rollup import page_deleted

        # Deleting a page of any type deletes its wagtailcore.Page row, so Page is the one sender: a
        # receiver for every model would make Django load each row it deletes (no fast delete).
        pre_delete.connect(page_deleted, sender=Page, dispatch_uid="reach_page_deleted")
