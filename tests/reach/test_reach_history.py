"""`manage.py fill_reach_history`: made-up reach counts for the two-years benchmark (demo/reach_history.py)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from demo.reach_history import PARENT_SLUG, history_days
from reach.models import ReachCount, ReachSource

pytestmark = pytest.mark.usefixtures("reach_site")

CELL = ["day", "page_id", "audience", "language", "referrer", "partner", "utm_source", "utm_medium", "utm_campaign"]


def filled(*args):
    out = StringIO()
    call_command("fill_reach_history", *args, stdout=out)
    return out.getvalue()


def all_rows():
    return sorted(ReachCount.objects.values_list(*CELL, "event", "count"))


@pytest.fixture
def debug(settings):
    settings.DEBUG = True


def test_with_debug_off_it_refuses_and_writes_nothing():
    with pytest.raises(CommandError, match="DEBUG is off.*nothing was written.*--force"):
        filled("--pages", "3", "--months", "2")
    assert not ReachCount.objects.exists()


def test_three_pages_over_two_months_every_day_has_views_and_the_count_is_the_one_printed(debug):
    out = filled("--pages", "3", "--months", "2", "--seed", "1", "--batch-size", "100")
    days = history_days(2)
    rows = ReachCount.objects.all()
    assert f"Wrote {rows.count()} reach count rows for 3 pages over 2 months in " in out
    assert rows.values("page").distinct().count() == 3
    views = rows.filter(event="view")
    # Every page on every day of the period: the oldest day the retention keeps to today.
    assert views.values_list("page", "day").distinct().count() == 3 * len(days)
    assert min(rows.values_list("day", flat=True)) == days[0] and max(rows.values_list("day", flat=True)) == days[-1]
    # A mix, not one cell a day: both languages, every audience view, partner and campaign-link values.
    assert set(views.values_list("language", flat=True)) == {"nl", "en"}
    assert set(views.values_list("audience", flat=True)) == {"", "young-people", "parents", "schools"}
    assert {"none", "internal", "search", "social", "partner"} <= set(views.values_list("referrer", flat=True))
    assert views.filter(utm_campaign="echt-of-nep").exists() and views.filter(partner="kennisnet.nl").exists()
    assert rows.filter(event="help_page").exists() and rows.filter(event="lesson_download", audience="schools").exists()
    assert not rows.filter(event="lesson_download").exclude(audience="schools").exists()
    # The values used are listed sources, so the dashboard shows their labels.
    assert ReachSource.objects.filter(kind="utm_campaign", value="echt-of-nep").exists()


def test_the_same_seed_gives_the_same_rows_and_another_seed_others(debug):
    filled("--pages", "3", "--months", "2", "--seed", "7")
    first = all_rows()
    filled("--pages", "3", "--months", "2", "--seed", "7", "--replace", "--batch-size", "37")
    assert all_rows() == first
    filled("--pages", "3", "--months", "2", "--seed", "8", "--replace")
    assert all_rows() != first


def test_a_second_fill_of_the_same_period_is_refused_unless_replaced(debug):
    filled("--pages", "3", "--months", "2")
    before = all_rows()
    with pytest.raises(CommandError, match=r"already \d+ reach counts.*--replace"):
        filled("--pages", "3", "--months", "2")
    assert all_rows() == before
    out = filled("--pages", "3", "--months", "2", "--replace")
    assert f"Deleted {len(before)} reach count rows" in out
    assert all_rows() == before


def test_pages_beyond_the_live_ones_are_added_once_under_an_unpublished_parent(debug):
    live = Page.objects.live().filter(depth__gt=1).count()
    filled("--pages", str(live + 2), "--months", "1")
    parent = Page.objects.get(slug=PARENT_SLUG)
    assert not parent.live
    added = list(parent.get_children().values_list("pk", flat=True))
    assert len(added) == 2
    assert ReachCount.objects.values("page").distinct().count() == live + 2
    filled("--pages", str(live + 2), "--months", "1", "--replace")
    assert list(parent.get_children().values_list("pk", flat=True)) == added
    assert ReachCount.objects.values("page").distinct().count() == live + 2
