"""An experiment's numbers, analysed: what the results page, the CSV and ab_report show.

Counts come from ExperimentCount only (aggregates). The primary goal decides
the verdict; secondary goals are shown as counts and rates.
"""

from collections import defaultdict

from django.db.models import Sum
from django.utils.translation import gettext as _

from . import anytime, stats
from .guardrails import analyse_guardrails
from .models import ExperimentCount
from .models.counters import EXPOSURE

VERDICT_TEXT = {
    stats.NOT_YET_CONCLUSIVE: lambda r: (
        _(
            "Not yet conclusive. Wait until every variant has been seen by %(planned)s visitors; "
            "looking earlier gives false winners."
        )
        % {"planned": r["planned_per_arm"]}
    ),
    stats.VARIANT_WINS: lambda r: (
        _(
            "Variant %(winner)s wins: more visitors reached the goal than with the control (%(control)s), "
            "and the difference is too large to be chance."
        )
        % {"winner": r["winner"].upper(), "control": r["variants"][0]["key"].upper()}
    ),
    stats.NO_CLEAR_DIFFERENCE: lambda r: (
        _(
            "No clear difference: with the planned number of visitors, no variant did clearly better than "
            "the control (%(control)s). Keep the control, or test a bolder idea."
        )
        % {"control": r["variants"][0]["key"].upper()}
    ),
}


def anytime_rule():
    """The rule of the anytime-valid verdict, in plain words (translated when shown)."""
    return _(
        "You may look at these results every day. A winner is called only when the whole interval for the "
        "difference with the control lies above zero; that interval stays valid however often you look, "
        "so looking early can never make a winner."
    )


ANYTIME_TEXT = {
    anytime.ANYTIME_WINS: lambda r: (
        _("Variant %(winner)s does better than the control (%(control)s), even allowing for looking every day.")
        % {"winner": r["anytime"]["winner"].upper(), "control": r["variants"][0]["key"].upper()}
    ),
    anytime.ANYTIME_WORSE: lambda r: (
        _("A variant does worse than the control (%(control)s), even allowing for looking every day.")
        % {"control": r["variants"][0]["key"].upper()}
    ),
    anytime.ANYTIME_NO_WINNER_YET: lambda r: _(
        "No winner yet: the differences so far can still be chance. Keep the experiment running; you may keep looking."
    ),
}


def totals(experiment):
    """{(variant, goal): count} summed over languages and days."""
    rows = ExperimentCount.objects.filter(experiment=experiment).values("variant", "goal").annotate(n=Sum("count"))
    return {(row["variant"], row["goal"]): row["n"] for row in rows}


def daily_rows(experiment, goal):
    """[(day, variant, exposures, conversions)] for the chart."""
    per_day = defaultdict(lambda: [0, 0])
    rows = (
        ExperimentCount.objects.filter(experiment=experiment, goal__in=[EXPOSURE, goal])
        .values("day", "variant", "goal")
        .annotate(n=Sum("count"))
    )
    for row in rows:
        per_day[(row["day"], row["variant"])][0 if row["goal"] == EXPOSURE else 1] += row["n"]
    return [(day, variant, n, c) for (day, variant), (n, c) in sorted(per_day.items())]


