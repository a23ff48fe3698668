"""Post-stratification: a level re-weighted to a chosen mix of audiences, languages or sources.

Who answers an on-site question is not who the campaign wants to reach: if parents answer twice as
often as young people, the share of right answers over everyone who answered leans towards what
parents know. Re-weighting corrects for the mix, not for self-selection within a group: each group's
own level (share right, or mean agreement) is taken as it is, and the groups are added up in the
proportions an expert chooses (e.g. the campaign's target mix, or each group's share of the reach
counts) instead of the proportions of who happened to answer:

    level_w = Σ_g w_g · level_g,   variance = Σ_g w_g² · variance_g / n_g   (w_g the chosen shares, Σ w_g = 1)

(Lohr, *Sampling: Design and Analysis*, 3rd ed., section 4.4, post-stratification with known group
shares.) The dashboard shows both numbers, as answered and re-weighted, and says which mix. A group
with a weight but no answers cannot be re-weighted: the result says which groups are missing rather
than inventing them. The interval here is the ordinary 95 % one of a single reading (a level is read,
not tested: the before/after effect has its own anytime-valid interval, awareness/lift.py).

Only the aggregate cells go in: per group, how many answered, and how many right (or the answers per
point of the scale). No Django here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from scipy.stats import norm

from .lift import SCALE, mean_and_variance


@dataclass(frozen=True)
class Group:
    answered: int
    right: int = 0
    scale: tuple[int, ...] | None = None  # attitude: answers per point 1..5

    def level_and_variance(self):
        """(level, variance of one answer) of this group: the share right, or the mean agreement."""
        if self.scale is not None:
            mean, variance, _n = mean_and_variance(self.scale)
            return float(mean), float(variance)
        share = self.right / self.answered
        return share, share * (1.0 - share)


@dataclass(frozen=True)
class Reweighted:
    as_answered: float | None  # everyone who answered, as they came
    reweighted: float | None  # the chosen mix; None when a weighted group has no answers
    ci_low: float | None
    ci_high: float | None
    missing: tuple[str, ...]  # groups with a weight but no answers


def reweight(groups, weights, confidence=0.95):
    """``groups``: {name: Group}; ``weights``: {name: share of the chosen mix} (any positive numbers: they are
    scaled to add up to 1; a group without a weight counts 0)."""
    if any(value < 0 or not math.isfinite(value) for value in weights.values()):
        raise ValueError("Weights must be 0 or more.")
    total_weight = sum(weights.values())
    if total_weight <= 0:
        raise ValueError("Choose a mix: at least one group needs a weight above 0.")
    for name, group in groups.items():
        if group.answered < 0 or group.right < 0 or group.right > group.answered:
            raise ValueError(f"Counts of {name!r} cannot be: {group}.")
        if group.scale is not None and (len(group.scale) != len(SCALE) or sum(group.scale) != group.answered):
            raise ValueError(f"The scale of {name!r} must have {len(SCALE)} counts adding up to its answers.")

    answered = {name: group for name, group in groups.items() if group.answered > 0}
    everyone = sum(group.answered for group in answered.values())
    as_answered = None
    if everyone:
        as_answered = sum(group.answered * group.level_and_variance()[0] for group in answered.values()) / everyone

    shares = {name: value / total_weight for name, value in weights.items() if value > 0}
    missing = tuple(sorted(name for name in shares if name not in answered))
    if missing:
        return Reweighted(as_answered, None, None, None, missing)
    level = variance = 0.0
    for name, share in shares.items():
        group_level, group_variance = answered[name].level_and_variance()
        level += share * group_level
        variance += share**2 * group_variance / answered[name].answered
    half = norm.ppf(0.5 + confidence / 2) * math.sqrt(variance)
    return Reweighted(as_answered, level, level - half, level + half, ())
