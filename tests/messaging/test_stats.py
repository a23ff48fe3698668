"""Unit tests for messaging.stats and messaging.charts (no database needed).

Reference values come from statsmodels and scipy, computed in the tests;
statsmodels is a test-only dependency and is never imported by messaging/.
"""

import datetime
import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from scipy.stats import chisquare, norm
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportion_confint, proportions_ztest

from messaging.charts import conversion_chart_svg
from messaging.stats import (
    NO_CLEAR_DIFFERENCE,
    NOT_YET_CONCLUSIVE,
    VARIANT_WINS,
    analyse,
    chance_to_beat,
    cumulative_series,
    holm,
    sample_size_per_arm,
    wilson_interval,
    z_test_p_value,
)

SVG_NS = "http://www.w3.org/2000/svg"
NS = {"svg": SVG_NS}


# --- Wilson interval -------------------------------------------------------


@pytest.mark.parametrize(
    "c, n", [(0, 1), (1, 1), (0, 10), (10, 10), (3, 10), (1, 7), (50, 1000), (999, 1000), (0, 5000)]
)
def test_wilson_interval_matches_statsmodels(c, n):
    low, high = wilson_interval(c, n)
    ref_low, ref_high = proportion_confint(c, n, alpha=0.05, method="wilson")
    assert low == pytest.approx(ref_low, abs=1e-12)
    assert high == pytest.approx(ref_high, abs=1e-12)


def test_wilson_interval_in_analysis_and_without_data():
    result = analyse([("a", 40, 7), ("b", 0, 0)], [1, 1], planned_per_arm=100)
    control, empty = result.arms
    assert (control.ci_low, control.ci_high) == pytest.approx(
        proportion_confint(7, 40, alpha=0.05, method="wilson"), abs=1e-12
    )
    assert control.rate == pytest.approx(7 / 40)
    assert (empty.rate, empty.ci_low, empty.ci_high) == (0.0, 0.0, 1.0)
    assert empty.p_value is None  # no exposures: undefined


# --- z-test ----------------------------------------------------------------


@pytest.mark.parametrize(
    "c1, n1, c0, n0",
    [(130, 1000, 100, 1000), (100, 1000, 130, 1000), (55, 500, 48, 520), (1, 20, 0, 30), (500, 5000, 500, 5000)],
)
def test_z_test_matches_statsmodels(c1, n1, c0, n0):
    _, ref = proportions_ztest([c1, c0], [n1, n0])  # two-sided, pooled by default
    assert z_test_p_value(c1, n1, c0, n0) == pytest.approx(ref, rel=1e-9, abs=1e-15)
    two_arms = analyse([("a", n0, c0), ("b", n1, c1)], [1, 1], planned_per_arm=1)
    assert two_arms.arms[0].p_value is None  # the control has no p-value
    assert two_arms.arms[1].p_value == pytest.approx(ref, rel=1e-9, abs=1e-15)


def test_z_test_edge_cases():
    # Both arms at 0% (or 100%): pooled variance 0, no evidence of a difference.
    assert z_test_p_value(0, 100, 0, 80) == 1.0
    assert z_test_p_value(100, 100, 80, 80) == 1.0
    assert z_test_p_value(0, 0, 5, 80) is None
    assert z_test_p_value(5, 80, 0, 0) is None


# --- Holm ------------------------------------------------------------------


@pytest.mark.parametrize(
    "p",
    [
        [0.01, 0.04, 0.03],
        [0.2, 0.001, 0.04, 0.04, 0.5],
        [0.9, 0.8],
        [0.3],
        [0.0, 1.0, 0.5, 0.02],
    ],
)
def test_holm_matches_statsmodels(p):
    ref = multipletests(p, method="holm")[1]
    assert holm(p) == pytest.approx(list(ref), abs=1e-15)


def test_holm_is_capped_and_monotone():
    p = [0.4, 0.3, 0.35, 0.01]
    adjusted = holm(p)
    assert all(0 <= a <= 1 for a in adjusted)
    order = sorted(range(len(p)), key=p.__getitem__)
    assert [adjusted[i] for i in order] == sorted(adjusted)
    assert holm([]) == []


def test_analyse_three_arms_uses_holm():
    arms = [("a", 2000, 200), ("b", 2000, 245), ("c", 2000, 215)]
    raw = [proportions_ztest([c, 200], [n, 2000])[1] for _, n, c in arms[1:]]
    expected = multipletests(raw, method="holm")[1]
    result = analyse(arms, [1, 1, 1], planned_per_arm=2000)
    assert [arm.p_value for arm in result.arms[1:]] == pytest.approx(list(expected), rel=1e-9)
    # The correction matters here: the raw p-value of b alone would be smaller.
    assert result.arms[1].p_value > raw[0]


# --- sample size -----------------------------------------------------------


