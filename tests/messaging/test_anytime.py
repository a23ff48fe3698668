"""The anytime-valid comparison (messaging/anytime.py): reference values, and simulations of daily looks.

The simulations run the module's own vectorised functions on 2,000 simulated experiments at once,
with a fixed seed, so they take a fraction of a second and give the same figures every run.
"""

import math

import numpy as np
import pytest
from scipy.stats import norm

from messaging.anytime import (
    ANYTIME_NO_WINNER_YET,
    ANYTIME_WINS,
    ANYTIME_WORSE,
    MIN_EXPOSURES_PER_ARM,
    always_valid_p_value,
    analyse_looks,
    confidence_half_width,
    cumulative_looks,
    difference_and_variance,
    mixture_tau2,
    sequential_comparison,
)
from messaging.stats import sample_size_per_arm, z_test_p_value

# -- one look, against values worked out by hand ----------------------------------------------

# Control 500 of 10,000 (5%), variant 600 of 10,000 (6%), τ² = 1e-4, α = 0.05:
# v = 0.05·0.95/10⁴ + 0.06·0.94/10⁴ = 1.039e-5
# Λ = √(v/(v+τ²)) · exp(τ²·0.01² / (2v(v+τ²))) = 0.30679 · 78.208 = 23.9937  →  p = 1/Λ = 0.041678
# half-width = √(2v(v+τ²)/τ² · ln(√((v+τ²)/v)/α)) = 0.0097890  →  0.01 ± 0.0097890
HAND = {"c1": 600, "n1": 10_000, "c0": 500, "n0": 10_000, "tau2": 1e-4}


def test_difference_and_variance_by_hand():
    difference, variance = difference_and_variance(600, 10_000, 500, 10_000)
    assert difference == pytest.approx(0.01)
    assert variance == pytest.approx(1.039e-5)


def test_always_valid_p_value_by_hand():
    difference, variance = difference_and_variance(600, 10_000, 500, 10_000)
    assert always_valid_p_value(difference, variance, 1e-4) == pytest.approx(0.0416776, rel=1e-5)
    # The fixed-sample z-test on the same numbers is far more confident: it may only be read once.
    assert z_test_p_value(600, 10_000, 500, 10_000) == pytest.approx(0.00194, abs=5e-5)


def test_the_p_value_is_the_normal_mixture_likelihood_ratio():
    """Λ is the likelihood of θ̂ averaged over θ ~ N(0, τ²), divided by its likelihood at θ = 0."""
    rng = np.random.default_rng(7)
    for _ in range(50):
        difference, variance, tau2 = rng.normal(0, 0.02), rng.uniform(1e-6, 1e-4), rng.uniform(1e-6, 1e-3)
        ratio = norm.pdf(difference, 0, math.sqrt(variance + tau2)) / norm.pdf(difference, 0, math.sqrt(variance))
        assert always_valid_p_value(difference, variance, tau2) == pytest.approx(min(1.0, 1 / ratio), rel=1e-9)


def test_the_confidence_sequence_holds_every_difference_the_test_does_not_reject():
    difference, variance = difference_and_variance(600, 10_000, 500, 10_000)
    half = confidence_half_width(variance, 1e-4, 0.05)
    assert half == pytest.approx(0.0097890, rel=1e-4)
    for theta in np.linspace(-0.01, 0.03, 401):
        # Testing "the true difference is θ" is the same test on θ̂ − θ.
        rejected = always_valid_p_value(difference - theta, variance, 1e-4) <= 0.05
        inside = difference - half < theta < difference + half
        assert rejected != inside or abs(abs(theta - difference) - half) < 1e-9


def test_tau2_is_tuned_to_the_planned_sample():
    # k = −2 ln 0.05 + ln(1 − 2 ln 0.05) = 7.93615; v* = 2·0.08·0.92/1499 (the demo experiment's plan)
    assert mixture_tau2(0.08, 1499, 0.05) == pytest.approx(7.93615 * 2 * 0.08 * 0.92 / 1499, rel=1e-5)
    # That τ² gives the narrowest interval at the planned sample, the point of the choice.
    v_star = 2 * 0.08 * 0.92 / 1499
    tuned = mixture_tau2(0.08, 1499, 0.05)
    widths = {scale: confidence_half_width(v_star, tuned * scale, 0.05) for scale in (0.25, 0.5, 0.9, 1, 1.1, 2, 4)}
    assert min(widths, key=widths.get) == 1


def test_no_evidence_without_variance_or_before_the_minimum_sample():
    assert always_valid_p_value(0.0, 0.0, 1e-4) == 1.0  # both arms at 0%
    few = MIN_EXPOSURES_PER_ARM - 1
    p, low, high = sequential_comparison([few], [few], [0], [few], 1e-4, 0.05)  # 100% against 0%, too few
    assert (p[-1], low[-1], high[-1]) == (1.0, -1.0, 1.0)


# -- over several looks ----------------------------------------------------------------------


def test_running_minimum_and_running_intersection():
    """A p-value once seen stays; the interval only ever narrows."""
    n = np.array([2000, 4000, 6000, 8000])
    p, low, high = sequential_comparison([130, 230, 330, 420], n, [100, 200, 300, 400], n, 1e-4, 0.05)
    assert np.all(np.diff(p) <= 0) and np.all(np.diff(low) >= 0) and np.all(np.diff(high) <= 0)
    single_p = always_valid_p_value(*difference_and_variance(420, 8000, 400, 8000), 1e-4)
    assert p[-1] < single_p  # the earlier, better-looking day is remembered


