"""Days on which one page's views from one source were far above that series' own usual level.

Why: the figures are quoted to a ministry. A script, a mailing or a bug can put hundreds of views on
one page from one source on one day; summed into a campaign total, nobody sees it. Such a day is not
hidden or removed (it may be real), it is marked, so the expert checks it before quoting the total.

The rule (docs/reach.md, "Unusually high days"). A series is the daily page views of one page (its
audience views and languages together) from one source (referrer category, and partner site for
"partner"), within the chosen campaign and campaign link. A day of the period is flagged when all of:

- its count is at least ``MIN_COUNT`` (20) views: a page going from 0 to 3 is never a spike;
- its count is at least ``MIN_RATIO`` (3) times the usual level: real traffic varies more than
  Poisson noise (weekdays, a newsletter), and at a level of 500 a day of 600 is not "far above";
- the Poisson upper tail P(X ≥ count) at the usual level is below ``ALPHA`` (0.001) divided by the
  number of days × series in the period that could be flagged (count ≥ MIN_COUNT): a Bonferroni
  correction, so a long period with many pages does not flag ordinary days by chance.

The usual level is the median of the series' daily counts over the ``LOOKBACK_DAYS`` (28) days before
that day, days without views counted as 0: the median is not pulled up by an earlier spike. It is at
least ``MIN_LEVEL`` (1 view a day), so a series that is usually at 0 has a finite level to compare with.

A page needs history: the look-back starts no earlier than the day the page was first published
(for a page never published: its first counted day) and the oldest day still kept (reach/retention.py),
and a day with fewer than ``MIN_HISTORY_DAYS`` (7) days of history before it is not judged. A new
page's first week is therefore never flagged: a launch is expected to jump from nothing. A new source
on an older page is judged (its earlier days count as 0): a mailing or a script that suddenly sends
hundreds of views to an established page is exactly what should be marked.

One query, grouped by day, page and source, for the period and the 28 days before it, and one for the
publication days of the pages with a day that could be flagged: the work does not grow with the number
of pages beyond the rows it returns. For the whole site, the days judged are at most the period's last
``SITE_WINDOW_DAYS`` (28): two years of every page is a million rows for that one query, seconds on every
view of the dashboard, and a list of thousands of days nobody checks. The dashboard says so; a campaign
(a few pages) is judged over its whole period.
"""

from dataclasses import dataclass, replace
from datetime import timedelta
from statistics import median

from django.db.models import Sum
from django.utils import timezone
from scipy.stats import poisson
from wagtail.models import Page

from ..models import VIEW
from ..retention import oldest_kept_day

LOOKBACK_DAYS = 28
MIN_HISTORY_DAYS = 7
MIN_COUNT = 20
MIN_RATIO = 3
MIN_LEVEL = 1.0
ALPHA = 0.001
#: The whole site's days judged at most: the last four weeks of the period (judged_from).
SITE_WINDOW_DAYS = 28


@dataclass
class Spike:
    """One flagged day of one series; ``page_title`` and ``source`` are filled in by the figures."""

    day: object
    page_id: int
    referrer: str
    partner: str
    count: int
    level: float
    p_value: float
    page_title: str = ""
    source: str = ""


def series_counts(scope):
    """{(page id, referrer, partner): {day: views}} for the period and the look-back before it."""
    rows = scope.counts(since=scope.start - timedelta(days=LOOKBACK_DAYS)).filter(event=VIEW)
    series = {}
    grouped = (
        rows.values("page_id", "referrer", "partner", "day")
        .order_by()
        .annotate(views=Sum("count"))
        .values_list("page_id", "referrer", "partner", "day", "views")
    )
    for page_id, referrer, partner, day, views in grouped:
        series.setdefault((page_id, referrer, partner), {})[day] = views
    return series


def usual_level(days, day, since):
    """(median views a day before ``day``, days of history), or (None, days) with too little history;
    ``since``: the first day the series could have had views (its page's publication)."""
    first = max(since, day - timedelta(days=LOOKBACK_DAYS))
    history = (day - first).days
    if history < MIN_HISTORY_DAYS:
        return None, history
    counts = [days.get(first + timedelta(days=n), 0) for n in range(history)]
    return max(float(median(counts)), MIN_LEVEL), history


def find_spikes(series, start, end, since):
    """The flagged days × series between ``start`` and ``end`` (both included), by day then count;
    ``since``: {page id: the first day its series could have had views}."""
    candidates = []
    for key, days in series.items():
        for day, count in days.items():
            if start <= day <= end and count >= MIN_COUNT:
                candidates.append((key, day, count))
    if not candidates:
        return []
    threshold = ALPHA / len(candidates)
    spikes = []
    for (page_id, referrer, partner), day, count in candidates:
        level, _history = usual_level(series[(page_id, referrer, partner)], day, since[page_id])
        if level is None or count < MIN_RATIO * level:
            continue
        p_value = float(poisson.sf(count - 1, level))  # P(X >= count)
        if p_value < threshold:
            spikes.append(Spike(day, page_id, referrer, partner, count, level, p_value))
    spikes.sort(key=lambda spike: (spike.day, -spike.count, spike.page_id, spike.referrer, spike.partner))
    return spikes


def history_starts(series, start, end):
    """{page id: first day its series could have had views} for the pages with a day that could be
    flagged: the later of the page's first publication (else its first counted day) and the oldest
    day still kept. One query, or none when no day reached ``MIN_COUNT``."""
    pages = {
        page_id
        for (page_id, _referrer, _partner), days in series.items()
        if any(start <= day <= end and count >= MIN_COUNT for day, count in days.items())
    }
    if not pages:
        return {}
    published = dict(Page.objects.filter(pk__in=pages).values_list("pk", "first_published_at"))
    oldest = oldest_kept_day()
    first_counted = {}
    for (page_id, _referrer, _partner), days in series.items():
        if page_id in pages:
            first_counted[page_id] = min(first_counted.get(page_id, min(days)), min(days))
    starts = {}
    for page_id in pages:
        moment = published.get(page_id)
        first = timezone.localdate(moment) if moment is not None else first_counted[page_id]
        starts[page_id] = max(first, oldest)
    return starts


def judged_from(scope):
    """The first day judged: the period's start, or for the whole site over a period longer than
    ``SITE_WINDOW_DAYS`` the first of its last ``SITE_WINDOW_DAYS`` days. Every page of the site over two
    years is a million day × page × source series points (seconds of work on each view of the dashboard);
    a campaign's few pages are judged over the whole period."""
    if scope.campaign is None and (scope.end - scope.start).days >= SITE_WINDOW_DAYS:
        return scope.end - timedelta(days=SITE_WINDOW_DAYS - 1)
    return scope.start


def spikes_for(scope):
    judged = replace(scope, start=judged_from(scope))
    series = series_counts(judged)
    return find_spikes(series, judged.start, judged.end, history_starts(series, judged.start, judged.end))
