"""The before/after comparison of awareness/lift.py: by hand, and simulated campaigns looked at every day.

Issue 26's bar: 1,000 simulated visitors per half with a true lift of 8 points find the lift with an
interval covering the truth; A/A runs looked at daily call a difference at most at the nominal rate
over 500 repetitions. The simulations draw every visitor's answer (numpy, fixed seeds) and run the
module's own functions on the daily counts, all repetitions at once.
"""

import numpy as np
import pytest

from awareness.lift import (
    MIN_ANSWERS_PER_HALF,
    SCALE,
    HalfCounts,
    agreement_sequence,
    attitude_lift,
    knowledge_lift,
    mean_and_variance,
    mixture_tau2_for_means,
    mixture_tau2_for_shares,
    share_sequence,
)

DAYS = 20


def test_shares_means_and_their_variances_by_hand():
    p, low, high = share_sequence([40], [100], [50], [100], tau2=0.01, alpha=0.05)
    # 0.50 − 0.40 = 0.10, variance 0.4·0.6/100 + 0.5·0.5/100 = 0.0049
    v, tau2 = 0.0049, 0.01
    half = np.sqrt(2 * v * (v + tau2) / tau2 * (0.5 * np.log((v + tau2) / v) - np.log(0.05)))
    assert (low[0], high[0]) == pytest.approx((0.10 - half, 0.10 + half))
    mean, variance, n = mean_and_variance([10, 0, 0, 0, 10])  # half "1", half "5"
    assert (mean, n) == (3.0, 20) and variance == pytest.approx(4.0 * 20 / 19)
    assert mean_and_variance([0, 0, 7, 0, 0])[1] == pytest.approx(1 / 7)  # all alike: still uncertain


def test_a_look_with_too_few_answers_says_nothing():
    p, low, high = share_sequence([10], [MIN_ANSWERS_PER_HALF - 1], [90], [MIN_ANSWERS_PER_HALF - 1], 0.01, 0.05)
    assert (p[0], low[0], high[0]) == (1.0, -1.0, 1.0)
    scale = [[0, 0, 0, 0, MIN_ANSWERS_PER_HALF - 1]]
    p, low, high = agreement_sequence(scale, scale, 0.1, 0.05)
    assert (p[0], low[0], high[0]) == (1.0, -4.0, 4.0)


def test_counts_that_cannot_be_are_a_clear_error():
    for counts in ({"shown": 5, "answered": 6}, {"shown": 5, "answered": 4, "right": 5}, {"shown": -1, "answered": 0}):
        with pytest.raises(ValueError):
            HalfCounts(**counts)
    with pytest.raises(ValueError, match="five|5 answers"):
        HalfCounts(shown=5, answered=3, scale=(1, 1, 1))
    with pytest.raises(ValueError, match="cumulative"):
        knowledge_lift([(HalfCounts(10, 10), HalfCounts(10, 10)), (HalfCounts(9, 9), HalfCounts(10, 10))], 1000)
    with pytest.raises(ValueError, match="nobody"):
        knowledge_lift([], 1000)


# -- knowledge: share of right answers ---------------------------------------------------------------------


