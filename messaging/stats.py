"""Statistics for comparing message variants (A/B tests), in plain words.

Every visitor who sees a variant is an *exposure*; a visitor who then does
what the message asks is a *conversion*. Each variant ("arm") therefore has a
conversion rate c/n. The first arm is always the control (the current text);
the others are compared with it.

* **Interval around each rate – Wilson 95%.** The textbook "rate ± 1.96·SE"
  interval is too narrow for small samples and rates close to 0% or 100% (it
  can even go below 0%). The Wilson score interval stays inside [0, 1] and has
  close to the promised 95% coverage, also for small n.

* **Is a variant different from the control? – two-proportion z-test.** Under
  "no difference" both arms share one rate, estimated by pooling them; the
  difference in rates divided by its pooled standard error is approximately
  standard normal, giving a two-sided p-value. With thousands of visitors per
  arm the normal approximation is very good.

* **Several variants – Holm correction.** Each extra comparison with the
  control is another chance of a false alarm. Holm's step-down method keeps
  the chance of *any* false "winner" at alpha, and is never worse than the
  simpler Bonferroni correction. It is only applied with more than two arms.

* **Chance to beat the control – Bayesian.** Easier to explain to editors than
  a p-value: with a flat prior, our belief about each rate after the data is a
  Beta(1 + c, 1 + n − c) distribution, and we compute the probability that
  the variant's rate is higher than the control's by numerical integration
  (deterministic, no random simulation). It is shown as extra information;
  the verdict is based on the p-values.

* **Sample-ratio mismatch (SRM) – chi-square goodness of fit.** If traffic is
  split 50/50 but the exposures are clearly not, something is broken
  (caching, bots, a bug in the assignment) and the results cannot be trusted.
  We warn when the split is this uneven by chance less than once in 1000.

* **No peeking – planned sample size.** Looking at the p-value every day and
  stopping as soon as it dips below 0.05 gives far more false winners than 5%.
  So the sample size per arm is fixed in advance (``sample_size_per_arm``) and
  the verdict stays "not yet conclusive" until every arm has reached it.
  The results page shows the verdict of anytime.py instead, which may be read every day;
  this module still plans the sample size and checks the split.

Only scipy is used for distributions; this module has no Django dependencies.
"""

from __future__ import annotations

import datetime
import math
import operator
from collections import defaultdict
from dataclasses import dataclass

from scipy import integrate
from scipy.stats import beta, binomtest, chisquare, norm

SRM_THRESHOLD = 0.001

NOT_YET_CONCLUSIVE = "not_yet_conclusive"
VARIANT_WINS = "variant_wins"
NO_CLEAR_DIFFERENCE = "no_clear_difference"


@dataclass(frozen=True)
class ArmResult:
    key: str
    exposures: int
    conversions: int
    rate: float
    ci_low: float
    ci_high: float
    p_value: float | None
    chance_to_beat_control: float | None


@dataclass(frozen=True)
class Analysis:
    arms: list[ArmResult]
    srm_p_value: float | None
    srm_warning: bool
    planned_per_arm: int
    sample_reached: bool
    verdict: str
    winner: str | None


# --- building blocks -------------------------------------------------------


def _count(value, what: str) -> int:
    """A non-negative whole number, or a readable ValueError."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a whole number, not {value!r}.")
    try:
        number = operator.index(value)
    except TypeError:
        raise ValueError(f"{what} must be a whole number, not {value!r}.") from None
    if number < 0:
        raise ValueError(f"{what} cannot be negative (got {number}).")
    return number


def _probability(value, what: str) -> float:
    """A float strictly between 0 and 1, or a readable ValueError."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a number between 0 and 1, not {value!r}.") from None
    if not 0.0 < number < 1.0:
        raise ValueError(f"{what} must be between 0 and 1 (exclusive), got {value!r}.")
    return number


def wilson_interval(conversions: int, exposures: int) -> tuple[float, float]:
    """Wilson 95% interval for conversions/exposures; (0, 1) when there is no data."""
    if exposures == 0:
        return 0.0, 1.0
    ci = binomtest(conversions, exposures).proportion_ci(0.95, method="wilson")
    return float(ci.low), float(ci.high)


