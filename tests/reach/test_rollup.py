"""The whole site's sums of closed days (reach/rollup.py): the dashboard and its CSV show the same figures
with them as without; the daily job adds up what is closed and not yet added up, never today or yesterday;
a deleted page's counts leave the sums with it; the whole site's unusually high days are judged over
the last four weeks of a long period, and the dashboard says so."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from reach.dashboard.spikes import SITE_WINDOW_DAYS
from reach.models import ReachCount, SiteReachCount
from reach.rollup import roll_up
from tests.reach.test_dashboard import TODAY, counted, csv_text, dashboard_url, expert, soup_html, table

pytestmark = pytest.mark.usefixtures("reach_site")

PERIOD = {"start": str(TODAY() - datetime.timedelta(days=9)), "end": str(TODAY())}


@pytest.fixture
def ten_days():
    """Counts on two pages over ten days, today and yesterday included, with sources and a mailing."""
    campaign = Page.objects.get(slug_nl="echt-of-nep")
    other = Page.objects.get(slug_nl="denk-na-voor-je-deelt")
    for days_ago in range(10):
        counted(campaign, "view", 3 + days_ago % 3, days_ago=days_ago, audience="parents")
        counted(other, "view", 2, days_ago=days_ago, referrer="search", language="en")
        counted(other, "view", 1, days_ago=days_ago, utm_campaign="other")
        counted(campaign, "helpline_call", days_ago % 2, days_ago=days_ago, audience="parents")
        counted(other, "quick_exit", 1, days_ago=days_ago, referrer="search", language="en")
    return campaign, other


def figures_seen(client):
    """Every table of the dashboard and the whole CSV, for the whole site's period."""
    html = client.get(dashboard_url(**PERIOD), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    tables = {
        section["aria-labelledby"]: table(html, section["aria-labelledby"])
        for section in soup_html(html).find_all("section", attrs={"aria-labelledby": True})
    }
    return tables, csv_text(client.get(dashboard_url("reach_dashboard_csv", format="en", **PERIOD)))


def test_the_figures_are_the_same_with_the_closed_days_added_up(django_user_model, ten_days):
    client = expert(django_user_model, language="en")
    before = figures_seen(client)
    assert before[0]["reach-audience-heading"]["Total"][4] == "69"  # after the four languages

    assert roll_up() == (8, SiteReachCount.objects.count())  # ten days: all but today and yesterday
    assert set(SiteReachCount.objects.values_list("day", flat=True)) == {
        TODAY() - datetime.timedelta(days=n) for n in range(2, 10)
    }
    assert figures_seen(client) == before
    assert roll_up() == (0, 0)  # a second run adds nothing up twice


def test_a_deleted_page_leaves_the_sums_with_its_counts(django_user_model, ten_days):
    campaign, other = ten_days
    client = expert(django_user_model, language="en")
    roll_up()
    campaign.specific.delete()  # as the admin deletes it: the page of its own type
    after_delete = figures_seen(client)
    SiteReachCount.objects.all().delete()  # the figures from every page's rows alone
    assert figures_seen(client) == after_delete
    assert after_delete[0]["reach-audience-heading"]["Parents"][2] == "0"


def test_the_daily_job_adds_up_the_closed_days(ten_days):
    call_command("prune_reach_counts", stdout=io.StringIO())
    assert SiteReachCount.objects.filter(day__gte=TODAY() - datetime.timedelta(days=1)).count() == 0
    views = sum(SiteReachCount.objects.filter(event="view").values_list("count", flat=True))
    assert views == sum(
        ReachCount.objects.filter(event="view", day__lt=TODAY() - datetime.timedelta(days=1)).values_list(
            "count", flat=True
        )
    )


def test_over_a_long_period_the_whole_site_is_judged_over_its_last_four_weeks(django_user_model):
    page = Page.objects.get(slug_nl="echt-of-nep")
    Page.objects.update(first_published_at=timezone.now() - datetime.timedelta(days=400))
    for days_ago in range(30, 100):
        counted(page, "view", 1, days_ago=days_ago)
    ReachCount.objects.filter(day=TODAY() - datetime.timedelta(days=60)).update(count=500)
    client = expert(django_user_model, language="en")
    long = {"start": str(TODAY() - datetime.timedelta(days=99)), "end": str(TODAY())}

    site = soup_html(client.get(dashboard_url(**long), HTTP_ACCEPT_LANGUAGE="en").content.decode())
    first = TODAY() - datetime.timedelta(days=SITE_WINDOW_DAYS - 1)
    note = site.find(class_="reach-spikes__window").get_text(" ", strip=True)
    assert f"only the days from {first:%-d %B %Y} on are judged" in note
    assert site.find(class_="reach-spikes__count").get_text(" ", strip=True).startswith("0 days")
    rows = csv_text(client.get(dashboard_url("reach_dashboard_csv", format="en", **long))).splitlines()
    assert f"Days judged (whole site: the last four weeks),{first.isoformat()},{TODAY().isoformat()}" in rows

    campaign = soup_html(
        client.get(dashboard_url(campaign=page.pk, **long), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    )
    assert campaign.find(class_="reach-spikes__window") is None
    assert campaign.find(class_="reach-spikes__count").get_text(" ", strip=True).startswith("1 day ")
