from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Content pages")

    def ready(self):
        # Here, not at the top: these import models, which the app registry loads after apps.py.
        from wagtail.documents.models import document_served

        from . import redirects
        from .document_access import count_download
        from .upstream import empty_search, modeltranslation_quirks, routing

        # After wagtail-modeltranslation's ready(), which patched the page models; each install()
        # refuses to start when it comes first, or on an untested version (pages/upstream/).
        routing.install()
        modeltranslation_quirks.install()
        empty_search.install()

        document_served.connect(count_download, dispatch_uid="pages_count_download")
        redirects.connect()
