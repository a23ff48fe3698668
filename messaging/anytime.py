"""Anytime-valid comparison of a variant with the control: results that may be looked at every day.

The fixed-sample verdict in stats.py is only valid once, at the planned sample. This module gives a
second verdict that stays valid however often and whenever someone looks, and even if the
experiment is stopped early because of what was seen.

Method: the mixture sequential probability ratio test (mSPRT) of Johari, Koomen, Pekelis and Walsh,
"Peeking at A/B tests" (KDD 2017) and "Always valid inference" (Operations Research 70(3), 2022),
the method behind Optimizely's Stats Engine, in its normal approximation for two proportions. With
θ̂ = rate_variant − rate_control and v = r₁(1−r₁)/n₁ + r₀(1−r₀)/n₀ its (unpooled) variance, and a
normal mixing distribution N(0, τ²) over the true difference θ, the mixture likelihood ratio against
"no difference" is

    Λ = √(v / (v + τ²)) · exp( τ² θ̂² / (2 v (v + τ²)) ).

By Ville's inequality P(Λ ever ≥ 1/α | θ = 0) ≤ α, so the always-valid p-value p = min(1, 1/Λ),
kept as its running minimum over the looks, may be read at any moment. Inverting the test gives the
confidence sequence (all θ the test would not reject), which is the normal-mixture boundary of the
asymptotic confidence sequences of Waudby-Smith, Arnold, Wu, Ramdas et al. (2023):

    θ̂ ± √( 2 v (v + τ²) / τ² · ln( √((v + τ²)/v) / α ) ),

intersected over the looks. τ² is fixed before the start so the interval is narrowest when the
experiment reaches its planned sample (Waudby-Smith et al., section 3.5): τ² = k · v*, with
k = −2 ln α + ln(1 − 2 ln α) and v* = 2 b (1 − b) / N (b the expected rate, N the planned sample).

Everything here takes numpy arrays too, so the A/A simulation in the tests runs this very code.
No Django.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# Below this many visitors in an arm the normal approximation is poor: such a look says nothing.
MIN_EXPOSURES_PER_ARM = 100

ANYTIME_WINS = "variant_wins"
ANYTIME_WORSE = "variant_worse"
ANYTIME_NO_WINNER_YET = "no_winner_yet"


@dataclass(frozen=True)
class AnytimeArm:
    key: str
    p_value: float | None  # always-valid, running minimum over the looks; None for the control
    ci_low: float | None  # confidence sequence for rate − control rate, running intersection
    ci_high: float | None


@dataclass(frozen=True)
class AnytimeAnalysis:
    arms: list[AnytimeArm]  # control first
    alpha_per_comparison: float
    tau2: float
    verdict: str
    winner: str | None


def mixture_k(alpha: float) -> float:
    """k in τ² = k · v*: the mixing variance that makes the confidence sequence tightest where the
    difference's variance is v* (Waudby-Smith et al., section 3.5)."""
    return -2.0 * math.log(alpha) + math.log(1.0 - 2.0 * math.log(alpha))


def mixture_tau2(baseline_rate: float, planned_per_arm: int, alpha: float) -> float:
    """The mixing variance τ², fixed in advance: tightest confidence sequence at the planned sample."""
    return mixture_k(alpha) * 2.0 * baseline_rate * (1.0 - baseline_rate) / planned_per_arm


def difference_and_variance(c1, n1, c0, n0):
    """θ̂ = c1/n1 − c0/n0 and its unpooled variance (arrays welcome; n must be > 0)."""
    r1, r0 = np.asarray(c1, float) / n1, np.asarray(c0, float) / n0
    return r1 - r0, r1 * (1.0 - r1) / n1 + r0 * (1.0 - r0) / n0


def log_mixture_ratio(difference, variance, tau2):
    """ln Λ of the mSPRT for "no difference"; 0 (Λ = 1, no evidence) where the variance is 0."""
    difference, variance = np.asarray(difference, float), np.asarray(variance, float)
    safe = np.where(variance > 0, variance, 1.0)
    value = 0.5 * np.log(safe / (safe + tau2)) + tau2 * difference**2 / (2.0 * safe * (safe + tau2))
    return np.where(variance > 0, value, 0.0)


