"""Answers on a five-point agree scale (1 = disagree strongly … 5 = agree strongly): their mean, and
the anytime-valid comparison of two means.

An experiment whose main goal is "mean agreement" (docs/ab-testing.md) compares its arms with this,
and the awareness before/after comparison (awareness/lift.py) compares its two halves with it. Only
counts per point of the scale go in, never an answer of one visitor.

The test is the normal-mixture mSPRT of messaging/anytime.py with the difference of two means and
its unpooled variance s₁²/n₁ + s₀²/n₀ in place of two rates; τ² is fixed before the start from an
assumed spread of answers (EXPECTED_SCALE_SD), so a wrong guess costs width, never validity.
No Django; everything takes numpy arrays too, so the simulations in the tests run this very code.
"""

from __future__ import annotations

import numpy as np

from .anytime import MIN_EXPOSURES_PER_ARM, mixture_k, sequential_estimate

SCALE = (1, 2, 3, 4, 5)
#: The spread of answers on the scale assumed before the start, to fix the mixing variance (τ²) and
#: the planned sample: a typical standard deviation of five-point items.
EXPECTED_SCALE_SD = 1.2
#: Below this many answers on a side the normal approximation is poor: such a look says nothing.
MIN_ANSWERS = MIN_EXPOSURES_PER_ARM


def mixture_tau2_for_means(expected_sd, planned_per_side, alpha):
    """τ² for a difference of two means with this standard deviation per answer, narrowest at the
    planned answers per side (messaging/anytime.py mixture_tau2)."""
    return mixture_k(alpha) * 2.0 * expected_sd**2 / planned_per_side


def mean_and_variance(scale_counts):
    """(mean, variance of one answer, answers) from answers per point of the scale (last axis: the 5 points)."""
    counts = np.asarray(scale_counts, float)
    points = np.asarray(SCALE, float)
    n = counts.sum(axis=-1)
    safe = np.maximum(n, 1.0)
    mean = (counts * points).sum(axis=-1) / safe
    variance = (counts * points**2).sum(axis=-1) / safe - mean**2
    # Sample variance (n − 1), and never 0 while there are answers: a side where everyone chose the
    # same point still has an uncertain mean.
    variance = np.maximum(variance * safe / np.maximum(safe - 1.0, 1.0), 1.0 / safe)
    return mean, variance, n


def agreement_sequence(scale_control, scale_other, tau2, alpha):
    """Running (p, low, high) for the mean agreement of ``other`` minus ``control``; ``scale_*``:
    answers per point, shape (..., looks, 5)."""
    m0, v0, n0 = mean_and_variance(scale_control)
    m1, v1, n1 = mean_and_variance(scale_other)
    enough = (n0 >= MIN_ANSWERS) & (n1 >= MIN_ANSWERS)
    variance = v1 / np.maximum(n1, 1.0) + v0 / np.maximum(n0, 1.0)
    bound = float(SCALE[-1] - SCALE[0])
    return sequential_estimate(m1 - m0, np.where(enough, variance, 0.0), tau2, alpha, bound=bound)
