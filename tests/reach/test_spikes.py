"""Days far above their usual level (reach/dashboard/spikes.py): flagged and shown, never hidden, in Dutch
and in English; ordinary variation, small counts and a new page's first week are not flagged; the
dashboard's queries do not grow with the number of pages."""

import datetime

import numpy as np
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from reach.models import ReachCount
from tests.reach.test_dashboard import TODAY, csv_rows, dashboard_url, expert, soup_html, table

pytestmark = pytest.mark.usefixtures("reach_site", "published_long_ago")


@pytest.fixture
def published_long_ago():
    """The test site's pages were made today; here they have been public for 100 days, as on a real site."""
    Page.objects.update(first_published_at=timezone.now() - datetime.timedelta(days=100))


def published(page, days_ago):
    Page.objects.filter(pk=page.pk).update(first_published_at=timezone.now() - datetime.timedelta(days=days_ago))


#: The period every test looks at: the last 14 days, today included.
PERIOD = {"start": str(TODAY() - datetime.timedelta(days=13)), "end": str(TODAY())}


def views(page, per_day, *, referrer="none", audience="", language="nl"):
    """Views of one page from one source: ``per_day`` is {days ago: views}, as the beacons would have added them."""
    ReachCount.objects.bulk_create(
        ReachCount(
            day=TODAY() - datetime.timedelta(days=days_ago),
            page=page,
            audience=audience,
            language=language,
            referrer=referrer,
            event="view",
            count=count,
        )
        for days_ago, count in per_day.items()
        if count
    )


def steady(level, days, *, spike_on=None, spike=0):
    """``level`` views on each of ``days`` days before today (today included), ``spike`` on ``spike_on``."""
    per_day = dict.fromkeys(range(days), level)
    if spike_on is not None:
        per_day[spike_on] = spike
    return per_day


def pages(n):
    return list(Page.objects.filter(depth__gt=2).order_by("path")[:n])


def flagged(html):
    """(the count line, the rows of the list) of the section on unusually high days."""
    section = soup_html(html).find("section", attrs={"aria-labelledby": "reach-spikes-heading"})
    assert section is not None
    line = section.find(class_="reach-spikes__count").get_text(" ", strip=True)
    return line, table(html, "reach-spikes-heading")


def day_text(days_ago):
    return (TODAY() - datetime.timedelta(days=days_ago)).strftime("%a %-d %b %Y")


def test_a_day_of_ten_times_the_level_is_flagged_and_shown_in_english_and_dutch(django_user_model):
    page = pages(1)[0]
    views(page, steady(30, 42, spike_on=3, spike=300))

    english = expert(django_user_model, "spike-en", "en")
    html = english.get(dashboard_url(**PERIOD)).content.decode()
    line, rows = flagged(html)
    assert line == "1 day × page × source was far above its usual level and is marked."
    assert rows == {day_text(3): [page.title_en, "E-mail, app or typed address", "300", "30.0"]}
    # The day table marks that day in words, and only that day.
    days = table(html, "reach-days-heading")
    assert f"{day_text(3)} Unusually high: check before quoting" in days
    assert day_text(2) in days and day_text(4) in days
    # The views stay counted: flagged, not hidden.
    assert table(html, "reach-audience-heading")["Total"][4] == f"{30 * 13 + 300:,}"

    dutch = expert(django_user_model, "spike-nl", "nl")
    html = dutch.get(dashboard_url(**PERIOD)).content.decode()
    line, rows = flagged(html)
    assert line == "1 dag × pagina × bron lag ver boven het gebruikelijke niveau en is gemarkeerd."
    assert list(rows.values()) == [[page.title_nl, "E-mail, app of ingetypt adres", "300", "30,0"]]
    marked = [day for day in table(html, "reach-days-heading") if "Uitzonderlijk hoog" in day]
    assert len(marked) == 1 and marked[0].endswith("Uitzonderlijk hoog: controleer voor je dit citeert")


def test_ordinary_day_to_day_variation_is_not_flagged(django_user_model):
    """Poisson noise around a level (fixed seed): a few pages and sources, 42 days each, none flagged."""
    rng = np.random.default_rng(2028)
    for page in pages(3):
        for referrer, level in (("none", 40), ("search", 12), ("social", 150)):
            counts = rng.poisson(level, 42)
            views(page, {days_ago: int(count) for days_ago, count in enumerate(counts)}, referrer=referrer)
    html = expert(django_user_model, language="en").get(dashboard_url(**PERIOD)).content.decode()
    line, rows = flagged(html)
    assert line == "0 days × page × source were far above their usual level and are marked."
    assert rows == {}
    assert not any("Unusually high" in day for day in table(html, "reach-days-heading"))