def simulate_shares(repetitions, per_half, share_before, share_after, seed):
    """Cumulative (answered, right) per half after each day: ``per_half`` visitors per half over DAYS days."""
    rng = np.random.default_rng(seed)
    daily = np.full((repetitions, DAYS), per_half // DAYS)
    answered = np.cumsum(daily, axis=1)
    right_before = np.cumsum(rng.binomial(daily, share_before), axis=1)
    right_after = np.cumsum(rng.binomial(daily, share_after), axis=1)
    return answered, right_before, right_after


def test_a_true_lift_of_8_points_is_found_with_1000_visitors_per_half_and_covered():
    repetitions, truth = 2000, 0.08
    answered, before, after = simulate_shares(repetitions, 1000, 0.45, 0.45 + truth, seed=20261207)
    tau2 = mixture_tau2_for_shares(0.5, 1000, 0.05)
    _, low, high = share_sequence(before, answered, after, answered, tau2, 0.05)
    covered = (low[:, -1] <= truth) & (truth <= high[:, -1])
    found = low[:, -1] > 0
    assert covered.mean() >= 0.95  # the interval holds the truth (anytime-valid: at least 1 − α); 98.9 %
    # Found (the whole interval above 0) in 77 % of campaigns of this size: the price of an interval
    # that may be read every day is width (±6.4 points at 1,000 a half, where a single look would have ±4.3).
    assert found.mean() >= 0.75

    # The first campaign through knowledge_lift(), as the dashboard will read it: the same interval.
    looks = [
        (HalfCounts(int(answered[0, day]), int(answered[0, day]), int(before[0, day])),
         HalfCounts(int(answered[0, day]), int(answered[0, day]), int(after[0, day])))
        for day in range(DAYS)
    ]  # fmt: skip
    lift = knowledge_lift(looks, planned_per_half=1000)
    assert (lift.ci_low, lift.ci_high) == pytest.approx((low[0, -1], high[0, -1]))
    assert lift.ci_low <= truth <= lift.ci_high and lift.found == bool(found[0])
    assert lift.difference == pytest.approx(lift.after - lift.before) and lift.answered == (1000, 1000)
    assert not lift.answer_rates_differ


def test_aa_campaigns_looked_at_every_day_rarely_call_a_difference():
    """500 campaigns where the message changes nothing, judged every day: a difference is called in at most α."""
    answered, before, after = simulate_shares(500, 1000, 0.45, 0.45, seed=20261208)
    tau2 = mixture_tau2_for_shares(0.5, 1000, 0.05)
    p, low, high = share_sequence(before, answered, after, answered, tau2, 0.05)
    called_on_some_day = np.any((low > 0) | (high < 0), axis=1)  # the running interval only narrows
    assert called_on_some_day.mean() <= 0.05
    assert np.mean(p[:, -1] < 0.05) <= 0.05


# -- attitude: mean agreement on the five-point scale ----------------------------------------------------


def simulate_scale(repetitions, per_half, probabilities, seed):
    rng = np.random.default_rng(seed)
    daily = rng.multinomial(per_half // DAYS, probabilities, size=(repetitions, DAYS))
    return np.cumsum(daily, axis=1)  # (repetitions, days, 5)


def test_a_shift_in_agreement_is_found_and_covered_and_aa_rarely_called():
    neutral = [0.10, 0.20, 0.40, 0.20, 0.10]  # mean 3.0
    agreeing = [0.05, 0.15, 0.35, 0.30, 0.15]  # mean 3.35
    truth = float(np.dot(agreeing, SCALE) - np.dot(neutral, SCALE))
    tau2 = mixture_tau2_for_means(1.2, 1000, 0.05)
    before = simulate_scale(1000, 1000, neutral, seed=1)
    after = simulate_scale(1000, 1000, agreeing, seed=2)
    _, low, high = agreement_sequence(before, after, tau2, 0.05)
    assert np.mean((low[:, -1] <= truth) & (truth <= high[:, -1])) >= 0.95
    assert np.mean(low[:, -1] > 0) >= 0.8

    same = simulate_scale(500, 1000, neutral, seed=3)
    p, low, high = agreement_sequence(before[:500], same, tau2, 0.05)
    assert np.any((low > 0) | (high < 0), axis=1).mean() <= 0.05

    looks = [(HalfCounts(1000, 1000, scale=tuple(int(x) for x in before[0, -1])),
              HalfCounts(1000, 1000, scale=tuple(int(x) for x in after[0, -1])))]  # fmt: skip
    lift = attitude_lift(looks, planned_per_half=1000)
    assert lift.before == pytest.approx(3.0, abs=0.15) and lift.after == pytest.approx(3.35, abs=0.15)


# -- who answers ---------------------------------------------------------------------------------------------


def test_halves_that_differ_in_who_answers_carry_a_warning():
    def looks(answered_after):
        return [(HalfCounts(2000, 1000, 450), HalfCounts(2000, answered_after, int(answered_after * 0.53)))]

    assert not knowledge_lift(looks(1000), 1000).answer_rates_differ
    warned = knowledge_lift(looks(700), 1000)  # the message put people off answering: 50 % against 35 %
    assert warned.answer_rates_differ and warned.answer_rate == (0.5, 0.35)