def test_an_empty_running_intersection_shows_the_looks_own_interval_not_reversed_bounds():
    """A variant far ahead on day 1 and far behind on day 2 (the sequence missed the true difference,
    rare by construction): the bounds stay in order."""
    n = np.array([2000, 4000])
    _p, low, high = sequential_comparison([300, 310], n, [100, 600], n, 1e-4, 0.05)
    day_2_difference, day_2_variance = difference_and_variance(310, 4000, 600, 4000)
    day_2_half = confidence_half_width(day_2_variance, 1e-4, 0.05)
    assert low[0] > day_2_difference + day_2_half  # the premise: the two days' intervals do not meet
    assert np.all(low <= high)
    assert (low[1], high[1]) == (
        pytest.approx(day_2_difference - day_2_half),
        pytest.approx(day_2_difference + day_2_half),
    )


def test_cumulative_looks_add_up_days_and_ignore_unknown_arms():
    import datetime

    d1, d2 = datetime.date(2026, 3, 1), datetime.date(2026, 3, 2)
    daily = [(d1, "a", 10, 1), (d1, "b", 12, 2), (d2, "a", 5, 1), (d2, "b", 0, 1), (d2, "z", 99, 9)]
    assert cumulative_looks(daily, ["a", "b"]) == [([10, 12], [1, 2]), ([15, 12], [2, 3])]
    # A late conversion never makes more conversions than visitors.
    assert cumulative_looks([(d1, "a", 1, 3), (d1, "b", 1, 0)], ["a", "b"]) == [([1, 1], [1, 0])]


def looks_of(exposures_and_conversions_per_day):
    n, c, looks = [0, 0], [0, 0], []
    for day in exposures_and_conversions_per_day:
        n = [n[i] + day[i][0] for i in range(2)]
        c = [c[i] + day[i][1] for i in range(2)]
        looks.append((n, c))
    return looks


def test_verdicts():
    wins = analyse_looks([([10_000, 10_000], [500, 700])], ["a", "b"], 0.05, 8158)
    assert (wins.verdict, wins.winner) == (ANYTIME_WINS, "b")
    assert wins.arms[1].ci_low > 0 and wins.arms[1].p_value < 0.05
    worse = analyse_looks([([10_000, 10_000], [700, 500])], ["a", "b"], 0.05, 8158)
    assert (worse.verdict, worse.winner) == (ANYTIME_WORSE, None)
    same = analyse_looks([([10_000, 10_000], [500, 520])], ["a", "b"], 0.05, 8158)
    assert (same.verdict, same.winner) == (ANYTIME_NO_WINNER_YET, None)
    assert same.arms[1].ci_low < 0 < same.arms[1].ci_high
    empty = analyse_looks([], ["a", "b"], 0.05, 8158)
    assert empty.verdict == ANYTIME_NO_WINNER_YET and empty.arms[1].p_value == 1.0


def test_several_variants_share_alpha_and_the_best_wins():
    looks = [([10_000, 10_000, 10_000], [500, 680, 720])]
    analysis = analyse_looks(looks, ["a", "b", "c"], 0.05, 8158)
    assert analysis.alpha_per_comparison == 0.025
    assert (analysis.verdict, analysis.winner) == (ANYTIME_WINS, "c")
    with pytest.raises(ValueError, match="at least two arms"):
        analyse_looks(looks, ["a"], 0.05, 8158)


# -- simulations: 2,000 experiments, looked at every day for 28 days ---------------------------

SIMULATIONS, DAYS, PER_ARM_PER_DAY, BASE = 2000, 28, 250, 0.05
PLANNED = sample_size_per_arm(BASE, 0.01)  # 8,158 per arm for 5% → 6%


def simulate(variant_rate, seed):
    """Cumulative exposures and conversions per day, 2,000 experiments at once."""
    rng = np.random.default_rng(seed)
    n = np.cumsum(np.full((SIMULATIONS, DAYS), PER_ARM_PER_DAY), axis=1)
    c0 = np.cumsum(rng.binomial(PER_ARM_PER_DAY, BASE, (SIMULATIONS, DAYS)), axis=1)
    c1 = np.cumsum(rng.binomial(PER_ARM_PER_DAY, variant_rate, (SIMULATIONS, DAYS)), axis=1)
    return n, c0, c1


def test_aa_tests_looked_at_every_day_rarely_call_a_winner():
    """Two identical texts, checked every day: a winner or loser is called in at most α of the experiments."""
    n, c0, c1 = simulate(BASE, seed=20261202)
    tau2 = mixture_tau2(BASE, PLANNED, 0.05)
    p, low, high = sequential_comparison(c1, n, c0, n, tau2, 0.05)
    any_difference = np.mean((low[:, -1] > 0) | (high[:, -1] < 0))
    false_win = np.mean(low[:, -1] > 0)
    assert any_difference <= 0.05 and false_win <= 0.025
    assert np.mean(p[:, -1] < 0.05) == pytest.approx(any_difference, abs=0.005)  # p and interval agree

    # The same experiments judged by the fixed-sample z-test every day: the peeking problem this solves.
    pooled = (c0 + c1) / (2 * n)
    z = (c1 - c0) / n / np.sqrt(pooled * (1 - pooled) * 2 / n)
    peeking = np.mean(np.any(2 * norm.sf(np.abs(z)) < 0.05, axis=1))
    assert peeking > 0.15  # about one in four


def test_a_real_difference_is_found_with_enough_data():
    """5% against 6.5%, 250 visitors per arm per day: found within 28 days in at least 80% of experiments."""
    n, c0, c1 = simulate(0.065, seed=20261203)
    tau2 = mixture_tau2(BASE, PLANNED, 0.05)
    _, low, _ = sequential_comparison(c1, n, c0, n, tau2, 0.05)
    assert np.mean(low[:, -1] > 0) >= 0.8
    found_on = np.argmax(low > 0, axis=1)[low[:, -1] > 0] + 1
    assert np.median(found_on) < DAYS  # most of them before the last day
