"""A limit per sender on the beacons that keeps nothing about the sender.

Why: the beacons (reach, A/B exposure and conversion, guardrails) count whatever well-formed body a
browser-like client sends, so one script could add thousands of page views a second and the
figures a campaign team quotes would mean nothing. Beyond ``BEACON_SENDER_LIMIT`` beacons in
``BEACON_SENDER_WINDOW_SECONDS`` from one sender, a beacon is still answered 204 (a script learns
nothing) but not counted; the caller adds it to the day's number of refused beacons instead
(reach.models.RefusedBeaconCount), so the dashboard can say how many were left out.

Who "one sender" is: the client's address (behind TRUSTED_PROXY_COUNT proxies, the rule of
core/client_address.py that the sign-in limit uses) together with its user agent, as an
HMAC-SHA256 under a key that changes every day. The key is derived from SECRET_KEY and the date
(Django's ``salted_hmac``) and never stored, so the same sender has an unrelated hash tomorrow and
nothing can link a sender across days. The hash lives only as a counter in the cache (Redis in
production), for one window of at most a few minutes; it is never written to the database or to
a log. The default limit is generous: a school class behind one address with identical browsers,
several beacons per page view, stays well under it (docs/reach.md, "A limit per sender").

Fail-open: the limit may only ever refuse to count, never refuse a visitor. With the cache down
(the fail-open backend answers an outage with a miss or ``None``) or raising, every beacon
counts, as before the limit existed.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .client_address import client_address

KEY_PREFIX = "sender-limit"


def sender_hash(request, day=None):
    """The sender of a request for one day: HMAC-SHA256 of its address and user agent under that
    day's key (derived from SECRET_KEY and the date, never stored)."""
    day = day or timezone.localdate()
    address = client_address(request) or ""
    agent = request.META.get("HTTP_USER_AGENT", "")
    return salted_hmac(f"core.sender_limit:{day.isoformat()}", f"{address}\n{agent}", algorithm="sha256").hexdigest()


def _beacons_in_window(key, window):
    """This sender's beacons in the current window, this one included; None when the cache cannot say."""
    count_in_window = getattr(cache, "count_in_window", None)
    try:
        if count_in_window is not None:  # core/cache_backend.py (Redis in production): one round trip
            return count_in_window(key, window)
        # Any other cache (local memory in development and tests, or Django's own RedisCache): its API.
        try:
            count = cache.incr(key)
        except ValueError:  # no window open for this sender: open one
            if cache.add(key, 1, timeout=window):
                return 1
            count = cache.incr(key)  # another worker opened it meanwhile
        if count == 1:
            # Redis' INCR made the key afresh (it expired between Django's EXISTS and INCR): without
            # this it would never expire.
            cache.touch(key, timeout=window)
        return count
    except Exception:  # any cache trouble means "count the beacon", never a 500 (and nothing logged:
        return None  # the key would identify the sender for the day; the fail-open backend logs outages)


def within_limit(request):
    """Whether this beacon may be counted: True unless its sender already sent BEACON_SENDER_LIMIT
    beacons in this window. Call it only for a beacon that would otherwise be counted."""
    limit = settings.BEACON_SENDER_LIMIT
    if limit <= 0:
        return True  # 0: no limit
    window = settings.BEACON_SENDER_WINDOW_SECONDS
    count = _beacons_in_window(f"{KEY_PREFIX}:{sender_hash(request)}", window)
    return count is None or count <= limit
