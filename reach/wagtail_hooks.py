"""The editable list of partner domains and campaign-link values reach counting may store.

The counts themselves are not in the admin as rows: the reach dashboard (Reports → Campaign reach)
reads them, for those with the permission reach.view_reach.
"""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .dashboard.views import ReachDashboardView, may_see_reach, reach_csv, reach_report
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


@hooks.register("register_admin_urls")
def reach_dashboard_urls():
    return [
        path("reports/reach/", ReachDashboardView.as_view(), name="reach_dashboard"),
        path("reports/reach/csv/", reach_csv, name="reach_dashboard_csv"),
        path("reports/reach/report/", reach_report, name="reach_report"),
    ]


class ReachMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_reach(request.user)


@hooks.register("register_reports_menu_item")
def reach_menu_item():
    return ReachMenuItem(
        _("Campaign reach"), reverse("reach_dashboard"), name="campaign-reach", icon_name="view", order=940
    )


@hooks.register("register_permissions")
def reach_permissions():
    """So the permission can be given to a group under Settings → Groups."""
    return Permission.objects.filter(content_type__app_label="reach", codename="view_reach")
