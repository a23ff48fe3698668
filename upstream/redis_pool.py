"""Workaround: Django's Redis cache client makes one redis-py client per connection pool, not one per call.

Why. Django's ``RedisCacheClient.get_client`` builds a new ``redis.Redis`` for every cache call,
and redis-py's constructor registers some 170 response callbacks, which cost more than the round
trip of a page-cache hit. A ``redis.Redis`` holds no connection of its own (the pool does, and is
safe across threads and renews itself after a fork), so sharing one per pool changes nothing but
the cost. ``ReusedClientRedisCacheClient`` does that through Django's private
``_get_connection_pool`` and ``_client`` (the ``redis.Redis`` class); ``use_reused_clients`` puts
it on a ``RedisCache`` through its private ``_class``, which ``RedisCache.__init__`` sets on the
instance (a class attribute of a subclass would not override it).

Tested with Django 5.2.x and redis-py 8.1.x (checked in ``install()``). Delete this module when
Django's client reuses its ``redis.Redis``: tests/operations/ (the cache backend's tests) still
pass then.
"""

import redis.asyncio
from django.core.cache.backends.redis import RedisCacheClient

from . import require_tested_versions

__all__ = ["ReusedClientRedisCacheClient", "async_write_client", "install", "use_reused_clients", "write_client"]

TESTED = {"Django": ">=5.2,<5.3", "redis": ">=8.1,<8.2"}


class ReusedClientRedisCacheClient(RedisCacheClient):
    """Django's Redis client with one ``redis.Redis`` per connection pool, made once, not per call."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.clients_by_pool = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self.clients_by_pool.get(id(pool))
        if client is None:
            client = self.clients_by_pool[id(pool)] = self._client(connection_pool=pool)
        return client


def use_reused_clients(cache):
    """Make the ``RedisCache`` instance ``cache`` use ``ReusedClientRedisCacheClient`` (after its __init__)."""
    cache._class = ReusedClientRedisCacheClient


def write_client(cache, key):
    """The redis-py client the ``RedisCache`` instance ``cache`` writes ``key`` with, for a command
    Django's cache API has no word for (core/cache_backend.py: one pipelined round trip), through
    Django's private ``_cache`` (its RedisCacheClient)."""
    return cache._cache.get_client(key, write=True)


def install():
    """Refuse to start on a Django or redis-py this was not checked with. Called from CoreConfig.ready()."""
    require_tested_versions(TESTED)


def async_write_client(cache, retry):
    """A ``redis.asyncio`` client of the server the ``RedisCache`` instance ``cache`` writes to (its first,
    as Django's client writes there), with the cache's socket timeouts and this ``retry``, for an event
    loop (core/cache_backend.py ``async_client``: the beacon pool's counts). Django's cache keeps its
    servers and options in the private ``_servers`` and ``_options``."""
    timeout = cache._options.get("socket_timeout", 0.25)
    return redis.asyncio.Redis.from_url(
        cache._servers[0],
        socket_timeout=timeout,
        socket_connect_timeout=cache._options.get("socket_connect_timeout", timeout),
        retry=retry,
    )
