"""The results of an experiment whose main goal is answers (docs/ab-testing.md, "Knowledge and attitude").

- **Right-answer share** (a knowledge question): per arm, the visitors who answered after seeing the
  variant and how many of them answered right. The same analysis as a click goal (messaging/stats.py,
  messaging/anytime.py) with *answers* as the denominator: the share is right / answered.
- **Mean agreement** (an attitude statement, 1 = disagree strongly … 5 = agree strongly): per arm the
  answers per point of the scale, their mean with a 95% interval, and the difference with the control
  from the anytime-valid comparison of two means (messaging/scale.py).

Who answers is self-selected, and a variant can change who answers as well as what they answer. So
every result shows the **answer rate** per arm (answered / visitors who saw the variant), and the
arms' answer rates are compared with the same anytime-valid test: when they differ, the page warns
that the answer shares compare different groups of people (selection).

The counts are the experiment's own (ExperimentCount goals ``answered``, ``right``, ``agree_1`` …
``agree_5``), written by the answer beacon (awareness/experiment_goals.py). No Django models here
beyond reading those counts; the verdict is the same anytime-valid one as for every experiment.
"""

import math
from collections import defaultdict

import numpy as np

from . import anytime
from .models.counters import ExperimentCount
from .scale import EXPECTED_SCALE_SD, SCALE, agreement_sequence, mean_and_variance, mixture_tau2_for_means

ANSWERED, RIGHT = "answered", "right"
AGREE = tuple(f"agree_{point}" for point in SCALE)
#: The 95% interval of one arm's mean (descriptive, as the Wilson interval of a rate).
Z95 = 1.959963984540054


def scale_looks(experiment, keys):
    """{key: array (days, 5)} of cumulative answers per point of the scale after each day."""
    counts = ExperimentCount.objects.filter(experiment=experiment, goal__in=AGREE).values_list(
        "day", "variant", "goal", "count"
    )
    per_day = defaultdict(lambda: np.zeros(len(SCALE)))
    days = set()
    for day, variant, goal, count in counts:
        days.add(day)
        per_day[(day, variant)][AGREE.index(goal)] += count
    ordered = sorted(days)
    looks = {}
    for key in keys:
        daily = np.array([per_day[(day, key)] for day in ordered]).reshape(len(ordered), len(SCALE))
        looks[key] = np.cumsum(daily, axis=0) if ordered else np.zeros((1, len(SCALE)))
    return looks, len(ordered)


def mean_interval(mean, variance, n):
    """A 95% interval for one arm's mean agreement, kept on the scale; the whole scale without answers."""
    if not n:
        return float(SCALE[0]), float(SCALE[-1])
    half = Z95 * math.sqrt(variance / n)
    return max(float(SCALE[0]), mean - half), min(float(SCALE[-1]), mean + half)


def attitude_main(experiment, keys, counted, planned):
    """The main result of a mean-agreement goal: per arm the answers, mean and interval; per variant
    the anytime-valid difference with the control; the verdict."""
    looks, days = scale_looks(experiment, keys)
    alpha_each = experiment.alpha / (len(keys) - 1)
    tau2 = mixture_tau2_for_means(EXPECTED_SCALE_SD, planned, alpha_each)
    totals = [looks[key][-1] for key in keys]
    summaries = [mean_and_variance(total) for total in totals]
    arms = [anytime.AnytimeArm(keys[0], None, None, None)]
    for key in keys[1:]:
        p, low, high = agreement_sequence(looks[keys[0]], looks[key], tau2, alpha_each)
        arms.append(anytime.AnytimeArm(key, float(p[-1]), float(low[-1]), float(high[-1])))
    means = [float(mean) if n else None for mean, _variance, n in summaries]
    verdict, winner = anytime.anytime_verdict(arms, [mean or 0.0 for mean in means])
    variants = []
    for key, arm, total, (mean, variance, n), value in zip(keys, arms, totals, summaries, means, strict=True):
        answered = int(n)
        low, high = mean_interval(float(mean), float(variance), answered)
        variants.append(
            {
                "key": key,
                "answered": answered,
                "conversions": answered,
                "scale": [int(count) for count in total],
                "rate": value,
                "ci_low": low,
                "ci_high": high,
                "difference": None if arm.p_value is None or value is None or means[0] is None else value - means[0],
                "anytime_p_value": arm.p_value,
                "anytime_diff_low": arm.ci_low,
                "anytime_diff_high": arm.ci_high,
            }
        )
    return {
        "verdict": verdict,
        "winner": winner,
        "worse": [arm.key for arm in arms[1:] if arm.ci_high is not None and arm.ci_high < 0],
        "sample_reached": all(variant["answered"] >= planned for variant in variants),
        "variants": variants,
        "anytime": {"alpha_per_comparison": alpha_each, "tau2": tau2, "days": days},
        "series": None,  # a mean is no rate: the chart of rates is left out, the table says it all
    }


def answer_rates_differ(experiment, keys, planned, looks):
    """The variants whose answer rate (answered / saw the variant) differs from the control's by more
    than chance explains, with the anytime-valid test of the verdict (at α); ``looks``: cumulative
    (visitors per arm, answers per arm) per day (anytime.cumulative_looks)."""
    sequential = anytime.analyse_looks(looks, keys, 0.5, planned, alpha=experiment.alpha)
    return [arm.key for arm in sequential.arms[1:] if arm.ci_low is not None and (arm.ci_low > 0 or arm.ci_high < 0)]
