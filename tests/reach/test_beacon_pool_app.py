"""The beacon pool's application (campaign/beacon_asgi.py), called as uvicorn calls it.

A warm reach beacon is answered on the event loop from the worker's memory and one Redis round trip;
everything else by Django's handler in a thread. What a visitor or a script sees must not depend on
which path answered: the same statuses as the site's own view for every body, the same counts, and
the database only on the thread path. Each test starts its own redis-server (tests/reach/test_buffered_counts.py).
"""

import asyncio
import json
import logging
from collections import Counter

import pytest
from django.db import connections
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from campaign.beacon_asgi import BEACON_MIDDLEWARE, BEACON_URLCONF, BeaconApplication
from core.buffered_counting import flush
from messaging.assignment import signed_visitor_cookie
from messaging.models import Experiment, ExperimentCount
from reach.models import ReachCount
from tests.messaging.conftest import CAMPAIGN as AB_CAMPAIGN

# buffered and redis_server come from tests/conftest.py (tests/redis_counts.py).
from tests.reach.test_buffered_counts import (  # noqa: F401  (fixtures)
    AGENT,
    migrated_rows_put_back,
    site,
    totals_by_event,
)

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ADDRESS = "198.51.100.23"


@pytest.fixture
def pool(buffered, settings):  # noqa: F811
    """The application as a beacon pool worker holds it, with the site's settings of that process."""
    settings.MIDDLEWARE = BEACON_MIDDLEWARE
    settings.ROOT_URLCONF = BEACON_URLCONF
    application = BeaconApplication(threads=2, own_process=False)
    yield application
    application.executor.shutdown(wait=True)
    connections.close_all()


def call(application, body, path="/api/reach", method="POST", headers=None):
    """(status, {header: value}, body) of one request through the ASGI application."""
    return asyncio.run(exchange(application, body, path, method, headers))


def call_together(application, bodies, headers=None):
    """The answers to reach beacons that arrive together: all on one event loop at once, as a busy
    worker's connections deliver them."""

    async def together():
        return await asyncio.gather(*(exchange(application, body, headers=headers) for body in bodies))

    return asyncio.run(together())


async def exchange(application, body, path="/api/reach", method="POST", headers=None):
    raw = body if isinstance(body, bytes) else (body if isinstance(body, str) else json.dumps(body)).encode()
    sent_headers = {
        "host": "127.0.0.1",
        "content-type": "text/plain;charset=UTF-8",
        "content-length": str(len(raw)),
        "sec-fetch-site": "same-origin",
        "user-agent": AGENT,
        **(headers or {}),
    }
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(name.encode(), value.encode()) for name, value in sent_headers.items() if value is not None],
        "client": (ADDRESS, 40000),
        "server": ("127.0.0.1", 8001),
    }
    messages = [{"type": "http.request", "body": raw, "more_body": False}]
    answer = {}

    async def receive():
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send_message(message):
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
            answer["headers"] = {name.decode().lower(): value.decode() for name, value in message["headers"]}
        else:
            answer["body"] = answer.get("body", b"") + message.get("body", b"")

    await application(scope, receive, send_message)
    return answer["status"], answer["headers"], answer.get("body", b"")


def view(site, page="campaign", **fields):  # noqa: F811
    return {"page": site[page], "event": "view", "language": "nl", **fields}


def test_a_warm_reach_beacon_is_answered_on_the_loop_without_the_database(pool, site, monkeypatch):  # noqa: F811
    assert call(pool, view(site))[0] == 204  # the first: Django's handler reads the facts, the worker remembers
    threaded = []
    original = pool.answer_in_thread
    monkeypatch.setattr(pool, "answer_in_thread", lambda *args: threaded.append(args) or original(*args))
    for _ in range(20):
        assert call(pool, view(site))[0] == 204
        assert call(pool, view(site, "help"))[0] == 204
    assert len(threaded) == 1, "only the help page's first beacon needed the facts from the database"
    flush()
    assert totals_by_event() == Counter(
        {(site["campaign"], "view"): 21, (site["help"], "view"): 20, (site["help"], "help_page"): 20}
    )


def test_the_ab_beacons_are_answered_by_djangos_handler_with_their_cookies(pool, site):  # noqa: F811
    experiment = Experiment.objects.get(slug="hero-ouders-vraag")
    visitor = Client(HTTP_USER_AGENT=AGENT)
    visitor.cookies["vib_visitor"] = signed_visitor_cookie("7" * 32)
    visitor.get(AB_CAMPAIGN)
    cookies = "; ".join(f"{name}={morsel.value}" for name, morsel in visitor.cookies.items())
    status, headers, _ = call(
        pool,
        {"language": "nl"},
        path=f"/api/ab/{experiment.slug}/exposure",
        headers={"content-type": "application/json", "cookie": cookies},
    )
    assert status == 204 and "vib_ab=" in headers.get("set-cookie", "")
    flush()
    assert ExperimentCount.objects.get(experiment=experiment, goal="exposure").count == 1


def test_with_redis_stopped_the_beacons_are_counted_in_the_database(pool, site, buffered):  # noqa: F811
    assert call(pool, view(site))[0] == 204  # remembered
    buffered.kill()
    for _ in range(5):
        assert call(pool, view(site))[0] == 204  # the fast path declines, the handler writes at once
    answers = call_together(pool, [view(site)] * 5)  # a batch Redis does not take: each one by the handler
    assert [status for status, _headers, _body in answers] == [204] * 5
    assert ReachCount.objects.get(page=site["campaign"], event="view").count == 10


