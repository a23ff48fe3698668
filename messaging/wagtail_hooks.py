"""The messaging admin: message slots and experiments as snippets (with drafts, revisions,
locking and the approval workflow), a results page per experiment, and the history entries."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from .models import Experiment, MessageSlot
from .plan_panel import PlanPanel
from .planning_views import plan_view
from .views import ActionView, ResultsView


class StatusColumn(Column):
    def get_value(self, instance):
        return instance.status_label


class ResultsColumn(Column):
    def get_value(self, instance):
        return format_html(
            '<a href="{}">{}</a>', reverse("messaging_experiment_results", args=[instance.pk]), _("Results")
        )


class MessageSlotEditView(EditView):
    """Says before any editing when a running experiment locks the variants, instead of only
    refusing the form once it is filled in (messaging/forms.py keeps refusing it)."""

    def get(self, request, *args, **kwargs):
        running = self.object.running_experiment()
        if running is not None:
            messages.warning(
                request,
                _(
                    "The experiment “%(name)s” is testing this message slot. Until it is concluded you cannot "
                    "add, change or remove variants, or change the default variant; the name stays editable."
                )
                % {"name": running.name},
            )
        return super().get(request, *args, **kwargs)


class MessageSlotViewSet(SnippetViewSet):
    model = MessageSlot
    edit_view_class = MessageSlotEditView
    icon = "pick"
    menu_label = _("Message slots")
    # Wagtail's live/draft tag ("live", "concept" in Dutch) instead of the bare field, which read "Live: True".
    list_display = [
        "name",
        "key",
        Column("default_variant", label=_("Default")),
        LiveStatusTagColumn(label=_("Status")),
    ]
    search_fields = ["name"]


class ExperimentViewSet(SnippetViewSet):
    model = Experiment
    icon = "crosshairs"
    menu_label = _("Experiments")
    # The form's panels live with the admin, not on the model: the plan panel is admin code.
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldPanel("slot"),
        FieldPanel("hypothesis"),
        FieldPanel("weights"),
        MultiFieldPanel(
            [
                FieldPanel("primary_goal"),
                FieldPanel("secondary_goals"),
                PageChooserPanel("goal_page"),
                FieldPanel("goal_document"),
                FieldPanel("goal_question"),
            ],
            heading=_("Goals"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("audiences"),
                FieldPanel("languages"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
            ],
            heading=_("Who and when"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("baseline_rate"), FieldPanel("minimum_detectable_effect")]),
                FieldPanel("minimum_agreement_difference"),
                FieldRowPanel([FieldPanel("alpha"), FieldPanel("power")]),
                PlanPanel(heading=_("Plan")),
            ],
            heading=_("Sample size"),
            help_text=_(
                "The site works out how many visitors each variant needs before a verdict; see the results page."
            ),
        ),
    ]
    list_display = [
        "name",
        "slot",
        StatusColumn("status", label=_("Status")),
        ResultsColumn("results", label=_("Results")),
    ]
    search_fields = ["name"]


class MessagingGroup(SnippetViewSetGroup):
    items = (MessageSlotViewSet, ExperimentViewSet)
    menu_icon = "crosshairs"
    menu_label = _("Tested messages")
    menu_name = "tested-messages"
    menu_order = 250


register_snippet(MessagingGroup)


@hooks.register("register_admin_urls")
def register_results_urls():
    return [
        path("messaging/plan/", plan_view, name="messaging_experiment_plan"),
        path("messaging/experiments/<int:pk>/results/", ResultsView.as_view(), name="messaging_experiment_results"),
        path(
            "messaging/experiments/<int:pk>/<str:action>/",
            ActionView.as_view(),
            name="messaging_experiment_action",
        ),
    ]


@hooks.register("register_log_actions")
def register_experiment_log_actions(actions):
    actions.register_action("messaging.start", _("Start experiment"), _("Experiment started"))
    actions.register_action("messaging.pause", _("Pause experiment"), _("Experiment paused"))
    actions.register_action("messaging.resume", _("Resume experiment"), _("Experiment resumed"))
    actions.register_action("messaging.conclude", _("Conclude experiment"), _("Experiment concluded"))
    actions.register_action("messaging.promote", _("Promote winner"), _("Winning variant promoted"))


@hooks.register("register_log_actions")
def register_guardrail_override(actions):
    @actions.register_action("messaging.promote_despite_guardrail")
    class PromotedDespiteGuardrail(LogFormatter):
        """The history shows who promoted a flagged variant, and the reason they gave as the comment."""

        label = _("Promote winner despite a guardrail alert")

        def format_message(self, log_entry):
            return _("Variant %(key)s promoted despite a guardrail alert") % {
                "key": str(log_entry.data.get("winner", "")).upper()
            }

        def format_comment(self, log_entry):
            return log_entry.data.get("reason", "")
