"""The limit per sender: one address with one browser cannot inflate the reach figures, everyone else
is counted, what was left out is counted as such, and nothing about the sender is kept.

Most tests set a small limit (the behaviour is the same at any size, and fast); one floods the
default limit with 10,000 beacons. The sender is (address, user agent) as a daily-keyed hash
(core/sender_limit.py).
"""

import datetime
import logging
import time

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory
from django.utils import timezone
from redis.backoff import NoBackoff
from redis.retry import Retry

from core.sender_limit import KEY_PREFIX, sender_hash, within_limit
from reach.models import ReachCount, RefusedBeaconCount
from tests.operations.faults.services import Redis, find_redis_server, free_port
from tests.reach.conftest import BROWSER, page_id, send

pytestmark = pytest.mark.usefixtures("reach_site")

FLOODER = "203.0.113.66"
FLOOD_AGENT = "Mozilla/5.0 (X11; Linux x86_64) FloodMarker/7777 Firefox/130.0"


def views():
    return sum(ReachCount.objects.filter(event="view").values_list("count", flat=True))


def refused(kind="reach"):
    return sum(RefusedBeaconCount.objects.filter(kind=kind).values_list("count", flat=True))


def flood(client, body, times, **headers):
    for _ in range(times):
        assert send(client, body, **headers).status_code == 204


@pytest.fixture
def campaign_view():
    """A view of the campaign page: one row per beacon (a help page would add "help page reached" too)."""
    return {"page": page_id("echt-of-nep"), "event": "view", "language": "nl"}


@pytest.fixture
def small_limit(settings):
    settings.BEACON_SENDER_LIMIT = 50
    settings.BEACON_SENDER_WINDOW_SECONDS = 60
    return 50


def test_one_sender_counts_up_to_the_limit_while_200_others_are_all_counted(small_limit, campaign_view):
    flooder = Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER)
    others = 0
    for round_ in range(200):
        flood(flooder, campaign_view, 5)
        # Meanwhile another school, another home: a different address each, the same common browser.
        visitor = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"198.51.{round_ // 100}.{round_ % 100 + 1}")
        assert send(visitor, campaign_view).status_code == 204
        others += 1
    assert views() == small_limit + others == 250
    assert refused() == 1000 - small_limit, "every beacon over the limit is counted as refused, no more"
    assert refused("experiment") == refused("guardrail") == 0


def test_the_same_address_with_another_browser_is_another_sender(small_limit, campaign_view):
    flood(Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER), campaign_view, 60)
    flood(Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=FLOODER), campaign_view, 3)
    assert views() == small_limit + 3
    assert refused() == 10


def test_beacons_that_would_not_count_do_not_use_the_budget(small_limit, campaign_view):
    """A malformed beacon, DNT and GPC are not counted anyway: they never push a sender over the limit."""
    sender = Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER)
    for _ in range(100):
        assert send(sender, {**campaign_view, "event": "nonsense"}).status_code == 400
        assert send(sender, campaign_view, HTTP_DNT="1").status_code == 204
    flood(sender, campaign_view, small_limit)
    assert views() == small_limit and refused() == 0


def test_behind_the_proxies_the_sender_is_the_client_not_the_proxy(small_limit, settings, campaign_view):
    """With nginx in front every request comes from 127.0.0.1: the client's address is the one the
    sign-in limit reads from X-Forwarded-For (core/client_address.py), so two pupils' homes are two senders."""
    settings.LOGIN_PROXY_COUNT = 1
    via_nginx = {"REMOTE_ADDR": "127.0.0.1"}
    flood(Client(HTTP_USER_AGENT=BROWSER, HTTP_X_FORWARDED_FOR=FLOODER, **via_nginx), campaign_view, 60)
    flood(Client(HTTP_USER_AGENT=BROWSER, HTTP_X_FORWARDED_FOR="198.51.100.7", **via_nginx), campaign_view, 5)
    # A client that writes its own X-Forwarded-For entries in front does not become someone else.
    forged = Client(HTTP_USER_AGENT=BROWSER, HTTP_X_FORWARDED_FOR=f"10.9.8.7, {FLOODER}", **via_nginx)
    flood(forged, campaign_view, 5)
    assert views() == small_limit + 5
    assert refused() == 15