def z_test_p_value(c1: int, n1: int, c0: int, n0: int) -> float | None:
    """Two-sided pooled two-proportion z-test of arm 1 against arm 0.

    None when an arm has no exposures. When both arms are at 0% (or both at
    100%) the pooled variance is 0: there is no evidence of a difference, so 1.0.
    """
    if n1 == 0 or n0 == 0:
        return None
    pooled = (c1 + c0) / (n1 + n0)
    variance = pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n0)
    if variance <= 0.0:
        return 1.0
    z = (c1 / n1 - c0 / n0) / math.sqrt(variance)
    return float(min(1.0, 2.0 * norm.sf(abs(z))))


def chance_to_beat(c_variant: int, n_variant: int, c_control: int, n_control: int) -> float:
    """P(rate_variant > rate_control) with flat Beta(1, 1) priors.

    P = ∫ pdf_variant(x) · cdf_control(x) dx. The variant's posterior is
    very peaked for large n, so we integrate only where it has mass (its
    central 1 − 1e-12 interval) and tell quad where the peaks are.
    """
    post_v = beta(1 + c_variant, 1 + n_variant - c_variant)
    post_c = beta(1 + c_control, 1 + n_control - c_control)
    low, high = (float(x) for x in post_v.interval(1.0 - 1e-12))
    points = sorted({p for p in (post_v.mean(), post_c.mean()) if low < p < high})
    value, _ = integrate.quad(
        lambda x: post_v.pdf(x) * post_c.cdf(x),
        low,
        high,
        points=points or None,
        limit=200,
        epsabs=1e-12,
        epsrel=1e-10,
    )
    return float(min(1.0, max(0.0, value)))