def experiment_results(experiment):
    keys = experiment.arm_keys()
    weights = experiment.weight_list()
    counted = totals(experiment)
    goal = experiment.primary_goal
    arms = [(key, counted.get((key, EXPOSURE), 0), counted.get((key, goal), 0)) for key in keys]
    # A conversion counts only after an exposure of the same visitor, so c <= n per arm;
    # clamp anyway so a hand-edited count can never break the page.
    arms = [(key, n, min(c, n)) for key, n, c in arms]
    planned = experiment.planned_sample()
    analysis = stats.analyse(arms, weights, planned, alpha=experiment.alpha)
    daily = daily_rows(experiment, goal)
    looks = anytime.cumulative_looks(daily, keys)
    sequential = anytime.analyse_looks(looks, keys, experiment.baseline_rate / 100, planned, alpha=experiment.alpha)
    result = {
        "slug": experiment.slug,
        "status": experiment.status,
        "verdict": analysis.verdict,
        "winner": analysis.winner,
        "planned_per_arm": analysis.planned_per_arm,
        "sample_reached": analysis.sample_reached,
        "srm_p_value": analysis.srm_p_value,
        "srm_warning": analysis.srm_warning,
        "primary_goal": goal,
        "variants": [
            {
                "key": arm.key,
                "exposures": arm.exposures,
                "conversions": arm.conversions,
                "rate": arm.rate,
                "ci_low": arm.ci_low,
                "ci_high": arm.ci_high,
                "p_value": arm.p_value,
                # Without visitors on both sides there is nothing to compare yet.
                "chance_to_beat_control": arm.chance_to_beat_control
                if arm.exposures and analysis.arms[0].exposures
                else None,
                "difference": None if always.p_value is None else arm.rate - analysis.arms[0].rate,
                "anytime_p_value": always.p_value,
                "anytime_diff_low": always.ci_low,
                "anytime_diff_high": always.ci_high,
            }
            for arm, always in zip(analysis.arms, sequential.arms, strict=True)
        ],
        "anytime": {
            "verdict": sequential.verdict,
            "winner": sequential.winner,
            "alpha_per_comparison": sequential.alpha_per_comparison,
            "tau2": sequential.tau2,
            "days": len(looks),
            "confidence": f"{100 * (1 - experiment.alpha):g}",
        },
        "secondary": [
            {
                "goal": other,
                "variants": [
                    {
                        "key": key,
                        "conversions": counted.get((key, other), 0),
                        "rate": (counted.get((key, other), 0) / n) if n else 0.0,
                    }
                    for key, n, _c in arms
                ],
            }
            for other in experiment.goals()[1:]
        ],
        "series": stats.cumulative_series(daily, keys),
        "guardrails": analyse_guardrails(experiment, keys, planned, experiment.alpha),
    }
    result["verdict_text"] = VERDICT_TEXT[analysis.verdict](result)
    result["anytime"]["rule"] = anytime_rule()
    result["anytime"]["text"] = ANYTIME_TEXT[sequential.verdict](result)
    result["progress"] = [
        {"key": key, "exposures": n, "percent": min(100, round(100 * n / planned)) if planned else 100}
        for key, n, _c in arms
    ]
    return result


#: Each variant's numbers, in the order ab_report's JSON and the results CSV give them.
VARIANT_FIELDS = (
    "key",
    "exposures",
    "conversions",
    "rate",
    "ci_low",
    "ci_high",
    "p_value",
    "chance_to_beat_control",
    "anytime_p_value",
    "anytime_diff_low",
    "anytime_diff_high",
)


def report_json(result):
    """The numbers `manage.py ab_report <slug> --json` prints (control first)."""
    return {
        "status": result["status"],
        "verdict": result["verdict"],
        "planned_per_arm": result["planned_per_arm"],
        "srm_p_value": result["srm_p_value"],
        "anytime_verdict": result["anytime"]["verdict"],
        "anytime_winner": result["anytime"]["winner"],
        "variants": [{name: variant[name] for name in VARIANT_FIELDS} for variant in result["variants"]],
        "guardrails": guardrails_json(result),
    }


def guardrails_json(result):
    """Per guardrail and arm: visitors, events, rate, one-sided anytime p; and the alerts in words."""
    guardrails = result["guardrails"]
    return {
        "alpha_per_comparison": guardrails["alpha_per_comparison"],
        "arms": {
            item["guardrail"]: [
                {name: arm[name] for name in ("key", "exposures", "events", "rate", "p_value")} for arm in item["arms"]
            ]
            for item in guardrails["guardrails"]
        },
        "alerts": [
            {name: alert[name] for name in ("guardrail", "variant", "rate", "control_rate", "p_value", "text")}
            for alert in guardrails["alerts"]
        ],
    }
