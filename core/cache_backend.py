"""Django's RedisCache, failing open: a dead or slow Redis costs speed, never a page.

Redis is an optimisation here (page cache, Wagtail's site root paths, the
translation report). Django's RedisCache raises on any connection problem, and
every public page then answers 500. This backend:

- connects and reads with a short timeout (SOCKET_TIMEOUT, 0.25 s) and
  no retries, so a hung Redis delays a request by at most a fraction of a second;
- answers a failed read as a miss and drops a failed write, so the page is
  rendered without the cache;
- after a failure leaves Redis alone for RETRY_SECONDS (5 s) in this
  process, so a stopped Redis does not cost a timeout on every call, then
  tries again: caching resumes by itself when Redis is back, no restart;
- logs the outage once per LOG_INTERVAL per process, not once per request;
- keeps one redis-py client per connection pool: Django's client builds a new
  ``redis.Redis`` for every call, and its constructor registers some 170
  response callbacks, which cost more than the round trip of a page-cache hit
  (an upstream workaround: upstream/redis_pool.py).

`answers()` is the health check's probe: a real round trip that ignores the
pause, so /healthz tells the truth at once.
"""

import logging
import secrets
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.asyncio.retry import Retry as AsyncRetry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

from upstream.redis_pool import async_write_client, use_reused_clients, write_client

logger = logging.getLogger(__name__)

#: What a broken connection raises: redis' own errors, and socket errors it lets through.
CACHE_ERRORS = (RedisError, OSError)
LOG_INTERVAL = 60.0


class FailOpenRedisCache(RedisCache):
    """Settings beside BACKEND and LOCATION: SOCKET_TIMEOUT and RETRY_SECONDS (see settings/base.py)."""

    def __init__(self, server, params):
        timeout = float(params.get("SOCKET_TIMEOUT", 0.25))
        options = {
            "socket_connect_timeout": timeout,
            "socket_timeout": timeout,
            "retry": Retry(NoBackoff(), 0),
            **params.get("OPTIONS", {}),
        }
        super().__init__(server, {**params, "OPTIONS": options})
        use_reused_clients(self)  # after super(): RedisCache.__init__ sets its own client class
        self.retry_seconds = float(params.get("RETRY_SECONDS", 5))
        self._lock = threading.Lock()
        self._paused_until = 0.0
        self._last_logged = float("-inf")
        self._down = False

    # -- the state of this process's view of Redis ----------------------------------------
    def _paused(self):
        return time.monotonic() < self._paused_until

    def _failed(self, error):
        now = time.monotonic()
        with self._lock:
            self._paused_until = now + self.retry_seconds
            self._down = True
            log = now - self._last_logged >= LOG_INTERVAL
            if log:
                self._last_logged = now
        if log:
            logger.warning(
                "Redis cache unreachable (%s: %s); pages are served without it, next try in %g s",
                type(error).__name__,
                error,
                self.retry_seconds,
            )

    def _answered(self):
        if self._down:
            with self._lock:
                was_down, self._down, self._paused_until = self._down, False, 0.0
            if was_down:
                logger.warning("Redis cache answers again; caching resumed")

    def _guarded(self, call, default):
        if self._paused():
            return default
        try:
            result = call()
        except CACHE_ERRORS as error:
            self._failed(error)
            return default
        self._answered()
        return result

    # -- the cache API, each call failing open --------------------------------------------
    def get(self, key, default=None, version=None):
        return self._guarded(lambda: super(FailOpenRedisCache, self).get(key, default, version), default)

    def get_many(self, keys, version=None):
        return self._guarded(lambda: super(FailOpenRedisCache, self).get_many(keys, version), {})

    def has_key(self, key, version=None):
        return self._guarded(lambda: super(FailOpenRedisCache, self).has_key(key, version), False)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._guarded(lambda: super(FailOpenRedisCache, self).set(key, value, timeout, version), None)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(lambda: super(FailOpenRedisCache, self).add(key, value, timeout, version), False)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(lambda: super(FailOpenRedisCache, self).set_many(data, timeout, version), list(data))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(lambda: super(FailOpenRedisCache, self).touch(key, timeout, version), False)

    def delete(self, key, version=None):
        return self._guarded(lambda: super(FailOpenRedisCache, self).delete(key, version), False)

    def delete_many(self, keys, version=None):
        self._guarded(lambda: super(FailOpenRedisCache, self).delete_many(keys, version), None)

    def incr(self, key, delta=1, version=None):
        # A missing key still raises ValueError, as Django's API says; an outage answers None.
        return self._guarded(lambda: super(FailOpenRedisCache, self).incr(key, delta, version), None)

    def clear(self):
        return self._guarded(lambda: super(FailOpenRedisCache, self).clear(), False)

    # -- beyond Django's API ----------------------------------------------------------------
    def count_in_window(self, key, window):
        """One more event under ``key``: the events in its fixed window of ``window`` seconds, this one
        included, or None when Redis cannot say (outage or pause: the caller fails open).

        One round trip, atomic (MULTI/EXEC): SET NX EX opens the window with its expiry if none is
        open, INCR counts, TTL checks. Django's ``incr`` costs EXISTS + INCR, and opening a window
        another ``add``, so a limit built on it cost two or three round trips per beacon, a fifth of
        the beacon's throughput (core/sender_limit.py). A key without expiry (only possible if
        something else wrote it) gets the window's expiry in a second round trip, so nothing stays.
        The client comes through upstream/redis_pool.py (Django's private client; versions checked there).
        """

        def call():
            redis_key = self.make_and_validate_key(key)
            client = write_client(self, redis_key)
            pipe = client.pipeline(transaction=True)
            pipe.set(redis_key, 0, ex=window, nx=True)
            pipe.incr(redis_key)
            pipe.ttl(redis_key)
            _opened, count, ttl = pipe.execute()
            if ttl == -1:
                client.expire(redis_key, window)
            return count

        return self._guarded(call, None)

    def raw(self, key, command, default=None):
        """``command(client)`` with the redis-py client that writes ``key``, for keys of our own outside
        Django's naming (no prefix or version: core/buffered_counting.py), failing open like every call
        here: ``default`` on an outage or during the pause after one."""
        return self._guarded(lambda: command(write_client(self, key)), default)

    def async_client(self):
        """A redis.asyncio client of the server this cache writes to, with its timeouts and no retries,
        for one event loop (core/beacon_batch.py: the beacon pool's counts). Use it with ``araw()``."""
        return async_write_client(self, AsyncRetry(NoBackoff(), 0))

    async def araw(self, command, default=None):
        """``await command()``, failing open as raw() does (and sharing its pause after an outage)."""
        if self._paused():
            return default
        try:
            result = await command()
        except CACHE_ERRORS as error:
            self._failed(error)
            return default
        self._answered()
        return result

    def answers(self):
        """A real write and read, whatever the pause says: for /healthz."""
        key, value = f"healthz:{secrets.token_hex(8)}", secrets.token_hex(8)
        try:
            super().set(key, value, 10)
            ok = super().get(key) == value
            super().delete(key)
        except CACHE_ERRORS as error:
            self._failed(error)
            return False
        self._answered()
        return ok