def test_small_counts_are_never_flagged(django_user_model):
    quiet, rare = pages(2)
    views(quiet, {3: 3})  # a page at 0 for weeks, then 3 views
    views(rare, {**dict.fromkeys(range(20, 42, 7), 1), 2: 19})  # about nothing, then 19 views: below 20
    html = expert(django_user_model, language="en").get(dashboard_url(**PERIOD)).content.decode()
    assert flagged(html) == ("0 days × page × source were far above their usual level and are marked.", {})


def test_a_new_page_is_judged_only_after_a_week_but_a_new_source_at_once(django_user_model):
    """Chosen: a page's history starts on the day it was first published; with less than 7 days before it a
    day is not judged, so a launch (nothing, then hundreds) is not flagged; from the 8th day on it is.
    A new source on an established page (its earlier days are 0) is judged at once: that is a mailing or
    a script sending hundreds of views to a page that had none from there."""
    launched, older = pages(2)
    published(launched, 5)
    views(launched, {5: 400, 4: 380, 3: 20, 2: 20, 1: 25, 0: 22})
    published(older, 12)
    views(older, {**dict.fromkeys(range(9, 13), 10), 8: 11, 7: 9, 6: 10, 5: 10, 4: 10, 3: 10, 2: 10, 1: 250})
    views(older, {0: 300}, referrer="social")  # never from social media before
    html = expert(django_user_model, language="en").get(dashboard_url(**PERIOD)).content.decode()
    line, rows = flagged(html)
    assert line == "2 days × page × source were far above their usual level and are marked."
    assert rows == {
        day_text(1): [older.title_en, "E-mail, app or typed address", "250", "10.0"],
        day_text(0): [older.title_en, "Social media", "300", "1.0"],
    }


def test_the_count_in_the_report_and_the_csv_equals_the_list(django_user_model):
    first, second, third = pages(3)
    views(first, steady(20, 42, spike_on=10, spike=400))
    views(first, steady(5, 42, spike_on=2, spike=90), referrer="search")
    views(second, steady(50, 42, spike_on=2, spike=600))
    views(third, steady(50, 42))  # steady: never in the list
    client = expert(django_user_model, language="en")

    line, rows = flagged(client.get(dashboard_url(**PERIOD)).content.decode())
    assert line == "3 days × page × source were far above their usual level and are marked."
    assert len(rows) == 2  # two of them on the same day: a row per day in this dict
    report = client.get(dashboard_url("reach_report", **PERIOD)).content.decode()
    section = soup_html(report).find("section", attrs={"aria-labelledby": "reach-spikes-heading"})
    listed = section.find("tbody").find_all("tr")
    assert section.find(class_="reach-spikes__count").get_text(" ", strip=True).startswith("3 days")
    assert [tr.find_all("td")[0].get_text() for tr in listed] == [first.title_en, second.title_en, first.title_en]
    # By day, then the largest count first.
    assert [tr.find("th").get_text() for tr in listed] == [day_text(10), day_text(2), day_text(2)]

    csv = csv_rows(client.get(dashboard_url("reach_dashboard_csv", format="en", **PERIOD)))
    start = csv.index(["Unusually high: check before quoting", "3"])
    assert csv[start + 1] == ["Day", "Page", "Source", "Views", "Usual level (views a day)"]
    listed_csv = csv[start + 2 : start + 5]
    assert [row[3] for row in listed_csv] == ["400", "600", "90"]
    assert listed_csv[2][2] == "Search engine" and listed_csv[2][4] == "5.0"
    assert csv[start + 5] == []


def test_the_dashboards_queries_do_not_grow_with_the_number_of_pages(django_user_model):
    client = expert(django_user_model, language="en")
    client.get(dashboard_url(**PERIOD))  # warm: sessions, the admin's own caches

    few = pages(1)
    views(few[0], steady(30, 42, spike_on=3, spike=300))
    with CaptureQueriesContext(connection) as one_page:
        html = client.get(dashboard_url(**PERIOD)).content.decode()
    assert flagged(html)[0].startswith("1 day ")

    for page in pages(8)[1:]:
        for referrer in ("none", "search", "social"):
            views(page, steady(30, 42, spike_on=3, spike=300), referrer=referrer)
    with CaptureQueriesContext(connection) as eight_pages:
        html = client.get(dashboard_url(**PERIOD)).content.decode()
    assert flagged(html)[0].startswith("22 days ")
    assert len(eight_pages.captured_queries) == len(one_page.captured_queries)
