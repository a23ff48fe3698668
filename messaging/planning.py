"""Planning an experiment from the pages' own traffic: visitors needed per variant, and how long that takes.

The sample per variant is the experiment's own (``stats.sample_size_per_arm``, the number the
verdict waits for). The traffic is the reach counters' page views (reach/models.py, event
"view") of the pages that show the slot (messaging/placement.py), in the 28 full days before
today (today is still being counted), limited to the audience views and languages the
experiment may assign. The smallest share of the traffic split sets the pace:

    days = ⌈ n / (views a day × smallest share) ⌉,   views a day = views in 28 days / 28

Views are not visitors: a visitor who comes back is one visitor in the experiment, so the real
duration can be longer; the plan says so.
"""

import datetime
import math
from dataclasses import dataclass

from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from reach.models import VIEW, ReachCount

from .models.goals import ATTITUDE, AWARENESS_GOALS, CTA
from .placement import placements_of
from .scale import EXPECTED_SCALE_SD
from .stats import sample_size_for_means, sample_size_per_arm

WINDOW_DAYS = 28
#: Longer than this and the plan advises a larger difference or a busier page.
LONG_DAYS = 90


@dataclass(frozen=True)
class Plan:
    per_arm: int
    arms: int
    smallest_share: float
    pages: int
    views: int | None  # None: no slot chosen
    window_start: datetime.date
    window_end: datetime.date
    days: int | None  # None: cannot be estimated
    #: True when the plan counts answers to the goal question (an awareness goal), not visitors
    answers: bool = False

    @property
    def total(self):
        return self.per_arm * self.arms

    @property
    def views_per_day(self):
        return None if self.views is None else self.views / WINDOW_DAYS

    def as_json(self):
        return {
            "per_arm": self.per_arm,
            "arms": self.arms,
            "total": self.total,
            "smallest_share": self.smallest_share,
            "pages": self.pages,
            "views": self.views,
            "views_per_day": self.views_per_day,
            "window_start": self.window_start.isoformat(),
            "window_end": self.window_end.isoformat(),
            "days": self.days,
            "answers": self.answers,
            "text": plan_text(self),
        }


