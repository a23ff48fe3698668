"""The awareness figures: per question, audience, language and week, from the aggregate rows only.

What the dashboard (awareness/views.py) and its CSV show, read once from AnswerCount after the counts
Redis holds are written (core/buffered_counting.py ``counts_up_to_date``):

- a **level** per group: the share of right answers (knowledge; Wilson 95 % interval) or the mean
  agreement 1–5 (attitude; normal 95 % interval), with the number who answered and were shown;
- the **trend** per week (Monday to Sunday);
- optionally the level **re-weighted** to a chosen mix of audiences or languages
  (awareness/reweighting.py), beside the level as answered;
- for a question that compares before and after its message, the **lift** with its anytime-valid
  interval and the answer rates of the halves (awareness/lift.py).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Sum
from scipy.stats import binomtest, norm

from core.buffered_counting import counts_up_to_date

from .lift import SCALE, HalfCounts, attitude_lift, knowledge_lift, mean_and_variance
from .models import AFTER, BEFORE, SHOWN, AnswerCount
from .reweighting import Group, reweight

#: The answers per half a before/after comparison is planned for: fixes the anytime-valid test's
#: mixing (awareness/lift.py); a campaign with far more or fewer answers gets a wider interval, never
#: a wrong one.
PLANNED_ANSWERS_PER_HALF = 1000
#: Re-weighting: by which column, and from which mix.
MIXES = ("equal", "reach")


@dataclass(frozen=True)
class Level:
    shown: int
    answered: int
    right: int = 0
    scale: tuple[int, ...] = (0, 0, 0, 0, 0)
    knowledge: bool = True

    @property
    def value(self):
        """The share right (0–1) or the mean agreement (1–5); None without answers."""
        if not self.answered:
            return None
        if self.knowledge:
            return self.right / self.answered
        return float(mean_and_variance(self.scale)[0])

    @property
    def interval(self):
        """The 95 % interval of one reading: (low, high), or (None, None) without answers."""
        if not self.answered:
            return None, None
        if self.knowledge:
            found = binomtest(self.right, self.answered).proportion_ci(confidence_level=0.95, method="wilson")
            return float(found.low), float(found.high)
        mean, variance, n = mean_and_variance(self.scale)
        half = float(norm.ppf(0.975) * math.sqrt(variance / n))
        return max(1.0, float(mean) - half), min(5.0, float(mean) + half)

    @property
    def answer_rate(self):
        return self.answered / self.shown if self.shown else None

    def group(self):
        """This level as a group to re-weight."""
        if self.knowledge:
            return Group(answered=self.answered, right=self.right)
        return Group(answered=self.answered, scale=self.scale)


@dataclass
class Figures:
    question: object
    start: date
    end: date
    total: Level
    audiences: list = field(default_factory=list)  # [(audience key, Level)]
    languages: list = field(default_factory=list)  # [(language code, Level)]
    weeks: list = field(default_factory=list)  # [(monday, Level)]
    reweighted: object = None  # reweighting.Reweighted, or None when no mix was chosen
    lift: object = None  # lift.Lift, or None (no comparison, or nobody in a half yet)
    mix: dict = field(default_factory=dict)  # {group label: share} of the chosen mix, when re-weighted


def _level(rows, question):
    """A Level from (option, count) pairs."""
    shown = answered = right = 0
    scale = [0] * len(SCALE)
    for option, count in rows:
        if option == SHOWN:
            shown += count
            continue
        answered += count
        if question.is_knowledge:
            right += count if question.is_right(option) else 0
        elif option.isdigit() and 1 <= int(option) <= len(SCALE):
            scale[int(option) - 1] += count
    # A visitor counted before the "shown" count existed for their page, or whose "shown" was lost,
    # is still a visitor who was shown it.
    return Level(max(shown, answered), answered, right, tuple(scale), question.is_knowledge)


def _grouped(rows, key, question):
    groups = defaultdict(list)
    for row in rows:
        groups[row[key]].append((row["option"], row["count"]))
    return sorted(((name, _level(found, question)) for name, found in groups.items()), key=lambda item: item[0])


def monday(day):
    return day - timedelta(days=day.weekday())


def awareness_figures(
    question, start, end, audience=None, language=None, reweight_by=None, mix_shares=None, page_ids=None
):
    """The figures of one question from ``start`` to ``end`` (dates, inclusive), optionally for one
    audience view or language, or the answers on some pages only (``page_ids``: a campaign's).
    ``reweight_by``: "audience" or "language" (None: no re-weighting); ``mix_shares``: {group: share}
    for that column."""
    counts_up_to_date()
    found = AnswerCount.objects.filter(question=question, day__gte=start, day__lte=end)
    if page_ids is not None:
        found = found.filter(page__in=page_ids)
    if audience is not None:
        found = found.filter(audience=audience)
    if language is not None:
        found = found.filter(language=language)
    rows = list(found.values("option", "day", "audience", "language", "half").annotate(count=Sum("count")).order_by())
    figures = Figures(question, start, end, _level([(row["option"], row["count"]) for row in rows], question))
    figures.audiences = _grouped(rows, "audience", question)
    figures.languages = _grouped(rows, "language", question)
    for row in rows:
        row["week"] = monday(row["day"])
    figures.weeks = _grouped(rows, "week", question)
    if reweight_by in ("audience", "language") and mix_shares:
        groups = dict(figures.audiences if reweight_by == "audience" else figures.languages)
        figures.reweighted = reweight({name: level.group() for name, level in groups.items()}, mix_shares)
    if question.compare_before_after:
        figures.lift = before_and_after(rows, question)
    return figures


def before_and_after(rows, question):
    """The lift from the halves' cumulative daily counts, or None before both halves have an answer."""
    by_day = defaultdict(lambda: {BEFORE: [], AFTER: []})
    for row in rows:
        if row["half"] in (BEFORE, AFTER):
            by_day[row["day"]][row["half"]].append((row["option"], row["count"]))
    if not by_day:
        return None
    looks, running = [], {BEFORE: [], AFTER: []}
    for day in sorted(by_day):
        for half in (BEFORE, AFTER):
            running[half] = running[half] + by_day[day][half]
        levels = [_level(running[half], question) for half in (BEFORE, AFTER)]
        looks.append(tuple(HalfCounts(level.shown, level.answered, level.right, level.scale) for level in levels))
    if not all(looks[-1][index].answered for index in (0, 1)):
        return None
    if question.is_knowledge:
        return knowledge_lift(looks, PLANNED_ANSWERS_PER_HALF)
    return attitude_lift(looks, PLANNED_ANSWERS_PER_HALF)
