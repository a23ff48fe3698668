"""Guardrails: does a variant make more people press the quick exit, or fewer find help?

Per arm, the visitors who saw it (exposures) and of them, those who then pressed the quick exit or
sought help (help page, a helpline's call/chat/website link; a lesson download has a row of its own
and is not help), from GuardrailCount.
Each variant is compared with the control by the one-sided anytime-valid test of messaging/anytime.py,
looked at once per day like the main verdict: an arm is flagged when it is worse (more quick exits,
or less help-seeking) with an always-valid p ≤ its share of α. α is shared out over the variants and
the two guardrails (Bonferroni), so an experiment in which no variant is worse raises a false alert
in at most α of cases, however often it is looked at.

τ² is fixed in advance, like the main test's, from the experiment's planned sample and a typical rate
of each guardrail (TYPICAL_RATES), never from the data.
"""

from collections import defaultdict

from django.db.models import Sum
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from . import anytime
from .models.counters import EXPOSURE, HELP_SEEKING, QUICK_EXIT, ExperimentCount, GuardrailCount

#: "worse" is a higher rate (+1) or a lower rate (−1) than the control.
DIRECTIONS = {QUICK_EXIT: +1, HELP_SEEKING: -1}
GUARDRAILS = tuple(DIRECTIONS)
#: The share of visitors a guardrail is expected to reach, only to scale τ² (not a threshold).
TYPICAL_RATES = {QUICK_EXIT: 0.02, HELP_SEEKING: 0.05}


def daily_counts(experiment):
    """{(day, variant): {"exposure": n, "quick_exit": …, "help_seeking": …}}."""
    cells = defaultdict(lambda: defaultdict(int))
    exposures = (
        ExperimentCount.objects.filter(experiment=experiment, goal=EXPOSURE)
        .values("day", "variant")
        .annotate(n=Sum("count"))
    )
    for row in exposures:
        cells[(row["day"], row["variant"])][EXPOSURE] += row["n"]
    events = (
        GuardrailCount.objects.filter(experiment=experiment, event__in=GUARDRAILS)
        .values("day", "variant", "event")
        .annotate(n=Sum("count"))
    )
    for row in events:
        cells[(row["day"], row["variant"])][row["event"]] += row["n"]
    return cells


def guardrail_looks(cells, keys, event):
    """[(exposures per arm, events per arm)] after each day: the looks of the one-sided test."""
    daily = [(day, key, counts[EXPOSURE], counts[event]) for (day, key), counts in cells.items()]
    return anytime.cumulative_looks(daily, keys)


def percent(rate):
    return number_format(100 * rate, 1)


def alert_text(guardrail, key, rate, control_rate):
    values = {"key": key.upper(), "rate": percent(rate), "control": percent(control_rate)}
    if guardrail == QUICK_EXIT:
        text = _(
            "Variant %(key)s: more people pressed the quick exit (%(rate)s %% of those who saw it, against "
            "%(control)s %% with the control)."
        )
    else:
        text = _(
            "Variant %(key)s: fewer people looked for help (%(rate)s %% of those who saw it, against "
            "%(control)s %% with the control)."
        )
    # Not inside the f-string: makemessages does not find a string there (and drops its translations).
    caution = _("Do not promote it without a reason.")
    return f"{text % values} {caution}"


def analyse_guardrails(experiment, keys, planned, alpha):
    """Per guardrail: each arm's count and rate, each variant's one-sided anytime p-value, and the alerts."""
    cells = daily_counts(experiment)
    alpha_each = alpha / ((len(keys) - 1) * len(GUARDRAILS))
    result = {"alpha_per_comparison": alpha_each, "guardrails": [], "alerts": []}
    for guardrail, direction in DIRECTIONS.items():
        looks = guardrail_looks(cells, keys, guardrail)
        tau2 = anytime.mixture_tau2(TYPICAL_RATES[guardrail], planned, alpha_each)
        if looks:
            exposures = [[look[0][i] for look in looks] for i in range(len(keys))]
            events = [[look[1][i] for look in looks] for i in range(len(keys))]
        else:
            exposures = events = [[0] for _key in keys]
        arms = []
        for index, key in enumerate(keys):
            n, c = exposures[index][-1], events[index][-1]
            arm = {"key": key, "exposures": n, "events": c, "rate": c / n if n else 0.0, "p_value": None}
            if index:
                # "worse" as "arm 1 higher than arm 0": for help-seeking the control is arm 1.
                first, second = (index, 0) if direction > 0 else (0, index)
                p = anytime.one_sided_sequential_p(
                    events[first], exposures[first], events[second], exposures[second], tau2
                )
                arm["p_value"] = float(p[-1])
                arm["alert"] = arm["p_value"] <= alpha_each
            arms.append(arm)
        for arm in arms[1:]:
            if arm["alert"]:
                result["alerts"].append(
                    {
                        "guardrail": guardrail,
                        "variant": arm["key"],
                        "rate": arm["rate"],
                        "control_rate": arms[0]["rate"],
                        "p_value": arm["p_value"],
                        "text": alert_text(guardrail, arm["key"], arm["rate"], arms[0]["rate"]),
                    }
                )
        result["guardrails"].append({"guardrail": guardrail, "tau2": tau2, "arms": arms})
    return result


def alerts_for(result, variant):
    return [alert for alert in result["guardrails"]["alerts"] if alert["variant"] == variant]
