"""What a message changes in what its readers know or think: the randomised before/after comparison.

A question placed with a message is asked *before* the message to one half of its visitors and
*after* it to the other half. The half comes from the request's one assignment, so the halves differ
only by chance and by having read the message first; the difference between them is the message's
effect on the people who answer: in the share of right answers (a knowledge question) or in the
mean agreement on a five-point scale (an attitude question, 1 = disagree strongly … 5 = agree
strongly). Each difference comes with the anytime-valid interval and p-value the A/B results use
(messaging/anytime.py, the normal-mixture mSPRT), so it may be read every day, and stopping when it
looks good does not make it lie.

Who answers is self-selected. If the message also changes *who* answers, the comparison mixes its
effect on knowledge with its effect on who answers; so the answer rates of the halves (answered /
shown) are compared by the same test, and a difference is a warning beside the result
(``answer_rates_differ``), never hidden.

Only aggregate counts go in: per half, how many were shown the question, how many answered, and how
many answered right (or chose each point of the scale). No Django here; everything takes numpy
arrays too, so the simulations in tests/awareness/ run this very code.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from messaging.anytime import MIN_EXPOSURES_PER_ARM, difference_and_variance, mixture_tau2, sequential_estimate

# The five-point scale and the comparison of two means are messaging's, shared with its experiments.
from messaging.scale import EXPECTED_SCALE_SD, SCALE, agreement_sequence, mean_and_variance, mixture_tau2_for_means

KNOWLEDGE, ATTITUDE = "knowledge", "attitude"
#: Below this many answers in a half the normal approximation is poor: such a look says nothing.
MIN_ANSWERS_PER_HALF = MIN_EXPOSURES_PER_ARM


@dataclass(frozen=True)
class HalfCounts:
    """One half's counts so far: shown the question, answered, and (knowledge) answered right or
    (attitude) answers per point of the scale, 1 to 5."""

    shown: int
    answered: int
    right: int = 0
    scale: tuple[int, ...] = (0, 0, 0, 0, 0)

    def __post_init__(self):
        values = (self.shown, self.answered, self.right, *self.scale)
        if any(isinstance(value, bool) or not isinstance(value, int) or value < 0 for value in values):
            raise ValueError("Counts must be whole numbers of 0 or more.")
        if len(self.scale) != len(SCALE):
            raise ValueError(f"An attitude question has {len(SCALE)} answers on its scale.")
        if self.answered > self.shown:
            raise ValueError("More answers than visitors who were shown the question.")
        if self.right > self.answered:
            raise ValueError("More right answers than answers.")
        if sum(self.scale) > self.answered:
            raise ValueError("More answers on the scale than answers.")


@dataclass(frozen=True)
class Lift:
    kind: str  # KNOWLEDGE (shares of right answers) or ATTITUDE (mean agreement, 1–5)
    before: float | None  # the half asked before the message; None below MIN_ANSWERS_PER_HALF
    after: float | None
    difference: float | None  # after − before
    ci_low: float  # anytime-valid confidence sequence for the difference (running intersection)
    ci_high: float
    p_value: float  # always-valid, running minimum over the looks
    answered: tuple[int, int]  # (before, after)
    answer_rate: tuple[float | None, float | None]  # answered / shown per half
    answer_rates_differ: bool  # the halves differ in who answers (anytime-valid, at α): read with care

    @property
    def found(self):
        """Whether the interval lies wholly on one side of 0: the message changed the answers."""
        return self.ci_low > 0 or self.ci_high < 0


# -- the measures, for arrays of looks (the last axis is time) -----------------------------------------


def mixture_tau2_for_shares(expected_share, planned_per_half, alpha):
    """τ² fixed in advance, narrowest at the planned answers per half (messaging/anytime.py mixture_tau2)."""
    return mixture_tau2(expected_share, planned_per_half, alpha)


def share_sequence(right_before, answered_before, right_after, answered_after, tau2, alpha):
    """Running (p, low, high) for the share right after minus before."""
    rb, nb, ra, na = (np.asarray(x, float) for x in (right_before, answered_before, right_after, answered_after))
    enough = (nb >= MIN_ANSWERS_PER_HALF) & (na >= MIN_ANSWERS_PER_HALF)
    difference, variance = difference_and_variance(ra, np.maximum(na, 1), rb, np.maximum(nb, 1))
    return sequential_estimate(difference, np.where(enough, variance, 0.0), tau2, alpha, bound=1.0)


def answer_rate_sequence(answered_before, shown_before, answered_after, shown_after, tau2, alpha):
    """Running (p, low, high) for the answer rate after minus before: who answers."""
    return share_sequence(answered_before, shown_before, answered_after, shown_after, tau2, alpha)


# -- one question's result, from its looks ------------------------------------------------------------


def knowledge_lift(looks, planned_per_half, expected_share=0.5, alpha=0.05):
    """The lift in the share of right answers. ``looks``: [(HalfCounts before, HalfCounts after)], cumulative,
    one per day, in time order; ``planned_per_half``: the answers per half the campaign plans for."""
    before, after = _halves(looks)
    tau2 = mixture_tau2_for_shares(expected_share, planned_per_half, alpha)
    p, low, high = share_sequence(
        [h.right for h in before],
        [h.answered for h in before],
        [h.right for h in after],
        [h.answered for h in after],
        tau2,
        alpha,
    )
    last_before, last_after = before[-1], after[-1]
    share_before = _share(last_before.right, last_before.answered)
    share_after = _share(last_after.right, last_after.answered)
    return _lift(KNOWLEDGE, share_before, share_after, p, low, high, before, after, planned_per_half, alpha)


def attitude_lift(looks, planned_per_half, expected_sd=EXPECTED_SCALE_SD, alpha=0.05):
    """The lift in mean agreement (1–5); as knowledge_lift()."""
    before, after = _halves(looks)
    tau2 = mixture_tau2_for_means(expected_sd, planned_per_half, alpha)
    p, low, high = agreement_sequence([h.scale for h in before], [h.scale for h in after], tau2, alpha)
    mean_before, _, n_before = mean_and_variance(before[-1].scale)
    mean_after, _, n_after = mean_and_variance(after[-1].scale)
    return _lift(
        ATTITUDE,
        float(mean_before) if n_before >= MIN_ANSWERS_PER_HALF else None,
        float(mean_after) if n_after >= MIN_ANSWERS_PER_HALF else None,
        p,
        low,
        high,
        before,
        after,
        planned_per_half,
        alpha,
    )


def _halves(looks):
    if not looks:
        raise ValueError("No looks yet: nobody has answered.")
    before, after = [look[0] for look in looks], [look[1] for look in looks]
    for half in (before, after):
        for earlier, later in zip(half, half[1:], strict=False):
            if later.shown < earlier.shown or later.answered < earlier.answered:
                raise ValueError("Looks must be cumulative: a later look has fewer visitors or answers.")
    return before, after


def _share(right, answered):
    return right / answered if answered >= MIN_ANSWERS_PER_HALF else None


def _lift(kind, before_value, after_value, p, low, high, before, after, planned_per_half, alpha):
    # Who answers: the same anytime-valid test on answered / shown, τ² for an answer rate of one half.
    rate_tau2 = mixture_tau2_for_shares(0.5, planned_per_half, alpha)
    rate_p, _, _ = answer_rate_sequence(
        [h.answered for h in before],
        [h.shown for h in before],
        [h.answered for h in after],
        [h.shown for h in after],
        rate_tau2,
        alpha,
    )
    last_before, last_after = before[-1], after[-1]
    known = before_value is not None and after_value is not None
    return Lift(
        kind=kind,
        before=before_value,
        after=after_value,
        difference=after_value - before_value if known else None,
        ci_low=float(low[-1]),
        ci_high=float(high[-1]),
        p_value=float(p[-1]),
        answered=(last_before.answered, last_after.answered),
        answer_rate=(
            last_before.answered / last_before.shown if last_before.shown else None,
            last_after.answered / last_after.shown if last_after.shown else None,
        ),
        answer_rates_differ=bool(rate_p[-1] < alpha),
    )
