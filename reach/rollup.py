"""The whole site's reach counts per closed day, added up once (SiteReachCount), so the dashboard for
the whole site over a long period reads some 20 times fewer rows than every page's (docs/reach.md,
"Two years of counts").

Exact, not an estimate: a rolled-up row is the SUM of the ReachCount rows of its day and cell over all
pages, written in one statement. A day is added up once it is closed: before yesterday, so a beacon
that started before midnight has long been written. Its counts do not change after that: a beacon
always adds to today (reach/api.py). What does change a closed day's counts keeps the sums in step:

- `prune_reach_counts` (daily) adds up the closed days not added up yet and drops both kinds of rows
  of the days before the retention period (reach/retention.py);
- `fill_reach_history` adds up again the days it wrote;
- deleting a page (its counts go with it) takes its counts off the sums (``subtract_page``).

The dashboard reads the sums for the days that have them and ReachCount for the others (today,
yesterday, a day the job has not reached yet), so its figures are the same with or without them.
"""

from datetime import timedelta

from django.db import connection, transaction
from django.db.models import F, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from core.buffered_counting import counts_up_to_date

from .models import ReachCount, SiteReachCount

#: The columns of a cell (without the day and the page), shared by both tables.
CELL = ["audience", "language", "referrer", "partner", "utm_source", "utm_medium", "utm_campaign", "event"]


def first_open_day(today=None):
    """Days before this one are closed: yesterday, so beacons in flight at midnight are in."""
    return (today or timezone.localdate()) - timedelta(days=1)


def roll_up_days(days):
    """(Re)write the sums of ``days`` (closed days) from ReachCount; return the rows written."""
    days = sorted(set(days))
    if not days:
        return 0
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column) for column in ["day", *CELL])
    site, counts = quote(SiteReachCount._meta.db_table), quote(ReachCount._meta.db_table)
    written = 0
    with transaction.atomic():
        SiteReachCount.objects.filter(day__in=days).delete()
        with connection.cursor() as cursor:
            for day in days:
                cursor.execute(
                    f"INSERT INTO {site} ({columns}, {quote('count')}) "
                    f"SELECT {columns}, SUM({quote('count')}) FROM {counts} WHERE {quote('day')} = %s "
                    f"GROUP BY {columns}",
                    [day],
                )
                written += cursor.rowcount
    return written


def days_to_roll_up(today=None, oldest=None):
    """The closed days with counts but no sums yet (from ``oldest`` on)."""
    counted = ReachCount.objects.filter(day__lt=first_open_day(today))
    if oldest is not None:
        counted = counted.filter(day__gte=oldest)
    done = set(SiteReachCount.objects.values_list("day", flat=True).distinct())
    return [day for day in counted.values_list("day", flat=True).order_by("day").distinct() if day not in done]


def roll_up(today=None, oldest=None):
    """Add up the closed days not added up yet; return (days, rows written)."""
    counts_up_to_date()  # a closed day's beacons still in Redis belong in its sums
    days = days_to_roll_up(today, oldest)
    return len(days), roll_up_days(days)


def rolled_up_days(start, end):
    """The days between ``start`` and ``end`` whose sums are written."""
    return set(SiteReachCount.objects.filter(day__gte=start, day__lte=end).values_list("day", flat=True).distinct())


def subtract_page(page_ids):
    """Take the counts of these pages (about to be deleted) off the sums of the closed days."""
    rows = ReachCount.objects.filter(page_id__in=page_ids)
    of_cell = rows.filter(day=OuterRef("day"), **{column: OuterRef(column) for column in CELL})
    page_sum = of_cell.order_by().values("day").annotate(total=Sum("count")).values("total")[:1]
    with transaction.atomic():
        sums = SiteReachCount.objects.filter(day__in=rows.values("day"))
        sums.update(count=F("count") - Coalesce(Subquery(page_sum), 0))
        sums.filter(count=0).delete()


def page_deleted(sender, instance, **kwargs):
    """A deleted page's counts go with it (CASCADE): take them off the sums too (connected in apps.py)."""
    subtract_page([instance.pk])
