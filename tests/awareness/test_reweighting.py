"""Post-stratification (awareness/reweighting.py): by hand, and a simulated population whose groups
answer at different rates."""

import numpy as np
import pytest

from awareness.reweighting import Group, reweight


def test_a_mix_by_hand():
    groups = {"parents": Group(answered=300, right=240), "young": Group(answered=100, right=50)}
    result = reweight(groups, {"parents": 1, "young": 1})  # half and half
    assert result.as_answered == pytest.approx(290 / 400)  # parents answered three times as often
    assert result.reweighted == pytest.approx(0.5 * 0.8 + 0.5 * 0.5)
    variance = 0.25 * 0.8 * 0.2 / 300 + 0.25 * 0.5 * 0.5 / 100
    half = 1.959964 * variance**0.5
    assert (result.ci_low, result.ci_high) == pytest.approx((0.65 - half, 0.65 + half))


def test_agreement_is_reweighted_the_same_way():
    groups = {"nl": Group(answered=10, scale=(0, 0, 0, 0, 10)), "en": Group(answered=10, scale=(10, 0, 0, 0, 0))}
    assert reweight(groups, {"nl": 3, "en": 1}).reweighted == pytest.approx(0.75 * 5 + 0.25 * 1)


def test_a_group_in_the_mix_without_answers_is_named_not_invented():
    result = reweight({"parents": Group(answered=50, right=40), "young": Group(answered=0)}, {"parents": 1, "young": 1})
    assert result.reweighted is None and result.missing == ("young",) and result.as_answered == pytest.approx(0.8)


def test_impossible_input_is_a_clear_error():
    with pytest.raises(ValueError, match="mix"):
        reweight({"a": Group(answered=5, right=1)}, {"a": 0})
    with pytest.raises(ValueError, match="0 or more"):
        reweight({"a": Group(answered=5, right=1)}, {"a": -1})
    with pytest.raises(ValueError, match="cannot be"):
        reweight({"a": Group(answered=5, right=6)}, {"a": 1})
    with pytest.raises(ValueError, match="scale"):
        reweight({"a": Group(answered=5, scale=(1, 1, 1, 1, 0))}, {"a": 1})


def test_reweighting_undoes_who_answered_more_and_its_interval_covers_the_truth():
    """Young people (60 % of the visitors, 40 % know the fact) answer a third as often as parents (70 % know):
    the share as answered leans to the parents; re-weighted to the visitors' mix it covers the truth."""
    rng = np.random.default_rng(20261207)
    truth = 0.6 * 0.40 + 0.4 * 0.70
    runs, covered, as_answered = 2000, 0, []
    for _ in range(runs):
        young_answers, parent_answers = rng.binomial(6000, 0.05), rng.binomial(4000, 0.15)
        groups = {
            "young": Group(answered=int(young_answers), right=int(rng.binomial(young_answers, 0.40))),
            "parents": Group(answered=int(parent_answers), right=int(rng.binomial(parent_answers, 0.70))),
        }
        result = reweight(groups, {"young": 0.6, "parents": 0.4})
        covered += result.ci_low <= truth <= result.ci_high
        as_answered.append(result.as_answered)
    assert covered / runs >= 0.93  # a 95 % interval, read once
    assert np.mean(as_answered) - truth > 0.07  # as answered, a clear overstatement: 0.60 against 0.52
