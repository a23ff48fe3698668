"""Two years of made-up reach counts, for measuring the dashboard and its CSV (`manage.py fill_reach_history`).

Rows as the beacon would have left them (reach/models.py: one per day, page, audience view,
language, source and event), for ``pages`` pages over ``months`` months up to today:

* pages: the live pages of the site first (in tree order), so the dashboard shows real titles;
  when there are fewer than asked, plain standard pages are added under one unpublished parent,
  "Reach history (benchmark)", below the first home page (they cost one tree insert each and no
  content);
* volume: a page's popularity falls off with its rank (a few pages get most views), weekends are
  quieter, and three six-week campaign waves per year lift the whole site, most in their first
  weeks; the site grows slowly over the period;
* mix: Dutch most, English some; most views without an audience view; referrers spread over
  typed/e-mail, this site, search, social (with campaign links) and partner sites; the events
  that follow a view (help page, helpline, quick exit, lesson downloads on the schools view) at
  the low rates real campaigns see. A cell is only written when its count is above 0, so the
  number of rows follows the traffic, as with real counting.

Everything is drawn from random.Random seeded per (seed, page, day): the same seed gives the same
rows, whatever the batch size. The rows are written day by day (all pages of a day together), as the
beacons write them, so the table's layout on disk is a real site's: a period's rows lie together.
Nothing here is about a visitor: there are none.
"""

import datetime
import math
import random
import time

from django.db import transaction
from django.utils import timezone, translation
from wagtail.models import Page

from home.models import HomePage
from pages.audiences import PARENTS, SCHOOLS, YOUNG_PEOPLE
from pages.models import StandardPage
from reach.models import (
    HELP_PAGE_REACHED,
    OTHER,
    PARTNER,
    UTM_CAMPAIGN,
    UTM_MEDIUM,
    UTM_SOURCE,
    VIEW,
    ReachCount,
    ReachSource,
)
from reach.retention import months_before
from reach.rollup import first_open_day, roll_up_days

PARENT_SLUG = "reach-history-benchmark"
BATCH_SIZE = 5000

#: (weight, audience)
AUDIENCE_MIX = [(0.55, ""), (0.2, YOUNG_PEOPLE), (0.15, PARENTS), (0.1, SCHOOLS)]
LANGUAGE_MIX = [(0.82, "nl"), (0.18, "en")]
#: (weight, referrer, partner, utm_source, utm_medium, utm_campaign)
SOURCE_MIX = [
    (0.28, "none", "", "", "", ""),
    (0.08, "none", "", "nieuwsbrief", "email", "nieuwsbrief-maart"),
    (0.18, "internal", "", "", "", ""),
    (0.22, "search", "", "", "", ""),
    (0.07, "social", "", "", "", ""),
    (0.06, "social", "", "instagram", "social", "echt-of-nep"),
    (0.04, "social", "", "tiktok", "social", "denk-na-voor-je-deelt"),
    (0.04, "partner", "kennisnet.nl", "", "", ""),
    (0.02, "partner", "slachtofferhulp.nl", "", "", ""),
    (0.01, "partner", OTHER, "", "", ""),
]
#: The values above that editors would have listed (ReachSource), so the dashboard shows their labels.
SOURCES = [
    (PARTNER, "kennisnet.nl", "Kennisnet"),
    (PARTNER, "slachtofferhulp.nl", "Slachtofferhulp Nederland"),
    (UTM_SOURCE, "nieuwsbrief", "Nieuwsbrief"),
    (UTM_SOURCE, "instagram", "Instagram"),
    (UTM_SOURCE, "tiktok", "TikTok"),
    (UTM_MEDIUM, "email", "E-mail"),
    (UTM_MEDIUM, "social", "Social media"),
    (UTM_CAMPAIGN, "nieuwsbrief-maart", "Nieuwsbrief maart"),
    (UTM_CAMPAIGN, "echt-of-nep", "Echt of nep"),
    (UTM_CAMPAIGN, "denk-na-voor-je-deelt", "Denk na voor je deelt"),
]
#: Events per view (besides the view itself); lesson downloads only on the schools view.
EVENT_RATES = [
    (HELP_PAGE_REACHED, 0.03),
    ("helpline_call", 0.002),
    ("helpline_chat", 0.004),
    ("helpline_website", 0.006),
    ("quick_exit", 0.012),
]
DOWNLOAD_RATE = 0.05
#: Saturday and Sunday quieter, Monday busiest.
WEEKDAY = [1.15, 1.05, 1.0, 1.0, 0.95, 0.7, 0.65]
#: Campaign waves: (month, day) of their start; each lasts six weeks.
WAVES = [(2, 1), (6, 1), (10, 1)]
WAVE_DAYS = 42


class RefusedFill(Exception):
    """The history was not written (the reason is the message)."""


def history_days(months, today=None):
    """Every day from `months` months before today (the oldest the retention keeps) to today."""
    end = today or timezone.localdate()
    day = months_before(end, months)
    days = []
    while day <= end:
        days.append(day)
        day += datetime.timedelta(days=1)
    return days


def wave_lift(day):
    """1 outside a campaign wave; up to 3.5 at a wave's start, fading over its six weeks."""
    lift = 1.0
    for year in (day.year - 1, day.year):
        for month, first in WAVES:
            since = (day - datetime.date(year, month, first)).days
            if 0 <= since < WAVE_DAYS:
                lift += 2.5 * math.exp(-since / 14)
    return lift


def expected_views(rank, day, first_day, total_days):
    popularity = 900 / (rank + 1) ** 0.9 + 3
    growth = 0.7 + 0.6 * (day - first_day).days / max(total_days, 1)
    return popularity * growth * WEEKDAY[day.weekday()] * wave_lift(day)


