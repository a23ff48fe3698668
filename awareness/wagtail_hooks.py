"""The awareness questions in the admin (a snippet with drafts, revisions, locking and review), and the
dashboard of their answers under Reports (awareness/views.py)."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import AwarenessQuestion
from .views import AwarenessDashboardView, awareness_csv, campaign_report, campaign_report_csv, may_see_awareness


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


@hooks.register("register_admin_urls")
def awareness_dashboard_urls():
    return [
        path("reports/awareness/", AwarenessDashboardView.as_view(), name="awareness_dashboard"),
        path("reports/awareness/csv/", awareness_csv, name="awareness_dashboard_csv"),
        path("reports/awareness/campaign-report/", campaign_report, name="awareness_campaign_report"),
        path("reports/awareness/campaign-report/csv/", campaign_report_csv, name="awareness_campaign_report_csv"),
    ]


class AwarenessMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_awareness(request.user)


@hooks.register("register_reports_menu_item")
def awareness_menu_item():
    return AwarenessMenuItem(
        _("Awareness"), reverse("awareness_dashboard"), name="awareness", icon_name="help", order=945
    )


@hooks.register("register_permissions")
def awareness_permissions():
    """So the permission can be given to a group under Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="awareness", codename="view_awareness")
