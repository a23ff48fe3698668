from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editor tools")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Here, not at the top: these import models, which the app registry loads after apps.py.
        from wagtail.models import ReferenceIndex

        from . import deleted_page_links  # noqa: F401 - connects its signal handler
        from .link_finding import source_models

        # The link checker reads links to pages from Wagtail's reference index: every model it
        # reads must be indexed. Pages and snippets are by Wagtail; settings are not.
        for model in source_models():
            ReferenceIndex.register_model(model)