def _reference_sample_size(p1, delta, alpha=0.05, power=0.8):
    """Independent implementation of the same closed formula (Fleiss, without continuity correction)."""
    p2 = p1 + delta
    p_bar = (p1 + p2) / 2
    numerator = norm.isf(alpha / 2) * np.sqrt(2 * p_bar * (1 - p_bar)) + norm.isf(1 - power) * np.sqrt(
        p1 * (1 - p1) + p2 * (1 - p2)
    )
    return int(np.ceil(numerator**2 / delta**2))


@pytest.mark.parametrize(
    "p1, delta, alpha, power",
    [(0.10, 0.02, 0.05, 0.8), (0.05, 0.01, 0.05, 0.8), (0.30, 0.05, 0.01, 0.9), (0.02, 0.005, 0.1, 0.8)],
)
def test_sample_size_matches_formula(p1, delta, alpha, power):
    assert sample_size_per_arm(p1, delta, alpha, power) == _reference_sample_size(p1, delta, alpha, power)


def test_sample_size_known_value():
    # 5% -> 6% (absolute MDE 0.01), alpha 0.05 two-sided, power 0.8. With exact
    # z values (1.959964, 0.841621) the formula gives 8157.73..., rounded up to
    # 8,158 per arm: the value usually quoted for this textbook example.
    assert sample_size_per_arm(0.05, 0.01) == 8158
    assert sample_size_per_arm(0.10, 0.02) == 3841


def test_sample_size_is_monotone():
    sizes = [sample_size_per_arm(0.1, delta) for delta in (0.05, 0.03, 0.02, 0.01, 0.005)]
    assert sizes == sorted(sizes) and len(set(sizes)) == len(sizes)
    assert sample_size_per_arm(0.1, 0.02, power=0.9) > sample_size_per_arm(0.1, 0.02, power=0.8)
    assert sample_size_per_arm(0.1, 0.02, alpha=0.01) > sample_size_per_arm(0.1, 0.02, alpha=0.05)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"baseline_rate": 0, "minimum_detectable_effect": 0.01},
        {"baseline_rate": 1, "minimum_detectable_effect": 0.01},
        {"baseline_rate": -0.1, "minimum_detectable_effect": 0.01},
        {"baseline_rate": 0.1, "minimum_detectable_effect": 0},
        {"baseline_rate": 0.1, "minimum_detectable_effect": -0.02},
        {"baseline_rate": 0.95, "minimum_detectable_effect": 0.05},
        {"baseline_rate": 0.1, "minimum_detectable_effect": float("nan")},
        {"baseline_rate": 0.1, "minimum_detectable_effect": 0.01, "alpha": 0},
        {"baseline_rate": 0.1, "minimum_detectable_effect": 0.01, "alpha": 1.5},
        {"baseline_rate": 0.1, "minimum_detectable_effect": 0.01, "power": 1},
        {"baseline_rate": "ten", "minimum_detectable_effect": 0.01},
    ],
)
def test_sample_size_rejects_bad_input(kwargs):
    with pytest.raises(ValueError):
        sample_size_per_arm(**kwargs)


# --- chance to beat control ------------------------------------------------


@pytest.mark.parametrize(
    "cv, nv, cc, nc",
    [(130, 1000, 100, 1000), (48, 1000, 50, 1000), (3, 20, 1, 25), (0, 50, 0, 10), (5100, 100000, 5000, 100000)],
)
def test_chance_to_beat_matches_monte_carlo(cv, nv, cc, nc):
    rng = np.random.default_rng(20240611)
    draws = 200_000
    variant = rng.beta(1 + cv, 1 + nv - cv, draws)
    control = rng.beta(1 + cc, 1 + nc - cc, draws)
    estimate = float(np.mean(variant > control))
    assert chance_to_beat(cv, nv, cc, nc) == pytest.approx(estimate, abs=0.005)


@pytest.mark.parametrize("c, n", [(0, 0), (5, 10), (100, 1000), (50000, 1000000)])
def test_chance_to_beat_is_symmetric(c, n):
    assert chance_to_beat(c, n, c, n) == pytest.approx(0.5, abs=1e-6)
    result = analyse([("a", n, c), ("b", n, c)], [1, 1], planned_per_arm=1)
    assert result.arms[0].chance_to_beat_control is None
    assert result.arms[1].chance_to_beat_control == pytest.approx(0.5, abs=1e-6)


def test_chance_to_beat_complements():
    assert chance_to_beat(130, 1000, 100, 1000) + chance_to_beat(100, 1000, 130, 1000) == pytest.approx(1, abs=1e-9)


# --- sample-ratio mismatch -------------------------------------------------


def test_srm_even_split_no_warning():
    result = analyse([("a", 1000, 100), ("b", 1000, 110)], [50, 50], planned_per_arm=1000)
    assert result.srm_p_value == pytest.approx(chisquare([1000, 1000]).pvalue)
    assert result.srm_warning is False


