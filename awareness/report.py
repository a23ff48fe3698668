"""The campaign effect report: reach → knowledge → attitude → behaviour for one campaign and period.

One table a campaign lead can print on A4 or download as CSV (awareness/views.py), in the admin's
language, with the method and its limits in plain words beside it (awareness/report.html):

- **reach**: the campaign's page views (its audience views and the pages below it), from the reach
  counts (reach/dashboard/figures.py);
- **knowledge** and **attitude**: each question answered on those pages (awareness/figures.py): the
  level with its 95 % interval and the answer rate; for a question that compares, the randomised
  before/after difference with its anytime-valid interval;
- **behaviour**: helpline calls, chats and website visits from the campaign's pages, and the quick
  exits, per 1,000 views; and the views of the "get images offline" route, for the whole site (the
  route's answers stay in its address and are never sent, so which campaign sent someone there and
  whether they finished it are not known).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core import languages
from pages.models import ImagesOfflinePage
from reach.dashboard.figures import EVENT_LABELS, QUICK_EXIT, Scope, reach_figures
from reach.models import VIEW, ReachCount

from .figures import awareness_figures
from .models import AnswerCount, AwarenessQuestion

REACH, KNOWLEDGE, ATTITUDE, BEHAVIOUR = "reach", "knowledge", "attitude", "behaviour"
STAGE_LABELS = {
    REACH: _("Reach"),
    KNOWLEDGE: _("Knowledge"),
    ATTITUDE: _("Attitude"),
    BEHAVIOUR: _("Behaviour"),
}
HELPLINE_EVENTS = ("helpline_call", "helpline_chat", "helpline_website")


@dataclass(frozen=True)
class Row:
    """One line of the report. ``number``: a count (views, answers); ``level``, ``low``, ``high``: a
    share (0–1), a mean (1–5) or a rate per 1,000 views, by ``unit``; ``note``: what else to know."""

    stage: str
    measure: str
    number: int | None = None
    level: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = ""  # "share", "mean", "difference-share", "difference-mean", "per-thousand" or ""
    note: str = ""
    simulated: bool = False


def campaign_pages(campaign):
    """The ids of the campaign page and every page below it (its answers and reach are theirs)."""
    return list(Page.objects.filter(path__startswith=campaign.path).values_list("pk", flat=True))


def campaign_effect(campaign, start, end):
    """The report's rows, in the order reach, knowledge, attitude, behaviour."""
    reach = reach_figures(Scope(start=start, end=end, campaign=campaign), languages.public_codes()).total
    rows = [Row(REACH, str(_("Page views of the campaign and its audience views")), number=reach.views)]
    page_ids = campaign_pages(campaign)
    asked = AnswerCount.objects.filter(page__in=page_ids, day__gte=start, day__lte=end).values("question")
    for question in AwarenessQuestion.objects.filter(pk__in=asked).order_by("kind", "name"):
        rows.extend(_question_rows(question, start, end, page_ids))
    for event in HELPLINE_EVENTS:
        rows.append(_per_thousand(EVENT_LABELS[event], reach.events.get(event, 0), reach.views))
    rows.append(_per_thousand(EVENT_LABELS[QUICK_EXIT], reach.quick_exits, reach.views))
    route_views = ReachCount.objects.filter(
        event=VIEW, day__gte=start, day__lte=end, page__in=ImagesOfflinePage.objects.values("pk")
    ).aggregate(total=Sum("count", default=0))["total"]
    rows.append(
        Row(
            BEHAVIOUR,
            str(_("Views of the “get images offline” route")),
            number=route_views,
            note=str(_("Whole site: which campaign sent someone there, and whether they finished, is not known.")),
        )
    )
    return rows


def _question_rows(question, start, end, page_ids):
    figures = awareness_figures(question, start, end, page_ids=page_ids)
    level = figures.total
    stage = KNOWLEDGE if question.is_knowledge else ATTITUDE
    low, high = level.interval
    rate = level.answer_rate
    note = _("Answer rate %(rate)s of %(shown)s shown.") % {
        "rate": "–" if rate is None else f"{round(rate * 100)} %",
        "shown": level.shown,
    }
    rows = [
        Row(
            stage,
            question.statement,
            number=level.answered,
            level=level.value,
            low=low,
            high=high,
            unit="share" if question.is_knowledge else "mean",
            note=str(note),
            simulated=question.answers_simulated,
        )
    ]
    lift = figures.lift
    if lift is not None:
        warning = _("The halves differ in who answers: read with care.") if lift.answer_rates_differ else ""
        rows.append(
            Row(
                stage,
                str(_("Change made by the message (after − before, randomised halves)")),
                number=sum(lift.answered),
                level=lift.difference,
                low=lift.ci_low,
                high=lift.ci_high,
                unit="difference-share" if question.is_knowledge else "difference-mean",
                note=str(warning or _("Interval valid at any look.")),
                simulated=question.answers_simulated,
            )
        )
    return rows


def _per_thousand(label, count, views):
    return Row(
        BEHAVIOUR,
        str(label),
        number=count,
        level=None if not views else 1000 * count / views,
        unit="per-thousand",
    )
