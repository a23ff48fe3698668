"""The steps of messaging.stats.analyse, one by one (no database needed).

test_stats.py checks the whole analysis against statsmodels; these tests pin what each step
promises on its own, so a change to one step shows where it went wrong.
"""

import math

import pytest
from scipy.stats import chisquare
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest

from messaging.stats import (
    NO_CLEAR_DIFFERENCE,
    NOT_YET_CONCLUSIVE,
    VARIANT_WINS,
    ArmResult,
    analyse,
    arm_results,
    checked_arm,
    checked_inputs,
    checked_weights,
    p_values_against_control,
    srm_p_value,
    verdict_of,
)

# -- input checks -------------------------------------------------------------------


def test_an_arm_is_taken_as_key_and_two_whole_numbers():
    assert checked_arm(("a", 10, 3)) == ("a", 10, 3)
    assert checked_arm([7, 10, 0]) == ("7", 10, 0)  # the key becomes text


@pytest.mark.parametrize(
    "arm, message",
    [
        (("a", 10), "must be \\(key, exposures, conversions\\)"),
        (None, "must be \\(key, exposures, conversions\\)"),
        (("a", 10.5, 1), "Exposures of arm 'a' must be a whole number"),
        (("a", True, 0), "Exposures of arm 'a' must be a whole number"),
        (("a", 10, -1), "Conversions of arm 'a' cannot be negative"),
        (("a", 3, 4), "more conversions \\(4\\) than exposures \\(3\\)"),
    ],
)
def test_a_bad_arm_is_named_in_the_error(arm, message):
    with pytest.raises(ValueError, match=message):
        checked_arm(arm)


def test_weights_become_floats_and_bad_ones_are_named():
    assert checked_weights([50, 50], ["a", "b"]) == [50.0, 50.0]
    assert checked_weights([1, 0], ["a", "b"]) == [1.0, 0.0]  # an arm may get no traffic
    for bad in (-1, math.nan, math.inf, "50", True):
        with pytest.raises(ValueError, match="traffic weight of arm 'b'"):
            checked_weights([50, bad], ["a", "b"])
    with pytest.raises(ValueError, match="At least one traffic weight"):
        checked_weights([0, 0], ["a", "b"])


@pytest.mark.parametrize(
    "arms, weights, planned, alpha, message",
    [
        ([("a", 1, 0)], [1], 10, 0.05, "at least two arms"),
        ([("a", 1, 0), ("b", 1, 0)], [1], 10, 0.05, "2 arms but 1 traffic weights"),
        ([("a", 1, 0), ("a", 1, 0)], [1, 1], 10, 0.05, "different key"),
        ([("a", 1, 0), ("b", 1, 0)], [1, 1], 0, 0.05, "at least 1"),
        ([("a", 1, 0), ("b", 1, 0)], [1, 1], 10, 1.5, "alpha"),
    ],
)
def test_the_inputs_are_checked_before_anything_is_computed(arms, weights, planned, alpha, message):
    with pytest.raises(ValueError, match=message):
        checked_inputs(arms, weights, planned, alpha)


def test_the_first_problem_is_the_one_reported():
    # Wrong number of weights and a bad arm: the count of weights is checked first, as before.
    with pytest.raises(ValueError, match="traffic weights"):
        checked_inputs([("a", 1, 0), ("b", 1, 5)], [1], 10, 0.05)


def test_checked_inputs_accept_any_iterables():
    arms, weights, planned, alpha = checked_inputs(iter([("a", 10, 1), ("b", 10, 2)]), (1, 3), 5, "0.1")
    assert arms == [("a", 10, 1), ("b", 10, 2)] and weights == [1.0, 3.0] and planned == 5 and alpha == 0.1


# -- weights: the sample-ratio check ------------------------------------------------