def test_beacons_that_arrive_together_share_a_round_trip_and_each_is_counted(pool, site):  # noqa: F811
    assert call(pool, view(site))[0] == 204  # remembered
    sent_before = pool.batches.batches
    answers = call_together(pool, [view(site)] * 30 + [view(site, "help")] * 10)
    assert [status for status, _headers, _body in answers] == [204] * 40
    assert pool.batches.batches - sent_before < 40, "beacons that waited went together"
    flush()
    assert totals_by_event() == Counter(
        {(site["campaign"], "view"): 31, (site["help"], "view"): 10, (site["help"], "help_page"): 10}
    )


def test_in_a_batch_the_limit_per_sender_still_counts_each_beacon(pool, site, settings):  # noqa: F811
    from reach.models import RefusedBeaconCount

    settings.BEACON_SENDER_LIMIT = 5
    assert call(pool, view(site))[0] == 204  # remembered: the sender's first
    answers = call_together(pool, [view(site)] * 12)
    assert [status for status, _headers, _body in answers] == [204] * 12  # a script learns nothing
    others = call_together(pool, [view(site)] * 3, headers={"user-agent": AGENT + " another browser"})
    assert [status for status, _headers, _body in others] == [204] * 3
    flush()
    assert totals_by_event() == Counter({(site["campaign"], "view"): 5 + 3})
    assert RefusedBeaconCount.objects.get(kind="reach").count == 8


def test_a_batch_judged_on_facts_of_an_old_version_is_judged_again(pool, site):  # noqa: F811
    from wagtail.models import Page

    assert call(pool, view(site))[0] == 204  # remembered under this content version
    Page.objects.get(pk=site["help"]).specific.save_revision().publish()  # a new content version
    answers = call_together(pool, [view(site)] * 5)
    assert [status for status, _headers, _body in answers] == [204] * 5  # by the handler, on fresh facts
    Page.objects.get(pk=site["campaign"]).specific.unpublish()
    answers = call_together(pool, [view(site)] * 5)
    assert {status for status, _headers, _body in answers} == {400}  # no longer a live page
    flush()
    assert totals_by_event() == Counter({(site["campaign"], "view"): 6})


def test_not_a_beacon_address_is_a_json_404(pool):
    status, headers, body = call(pool, b"", path="/nl/", method="GET")
    assert status == 404 and headers["content-type"] == "application/json"
    assert json.loads(body) == {"error": "not a beacon address"}


def test_the_access_line_names_no_visitor(pool, site, caplog):  # noqa: F811
    access = logging.getLogger("gunicorn.access")
    access.addHandler(logging.NullHandler())  # as under gunicorn: the line is written when a handler is there
    try:
        with caplog.at_level(logging.INFO, logger="gunicorn.access"):
            call(pool, view(site), headers={"x-forwarded-for": "203.0.113.99"})
    finally:
        access.handlers = [h for h in access.handlers if not isinstance(h, logging.NullHandler)]
    lines = [record.getMessage() for record in caplog.records if record.name == "gunicorn.access"]
    assert len(lines) == 1 and '"POST /api/reach HTTP/1.1" 204 0 ' in lines[0]
    assert ADDRESS not in lines[0] and "203.0.113.99" not in lines[0] and "Mozilla" not in lines[0]


# -- the same answer whichever path gives it ------------------------------------------------------------

HOSTILE = [
    ("not JSON", b"{page", {}),
    ("a list", b"[1, 2]", {}),
    ("too large", b'{"page": 1, "x": "' + b"a" * 2000 + b'"}', {}),
    ("form data", b"page=1", {"content-type": "multipart/form-data; boundary=x"}),
    ("from another site", None, {"sec-fetch-site": "cross-site"}),
    ("unknown event", {"event": "purchase"}, {}),
    ("unknown language", {"language": "xx"}, {}),
    ("unknown audience", {"audience": "everyone"}, {}),
    ("page not a number", {"page": "3"}, {}),
    ("page made up", {"page": 2**30}, {}),
    ("do not track", None, {"dnt": "1"}),
    ("a bot", None, {"user-agent": "Googlebot/2.1"}),
    ("no user agent", None, {"user-agent": None}),
]


@pytest.mark.parametrize("name, body, headers", HOSTILE, ids=[case[0] for case in HOSTILE])
def test_each_hostile_beacon_gets_the_views_answer_on_the_loop_too(pool, site, name, body, headers):  # noqa: F811
    assert call(pool, view(site))[0] == 204  # warm: the fast path is taken where it can be
    if body is None or isinstance(body, dict):
        body = {**view(site), **(body or {})}
    expected = Client(HTTP_USER_AGENT=AGENT, REMOTE_ADDR=ADDRESS)
    django_headers = {f"HTTP_{key.upper().replace('-', '_')}": value for key, value in headers.items() if value}
    if "content-type" in headers:
        del django_headers["HTTP_CONTENT_TYPE"]
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    if headers.get("user-agent", "") is None:
        expected = Client(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT="")
    wanted = expected.post(
        "/api/reach",
        raw,
        content_type=headers.get("content-type", "text/plain;charset=UTF-8"),
        **{"HTTP_SEC_FETCH_SITE": "same-origin", **django_headers},
    )
    status, _headers, answer = call(pool, body, headers=headers)
    assert (status, answer) == (wanted.status_code, wanted.content), name
    flush()
    assert totals_by_event()[(site["campaign"], "view")] == 1, "only the warm-up beacon counted"


@hypothesis_settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(
    st.dictionaries(
        st.sampled_from(["page", "event", "language", "audience", "referrer", "utm_source", "utm_medium", "x"]),
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=30), st.lists(st.integers(), max_size=2)),
    )
)
def test_no_body_makes_the_pool_answer_5xx(pool, site, fields):  # noqa: F811
    status, _headers, _body = call(pool, {**view(site), **fields})
    assert status in (204, 400), (fields, status)