def always_valid_p_value(difference, variance, tau2):
    """min(1, 1/Λ) at one look (before taking the running minimum)."""
    return np.minimum(1.0, np.exp(-log_mixture_ratio(difference, variance, tau2)))


def confidence_half_width(variance, tau2, alpha):
    """Half-width of the confidence sequence at one look; infinite where the variance is 0."""
    variance = np.asarray(variance, float)
    safe = np.where(variance > 0, variance, 1.0)
    width = np.sqrt(2.0 * safe * (safe + tau2) / tau2 * (0.5 * np.log((safe + tau2) / safe) - math.log(alpha)))
    return np.where(variance > 0, width, np.inf)


def sequential_comparison(c1, n1, c0, n0, tau2, alpha):
    """Running p-value and running confidence sequence over the looks (the last axis is time).

    Looks where an arm has fewer than MIN_EXPOSURES_PER_ARM visitors count as "no evidence":
    p = 1 and the interval is (−1, 1), the whole range a difference of two rates can take.
    """
    c1, n1, c0, n0 = (np.asarray(x, float) for x in (c1, n1, c0, n0))
    enough = (n1 >= MIN_EXPOSURES_PER_ARM) & (n0 >= MIN_EXPOSURES_PER_ARM)
    difference, variance = difference_and_variance(c1, np.maximum(n1, 1), c0, np.maximum(n0, 1))
    return sequential_estimate(difference, np.where(enough, variance, 0.0), tau2, alpha, bound=1.0)


def sequential_estimate(difference, variance, tau2, alpha, bound):
    """Running p-value and running confidence sequence of any difference with a normal approximation
    (θ̂ and its variance per look, the last axis time; variance 0 = no evidence at that look), the
    interval kept within ±``bound``, the largest difference the measure can take (1 for two rates;
    awareness/lift.py: 4 on a five-point scale)."""
    difference, variance = np.asarray(difference, float), np.asarray(variance, float)
    p = np.minimum.accumulate(always_valid_p_value(difference, variance, tau2), axis=-1)
    half = confidence_half_width(variance, tau2, alpha)
    own_low, own_high = np.maximum(difference - half, -bound), np.minimum(difference + half, bound)
    low = np.maximum.accumulate(own_low, axis=-1)
    high = np.minimum.accumulate(own_high, axis=-1)
    # The running intersection can come out empty (the sequence missed the true difference at some
    # look, which happens with probability at most α): then the look's own interval is shown, so
    # the bounds are never the wrong way round.
    empty = low > high
    return p, np.where(empty, own_low, low), np.where(empty, own_high, high)


def anytime_verdict(arms: list[AnytimeArm], rates: list[float]) -> tuple[str, str | None]:
    """A variant wins when its whole interval lies above 0 (then also p < α); of several, the highest rate."""
    better = [(rate, arm.key) for arm, rate in zip(arms[1:], rates[1:], strict=True) if (arm.ci_low or 0) > 0]
    if better:
        # max() on the rate alone keeps the first arm on ties, i.e. the order given.
        return ANYTIME_WINS, max(better, key=lambda pair: pair[0])[1]
    if any(arm.ci_high is not None and arm.ci_high < 0 for arm in arms[1:]):
        return ANYTIME_WORSE, None
    return ANYTIME_NO_WINNER_YET, None


