"""The editable list of partner domains and campaign-link values reach counting may store.

The counts themselves are not in the admin: the reach dashboard reads them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ReachSource


class ReachSourceViewSet(SnippetViewSet):
    model = ReachSource
    icon = "link"
    menu_label = _("Reach sources")
    list_display = ["label", "kind", "value"]
    list_filter = ["kind"]
    search_fields = ["label", "value"]
    add_to_admin_menu = False


register_snippet(ReachSourceViewSet)
