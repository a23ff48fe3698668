"""Counts buffered in Redis as in production (core/buffered_counting.py), for the tests that check it:
a redis-server of the test's own on a free port (tests/operations/faults/services.py), stopped by its
pid. Offered to every test by tests/conftest.py."""

import pytest

from tests.operations.faults.services import Redis, find_redis_server


@pytest.fixture
def redis_server(tmp_path):
    if not find_redis_server():
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    server = Redis(find_redis_server(), tmp_path).start()
    yield server
    server.stop()


@pytest.fixture
def buffered(settings, redis_server):
    """The site as in production: the fail-open Redis cache, counts buffered in it, no limit per sender
    (every beacon here comes from one address)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache_backend.FailOpenRedisCache",
            "LOCATION": redis_server.url,
            "RETRY_SECONDS": 0.2,
        }
    }
    settings.COUNTS_IN_REDIS = True
    settings.BEACON_SENDER_LIMIT = 0
    return redis_server
