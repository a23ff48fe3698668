from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core import languages
from core.request_state import state_of


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Content pages")

    def ready(self):
        # Here, not at the top: these import models, which the app registry loads after apps.py.
        from wagtail.documents.models import document_served

        from upstream import empty_search, modeltranslation_quirks, routing, wagtail_documents

        from . import redirects
        from .document_access import count_download
        from .models.routing import children_of
        from .models.warning import connect_edge_purge

        # After wagtail-modeltranslation's ready(), which patched the page models; each install()
        # refuses to start when it comes first, or on an untested version (upstream/). The
        # workarounds import no project code: what they need of it is handed in here.
        routing.install(language_codes=languages.codes, state_of=state_of, children_of=children_of)
        modeltranslation_quirks.install(state_of=state_of)
        empty_search.install()
        wagtail_documents.install()

        document_served.connect(count_download, dispatch_uid="pages_count_download")
        redirects.connect()
        connect_edge_purge()