def analyse_looks(looks, keys, baseline_rate, planned_per_arm, alpha=0.05) -> AnytimeAnalysis:
    """The anytime-valid analysis of every look so far.

    `looks` = [(exposures per arm, conversions per arm), ...], cumulative, in time order (one per day),
    arms in the order of `keys`, CONTROL FIRST. With more than one variant each comparison gets
    α / (number of variants) (Bonferroni), so the chance of any false winner stays at most α.
    """
    if len(keys) < 2:
        raise ValueError("An A/B test needs at least two arms: the control and one variant.")
    alpha_each = alpha / (len(keys) - 1)
    tau2 = mixture_tau2(baseline_rate, planned_per_arm, alpha_each)
    if not looks:
        exposures = conversions = np.zeros((len(keys), 1))
    else:
        exposures = np.array([look[0] for look in looks], float).T
        conversions = np.array([look[1] for look in looks], float).T
    arms = [AnytimeArm(keys[0], None, None, None)]
    for index in range(1, len(keys)):
        p, low, high = sequential_comparison(
            conversions[index], exposures[index], conversions[0], exposures[0], tau2, alpha_each
        )
        arms.append(AnytimeArm(keys[index], float(p[-1]), float(low[-1]), float(high[-1])))
    rates = [float(c / n) if n else 0.0 for c, n in zip(conversions[:, -1], exposures[:, -1], strict=True)]
    verdict, winner = anytime_verdict(arms, rates)
    return AnytimeAnalysis(arms=arms, alpha_per_comparison=alpha_each, tau2=tau2, verdict=verdict, winner=winner)


def cumulative_looks(daily, keys):
    """[(exposures per arm, conversions per arm)] after each day, from (day, key, exposures, conversions) rows."""
    index = {key: i for i, key in enumerate(keys)}
    days = sorted({row[0] for row in daily if row[1] in index})
    n, c = [0] * len(keys), [0] * len(keys)
    per_day = {day: ([0] * len(keys), [0] * len(keys)) for day in days}
    for day, key, exposures, conversions in daily:
        if key in index:
            per_day[day][0][index[key]] += exposures
            per_day[day][1][index[key]] += conversions
    looks = []
    for day in days:
        n = [a + b for a, b in zip(n, per_day[day][0], strict=True)]
        # A conversion can be counted a day after its exposure: never more conversions than visitors so far.
        c = [min(a + b, total) for a, b, total in zip(c, per_day[day][1], n, strict=True)]
        looks.append((list(n), list(c)))
    return looks


# -- one-sided: "is the variant worse?" (the guardrails, messaging/guardrails.py) ----------------------
#
# The same mSPRT with the mixing distribution restricted to one side: a half-normal over θ > 0 (density
# 2·N(θ; 0, τ²) there). Integrating the normal likelihood ratio against it gives, in closed form,
#
#     Λ⁺ = 2 Φ( τ θ̂ / √(v (v + τ²)) ) · Λ,
#
# Λ the two-sided ratio above. Each likelihood ratio in the mixture is a martingale when θ = 0 and a
# supermartingale when θ < 0, so Ville's inequality gives P(Λ⁺ ever ≥ 1/α | θ ≤ 0) ≤ α (Robbins 1970,
# one-sided mixtures; Howard et al., "Time-uniform, nonparametric, nonasymptotic confidence sequences",
# Annals of Statistics 2021). Only a difference in the chosen direction gathers evidence.


def log_one_sided_mixture_ratio(difference, variance, tau2):
    """ln Λ⁺ for "θ > 0" against "θ ≤ 0"; 0 (no evidence) where the variance is 0."""
    from scipy.stats import norm  # scipy only where the guardrails need it

    difference, variance = np.asarray(difference, float), np.asarray(variance, float)
    safe = np.where(variance > 0, variance, 1.0)
    z = math.sqrt(tau2) * difference / np.sqrt(safe * (safe + tau2))
    value = math.log(2.0) + norm.logcdf(z) + log_mixture_ratio(difference, safe, tau2)
    return np.where(variance > 0, value, 0.0)


def one_sided_sequential_p(c1, n1, c0, n0, tau2):
    """Running always-valid p-value for "rate 1 is higher than rate 0", over the looks (last axis).

    As sequential_comparison: looks with fewer than MIN_EXPOSURES_PER_ARM visitors in an arm say nothing.
    """
    c1, n1, c0, n0 = (np.asarray(x, float) for x in (c1, n1, c0, n0))
    enough = (n1 >= MIN_EXPOSURES_PER_ARM) & (n0 >= MIN_EXPOSURES_PER_ARM)
    difference, variance = difference_and_variance(c1, np.maximum(n1, 1), c0, np.maximum(n0, 1))
    variance = np.where(enough, variance, 0.0)
    p = np.minimum(1.0, np.exp(-log_one_sided_mixture_ratio(difference, variance, tau2)))
    return np.minimum.accumulate(p, axis=-1)
