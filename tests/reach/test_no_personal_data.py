"""After a run of beacons, neither the database nor the logs hold the address, browser or referrer URL sent."""

import logging

import pytest
from django.db import connection

from reach.models import ReachCount, ReachSource
from tests.reach.conftest import page_id, send

pytestmark = pytest.mark.usefixtures("reach_site")

ADDRESS = "203.0.113.77"
AGENT = "Mozilla/5.0 (X11; Linux x86_64) UniqueBrowserMarker/4242"
REFERRER = "https://www.google.nl/search?q=naaktfoto+verwijderen+ZoekMarker"
CAMPAIGN_TEXT = "Jan-de-Vries-0612345678"


def every_reach_row_as_text():
    text = []
    with connection.cursor() as cursor:
        for model in (ReachCount, ReachSource):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(model._meta.db_table)}")  # noqa: S608
            text.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(text)


def test_a_run_of_beacons_leaves_no_address_browser_or_referrer_in_rows_or_logs(client, caplog):
    caplog.set_level(logging.DEBUG)
    headers = {"REMOTE_ADDR": ADDRESS, "HTTP_X_FORWARDED_FOR": ADDRESS, "HTTP_USER_AGENT": AGENT}
    body = {"page": page_id("hulp"), "language": "nl", "referrer": REFERRER, "utm_campaign": CAMPAIGN_TEXT}
    for event in ("view", "helpline_call", "quick_exit"):
        assert send(client, {**body, "event": event}, **headers).status_code == 204
    assert send(client, {**body, "event": "nonsense"}, **headers).status_code == 400  # a logged 4xx too
    assert sum(ReachCount.objects.values_list("count", flat=True)) == 4  # view, help page reached, call, exit

    rows = every_reach_row_as_text()
    logged = "\n".join(record.getMessage() for record in caplog.records) + caplog.text
    assert "Bad Request: /api/reach" in logged  # the logs were captured
    for secret in (ADDRESS, "UniqueBrowserMarker", "ZoekMarker", "google.nl", CAMPAIGN_TEXT.lower(), CAMPAIGN_TEXT):
        assert secret not in rows
        assert secret not in logged


def test_the_access_log_has_no_address_browser_referrer_or_query():
    """gunicorn's access log: %(h)s address, %(a)s browser, %(f)s referrer, %(q)s / %(r)s / %(U)s?query."""
    from campaign import gunicorn_conf

    for atom in ("%(h)s", "%(a)s", "%(f)s", "%(q)s", "%(r)s", "%(u)s", "%({"):
        assert atom not in gunicorn_conf.access_log_format
    assert "%(U)s" in gunicorn_conf.access_log_format  # the path alone: the reach beacon has no query anyway
