"""A beacon's whole count in one Redis round trip: the limit per sender, then +1 on its cells or on the refused count.

Why. A warm reach beacon used to make three round trips: the site facts (reach/lookup.py), the
limit per sender (core/sender_limit.py) and the +1 (core/buffered_counting.py). Most of its time
in the beacon pool was spent waiting on them and packing and parsing them (bench/results, the
spike). Here one Lua script does the last two, atomically, and checks that the site facts the
caller judged the beacon on are still the current content version's, so a worker may keep the
facts in memory (reach/lookup.py ``remembered_facts``) instead of reading them each time:

    KEYS: the content version (core/page_cache.py), the sender's window, the live counts hash
    ARGV: the version the caller's facts are from ("" for no check), the window in seconds, the
          limit (0: none), the refused count's hash field, the count's hash fields
    1: counted; 0: over the limit (the refused count +1); -1: the version moved on (nothing done:
    the caller reads the facts again and asks once more)

The keys and fields are exactly those of the three-step path: the sender's window is
core/sender_limit.py's cache key, the fields are core/buffered_counting.py's cells, so the flusher,
the readers and the tests see no difference. Nothing about the sender enters Redis beyond that
day-keyed hash, for one window, as before.

Fail-open: without Redis counting (development, tests, COUNTS_IN_REDIS off), a cell that cannot be
buffered, or Redis not answering, ``count_beacon`` takes the three-step path (which itself fails
open to the database).
"""

from django.conf import settings

from . import page_cache
from .buffered_counting import LIVE, cell_field, redis_buffer
from .counting import add_one
from .sender_limit import KEY_PREFIX, sender_hash, within_limit

COUNT = """
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
local sent = redis.call('INCR', KEYS[2])
if sent == 1 or redis.call('TTL', KEYS[2]) == -1 then redis.call('EXPIRE', KEYS[2], ARGV[2]) end
local limit = tonumber(ARGV[3])
if limit > 0 and sent > limit then
  redis.call('HINCRBY', KEYS[3], ARGV[4], 1)
  return 0
end
for i = 5, #ARGV do redis.call('HINCRBY', KEYS[3], ARGV[i], 1) end
return 1
"""

COUNTED, REFUSED, STALE = 1, 0, -1
_script = None  # redis-py's Script (EVALSHA, loading the script on NOSCRIPT); it runs on the client it is given


def _count_script(client):
    global _script
    if _script is None:
        _script = client.register_script(COUNT)
    return _script


def count_beacon(request, counts, refused, version=None, buffer=None):
    """Count one beacon: COUNTED (+1 on every ``(model, cell)`` of ``counts``), REFUSED (its sender is
    over the limit: +1 on ``refused``, a ``(model, cell)``) or STALE (``version`` given and no longer the
    content version, or Redis cannot say: nothing counted; read the facts again and count without
    ``version``). Without Redis counting ``version`` is not checked: pass it only with facts from
    Redis (reach/lookup.py ``remembered_facts``). ``buffer``: the Redis cache to count in, given by a
    caller that must not wait on the database (campaign/beacon_asgi.py): whatever would need it is
    STALE for that caller; without it, the site's cache if counts are buffered."""
    fast = buffer is not None  # the caller must not wait on the database: STALE instead
    buffer = buffer if fast else redis_buffer()
    fields = [cell_field(model, cell) for model, cell in (refused, *counts)] if buffer is not None else [None]
    if None in fields:
        return STALE if fast else _count_in_steps(request, counts, refused)
    limit = max(settings.BEACON_SENDER_LIMIT, 0)
    keys = [
        buffer.make_and_validate_key(page_cache.VERSION_KEY),
        buffer.make_and_validate_key(f"{KEY_PREFIX}:{sender_hash(request)}"),
        LIVE,
    ]
    args = ["" if version is None else str(version), settings.BEACON_SENDER_WINDOW_SECONDS, limit, *fields]
    answer = buffer.raw(LIVE, lambda client: _count_script(client)(keys=keys, args=args, client=client), None)
    if answer is None:  # Redis did not answer: as if it were not there
        if version is not None or fast:
            return STALE  # nor can it say whether the caller's facts are current: read them again
        return _count_in_steps(request, counts, refused)
    return int(answer)


def _count_in_steps(request, counts, refused):
    if not within_limit(request):
        add_one(refused[0], **refused[1])
        return REFUSED
    for model, cell in counts:
        add_one(model, **cell)
    return COUNTED
