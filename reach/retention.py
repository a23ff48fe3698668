"""How long reach counts are kept: REACH_RETENTION_MONTHS (default 25), then dropped by
`manage.py prune_reach_counts` (run it daily, docs/reach.md)."""

from datetime import date

from django.conf import settings
from django.utils import timezone

from .models import ReachCount, RefusedBeaconCount, SiteReachCount


def months_before(day, months):
    """The same day of the month `months` earlier (the month's last day when it has fewer days)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def oldest_kept_day(today=None):
    return months_before(today or timezone.localdate(), settings.REACH_RETENTION_MONTHS)


def prune(today=None):
    """Delete the counts of days before the retention period (reach counts, their whole-site sums and
    the beacons over the limit per sender); return how many rows went."""
    oldest = oldest_kept_day(today)
    deleted = 0
    for model in (ReachCount, SiteReachCount, RefusedBeaconCount):
        deleted += model.objects.filter(day__lt=oldest).delete()[0]
    return deleted