def test_srm_uneven_split_warns():
    result = analyse([("a", 1000, 100), ("b", 1200, 110)], [50, 50], planned_per_arm=1000)
    assert result.srm_p_value == pytest.approx(chisquare([1000, 1200], f_exp=[1100, 1100]).pvalue)
    assert result.srm_p_value < 0.001
    assert result.srm_warning is True


def test_srm_with_unequal_weights_and_no_data():
    # 25/75 split observed as 500/1500: exactly as planned.
    result = analyse([("a", 500, 50), ("b", 1500, 150)], [1, 3], planned_per_arm=100)
    assert result.srm_p_value == pytest.approx(1.0)
    assert not result.srm_warning
    expected = chisquare([500, 1500, 1000], f_exp=[3000 * 0.2, 3000 * 0.5, 3000 * 0.3]).pvalue
    result = analyse([("a", 500, 0), ("b", 1500, 0), ("c", 1000, 0)], [2, 5, 3], planned_per_arm=1)
    assert result.srm_p_value == pytest.approx(expected)
    empty = analyse([("a", 0, 0), ("b", 0, 0)], [1, 1], planned_per_arm=100)
    assert empty.srm_p_value is None and empty.srm_warning is False


# --- verdict ---------------------------------------------------------------


def test_verdict_peeking_guard():
    # A huge difference, but the planned sample is not reached yet.
    result = analyse([("a", 900, 50), ("b", 900, 300)], [1, 1], planned_per_arm=1000)
    assert result.arms[1].p_value < 1e-20
    assert result.sample_reached is False
    assert result.verdict == NOT_YET_CONCLUSIVE == "not_yet_conclusive"
    assert result.winner is None


def test_verdict_variant_wins():
    result = analyse([("a", 4000, 400), ("b", 4000, 520)], [1, 1], planned_per_arm=4000)
    assert result.sample_reached is True
    assert result.verdict == VARIANT_WINS == "variant_wins"
    assert result.winner == "b"


def test_verdict_best_of_several_significant_variants():
    arms = [("a", 5000, 500), ("b", 5000, 620), ("c", 5000, 680), ("d", 5000, 505)]
    result = analyse(arms, [1, 1, 1, 1], planned_per_arm=5000)
    assert result.verdict == VARIANT_WINS
    assert result.winner == "c"


def test_verdict_no_clear_difference():
    result = analyse([("a", 4000, 400), ("b", 4000, 405)], [1, 1], planned_per_arm=4000)
    assert result.verdict == NO_CLEAR_DIFFERENCE == "no_clear_difference"
    assert result.winner is None
    # A control that is significantly better is not a variant win either.
    result = analyse([("a", 4000, 520), ("b", 4000, 400)], [1, 1], planned_per_arm=4000)
    assert result.arms[1].p_value < 0.05
    assert result.verdict == NO_CLEAR_DIFFERENCE


def test_analysis_keeps_order_and_planned_size():
    result = analyse([("control", 10, 1), ("x", 12, 2), ("y", 11, 3)], [1, 1, 1], planned_per_arm=10)
    assert [arm.key for arm in result.arms] == ["control", "x", "y"]
    assert result.planned_per_arm == 10 and result.sample_reached is True


@pytest.mark.parametrize(
    "arms, weights, planned",
    [
        ([("a", 10, 11), ("b", 10, 1)], [1, 1], 10),  # conversions > exposures
        ([("a", -1, 0), ("b", 10, 1)], [1, 1], 10),  # negative exposures
        ([("a", 10, -1), ("b", 10, 1)], [1, 1], 10),  # negative conversions
        ([("a", 10, 1), ("b", 10, 1)], [1], 10),  # weights mismatch
        ([("a", 10, 1), ("b", 10, 1)], [1, 1, 1], 10),  # weights mismatch
        ([("a", 10, 1)], [1], 10),  # fewer than 2 arms
        ([], [], 10),  # no arms at all
        ([("a", 10, 1), ("b", 10, 1)], [1, -1], 10),  # negative weight
        ([("a", 10, 1), ("b", 10, 1)], [0, 0], 10),  # no traffic at all
        ([("a", 10, 1), ("a", 10, 1)], [1, 1], 10),  # duplicate keys
        ([("a", 10, 1), ("b", 10, 1)], [1, 1], 0),  # planned sample size 0
        ([("a", 10.5, 1), ("b", 10, 1)], [1, 1], 10),  # not a whole number
        ([("a", 10), ("b", 10, 1)], [1, 1], 10),  # malformed arm
    ],
)
def test_analyse_rejects_bad_input(arms, weights, planned):
    with pytest.raises(ValueError):
        analyse(arms, weights, planned)


