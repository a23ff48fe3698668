"""Admin views for experiments: the results page (with CSV) and a campaign lead's actions.

Actions are POST-only and check the permission for each: ``start_experiment``
for start, pause, resume and conclude; ``promote_experiment`` for promoting the
winner. Every action is written to Wagtail's history (log entries).
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from campaign import page_cache

from .charts import conversion_chart_svg
from .models import Experiment
from .models.experiments import CONCLUDED, PAUSED, RUNNING, SETUP
from .results import experiment_results
from .running import forget

GOAL_LABELS = {
    "cta": gettext_lazy("clicked the button"),
    "page": gettext_lazy("reached the goal page"),
    "download": gettext_lazy("downloaded the document"),
}


def can_steer(user):
    return user.has_perm("messaging.start_experiment")


def can_promote(user):
    return user.has_perm("messaging.promote_experiment")


def results_url(experiment):
    return reverse("messaging_experiment_results", args=[experiment.pk])


class ResultsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "messaging/admin/results.html"
    header_icon = "crosshairs"

    def dispatch(self, request, pk):
        if not (request.user.has_perm("messaging.change_experiment") or can_steer(request.user)):
            raise PermissionDenied
        self.experiment = get_object_or_404(Experiment.objects.select_related("slot"), pk=pk)
        try:
            self.result = experiment_results(self.experiment)
        except ValueError as problem:
            # e.g. the slot gained a variant after the split was written: say what to fix.
            messages.error(request, _("These results cannot be computed yet: %(problem)s") % {"problem": problem})
            return redirect("wagtailsnippets_messaging_experiment:edit", self.experiment.pk)
        if request.GET.get("format") == "csv":
            return self.csv()
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Results: %(name)s") % {"name": self.experiment.name}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailsnippets_messaging_experiment:list"), "label": _("Experiments")},
            {
                "url": reverse("wagtailsnippets_messaging_experiment:edit", args=[self.experiment.pk]),
                "label": self.experiment.name,
            },
            {"url": "", "label": _("Results")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        experiment, result = self.experiment, self.result
        variants = {variant.key: variant for variant in experiment.slot.variants.all()}
        labels = {key: _("Variant %(key)s") % {"key": key.upper()} for key in variants}
        control = result["variants"][0]["key"]
        labels[control] = _("Variant %(key)s (control)") % {"key": control.upper()}
        chart = conversion_chart_svg(
            result["series"],
            labels,
            title=_("Conversion rate per variant, day by day"),
            description=_("The line is the share of visitors so far who %(goal)s; the band is its 95%% interval.")
            % {"goal": GOAL_LABELS[result["primary_goal"]]},
            empty_text=_("No visitors counted yet."),
        )
        rows = []
        for row in result["variants"]:
            rows.append({**row, "variant": variants.get(row["key"]), "label": labels.get(row["key"], row["key"])})
        for goal in result["secondary"]:
            goal["label"] = GOAL_LABELS.get(goal["goal"], goal["goal"])
        context.update(
            {
                "experiment": experiment,
                "result": result,
                "rows": rows,
                "chart": chart,
                "goal_label": GOAL_LABELS[result["primary_goal"]],
                "can_steer": can_steer(self.request.user),
                "can_promote": can_promote(self.request.user),
                "csv_url": results_url(experiment) + "?format=csv",
            }
        )
        return context

    def csv(self):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.experiment.slug}-results.csv"'
        writer = csv.writer(response)
        writer.writerow(
            ["variant", "exposures", "conversions", "rate", "ci_low", "ci_high", "p_value", "chance_to_beat_control"]
        )
        for row in self.result["variants"]:
            writer.writerow(
                [
                    row["key"],
                    row["exposures"],
                    row["conversions"],
                    f"{row['rate']:.6f}",
                    f"{row['ci_low']:.6f}",
                    f"{row['ci_high']:.6f}",
                    "" if row["p_value"] is None else f"{row['p_value']:.6g}",
                    "" if row["chance_to_beat_control"] is None else f"{row['chance_to_beat_control']:.6f}",
                ]
            )
        writer.writerow([])
        writer.writerow(["verdict", self.result["verdict"]])
        writer.writerow(["planned_per_arm", self.result["planned_per_arm"]])
        writer.writerow(
            ["srm_p_value", "" if self.result["srm_p_value"] is None else f"{self.result['srm_p_value']:.6g}"]
        )
        return response


class ActionView(View):
    """POST /admin/messaging/experiments/<pk>/<action>/ for start, pause, resume, conclude, promote."""

    ACTIONS = ("start", "pause", "resume", "conclude", "promote")

    def post(self, request, pk, action):
        if action not in self.ACTIONS:
            raise PermissionDenied
        allowed = can_promote(request.user) if action == "promote" else can_steer(request.user)
        if not allowed:
            raise PermissionDenied
        with transaction.atomic():
            experiment = get_object_or_404(Experiment.objects.select_for_update().select_related("slot"), pk=pk)
            error = getattr(self, action)(request, experiment)
        if error:
            messages.error(request, error)
        return redirect(results_url(experiment))

    def _save(self, experiment, fields, action, request, data=None):
        # Only the lead's control fields change; drafts and revisions are left as they are
        # (Experiment.with_content_json keeps these fields when a revision is published).
        Experiment.objects.filter(pk=experiment.pk).update(**{name: getattr(experiment, name) for name in fields})
        log(instance=experiment, action=f"messaging.{action}", user=request.user, data=data or {})
        transaction.on_commit(forget)
        transaction.on_commit(page_cache.invalidate)

    def start(self, request, experiment):
        if experiment.phase != SETUP:
            return _("This experiment has already started.")
        if not experiment.live or experiment.workflow_in_progress:
            return _("An experiment can start only after it has been approved (published).")
        if not experiment.slot.live:
            return _("The message slot “%(slot)s” is not published yet: approve it first.") % {
                "slot": experiment.slot.name
            }
        if Experiment.objects.filter(slot=experiment.slot, phase__in=Experiment.ACTIVE_PHASES).exists():
            return _("Another experiment is already testing this message slot.")
        try:
            experiment.full_clean()
        except Exception as problem:  # noqa: BLE001 - show the validation message to the lead
            return _("The experiment is not complete: %(problem)s") % {"problem": problem}
        experiment.planned_per_arm = experiment.planned_sample()
        experiment.arm_order = ",".join(experiment.arm_keys())
        experiment.phase = RUNNING
        experiment.started_at = timezone.now()
        self._save(
            experiment,
            ["planned_per_arm", "arm_order", "phase", "started_at"],
            "start",
            request,
            {"planned_per_arm": experiment.planned_per_arm},
        )
        messages.success(request, _("The experiment is running. Visitors now see the variants."))
        return None

    def pause(self, request, experiment):
        if experiment.phase != RUNNING:
            return _("Only a running experiment can be paused.")
        experiment.phase = PAUSED
        self._save(experiment, ["phase"], "pause", request)
        messages.success(request, _("Paused: everyone sees the default variant and nothing is counted."))
        return None

    def resume(self, request, experiment):
        if experiment.phase != PAUSED:
            return _("Only a paused experiment can be resumed.")
        experiment.phase = RUNNING
        self._save(experiment, ["phase"], "resume", request)
        messages.success(request, _("The experiment is running again."))
        return None

    def conclude(self, request, experiment):
        if experiment.phase not in Experiment.ACTIVE_PHASES:
            return _("Only a running or paused experiment can be concluded.")
        experiment.phase = CONCLUDED
        experiment.concluded_at = timezone.now()
        self._save(experiment, ["phase", "concluded_at"], "conclude", request)
        messages.success(request, _("Concluded. The message slot shows its default variant again."))
        return None

    def promote(self, request, experiment):
        if experiment.phase not in Experiment.ACTIVE_PHASES:
            return _("Only a running or paused experiment can have a winner promoted.")
        result = experiment_results(experiment)
        winner = result["winner"]
        if result["verdict"] != "variant_wins" or not winner:
            return _("There is no winner to promote: %(verdict)s") % {"verdict": result["verdict_text"]}
        if result["srm_warning"]:
            return _("The traffic split is off, so the winner cannot be trusted. Find the cause first.")
        slot = experiment.slot
        slot.default_variant = winner
        revision = slot.save_revision(user=request.user, log_action=True)
        revision.publish(user=request.user)
        experiment.winner = winner
        experiment.phase = CONCLUDED
        experiment.concluded_at = timezone.now()
        self._save(experiment, ["winner", "phase", "concluded_at"], "promote", request, {"winner": winner})
        messages.success(
            request,
            _("Variant %(key)s is now the default of “%(slot)s”, and the experiment is concluded.")
            % {"key": winner.upper(), "slot": slot.name},
        )
        return None