def test_a_new_window_counts_again(small_limit, settings, campaign_view):
    settings.BEACON_SENDER_WINDOW_SECONDS = 2
    sender = Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER)
    flood(sender, campaign_view, 55)
    time.sleep(2.1)
    flood(sender, campaign_view, 5)
    assert views() == small_limit + 5 and refused() == 5


def test_the_limit_can_be_switched_off(settings, campaign_view):
    settings.BEACON_SENDER_LIMIT = 0
    flood(Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER), campaign_view, 120)
    assert views() == 120 and refused() == 0


def test_10000_beacons_from_one_sender_at_the_default_limit(campaign_view):
    """The script of issue 28 (some 12,000 views in 8 s from one address), at the real default limit."""
    limit = django_settings.BEACON_SENDER_LIMIT
    assert limit == 1000 and django_settings.BEACON_SENDER_WINDOW_SECONDS == 60, "the documented defaults"
    flooder = Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER)
    started = time.monotonic()
    flood(flooder, campaign_view, 10_000)
    seconds = time.monotonic() - started
    assert views() == limit
    assert refused() == 10_000 - limit
    for number in range(200):
        visitor = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=f"192.0.2.{number + 1}")
        assert send(visitor, campaign_view).status_code == 204
    assert views() == limit + 200
    print(f"10,000 beacons from one sender: {seconds:.1f} s")  # the time, for the record (pytest -s)


# -- the daily key ---------------------------------------------------------------------------------------


def request_from(address=FLOODER, agent=FLOOD_AGENT):
    return RequestFactory().post("/api/reach", REMOTE_ADDR=address, HTTP_USER_AGENT=agent)


def test_the_same_sender_hashes_differently_on_two_days():
    today = datetime.date(2026, 12, 6)
    tomorrow = today + datetime.timedelta(days=1)
    first, second = sender_hash(request_from(), today), sender_hash(request_from(), tomorrow)
    assert first == sender_hash(request_from(), today), "one sender is one hash all day"
    assert first != second, "nothing links a sender across days"
    assert len(first) == len(second) == 64  # HMAC-SHA256
    assert sender_hash(request_from(address="203.0.113.67"), today) != first
    assert sender_hash(request_from(agent=BROWSER), today) != first


def test_the_key_comes_from_the_secret_key_so_nobody_else_can_compute_it(settings):
    day = datetime.date(2026, 12, 6)
    ours = sender_hash(request_from(), day)
    settings.SECRET_KEY = "another-site's-secret"
    assert sender_hash(request_from(), day) != ours


def test_a_sender_over_the_limit_today_is_counted_again_tomorrow(small_limit, monkeypatch, campaign_view):
    sender = Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER)
    today = timezone.localdate()
    flood(sender, campaign_view, 60)
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today + datetime.timedelta(days=1))
    flood(sender, campaign_view, 3)  # within the same minute, but a new day's hash: a new sender
    per_day = dict(ReachCount.objects.filter(event="view").values_list("day", "count"))
    assert per_day == {today: small_limit, today + datetime.timedelta(days=1): 3}
    assert dict(RefusedBeaconCount.objects.values_list("day", "count")) == {today: 10}


# -- nothing of the sender kept ------------------------------------------------------------------------


def every_table_as_text():
    """Every row of every table in the test database, all columns, as text."""
    text = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            text.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(text)


def test_nothing_of_the_sender_is_in_the_database_or_the_logs(small_limit, caplog, campaign_view):
    caplog.set_level(logging.DEBUG)
    sender = Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER)
    flood(sender, campaign_view, 80)
    assert send(sender, {**campaign_view, "event": "nonsense"}).status_code == 400  # a logged 4xx too
    assert views() == small_limit and refused() == 30

    digest = sender_hash(request_from())
    # The hash searched for is the one the limit used: it is in the cache, for this window only.
    assert cache.get(f"{KEY_PREFIX}:{digest}") == 80
    rows = every_table_as_text()
    assert "echt-of-nep" in rows  # the dump holds the site's own rows: it is a real dump
    logged = "\n".join(record.getMessage() for record in caplog.records) + caplog.text
    assert "Bad Request: /api/reach" in logged  # the logs were captured
    for secret in (FLOODER, "FloodMarker", digest, digest[:16]):
        assert secret not in rows
        assert secret not in logged


