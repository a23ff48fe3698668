"""The awareness questions in the admin (a snippet with drafts, revisions, locking and review), and the
dashboard of their answers under Reports (awareness/views.py)."""

from django.contrib import messages
from django.contrib.auth.models import Permission
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from messaging.models import Experiment

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


@hooks.register("before_delete_snippet")
def keep_the_goal_question_of_an_experiment(request, instances):
    """A question an experiment counts as its goal stays (its results read it): say which experiments
    use it, before the confirmation, instead of failing on the database's protection."""
    questions = [instance.pk for instance in instances if isinstance(instance, AwarenessQuestion)]
    names = list(Experiment.objects.filter(goal_question__in=questions).values_list("name", flat=True))
    if not names:
        return None
    messages.error(
        request,
        ngettext(
            "This question is the goal of the experiment %(names)s: it cannot be deleted while that uses it.",
            "This question is the goal of the experiments %(names)s: it cannot be deleted while they use it.",
            len(names),
        )
        % {"names": ", ".join(f"“{name}”" for name in names)},
    )
    return redirect(reverse("wagtailsnippets_awareness_awarenessquestion:list"))
