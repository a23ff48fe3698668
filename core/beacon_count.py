"""A beacon's whole count in one Redis round trip: the limit per sender, then +1 on its cells or on the refused count.

Why. A warm reach beacon used to make three round trips: the site facts (reach/lookup.py), the
limit per sender (core/sender_limit.py) and the +1 (core/buffered_counting.py). Most of its time
in the beacon pool was spent waiting on them and packing and parsing them (bench/results, the
spike). Here one Lua script does the last two, atomically, and checks that the site facts the
caller judged the beacon on are still the current content version's, so a worker may keep the
facts in memory (reach/lookup.py ``remembered_facts``) instead of reading them each time. The
script takes a batch: the beacon pool sends the counts of the beacons that arrived while its last
batch was on its way in one call (core/beacon_batch.py); the site's view sends a batch of one.

    KEYS: the content version (core/page_cache.py), the live counts hash, then each beacon's
          sender window
    ARGV: the window in seconds, the limit (0: none), then for each beacon: the version its facts
          are from ("" for no check), how many count fields follow, the refused count's hash field,
          the count's hash fields
    a list, one answer a beacon: 1 counted; 0 over the limit (the refused count +1); -1 the version
    moved on (nothing done for that beacon: the caller reads the facts again and asks once more)

The keys and fields are exactly those of the three-step path: the sender's window is
core/sender_limit.py's cache key, the fields are core/buffered_counting.py's cells, so the flusher,
the readers and the tests see no difference. Nothing about the sender enters Redis beyond that
day-keyed hash, for one window, as before.

Fail-open: without Redis counting (development, tests, COUNTS_IN_REDIS off), a cell that cannot be
buffered, or Redis not answering, ``count_beacon`` takes the three-step path (which itself fails
open to the database).
"""

from dataclasses import dataclass

from django.conf import settings

from . import page_cache
from .buffered_counting import LIVE, cell_field, redis_buffer
from .counting import add_one
from .sender_limit import KEY_PREFIX, sender_hash, within_limit

COUNT = """
local current = redis.call('GET', KEYS[1])
local window, limit = ARGV[1], tonumber(ARGV[2])
local answers, at = {}, 3
for i = 3, #KEYS do
  local version, fields, refused = ARGV[at], tonumber(ARGV[at + 1]), ARGV[at + 2]
  local first = at + 3
  at = first + fields
  if version ~= '' and current ~= version then
    answers[#answers + 1] = -1
  else
    local sent = redis.call('INCR', KEYS[i])
    if sent == 1 or redis.call('TTL', KEYS[i]) == -1 then redis.call('EXPIRE', KEYS[i], window) end
    if limit > 0 and sent > limit then
      redis.call('HINCRBY', KEYS[2], refused, 1)
      answers[#answers + 1] = 0
    else
      for j = first, at - 1 do redis.call('HINCRBY', KEYS[2], ARGV[j], 1) end
      answers[#answers + 1] = 1
    end
  end
end
return answers
"""

COUNTED, REFUSED, STALE = 1, 0, -1
_script = None  # redis-py's Script (EVALSHA, loading the script on NOSCRIPT); it runs on the client it is given


def _count_script(client):
    global _script
    if _script is None:
        _script = client.register_script(COUNT)
    return _script


@dataclass(frozen=True)
class Count:
    """One beacon's part of the script's keys and arguments."""

    window_key: str
    arguments: tuple


def script_call(buffer, counts):
    """(keys, args) of the script for ``counts`` (a list of Count), counted in ``buffer``."""
    keys = [buffer.make_and_validate_key(page_cache.VERSION_KEY), LIVE, *(count.window_key for count in counts)]
    args = [settings.BEACON_SENDER_WINDOW_SECONDS, max(settings.BEACON_SENDER_LIMIT, 0)]
    for count in counts:
        args.extend(count.arguments)
    return keys, args


def prepared(request, counts, refused, version, buffer):
    """The Count of one beacon in ``buffer`` (see count_beacon), or None: a cell cannot be buffered."""
    fields = [cell_field(model, cell) for model, cell in (refused, *counts)]
    if None in fields:
        return None
    # The sender of the refused cell's day (the beacon's own: one clock reading for both); the key
    # is a hash of ours, so Django's key validation (memcached's rules) is not needed.
    window_key = buffer.make_key(f"{KEY_PREFIX}:{sender_hash(request, refused[1].get('day'))}")
    version = "" if version is None else str(version)
    return Count(window_key, (version, len(fields) - 1, *fields))


def count_beacon(request, counts, refused, version=None):
    """Count one beacon: COUNTED (+1 on every ``(model, cell)`` of ``counts``), REFUSED (its sender is
    over the limit: +1 on ``refused``, a ``(model, cell)``) or STALE (``version`` given and no longer the
    content version, or Redis cannot say: nothing counted; read the facts again and count without
    ``version``). Without Redis counting ``version`` is not checked: pass it only with facts from
    Redis (reach/lookup.py ``remembered_facts``). The beacon pool's fast path counts with
    ``prepared()`` and core/beacon_batch.py instead."""
    buffer = redis_buffer()
    count = prepared(request, counts, refused, version, buffer) if buffer is not None else None
    if count is None:
        return _count_in_steps(request, counts, refused)
    keys, args = script_call(buffer, [count])
    answer = buffer.raw(LIVE, lambda client: _count_script(client)(keys=keys, args=args, client=client), None)
    if answer is None:  # Redis did not answer: as if it were not there
        if version is not None:
            return STALE  # nor can it say whether the caller's facts are current: read them again
        return _count_in_steps(request, counts, refused)
    return int(answer[0])


def _count_in_steps(request, counts, refused):
    if not within_limit(request):
        add_one(refused[0], **refused[1])
        return REFUSED
    for model, cell in counts:
        add_one(model, **cell)
    return COUNTED