# -- the cache is an optimisation: without it, every beacon counts ------------------------------------


def redis_cache(settings, port, backend="core.cache_backend.FailOpenRedisCache", **options):
    settings.CACHES = {
        "default": {
            "BACKEND": backend,
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "RETRY_SECONDS": 0.5,
            "OPTIONS": options,
        }
    }


@pytest.fixture
def own_redis(settings, tmp_path):
    if not find_redis_server():
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    server = Redis(find_redis_server(), tmp_path).start()
    redis_cache(settings, server.port)
    yield server
    server.stop()


def test_with_redis_stopped_every_beacon_counts_and_with_it_back_the_limit_holds(own_redis, small_limit, campaign_view):
    sender = Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER)
    flood(sender, campaign_view, 60)
    assert views() == small_limit and refused() == 10, "the limit works through Redis"
    # The sender is held for one window at most: Redis itself drops the key.
    keys = [key for key in cache._cache.get_client().keys("*") if KEY_PREFIX.encode() in key]  # noqa: SLF001
    assert len(keys) == 1
    assert 0 < cache._cache.get_client().ttl(keys[0]) <= 60  # noqa: SLF001

    own_redis.kill()  # stopped by its pid: the site counts as it did before the limit existed
    flood(sender, campaign_view, 30)
    assert views() == small_limit + 30 and refused() == 10

    own_redis.start()  # empty (no persistence), so a new window
    time.sleep(0.6)  # the fail-open backend's pause after a failure (RETRY_SECONDS) is over
    flood(sender, campaign_view, 60)
    assert views() == 2 * small_limit + 30 and refused() == 20
    cache.clear()


def test_a_window_redis_left_without_expiry_gets_one(own_redis, small_limit):
    """When a window expires between Django's EXISTS and INCR, Redis' INCR makes the key afresh, without
    expiry: the limit gives it the window's timeout, so a sender's hash never stays in Redis."""
    client = cache._cache.get_client(write=True)  # noqa: SLF001
    key = cache.make_key(f"{KEY_PREFIX}:{sender_hash(request_from())}")
    client.set(key, 0)  # what that INCR leaves once it answered 1
    assert client.ttl(key) == -1  # no expiry
    assert within_limit(request_from())
    assert 0 < client.ttl(key) <= 60
    cache.clear()


def test_with_nothing_listening_where_redis_should_be_every_beacon_counts(settings, small_limit, campaign_view):
    redis_cache(settings, free_port())
    flood(Client(HTTP_USER_AGENT=FLOOD_AGENT, REMOTE_ADDR=FLOODER), campaign_view, 70)
    assert views() == 70 and refused() == 0


def test_a_cache_that_raises_never_refuses_and_never_raises(settings):
    """Django's own RedisCache raises on a dead server (it does not fail open): the limit still counts."""
    settings.BEACON_SENDER_LIMIT = 1
    redis_cache(
        settings,
        free_port(),
        backend="django.core.cache.backends.redis.RedisCache",
        retry=Retry(NoBackoff(), 0),
        socket_connect_timeout=0.25,
    )
    assert [within_limit(request_from()) for _ in range(3)] == [True, True, True]


def test_the_limit_asks_redis_once_per_beacon(own_redis, small_limit, monkeypatch):
    """The limit sits on every beacon's path: one round trip to Redis (the window opened, counted and
    given its expiry in one MULTI/EXEC), not Django's EXISTS + INCR + ADD (bench/: beacon/bare)."""
    from redis.connection import Connection

    sent = []
    original = Connection.send_packed_command

    def counting(self, command, *args, **kwargs):
        sent.append(command)
        return original(self, command, *args, **kwargs)

    within_limit(request_from())  # the connection is open before counting
    monkeypatch.setattr(Connection, "send_packed_command", counting)
    assert within_limit(request_from(agent="another browser"))  # a new sender: a window opened
    assert within_limit(request_from())  # a known sender: counted in its window
    assert len(sent) == 2
    client = cache._cache.get_client(write=True)  # noqa: SLF001
    key = cache.make_key(f"{KEY_PREFIX}:{sender_hash(request_from(agent='another browser'))}")
    assert client.get(key) == b"1" and 0 < client.ttl(key) <= 60
    cache.clear()