def drawn(rng, mean):
    """A whole count around `mean` (Poisson-like, cheap): 0 is common for small means."""
    if mean <= 0:
        return 0
    if mean < 30:
        # Knuth's method: exact Poisson for small means.
        limit, count, product = math.exp(-mean), 0, rng.random()
        while product > limit:
            count += 1
            product *= rng.random()
        return count
    return max(0, round(rng.gauss(mean, math.sqrt(mean))))


def cells_for(rng, page_id, day, views_expected):
    """The rows of one page on one day (unsaved ReachCount objects)."""
    rows = []
    for audience_weight, audience in AUDIENCE_MIX:
        for language_weight, language in LANGUAGE_MIX:
            for source_weight, referrer, partner, utm_source, utm_medium, utm_campaign in SOURCE_MIX:
                views = drawn(rng, views_expected * audience_weight * language_weight * source_weight)
                if not views:
                    continue
                cell = {
                    "day": day,
                    "page_id": page_id,
                    "audience": audience,
                    "language": language,
                    "referrer": referrer,
                    "partner": partner,
                    "utm_source": utm_source,
                    "utm_medium": utm_medium,
                    "utm_campaign": utm_campaign,
                }
                rows.append(ReachCount(event=VIEW, count=views, **cell))
                rates = EVENT_RATES + ([("lesson_download", DOWNLOAD_RATE)] if audience == SCHOOLS else [])
                for event, rate in rates:
                    count = drawn(rng, views * rate)
                    if count:
                        rows.append(ReachCount(event=event, count=count, **cell))
    return rows


def history_pages(wanted):
    """The ids of `wanted` pages: live pages first, then benchmark pages added for the rest."""
    live = Page.objects.live().filter(depth__gt=1).order_by("path")
    bench_parent = StandardPage.objects.filter(slug=PARENT_SLUG).first()
    if bench_parent is not None:  # its pages come after the site's, whatever their place in the tree
        live = live.exclude(path__startswith=bench_parent.path)
    ids = list(live.values_list("pk", flat=True)[:wanted])
    missing = wanted - len(ids)
    if missing <= 0:
        return ids
    home = HomePage.objects.order_by("path").first()
    if home is None:
        raise RefusedFill("The site has no home page to add pages under: load the demo content first.")
    with translation.override("nl"):
        parent = bench_parent
        if parent is None:
            parent = home.add_child(
                instance=StandardPage(
                    title="Reach history (benchmark)",
                    title_nl="Bereik-geschiedenis (benchmark)",
                    title_en="Reach history (benchmark)",
                    slug=PARENT_SLUG,
                    slug_nl=PARENT_SLUG,
                    slug_en=PARENT_SLUG,
                    live=False,
                )
            )
        existing = list(parent.get_children().order_by("path").values_list("pk", flat=True))
        for number in range(len(existing), missing):
            child = parent.add_child(
                instance=StandardPage(
                    title=f"Benchmark page {number + 1}",
                    title_nl=f"Benchmarkpagina {number + 1}",
                    title_en=f"Benchmark page {number + 1}",
                    slug=f"benchmark-{number + 1}",
                    slug_nl=f"benchmark-{number + 1}",
                    slug_en=f"benchmark-{number + 1}",
                    live=True,
                )
            )
            existing.append(child.pk)
    return ids + existing[:missing]


def fill(pages, months, seed=0, replace=False, batch_size=BATCH_SIZE, today=None, say=None):
    """Write the history, and the whole-site sums of its closed days; return (rows written, seconds).
    Refuses (RefusedFill) when the period already holds reach counts of those pages, unless `replace`:
    then those are deleted first."""
    started = time.perf_counter()
    days = history_days(months, today)
    page_ids = history_pages(pages)
    already = ReachCount.objects.filter(page_id__in=page_ids, day__gte=days[0], day__lte=days[-1])
    if already.exists():
        if not replace:
            raise RefusedFill(
                f"There are already {already.count()} reach counts for these pages between {days[0]:%Y-%m-%d} "
                f"and {days[-1]:%Y-%m-%d}; filling again would add to them. Use --replace to delete them first."
            )
        deleted = already.delete()[0]
        if say:
            say(f"Deleted {deleted} reach count rows of these pages in the period first.")
    for kind, value, label in SOURCES:
        ReachSource.objects.get_or_create(kind=kind, value=value, defaults={"label": label})
    written, batch = 0, []
    # Day by day, all pages each day, as the beacons write them: the table then holds a day's rows
    # together, as on a real site, and reading a period reads its part of the table, not all of it.
    for number, day in enumerate(days):
        with transaction.atomic():
            for rank, page_id in enumerate(page_ids):
                rng = random.Random(f"{seed}:{rank}:{day.isoformat()}")
                batch += cells_for(rng, page_id, day, expected_views(rank, day, days[0], len(days)))
                if len(batch) >= batch_size:
                    ReachCount.objects.bulk_create(batch, batch_size=batch_size)
                    written += len(batch)
                    batch = []
            if batch:
                ReachCount.objects.bulk_create(batch, batch_size=batch_size)
                written += len(batch)
                batch = []
        if say and (number + 1) % 60 == 0:
            say(f"{number + 1} of {len(days)} days, {written} rows, {time.perf_counter() - started:.0f} s")
    # The closed days' counts changed: their whole-site sums are added up again (reach/rollup.py).
    summed = roll_up_days(day for day in days if day < first_open_day(today))
    if say:
        say(f"Added up the closed days for the whole site: {summed} rows, {time.perf_counter() - started:.0f} s")
    return written, time.perf_counter() - started
