"""A cache is an optimisation: when Redis is gone or hangs, visitors still get every page.

These tests use the production cache backend (core/cache_backend.py) against a
Redis that is not there (a closed port), one that accepts connections and never
answers (a hung server), and a real redis-server the test starts on a free port
and stops by its process id (the harness of tests/operations/faults/services.py).
"""

import json
import logging
import socket
import time

import pytest
from django.core.cache import cache
from django.test import Client

from tests.operations.faults.services import Redis, find_redis_server, free_port

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("public_site")]


PUBLIC_PAGES = ["/nl/", "/en/", "/nl/hulp/", "/en/campaigns/", "/nl/lesmateriaal/", "/nl/zoeken/?q=nep"]


def fail_open_cache(settings, port, retry_seconds=5):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache_backend.FailOpenRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "SOCKET_TIMEOUT": 0.25,
            "RETRY_SECONDS": retry_seconds,
        }
    }


@pytest.fixture
def dead_redis(settings):
    fail_open_cache(settings, free_port())  # nothing listens there


@pytest.fixture
def hung_redis(settings):
    """A server that takes connections into its backlog and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    fail_open_cache(settings, server.getsockname()[1])
    yield
    server.close()


def timed_get(path):
    started = time.monotonic()
    response = Client().get(path)
    return response, time.monotonic() - started


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_answers_while_redis_is_gone(dead_redis, path):
    for _ in range(2):
        response, _seconds = timed_get(path)
        assert response.status_code == 200
        assert response.get("X-Page-Cache") != "hit"


def test_a_hung_redis_delays_a_page_by_a_fraction_of_a_second_not_a_hang(hung_redis):
    response, seconds = timed_get("/nl/")
    assert response.status_code == 200
    assert seconds < 2, f"the first page took {seconds:.2f} s"
    # After the first timeout the backend leaves Redis alone for a while: no more waiting.
    response, seconds = timed_get("/en/")
    assert response.status_code == 200 and seconds < 1


def test_healthz_names_the_cache_when_redis_is_gone(dead_redis):
    response = Client().get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"database": "ok", "cache": "failed"}


def test_an_outage_is_logged_once_not_per_request(dead_redis, caplog):
    with caplog.at_level(logging.WARNING, logger="core.cache_backend"):
        for path in PUBLIC_PAGES:
            assert Client().get(path).status_code == 200
    outage_lines = [record for record in caplog.records if "Redis cache unreachable" in record.getMessage()]
    assert len(outage_lines) == 1


def test_publishing_while_redis_is_gone_still_works(dead_redis, admin_client):
    from pages.models import StandardPage

    page = StandardPage.objects.live().first()
    page.title_nl = "Nieuwe titel tijdens een storing"
    page.save_revision().publish()  # invalidation cannot reach Redis; the publish itself must not fail
    assert "Nieuwe titel tijdens een storing" in Client().get(page.get_url_in("nl")).content.decode()


# -- a real Redis that stops and comes back -----------------------------------------------------
@pytest.fixture
def own_redis(settings, tmp_path):
    if not find_redis_server():
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    server = Redis(find_redis_server(), tmp_path).start()
    fail_open_cache(settings, server.port, retry_seconds=0.5)
    yield server
    server.stop()


def test_caching_resumes_by_itself_when_redis_comes_back(own_redis):
    assert Client().get("/nl/").get("X-Page-Cache") == "miss"
    assert Client().get("/nl/").get("X-Page-Cache") == "hit"
    # One redis-py client per connection pool, not one per call (its constructor costs more than a
    # hit's round trip); the pool behind it reconnects after the restart below.
    client = cache._cache.get_client()  # noqa: SLF001
    assert cache._cache.get_client() is client  # noqa: SLF001

    own_redis.kill()
    down = Client().get("/nl/")
    assert down.status_code == 200 and down.get("X-Page-Cache") != "hit"

    own_redis.start()
    time.sleep(0.6)  # the backend's pause after a failure (RETRY_SECONDS) is over
    assert Client().get("/nl/").get("X-Page-Cache") == "miss"
    assert Client().get("/nl/").get("X-Page-Cache") == "hit"
    assert Client().get("/healthz").status_code == 200
    cache.clear()


def test_reach_beacons_are_counted_while_redis_is_gone(dead_redis):
    """The beacon's page and source lists come from the database when the cache cannot answer."""
    from wagtail.models import Page

    from reach.models import ReachCount

    page = Page.objects.get(slug_nl="hulp")
    visitor = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0")
    for _ in range(2):
        answer = visitor.post(
            "/api/reach",
            json.dumps({"page": page.pk, "language": "nl"}),
            content_type="text/plain;charset=UTF-8",
            HTTP_SEC_FETCH_SITE="same-origin",
        )
        assert answer.status_code == 204
    assert dict(ReachCount.objects.values_list("event", "count")) == {"view": 2, "help_page": 2}
