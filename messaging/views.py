"""Admin views for experiments: the results page (with CSV) and a campaign lead's actions.

Actions are POST-only and check the permission for each: ``start_experiment``
for start, pause, resume and conclude; ``promote_experiment`` for promoting the
winner. Every action is written to Wagtail's history (log entries).
"""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .charts import conversion_chart_svg
from .models import Experiment
from .models.lifecycle import TransitionError
from .results import VARIANT_FIELDS, experiment_results

GOAL_LABELS = {
    "cta": gettext_lazy("clicked the button"),
    "page": gettext_lazy("reached the goal page"),
    "download": gettext_lazy("downloaded the document"),
    "knowledge": gettext_lazy("answered the question right"),
    "attitude": gettext_lazy("answered the statement"),
}


ANYTIME_COLUMNS = ("anytime_p_value", "anytime_diff_low", "anytime_diff_high")
ANSWER_COLUMNS = ("answered", "answer_rate")


def number(value):
    return "" if value is None else f"{value:.6f}"


def can_steer(user):
    return user.has_perm("messaging.start_experiment")


def can_promote(user):
    return user.has_perm("messaging.promote_experiment")


def can_override(user):
    return user.has_perm("messaging.override_guardrail")


#: A reason is a few sentences; the history is not a place for essays.
MAX_REASON_LENGTH = 2000


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
        chart = None
        if result["series"] is not None:  # a mean agreement has no chart of rates
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
                "goal_question": experiment.goal_question if experiment.measures_awareness else None,
                "can_steer": can_steer(self.request.user),
                "can_promote": can_promote(self.request.user),
                "can_override": can_override(self.request.user),
                "winner_alerts": [a for a in result["guardrails"]["alerts"] if a["variant"] == result["winner"]],
                "guardrail_rows": guardrail_rows(result, labels),
                "max_reason_length": MAX_REASON_LENGTH,
                "csv_url": results_url(experiment) + "?format=csv",
            }
        )
        return context

    def csv(self):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.experiment.slug}-results.csv"'
        writer = csv.writer(response)
        answers = self.result["measure"] != "rate"
        # An awareness goal: "rate" is the share right or the mean agreement, "conversions" the right
        # answers (for a mean, the answers); answered and answer_rate follow.
        writer.writerow(["variant", *VARIANT_FIELDS[1:], *(ANSWER_COLUMNS if answers else ())])
        for row in self.result["variants"]:
            writer.writerow(
                [
                    row["key"],
                    row["exposures"],
                    row["conversions"],
                    number(row["rate"]),
                    number(row["ci_low"]),
                    number(row["ci_high"]),
                    *("" if row[name] is None else f"{row[name]:.6g}" for name in ANYTIME_COLUMNS),
                    *((row["answered"], number(row["answer_rate"])) if answers else ()),
                ]
            )
        writer.writerow([])
        writer.writerow(["measure", self.result["measure"]])
        if answers:
            writer.writerow(["answer_rates_differ", " ".join(self.result["selection"])])
        writer.writerow(["verdict", self.result["verdict"]])
        writer.writerow(["winner", self.result["winner"] or ""])
        writer.writerow(["planned_per_arm", self.result["planned_per_arm"]])
        writer.writerow(
            ["srm_p_value", "" if self.result["srm_p_value"] is None else f"{self.result['srm_p_value']:.6g}"]
        )
        writer.writerow([])
        guardrails = self.result["guardrails"]
        flagged = {(alert["guardrail"], alert["variant"]) for alert in guardrails["alerts"]}
        writer.writerow(["guardrail", "variant", "exposures", "events", "rate", "anytime_p_worse", "alert"])
        for item in guardrails["guardrails"]:
            for arm in item["arms"]:
                writer.writerow(
                    [
                        item["guardrail"],
                        arm["key"],
                        arm["exposures"],
                        arm["events"],
                        f"{arm['rate']:.6f}",
                        "" if arm["p_value"] is None else f"{arm['p_value']:.6g}",
                        "yes" if (item["guardrail"], arm["key"]) in flagged else "",
                    ]
                )
        for alert in guardrails["alerts"]:
            writer.writerow(["guardrail_alert", alert["text"]])
        return response


GUARDRAIL_LABELS = {
    "quick_exit": gettext_lazy("Pressed the quick exit"),
    "help_seeking": gettext_lazy("Looked for help"),
}


def guardrail_rows(result, labels):
    """One row per arm: for each guardrail the count, the share of the arm's visitors, and the p-value."""
    guardrails = result["guardrails"]["guardrails"]
    rows = []
    for index, variant in enumerate(result["variants"]):
        cells = [item["arms"][index] for item in guardrails]
        rows.append(
            {"label": labels.get(variant["key"], variant["key"]), "exposures": variant["exposures"], "cells": cells}
        )
    return {"headings": [GUARDRAIL_LABELS[item["guardrail"]] for item in guardrails], "rows": rows}


class ActionView(View):
    """POST /admin/messaging/experiments/<pk>/<action>/ for start, pause, resume, conclude, promote.

    The rules are the experiment's own (messaging/models/lifecycle.py); a move the experiment
    cannot make is shown to the lead as a message on the results page.
    """

    SUCCESS = {
        "start": gettext_lazy("The experiment is running. Visitors now see the variants."),
        "start_later": gettext_lazy(
            "The experiment is started. Visitors see the variants from %(day)s; until then they see the default."
        ),
        "pause": gettext_lazy("Paused: everyone sees the default variant and nothing is counted."),
        "resume": gettext_lazy("The experiment is running again."),
        "conclude": gettext_lazy("Concluded. The message slot shows its default variant again."),
    }
    ACTIONS = ("start", "pause", "resume", "conclude", "promote")

    def post(self, request, pk, action):
        if action not in self.ACTIONS:
            raise PermissionDenied
        allowed = can_promote(request.user) if action == "promote" else can_steer(request.user)
        if not allowed:
            raise PermissionDenied
        experiment = get_object_or_404(Experiment.objects.select_related("slot"), pk=pk)
        reason = request.POST.get("reason", "")
        if len(reason) > MAX_REASON_LENGTH:
            messages.error(request, _("Keep the reason under %(limit)s characters.") % {"limit": MAX_REASON_LENGTH})
            return redirect(results_url(experiment))
        try:
            if action == "promote":
                outcome = experiment.promote(request.user, reason=reason)
            else:
                outcome = getattr(experiment, action)(request.user)
        except TransitionError as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(request, self.success_message(action, experiment, outcome))
        return redirect(results_url(experiment))

    def success_message(self, action, experiment, outcome):
        if action == "promote":
            return _("Variant %(key)s is now the default of “%(slot)s”, and the experiment is concluded.") % {
                "key": outcome.upper(),
                "slot": experiment.slot.name,
            }
        if action == "start" and not experiment.is_active():
            # A future first day: say so, rather than promise visitors something they do not see yet.
            return self.SUCCESS["start_later"] % {"day": date_format(experiment.starts_on, "j F Y")}
        return self.SUCCESS[action]