def holm(p_values: list[float]) -> list[float]:
    """Holm–Bonferroni adjusted p-values, same order as given, capped at 1, monotone."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [0.0] * m
    running_max = 0.0
    for rank, index in enumerate(order):
        running_max = max(running_max, (m - rank) * p_values[index])
        adjusted[index] = min(1.0, running_max)
    return adjusted


def sample_size_per_arm(
    baseline_rate: float,
    minimum_detectable_effect: float,
    alpha: float = 0.05,
    power: float = 0.8,
) -> int:
    """Visitors needed per arm to detect an ABSOLUTE lift over `baseline_rate`.

    Two-sided two-proportion z-test, p1 = baseline, p2 = p1 + δ, p̄ = (p1 + p2)/2:
    n = (z_{1−α/2}·√(2·p̄(1−p̄)) + z_{power}·√(p1(1−p1) + p2(1−p2)))² / δ²,
    rounded up. Example: 5% → 6% (δ = 0.01), α = 0.05, power = 0.8 → 8,158.
    """
    p1 = _probability(baseline_rate, "The baseline conversion rate")
    try:
        delta = float(minimum_detectable_effect)
    except (TypeError, ValueError):
        raise ValueError(
            f"The minimum detectable effect must be a number, not {minimum_detectable_effect!r}."
        ) from None
    if not delta > 0.0 or not math.isfinite(delta):
        raise ValueError(
            "The minimum detectable effect must be a positive absolute lift, "
            f"e.g. 0.01 for one percentage point (got {minimum_detectable_effect!r})."
        )
    p2 = p1 + delta
    if not p2 < 1.0:
        raise ValueError(
            f"Baseline {p1:.2%} plus a lift of {delta:.2%} reaches 100% or more; "
            "choose a smaller minimum detectable effect."
        )
    alpha = _probability(alpha, "The significance level (alpha)")
    power = _probability(power, "The power")
    p_bar = (p1 + p2) / 2.0
    z_alpha = norm.ppf(1.0 - alpha / 2.0)
    z_power = norm.ppf(power)
    root = z_alpha * math.sqrt(2.0 * p_bar * (1.0 - p_bar)) + z_power * math.sqrt(p1 * (1.0 - p1) + p2 * (1.0 - p2))
    n = root**2 / delta**2
    # Guard against float noise turning an exact integer like 8158.0000000001 into 8159.
    return max(1, math.ceil(n - 1e-9))


def sample_size_for_means(standard_deviation: float, difference: float, alpha: float = 0.05, power: float = 0.8) -> int:
    """Answers needed per arm to detect a difference of two means (a mean agreement on a scale).

    Two-sided z-test with the same spread in both arms: n = 2 σ² (z_{1−α/2} + z_{power})² / δ²,
    rounded up. Example: σ = 1.2, δ = 0.3, α = 0.05, power = 0.8 → 252.
    """
    try:
        sd, delta = float(standard_deviation), float(difference)
    except (TypeError, ValueError):
        raise ValueError("The spread and the difference must be numbers.") from None
    if not (sd > 0.0 and delta > 0.0 and math.isfinite(sd) and math.isfinite(delta)):
        raise ValueError(
            f"The spread and the difference must be positive (got {standard_deviation!r}, {difference!r})."
        )
    alpha = _probability(alpha, "The significance level (alpha)")
    power = _probability(power, "The power")
    n = 2.0 * sd**2 * (norm.ppf(1.0 - alpha / 2.0) + norm.ppf(power)) ** 2 / delta**2
    return max(1, math.ceil(n - 1e-9))


# --- the analysis, step by step ---------------------------------------------

Arm = tuple[str, int, int]  # (key, exposures, conversions), checked


def checked_arm(arm) -> Arm:
    """One (key, exposures, conversions) as given, checked: whole numbers, no more conversions than exposures."""
    try:
        key, exposures, conversions = arm
    except (TypeError, ValueError):
        raise ValueError(f"Each arm must be (key, exposures, conversions), got {arm!r}.") from None
    exposures = _count(exposures, f"Exposures of arm {key!r}")
    conversions = _count(conversions, f"Conversions of arm {key!r}")
    if conversions > exposures:
        raise ValueError(f"Arm {key!r} has more conversions ({conversions}) than exposures ({exposures}).")
    return str(key), exposures, conversions


def checked_weights(weights, keys: list[str]) -> list[float]:
    """The traffic weights, one per arm: numbers ≥ 0, at least one above 0."""
    for key, weight in zip(keys, weights, strict=True):
        if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not math.isfinite(weight) or weight < 0:
            raise ValueError(f"The traffic weight of arm {key!r} must be a number ≥ 0, got {weight!r}.")
    if sum(weights) <= 0:
        raise ValueError("At least one traffic weight must be above 0.")
    return [float(weight) for weight in weights]


def checked_inputs(arms, weights, planned_per_arm, alpha) -> tuple[list[Arm], list[float], int, float]:
    """Everything ``analyse`` is given, checked, with a readable ValueError for the first problem."""
    arms, weights = list(arms), list(weights)
    if len(arms) < 2:
        raise ValueError("An A/B test needs at least two arms: the control and one variant.")
    if len(weights) != len(arms):
        raise ValueError(f"Got {len(arms)} arms but {len(weights)} traffic weights; give one weight per arm.")
    clean = [checked_arm(arm) for arm in arms]
    keys = [key for key, _, _ in clean]
    if len(set(keys)) != len(keys):
        raise ValueError("Every arm needs a different key.")
    weights = checked_weights(weights, keys)
    planned_per_arm = _count(planned_per_arm, "The planned sample size per arm")
    if planned_per_arm < 1:
        raise ValueError("The planned sample size per arm must be at least 1.")
    alpha = _probability(alpha, "The significance level (alpha)")
    return clean, weights, planned_per_arm, alpha


def p_values_against_control(arms: list[Arm]) -> list[float | None]:
    """Each variant's p-value against the control (the first arm), Holm-corrected with more than one
    variant; None for a variant that cannot be compared yet (no exposures on one side)."""
    _, n0, c0 = arms[0]
    raw = [z_test_p_value(c, n, c0, n0) for _, n, c in arms[1:]]
    defined = [i for i, p in enumerate(raw) if p is not None]
    p_values = list(raw)
    if len(arms) > 2 and defined:
        for i, p in zip(defined, holm([raw[i] for i in defined]), strict=True):
            p_values[i] = p
    return p_values


def arm_results(arms: list[Arm], p_values: list[float | None]) -> list[ArmResult]:
    """Rate, Wilson interval and the comparison with the control, per arm (the control has none)."""
    _, n0, c0 = arms[0]
    results = []
    for index, (key, n, c) in enumerate(arms):
        low, high = wilson_interval(c, n)
        is_control = index == 0
        results.append(
            ArmResult(
                key=key,
                exposures=n,
                conversions=c,
                rate=c / n if n else 0.0,
                ci_low=low,
                ci_high=high,
                p_value=None if is_control else p_values[index - 1],
                chance_to_beat_control=None if is_control else chance_to_beat(c, n, c0, n0),
            )
        )
    return results


def srm_p_value(exposures: list[int], weights: list[float]) -> float | None:
    """Chi-square p-value of the exposures against the planned split; None without data to judge."""
    total = sum(exposures)
    if total == 0:
        return None
    weight_sum = sum(weights)
    # An arm with weight 0 that received visitors is a mismatch by definition.
    if any(w == 0 and n > 0 for n, w in zip(exposures, weights, strict=True)):
        return 0.0
    observed = [n for n, w in zip(exposures, weights, strict=True) if w > 0]
    expected = [total * w / weight_sum for w in weights if w > 0]
    if len(observed) < 2:
        return None
    return float(chisquare(observed, f_exp=expected).pvalue)


def verdict_of(results: list[ArmResult], sample_reached: bool, alpha: float) -> tuple[str, str | None]:
    """(verdict, winner): no verdict before the planned sample; then the significantly better
    variant with the highest rate wins, otherwise there is no clear difference."""
    if not sample_reached:
        return NOT_YET_CONCLUSIVE, None
    control = results[0]
    better = [arm for arm in results[1:] if arm.p_value is not None and arm.p_value < alpha and arm.rate > control.rate]
    if not better:
        return NO_CLEAR_DIFFERENCE, None
    # max() keeps the first arm on ties, i.e. the order given.
    return VARIANT_WINS, max(better, key=lambda arm: arm.rate).key


def analyse(
    arms: list[tuple[str, int, int]],
    weights: list[float],
    planned_per_arm: int,
    alpha: float = 0.05,
) -> Analysis:
    """Analyse an A/B test. `arms` = [(key, exposures, conversions), ...], CONTROL FIRST.

    `weights` are the traffic weights in the same order. The verdict stays
    "not_yet_conclusive" until every arm has `planned_per_arm` exposures; then
    the significantly better variant (p < alpha after Holm, rate above the
    control) with the highest rate wins, otherwise "no_clear_difference".
    """
    arms, weights, planned_per_arm, alpha = checked_inputs(arms, weights, planned_per_arm, alpha)
    results = arm_results(arms, p_values_against_control(arms))
    srm_p = srm_p_value([n for _, n, _ in arms], weights)
    sample_reached = all(n >= planned_per_arm for _, n, _ in arms)
    verdict, winner = verdict_of(results, sample_reached, alpha)
    return Analysis(
        arms=results,
        srm_p_value=srm_p,
        srm_warning=srm_p is not None and srm_p < SRM_THRESHOLD,
        planned_per_arm=planned_per_arm,
        sample_reached=sample_reached,
        verdict=verdict,
        winner=winner,
    )


def cumulative_series(
    daily: list[tuple[datetime.date, str, int, int]],
    keys: list[str],
) -> dict[str, list[tuple[datetime.date, float, float, float]]]:
    """Cumulative rate and Wilson interval per arm per day, for a chart.

    `daily` holds (day, key, exposures, conversions) rows; several rows for the
    same day and key are added up, rows for unknown keys are ignored. Every key
    gets a point on every day that occurs in the data (carrying its totals
    forward), except days before its first exposure. A day's conversions may
    exceed that day's exposures (people convert the day after they saw the
    message), but the running totals may not.
    """
    wanted = set(keys)
    counts: dict[tuple[datetime.date, str], list[int]] = defaultdict(lambda: [0, 0])
    days = set()
    for row in daily:
        try:
            day, key, exposures, conversions = row
        except (TypeError, ValueError):
            raise ValueError(f"Each row must be (day, key, exposures, conversions), got {row!r}.") from None
        if key in wanted:
            days.add(day)
            counts[(day, key)][0] += _count(exposures, f"Exposures of {key!r} on {day}")
            counts[(day, key)][1] += _count(conversions, f"Conversions of {key!r} on {day}")

    series: dict[str, list[tuple[datetime.date, float, float, float]]] = {}
    for key in keys:
        n = c = 0
        points = []
        for day in sorted(days):
            day_n, day_c = counts.get((day, key), (0, 0))
            n, c = n + day_n, c + day_c
            if c > n:
                raise ValueError(f"Arm {key!r} has more conversions ({c}) than exposures ({n}) up to {day}.")
            if n:
                points.append((day, c / n, *wilson_interval(c, n)))
        series[key] = points
    return series
