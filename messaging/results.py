"""An experiment's numbers, analysed: what the results page, the CSV and ab_report show.

Counts come from ExperimentCount only (aggregates). The primary goal decides the verdict;
secondary goals are shown as counts and rates.

**One verdict.** The page gives one verdict, from the anytime-valid test (messaging/anytime.py):
it is the only one that stays right however often someone looks, and people look every day.
Every figure shown with it comes from the same test, so no number on the page can say the
opposite. The fixed-sample analysis (messaging/stats.py) still supplies the planned sample
(when to look again) and the split check; its p-values are not shown, because read before the
planned sample they call winners the anytime test rightly does not.
"""

import math
from collections import defaultdict

from django.db.models import Sum
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.buffered_counting import counts_up_to_date

from . import answer_goals, anytime, stats
from .answer_goals import ANSWERED, RIGHT
from .formats import mean_agreement, percent
from .guardrails import analyse_guardrails

# The counters' own module, not the models package: the experiment's lifecycle (in that package)
# reads the results before it promotes a winner.
from .models.counters import EXPOSURE, ExperimentCount
from .models.goals import ATTITUDE, KNOWLEDGE

KEEP_RUNNING, VARIANT_WORSE, VARIANT_WINS = (
    anytime.ANYTIME_NO_WINNER_YET,
    anytime.ANYTIME_WORSE,
    anytime.ANYTIME_WINS,
)


#: What the main goal measures: a share of visitors, a share of right answers, a mean agreement.
RATE, SHARE_RIGHT, MEAN_AGREEMENT = "rate", "share_right", "mean_agreement"


def letters(keys):
    return ", ".join(key.upper() for key in keys)


def shown_value(result, value):
    """A main-goal figure as people read it: a share in percent, a mean agreement as 3.46."""
    return mean_agreement(value) if result["measure"] == MEAN_AGREEMENT else percent(value)


def better_sentence(result, names):
    if result["measure"] == SHARE_RIGHT:
        text = _(
            "Variant %(winner)s works better than the control (%(control)s): %(rate)s of the visitors who "
            "answered knew the right answer, against %(control_rate)s. The difference is too large to be "
            "chance, even though the results were looked at along the way."
        )
    elif result["measure"] == MEAN_AGREEMENT:
        text = _(
            "Variant %(winner)s works better than the control (%(control)s): the visitors who answered agreed "
            "%(rate)s on average (1 to 5), against %(control_rate)s. The difference is too large to be "
            "chance, even though the results were looked at along the way."
        )
    else:
        text = _(
            "Variant %(winner)s works better than the control (%(control)s): %(rate)s of visitors reached "
            "the goal, against %(control_rate)s. The difference is too large to be chance, even though "
            "the results were looked at along the way."
        )
    return text % names


def worse_sentence(result, names):
    count = len(result["worse"])
    if result["measure"] == SHARE_RIGHT:
        text = ngettext(
            "Variant %(worse)s works worse than the control (%(control)s): fewer of the visitors who answered "
            "knew the right answer (the control: %(control_rate)s). The difference is too large to be chance.",
            "Variants %(worse)s work worse than the control (%(control)s): fewer of the visitors who answered "
            "knew the right answer (the control: %(control_rate)s). The difference is too large to be chance.",
            count,
        )
    elif result["measure"] == MEAN_AGREEMENT:
        text = ngettext(
            "Variant %(worse)s works worse than the control (%(control)s): the visitors who answered agreed "
            "less (the control: %(control_rate)s on average). The difference is too large to be chance.",
            "Variants %(worse)s work worse than the control (%(control)s): the visitors who answered agreed "
            "less (the control: %(control_rate)s on average). The difference is too large to be chance.",
            count,
        )
    else:
        text = ngettext(
            "Variant %(worse)s works worse than the control (%(control)s): fewer visitors reached the goal "
            "(the control: %(control_rate)s). The difference is too large to be chance.",
            "Variants %(worse)s work worse than the control (%(control)s): fewer visitors reached the goal "
            "(the control: %(control_rate)s). The difference is too large to be chance.",
            count,
        )
    return text % names


def verdict_words(result):
    """{"known", "todo", "next_look"}: the verdict in three plain sentences, in the active language."""
    variants = result["variants"]
    control = variants[0]
    names = {"control": control["key"].upper(), "control_rate": shown_value(result, control["rate"])}
    if result["verdict"] == VARIANT_WINS:
        winner = next(v for v in variants if v["key"] == result["winner"])
        names.update(winner=winner["key"].upper(), rate=shown_value(result, winner["rate"]))
        return {
            "known": better_sentence(result, names),
            "todo": _("A campaign lead can now make variant %(winner)s the default and conclude the experiment.")
            % names,
            "next_look": _("No need to wait any longer: you can decide now."),
        }
    if result["verdict"] == VARIANT_WORSE:
        names["worse"] = letters(result["worse"])
        return {
            "known": worse_sentence(result, names),
            "todo": _(
                "Consider stopping the experiment (Conclude without promoting): while it runs, some visitors "
                "see a text that helps fewer of them. Keep the control."
            ),
            "next_look": _("No need to wait any longer: you can decide now."),
        }
    reached = (
        _(
            "Every variant has been seen by the planned %(planned)s visitors and none is clearly better; "
            "a large difference would have shown by now. You can conclude without promoting and keep the "
            "control, or let it run longer to find a smaller one."
        )
        if result["sample"] == "exposures"
        else _(
            "Every variant has the planned %(planned)s answers and none is clearly better; a large difference "
            "would have shown by now. You can conclude without promoting and keep the control, or let it run "
            "longer to find a smaller one."
        )
    )
    return {
        "known": _(
            "No winner yet. The differences between the variants so far can still be chance, "
            "even if one of them looks better."
        ),
        "todo": (
            _("Keep the experiment running and leave the texts as they are.")
            if not result["sample_reached"]
            else reached % {"planned": result["planned_per_arm"]}
        ),
        "next_look": next_look(result),
    }


