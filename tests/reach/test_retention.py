"""Reach counts are kept per day for REACH_RETENTION_MONTHS (default 25), then dropped."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from reach.models import ReachCount, RefusedBeaconCount
from reach.retention import months_before, oldest_kept_day
from tests.reach.conftest import page_id

pytestmark = pytest.mark.usefixtures("reach_site")


def test_the_default_is_twenty_five_months(settings):
    assert settings.REACH_RETENTION_MONTHS == 25
    assert oldest_kept_day(datetime.date(2026, 12, 2)) == datetime.date(2024, 11, 2)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2026, 3, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2024, 3, 31), 1, datetime.date(2024, 2, 29)),
        (datetime.date(2026, 1, 15), 25, datetime.date(2023, 12, 15)),
    ],
)
def test_months_before_keeps_the_day_or_the_months_last(day, months, expected):
    assert months_before(day, months) == expected


def test_the_command_drops_only_days_before_the_period(settings):
    settings.REACH_RETENTION_MONTHS = 2
    page = page_id("hulp")
    today = timezone.localdate()
    kept, dropped = months_before(today, 2), months_before(today, 2) - datetime.timedelta(days=1)
    for day in (today, kept, dropped):
        ReachCount.add_one(page=page, language="nl", event="view", day=day)
    out = StringIO()
    call_command("prune_reach_counts", stdout=out)
    assert sorted(ReachCount.objects.values_list("day", flat=True)) == [kept, today]
    assert f"Deleted 1 reach count rows of days before {kept:%Y-%m-%d}." in out.getvalue()


def test_the_beacons_over_the_limit_per_sender_are_kept_as_long_and_dropped_with_them(settings):
    settings.REACH_RETENTION_MONTHS = 2
    today = timezone.localdate()
    kept, dropped = months_before(today, 2), months_before(today, 2) - datetime.timedelta(days=1)
    for day in (today, kept, dropped):
        RefusedBeaconCount.add_one("reach", day=day)
    RefusedBeaconCount.add_one("guardrail", day=dropped)
    out = StringIO()
    call_command("prune_reach_counts", stdout=out)
    assert sorted(RefusedBeaconCount.objects.values_list("day", flat=True)) == [kept, today]
    assert f"Deleted 2 reach count rows of days before {kept:%Y-%m-%d}." in out.getvalue()


def test_running_the_command_twice_deletes_nothing_the_second_time(settings):
    """Scheduled daily (docs/deploy.md): a run after a run, or a retried one, must not drop more."""
    settings.REACH_RETENTION_MONTHS = 2
    page = page_id("hulp")
    today = timezone.localdate()
    oldest = months_before(today, 2)
    for day in (today, oldest, oldest - datetime.timedelta(days=1), oldest - datetime.timedelta(days=40)):
        ReachCount.add_one(page=page, language="nl", event="view", day=day)
    RefusedBeaconCount.add_one("reach", day=oldest - datetime.timedelta(days=1))
    first, second = StringIO(), StringIO()
    call_command("prune_reach_counts", stdout=first)
    kept = sorted(ReachCount.objects.values_list("day", "count"))
    call_command("prune_reach_counts", stdout=second)
    assert f"Deleted 3 reach count rows of days before {oldest:%Y-%m-%d}." in first.getvalue()
    assert f"Deleted 0 reach count rows of days before {oldest:%Y-%m-%d}." in second.getvalue()
    assert kept == [(oldest, 1), (today, 1)]
    assert sorted(ReachCount.objects.values_list("day", "count")) == kept
