"""The awareness questions in the admin: a snippet with drafts, revisions, locking and review."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AwarenessQuestion


class AwarenessQuestionViewSet(SnippetViewSet):
    model = AwarenessQuestion
    icon = "help"
    menu_label = _("Awareness questions")
    menu_name = "awareness-questions"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["name", Column("kind", label=_("Kind")), LiveStatusTagColumn(label=_("Status"))]
    list_filter = ["kind", "live"]
    search_fields = ["name"]


register_snippet(AwarenessQuestionViewSet)