def selection_words(result):
    """The warning when variants differ in who answers, or ""."""
    if not result["selection"]:
        return ""
    return ngettext(
        "Careful: variant %(keys)s changes how many visitors answer the question, by more than chance explains "
        "(see the answer rates). The visitors who answered are then not the same kind of people in each "
        "variant, so part of the difference in the answers can come from who answers rather than from what "
        "they learned.",
        "Careful: variants %(keys)s change how many visitors answer the question, by more than chance explains "
        "(see the answer rates). The visitors who answered are then not the same kind of people in each "
        "variant, so part of the difference in the answers can come from who answers rather than from what "
        "they learned.",
        len(result["selection"]),
    ) % {"keys": letters(result["selection"])}


def next_look(result):
    """When looking again is worth it: around the day the fewest-seen variant reaches the plan."""
    planned, days = result["planned_per_arm"], result["anytime"]["days"]
    fewest = min(v[result["sample"]] for v in result["variants"])
    if result["sample_reached"]:
        return _("If you let it run longer, look again in a week.")
    if not fewest or not days:
        if result["sample"] == "answered":
            return _("Look again in a few days, once visitors who saw the variants have answered the question.")
        return _("Look again in a few days, once visitors have seen the variants.")
    days_left = math.ceil((planned - fewest) / (fewest / days))
    if result["sample"] == "answered":
        return ngettext(
            "You may look as often as you like. The plan counts on about %(planned)s answers per variant "
            "(now at least %(fewest)s): at this pace that is in about %(days)s day. A small difference can take "
            "longer.",
            "You may look as often as you like. The plan counts on about %(planned)s answers per variant "
            "(now at least %(fewest)s): at this pace that is in about %(days)s days. A small difference can take "
            "longer.",
            days_left,
        ) % {"planned": planned, "fewest": fewest, "days": days_left}
    return ngettext(
        "You may look as often as you like. The plan counts on about %(planned)s visitors per variant "
        "(now at least %(fewest)s): at this pace that is in about %(days)s day. A small difference can take longer.",
        "You may look as often as you like. The plan counts on about %(planned)s visitors per variant "
        "(now at least %(fewest)s): at this pace that is in about %(days)s days. A small difference can take longer.",
        days_left,
    ) % {"planned": planned, "fewest": fewest, "days": days_left}


def totals(experiment):
    """{(variant, goal): count} summed over languages and days."""
    rows = ExperimentCount.objects.filter(experiment=experiment).values("variant", "goal").annotate(n=Sum("count"))
    return {(row["variant"], row["goal"]): row["n"] for row in rows}


def daily_rows(experiment, goal, denominator=EXPOSURE):
    """[(day, variant, denominator, goal)] for the chart and the looks: visitors and conversions, or
    (an awareness goal) answers and right answers."""
    per_day = defaultdict(lambda: [0, 0])
    rows = (
        ExperimentCount.objects.filter(experiment=experiment, goal__in=[denominator, goal])
        .values("day", "variant", "goal")
        .annotate(n=Sum("count"))
    )
    for row in rows:
        per_day[(row["day"], row["variant"])][0 if row["goal"] == denominator else 1] += row["n"]
    return [(day, variant, n, c) for (day, variant), (n, c) in sorted(per_day.items())]