def test_the_sample_ratio_check_compares_exposures_with_the_planned_split():
    assert srm_p_value([0, 0], [50, 50]) is None  # nothing to judge yet
    assert srm_p_value([500, 500], [50, 50]) == pytest.approx(1.0)
    expected = chisquare([600, 400], f_exp=[500, 500]).pvalue
    assert srm_p_value([600, 400], [50, 50]) == pytest.approx(expected)
    assert srm_p_value([300, 700], [30, 70]) == pytest.approx(1.0)  # uneven by plan is fine


def test_an_arm_without_traffic_that_got_visitors_is_a_mismatch():
    assert srm_p_value([10, 1], [1, 0]) == 0.0
    assert srm_p_value([10, 0], [1, 0]) is None  # one arm left to compare: nothing to test


# -- comparison with the control ----------------------------------------------------


def test_two_arms_get_the_plain_z_test_p_value():
    [p] = p_values_against_control([("a", 1000, 50), ("b", 1000, 80)])
    _z, expected = proportions_ztest([80, 50], [1000, 1000])
    assert p == pytest.approx(expected)


def test_more_arms_are_holm_corrected_and_an_empty_arm_is_left_out():
    arms = [("a", 1000, 50), ("b", 1000, 80), ("c", 1000, 60), ("d", 0, 0)]
    p_values = p_values_against_control(arms)
    raw = [proportions_ztest([c, 50], [n, 1000])[1] for _key, n, c in arms[1:3]]
    assert p_values[:2] == pytest.approx(list(multipletests(raw, method="holm")[1]))
    assert p_values[2] is None


# -- per-arm results ----------------------------------------------------------------


def test_each_arm_has_its_rate_and_interval_and_only_variants_are_compared():
    arms = [("a", 200, 20), ("b", 0, 0)]
    control, variant = arm_results(arms, [0.5])
    assert (control.rate, control.p_value, control.chance_to_beat_control) == (0.1, None, None)
    assert 0 < control.ci_low < 0.1 < control.ci_high < 1
    assert (variant.rate, variant.ci_low, variant.ci_high, variant.p_value) == (0.0, 0.0, 1.0, 0.5)
    assert 0.0 <= variant.chance_to_beat_control <= 1.0


# -- the verdict --------------------------------------------------------------------


def arm(key, rate, p_value):
    return ArmResult(key, 1000, round(1000 * rate), rate, 0.0, 1.0, p_value, None)


CONTROL = arm("a", 0.05, None)


def test_no_verdict_before_the_planned_sample():
    assert verdict_of([CONTROL, arm("b", 0.2, 1e-9)], sample_reached=False, alpha=0.05) == (NOT_YET_CONCLUSIVE, None)


def test_the_best_significantly_better_variant_wins():
    results = [CONTROL, arm("b", 0.08, 0.01), arm("c", 0.09, 0.02), arm("d", 0.20, 0.2)]
    assert verdict_of(results, sample_reached=True, alpha=0.05) == (VARIANT_WINS, "c")


def test_on_equal_rates_the_first_variant_wins():
    results = [CONTROL, arm("b", 0.08, 0.01), arm("c", 0.08, 0.01)]
    assert verdict_of(results, True, 0.05) == (VARIANT_WINS, "b")


def test_a_significantly_worse_or_uncompared_variant_is_no_winner():
    results = [CONTROL, arm("b", 0.02, 0.001), arm("c", 0.3, None)]
    assert verdict_of(results, True, 0.05) == (NO_CLEAR_DIFFERENCE, None)


def test_the_parts_add_up_to_the_analysis():
    arms = [("a", 5000, 250), ("b", 5000, 330), ("c", 5000, 260)]
    analysis = analyse(arms, [1, 1, 1], planned_per_arm=4000)
    assert analysis.arms == arm_results(arms, p_values_against_control(arms))
    assert analysis.srm_p_value == srm_p_value([5000, 5000, 5000], [1.0, 1.0, 1.0])
    assert (analysis.verdict, analysis.winner) == verdict_of(analysis.arms, True, 0.05) == (VARIANT_WINS, "b")