def window(today=None):
    """The 28 full days before today: (first day, last day)."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=WINDOW_DAYS), today - datetime.timedelta(days=1)


def reachable_views(slot, audience_list=(), language_list=(), today=None):
    """(pages showing the slot, page views in the window the experiment could reach)."""
    placements = placements_of(slot)
    if not placements:
        return 0, 0
    where = Q()
    for placement in placements:
        part = Q(page_id=placement.page_id)
        if placement.audiences is not None:
            part &= Q(audience__in=placement.audiences)
        if placement.languages is not None:
            part &= Q(language__in=placement.languages)
        where |= part
    first, last = window(today)
    rows = ReachCount.objects.filter(where, event=VIEW, day__gte=first, day__lte=last)
    if audience_list:
        # "Only for audiences" applies on campaign audience views only (docs/ab-testing.md).
        rows = rows.filter(audience__in=audience_list, page__content_type__model="campaignpage")
    if language_list:
        rows = rows.filter(language__in=language_list)
    views = rows.aggregate(total=Sum("count"))["total"] or 0
    return len({placement.page_id for placement in placements}), views


def make_plan(
    *,
    baseline_rate,
    minimum_detectable_effect,
    alpha,
    power,
    weights,
    slot=None,
    audience_list=(),
    language_list=(),
    today=None,
    primary_goal=CTA,
    minimum_agreement_difference=0.3,
):
    """The plan for these inputs (rates in percent, as on the form). ValueError from the sample size.

    For an awareness goal the plan counts answers; how many visitors answer is only known once the
    experiment runs, so it gives no duration (the results page does, from the pace so far)."""
    if primary_goal == ATTITUDE:
        per_arm = sample_size_for_means(EXPECTED_SCALE_SD, minimum_agreement_difference, alpha, power)
    else:
        per_arm = sample_size_per_arm(baseline_rate / 100, minimum_detectable_effect / 100, alpha, power)
    smallest_share = min(weights) / sum(weights)
    first, last = window(today)
    if primary_goal in AWARENESS_GOALS:
        return Plan(per_arm, len(weights), smallest_share, 0, None, first, last, None, answers=True)
    if slot is None:
        return Plan(per_arm, len(weights), smallest_share, 0, None, first, last, None)
    pages, views = reachable_views(slot, audience_list, language_list, today)
    days = math.ceil(per_arm * WINDOW_DAYS / (views * smallest_share) - 1e-9) if views else None
    return Plan(per_arm, len(weights), smallest_share, pages, views, first, last, days)


def plan_for(experiment, today=None):
    """The plan of a saved experiment: its fixed sample once started, else the one its fields give."""
    weights = experiment.weight_list()
    plan = make_plan(
        baseline_rate=experiment.baseline_rate,
        minimum_detectable_effect=experiment.minimum_detectable_effect,
        alpha=experiment.alpha,
        power=experiment.power,
        weights=weights,
        slot=experiment.slot,
        audience_list=experiment.audiences,
        language_list=experiment.languages,
        today=today,
        primary_goal=experiment.primary_goal,
        minimum_agreement_difference=experiment.minimum_agreement_difference,
    )
    if experiment.planned_per_arm and experiment.planned_per_arm != plan.per_arm:
        views, share = plan.views, plan.smallest_share
        days = math.ceil(experiment.planned_per_arm * WINDOW_DAYS / (views * share) - 1e-9) if views else None
        plan = Plan(
            experiment.planned_per_arm,
            plan.arms,
            share,
            plan.pages,
            views,
            plan.window_start,
            plan.window_end,
            None if plan.answers else days,
            answers=plan.answers,
        )
    return plan


def whole(number):
    return number_format(number, 0, force_grouping=True)


def per_day(number):
    """310 → "310", 3.57 → "3.6": few views a day keep one decimal, so 0.4 does not read as 0."""
    return number_format(
        round(number, 1) if number < 10 else round(number), 1 if number < 10 else 0, force_grouping=True
    )


def plan_text(plan):
    """The plan in plain words, in the active language."""
    if plan.answers:
        return ngettext(
            "About %(per_arm)s answer per variant (%(total)s in all, %(arms)s variants). Only answers of "
            "visitors who saw a variant count. How many visitors answer is known once the experiment runs: "
            "the results page then shows the answer rate and when to look again.",
            "About %(per_arm)s answers per variant (%(total)s in all, %(arms)s variants). Only answers of "
            "visitors who saw a variant count. How many visitors answer is known once the experiment runs: "
            "the results page then shows the answer rate and when to look again.",
            plan.per_arm,
        ) % {"per_arm": whole(plan.per_arm), "total": whole(plan.total), "arms": plan.arms}
    sample = ngettext(
        "About %(per_arm)s visitor per variant (%(total)s in all, %(arms)s variants).",
        "About %(per_arm)s visitors per variant (%(total)s in all, %(arms)s variants).",
        plan.per_arm,
    ) % {"per_arm": whole(plan.per_arm), "total": whole(plan.total), "arms": plan.arms}
    if plan.views is None:
        return f"{sample} " + _("Choose a message slot to see how long that takes.")
    if plan.pages == 0:
        return f"{sample} " + _(
            "This message slot is not on any published page yet, so the duration cannot be estimated. "
            "Place it on a page first."
        )
    if not plan.views:
        return f"{sample} " + _(
            "No views were counted in the last 28 days on the pages that show this message, "
            "so the duration cannot be estimated yet."
        )
    numbers = {"daily": per_day(plan.views_per_day), "views": whole(plan.views), "days": whole(plan.days)}
    if plan.pages == 1:
        traffic = ngettext(
            "With the %(daily)s views a day this page had over the last 28 days (%(views)s in all), "
            "that takes about %(days)s day.",
            "With the %(daily)s views a day this page had over the last 28 days (%(views)s in all), "
            "that takes about %(days)s days.",
            plan.days,
        )
    else:
        traffic = ngettext(
            "With the %(daily)s views a day the %(pages)s pages showing this message had over the last 28 days "
            "(%(views)s in all), that takes about %(days)s day.",
            "With the %(daily)s views a day the %(pages)s pages showing this message had over the last 28 days "
            "(%(views)s in all), that takes about %(days)s days.",
            plan.days,
        )
        numbers["pages"] = whole(plan.pages)
    text = f"{sample} {traffic % numbers}"
    if plan.days > 365:
        text += " " + _(
            "That is more than a year: choose a larger difference worth finding, or test on a page with more visitors."
        )
    elif plan.days > LONG_DAYS:
        text += " " + _(
            "That is longer than most campaigns run: consider a larger difference worth finding, "
            "or a page with more visitors."
        )
    return text