def rate_main(experiment, keys, weights, counted, planned, denominator, goal):
    """The main result of a goal that is a share: visitors who then clicked (or reached the page, or
    downloaded) among those who saw the variant, or right answers among answers."""
    arms = [(key, counted.get((key, denominator), 0), counted.get((key, goal), 0)) for key in keys]
    # A conversion counts only after an exposure of the same visitor (a right answer only with an
    # answer), so c <= n per arm; clamp anyway so a hand-edited count can never break the page.
    arms = [(key, n, min(c, n)) for key, n, c in arms]
    analysis = stats.analyse(arms, weights, planned, alpha=experiment.alpha)
    daily = daily_rows(experiment, goal, denominator)
    looks = anytime.cumulative_looks(daily, keys)
    sequential = anytime.analyse_looks(looks, keys, experiment.baseline_rate / 100, planned, alpha=experiment.alpha)
    return {
        "verdict": sequential.verdict,
        "winner": sequential.winner,
        "worse": [arm.key for arm in sequential.arms[1:] if arm.ci_high is not None and arm.ci_high < 0],
        "sample_reached": analysis.sample_reached,
        "variants": [
            {
                "key": arm.key,
                "conversions": arm.conversions,
                "rate": arm.rate,
                "ci_low": arm.ci_low,
                "ci_high": arm.ci_high,
                "difference": None if always.p_value is None else arm.rate - analysis.arms[0].rate,
                "anytime_p_value": always.p_value,
                "anytime_diff_low": always.ci_low,
                "anytime_diff_high": always.ci_high,
                **({"answered": arm.exposures} if denominator == ANSWERED else {}),
            }
            for arm, always in zip(analysis.arms, sequential.arms, strict=True)
        ],
        "anytime": {
            "alpha_per_comparison": sequential.alpha_per_comparison,
            "tau2": sequential.tau2,
            "days": len(looks),
        },
        "series": stats.cumulative_series(daily, keys),
    }


def experiment_results(experiment):
    counts_up_to_date()  # the beacons still in Redis too (core/buffered_counting.py), guardrails included
    keys = experiment.arm_keys()
    weights = experiment.weight_list()
    counted = totals(experiment)
    goal = experiment.primary_goal
    planned = experiment.planned_sample()
    # Arms, split and plan that cannot make a result raise a readable ValueError here, whatever the goal.
    stats.checked_inputs([(key, 0, 0) for key in keys], weights, planned, experiment.alpha)
    exposures = [counted.get((key, EXPOSURE), 0) for key in keys]
    if goal == ATTITUDE:
        measure, main = MEAN_AGREEMENT, answer_goals.attitude_main(experiment, keys, counted, planned)
    elif goal == KNOWLEDGE:
        measure = SHARE_RIGHT
        main = rate_main(experiment, keys, weights, counted, planned, ANSWERED, RIGHT)
    else:
        measure, main = RATE, rate_main(experiment, keys, weights, counted, planned, EXPOSURE, goal)
    # The split is checked on who saw a variant, whatever the goal: answers are self-selected.
    srm_p = stats.srm_p_value(exposures, weights)
    for variant, n in zip(main["variants"], exposures, strict=True):
        variant["exposures"] = n
        if measure != RATE:
            variant["answer_rate"] = variant["answered"] / n if n else None
    selection = []
    if measure != RATE:
        looks = anytime.cumulative_looks(daily_rows(experiment, ANSWERED), keys)
        selection = answer_goals.answer_rates_differ(experiment, keys, planned, looks)
    # The number the plan counts per arm: visitors who saw it, or (an awareness goal) answers.
    sample = "exposures" if measure == RATE else "answered"
    result = {
        "slug": experiment.slug,
        "status": experiment.status,
        # The one verdict: the anytime-valid one (see the module's docstring).
        "verdict": main["verdict"],
        "winner": main["winner"],
        "worse": main["worse"],
        "planned_per_arm": planned,
        "sample_reached": main["sample_reached"],
        "srm_p_value": srm_p,
        "srm_warning": srm_p is not None and srm_p < stats.SRM_THRESHOLD,
        "primary_goal": goal,
        "measure": measure,
        "sample": sample,
        "selection": selection,
        "variants": main["variants"],
        "anytime": {**main["anytime"], "confidence": f"{100 * (1 - experiment.alpha):g}"},
        "secondary": [
            {
                "goal": other,
                "variants": [
                    {
                        "key": key,
                        "conversions": counted.get((key, other), 0),
                        "rate": (counted.get((key, other), 0) / n) if n else 0.0,
                    }
                    for key, n in zip(keys, exposures, strict=True)
                ],
            }
            for other in experiment.goals()[1:]
        ],
        "series": main["series"],
        "guardrails": analyse_guardrails(experiment, keys, planned, experiment.alpha),
    }
    result["words"] = verdict_words(result)
    result["verdict_text"] = " ".join(result["words"].values())
    result["selection_text"] = selection_words(result)
    result["progress"] = [
        {
            "key": variant["key"],
            "count": variant[sample],
            "percent": min(100, round(100 * variant[sample] / planned)) if planned else 100,
        }
        for variant in main["variants"]
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
    "anytime_p_value",
    "anytime_diff_low",
    "anytime_diff_high",
)


#: And for an awareness goal: the answers and answers / visitors who saw the variant.
ANSWER_FIELDS = ("answered", "answer_rate")


def report_json(result):
    """The numbers `manage.py ab_report <slug> --json` prints (control first)."""
    return {
        "status": result["status"],
        "verdict": result["verdict"],
        "planned_per_arm": result["planned_per_arm"],
        "srm_p_value": result["srm_p_value"],
        "winner": result["winner"],
        "verdict_text": result["verdict_text"],
        "measure": result["measure"],
        "variants": [
            {name: variant[name] for name in VARIANT_FIELDS + ANSWER_FIELDS if name in variant}
            for variant in result["variants"]
        ],
        "answer_rates_differ": result["selection"],
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