def test_analyse_rejects_bad_alpha():
    with pytest.raises(ValueError):
        analyse([("a", 10, 1), ("b", 10, 1)], [1, 1], 10, alpha=0)


# --- cumulative series -----------------------------------------------------


def test_cumulative_series_hand_checked():
    d1, d2, d3 = (datetime.date(2025, 3, day) for day in (1, 2, 3))
    daily = [
        (d2, "b", 5, 1),
        (d1, "a", 10, 1),
        (d2, "a", 10, 2),
        (d3, "b", 5, 0),
        (d3, "b", 0, 1),  # a late conversion: more conversions than exposures that day is fine
        (d1, "zzz", 99, 9),  # unknown key: ignored
    ]
    series = cumulative_series(daily, ["a", "b", "c"])
    assert list(series) == ["a", "b", "c"]

    def expected(day, c, n):
        return (day, c / n, *proportion_confint(c, n, alpha=0.05, method="wilson"))

    for key, points in {
        "a": [expected(d1, 1, 10), expected(d2, 3, 20), expected(d3, 3, 20)],  # carried forward on day 3
        "b": [expected(d2, 1, 5), expected(d3, 2, 10)],  # nothing before its first exposure
        "c": [],
    }.items():
        assert [p[0] for p in series[key]] == [p[0] for p in points]
        for got, want in zip(series[key], points, strict=True):
            assert got[1:] == pytest.approx(want[1:], abs=1e-12)


def test_cumulative_series_rejects_inconsistent_totals():
    day = datetime.date(2025, 3, 1)
    with pytest.raises(ValueError):
        cumulative_series([(day, "a", 1, 2)], ["a"])
    with pytest.raises(ValueError):
        cumulative_series([(day, "a", -1, 0)], ["a"])


# --- SVG chart -------------------------------------------------------------


def _series():
    start = datetime.date(2025, 3, 1)
    daily = [
        (start + datetime.timedelta(days=i), key, 100, 10 + i + (3 if key == "b" else 0))
        for i in range(10)
        for key in ("a", "b", "c")
    ]
    return cumulative_series(daily, ["a", "b", "c"])


def _check_safe(svg):
    assert "<script" not in svg.lower()
    assert "style=" not in svg.lower()
    assert set(re.findall(r"https?://[^\s\"'<>]+", svg)) == {SVG_NS}
    root = ET.fromstring(svg)
    assert root.tag == f"{{{SVG_NS}}}svg"
    assert root.get("role") == "img"
    for element in root.iter():
        assert not any(name.lower().startswith("on") for name in element.attrib)
        assert not element.tag.endswith(("image", "foreignObject", "use"))
    return root


def test_chart_svg_structure():
    labels = {"a": "<b>&", "b": "Variant B", "c": "Variant C"}
    svg = conversion_chart_svg(_series(), labels, "Conversie <per> dag", "Cumulatieve conversie & 95%-interval")
    root = _check_safe(svg)
    assert root.find("svg:title", NS).text == "Conversie <per> dag"
    assert root.find("svg:desc", NS).text == "Cumulatieve conversie & 95%-interval"
    assert root.get("viewBox") == "0 0 640 320"
    assert len(root.findall(".//svg:path", NS)) == 3  # one line per arm
    assert len(root.findall(".//svg:polygon", NS)) == 3  # one interval band per arm
    texts = [t.text for t in root.iter(f"{{{SVG_NS}}}text")]
    assert "<b>&" in texts and "Variant B" in texts  # legend
    assert "&lt;b&gt;&amp;" in svg and "<b>" not in svg
    assert "0%" in texts and "01-03" in texts and "10-03" in texts  # axis ticks
    dashes = [p.get("stroke-dasharray") for p in root.findall(".//svg:path", NS)]
    assert len(set(dashes)) == 3  # distinguishable without colour
    assert len({p.get("stroke") for p in root.findall(".//svg:path", NS)}) == 3


def test_chart_svg_single_day():
    day = datetime.date(2025, 3, 1)
    series = cumulative_series([(day, "a", 10, 1), (day, "b", 10, 2)], ["a", "b"])
    root = _check_safe(conversion_chart_svg(series, {"a": "A", "b": "B"}, "T", "D"))
    assert len(root.findall(".//svg:path", NS)) == 2


def test_chart_svg_empty():
    svg = conversion_chart_svg({}, {}, "T", "D")
    root = _check_safe(svg)
    assert "No data yet" in [t.text for t in root.iter(f"{{{SVG_NS}}}text")]
    svg = conversion_chart_svg({"a": []}, {"a": "A"}, "T", "D", empty_text="Nog geen gegevens <>")
    root = _check_safe(svg)
    assert "Nog geen gegevens <>" in [t.text for t in root.iter(f"{{{SVG_NS}}}text")]
    assert root.findall(".//svg:path", NS) == []
