"""A warm reach beacon makes one SQL query (its count); what it reads about the site follows content changes.

The beacon's page lookup and the editors' list of sources are kept in the cache
per content version (reach/lookup.py). These tests run what a commit runs
(django_capture_on_commit_callbacks(execute=True)), so an edit bumps the
version as it does in production.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from reach.models import ReachCount
from tests import factories
from tests.reach.conftest import page_id, send

pytestmark = pytest.mark.usefixtures("reach_site")


def queries_of(client, body):
    with CaptureQueriesContext(connection) as captured:
        assert send(client, body).status_code == 204
    return [query["sql"] for query in captured.captured_queries]


def test_a_warm_beacon_makes_one_query_its_count(browser):
    body = {"page": page_id("echt-of-nep"), "language": "nl", "utm_campaign": "x"}
    assert len(queries_of(browser, body)) >= 3  # cold: the page, the sources, the count
    warm = queries_of(browser, body)
    assert len(warm) == 1
    assert "INSERT INTO" in warm[0]
    assert ReachCount.objects.get().count == 2


def test_a_help_page_view_warm_makes_its_two_counts_only(browser):
    body = {"page": page_id("hulp"), "language": "nl"}
    queries_of(browser, body)
    assert len(queries_of(browser, body)) == 2
    assert sorted(ReachCount.objects.values_list("event", "count")) == [("help_page", 2), ("view", 2)]


def test_a_newly_listed_campaign_value_counts_from_the_next_beacon(browser, django_capture_on_commit_callbacks):
    body = {"page": page_id("echt-of-nep"), "language": "nl", "utm_campaign": "mailing-mei"}
    send(browser, body)
    with django_capture_on_commit_callbacks(execute=True):
        factories.ReachSourceFactory(kind="utm_campaign", value="mailing-mei")
    send(browser, body)
    assert sorted(ReachCount.objects.values_list("utm_campaign", "count")) == [("mailing-mei", 1), ("other", 1)]


def test_an_unpublished_page_is_refused_from_the_next_beacon(browser, django_capture_on_commit_callbacks):
    page = Page.objects.get(slug_nl="echt-of-nep").specific
    body = {"page": page.pk, "language": "nl"}
    assert send(browser, body).status_code == 204
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert send(browser, body).status_code == 400
    assert ReachCount.objects.get().count == 1


def test_made_up_page_ids_are_answered_from_the_database_and_never_stored(browser):
    from django.core.cache import cache

    for made_up in (999_999, 999_998):
        assert send(browser, {"page": made_up, "language": "nl"}).status_code == 400
    assert cache.get("reach-lookup:page:999999") is None
    assert not ReachCount.objects.exists()
