"""Counting that absorbs a spike: a beacon's +1 goes to Redis, a flusher moves the sums to the database.

Why. Every beacon used to be one upsert in PostgreSQL (core/counting.py). In a national spike that
is thousands of small write transactions a second on the same few hot rows (today's cells of one
campaign page): they queue on the row locks and the write-ahead log. In Redis the same +1 is one
HINCRBY, in memory, in one round trip; the flusher then writes each cell once per batch with
count = count + n, whatever the number of beacons behind it.

What is in Redis (raw keys beside Django's cache keys, in the cache's Redis database):

- ``counts:live``: one hash. Field: the cell, exactly the columns of the row's unique constraint,
  as JSON with sorted keys (``["reach.reachcount", {"audience": "", "day": "2026-12-06", …}]``), so
  the same cell is always the same field; value: the beacons not yet written. The cell is all a
  counter row holds (no visitor id, address, user agent or referrer URL: those never reach
  ``add_one``), so Redis holds nothing the database does not.
- ``counts:batch:<id>``: a hash taken from ``counts:live`` to be written; ``<id>`` is a random token.
- ``counts:batches``: the ids of the batches taken and not yet deleted.

No key has an expiry: with the documented ``maxmemory-policy volatile-lru`` (docs/deploy.md) Redis
evicts only keys with one, so counts are never evicted to make room for cached pages. They stay
until written; their size is one field per cell (a few hundred bytes each, a few thousand cells a
day), so even days without a flusher are small.

A flush (``flush()``; ``manage.py flush_counts``, and every reader below before it reads):

1. Every batch id in ``counts:batches`` left by an earlier flush (crashed, or running now) is
   written first, as in 3–4.
2. Take: one Lua script renames ``counts:live`` to ``counts:batch:<new id>`` and adds the id to
   ``counts:batches``, atomically: a beacon's HINCRBY lands either in the batch or in a new live hash.
3. Write: read the batch hash; in ONE database transaction insert the id into FlushedCountBatch
   (core/models.py; primary key, ON CONFLICT DO NOTHING) and, only if that inserted a row, add
   every cell's n (core/counter_rows.py ``add_many``). Commit (durable: no synchronous_commit off here).
4. Forget: delete the batch hash and its id from ``counts:batches``.

A crash anywhere loses or doubles nothing:

- before 2 completes: the counts are still in ``counts:live`` (the script runs whole or not at all);
- between 2 and the commit of 3: the batch hash and its id stay in Redis; the transaction rolled
  back, so the id is not recorded; the next flush writes it (step 1);
- between the commit of 3 and 4: the id is recorded; the next flush's step 3 inserts nothing for
  it and writes nothing, then deletes it (step 4);
- two flushes at once (the flusher and a dashboard): each takes its own batch; a leftover batch both
  pick up is written by whichever inserts its id first; on PostgreSQL the other's insert waits for
  that commit and then inserts nothing. Nothing is deleted from Redis before the commit that made it
  safe to (inside an outer transaction, ``on_commit`` waits for the outermost commit).

Fail-open: with no Redis configured (development, tests: the local-memory cache), with
``COUNTS_IN_REDIS`` off, or when Redis does not answer (an error, a timeout, the backend's pause
after one), ``add_one`` writes straight to the database as before. One beacon can be counted twice
in that case only: Redis applied the HINCRBY but its answer was lost (a timeout), and the beacon
then went to the database too. A stopped Redis cannot do that (the connection is refused first).

Readers: the reach dashboard and its CSV, the A/B results and guardrails, the download report and
the roll-up call ``counts_up_to_date()`` first: a flush, so the figures include every beacon Redis
holds, read with the same queries as before (one query layer: the database). It fails open too:
with Redis or the flush failing, they show what the database has.
"""

import json
import logging
import secrets
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache, partial

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection, models, transaction
from django.db.backends.base.operations import BaseDatabaseOperations
from django.utils import timezone

from .counter_rows import add_many
from .models import FlushedCountBatch

logger = logging.getLogger(__name__)

LIVE = "counts:live"
BATCHES = "counts:batches"
BATCH_PREFIX = "counts:batch:"

#: KEYS: live hash, new batch hash, set of batch ids; ARGV: the new batch's id. 1: taken, 0: nothing to take.
TAKE = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
"""

#: A written batch's id is kept this long after it was written, and longer while its hash is in Redis.
KEEP_WRITTEN_IDS = timedelta(days=1)


def batch_key(batch_id):
    return f"{BATCH_PREFIX}{batch_id}"


def redis_buffer():
    """The cache that buffers counts (core/cache_backend.py's Redis cache), or None: write straight through."""
    if not getattr(settings, "COUNTS_IN_REDIS", True):
        return None
    return cache if callable(getattr(cache, "raw", None)) else None


# -- the cell as a hash field ---------------------------------------------------------------------


def _cell_fields(model, cell):
    """The model fields of ``cell``'s names (``experiment_id`` is the field ``experiment``)."""
    return {name: model._meta.get_field(name) for name in cell}


def _is_unique_cell(model, fields):
    names = {field.name for field in fields.values()}
    return any(
        isinstance(constraint, models.UniqueConstraint) and set(constraint.fields) == names and not constraint.condition
        for constraint in model._meta.constraints
    )


def _plain(field, value):
    """The value as JSON can hold it, checked the way the database would check it; None: not bufferable."""
    if field.is_relation:
        value = getattr(value, "pk", value)
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(field, models.DateField) and not isinstance(field, models.DateTimeField):
        return value.isoformat() if isinstance(value, date) else None
    if isinstance(field, models.CharField):
        fits = isinstance(value, str) and (field.max_length is None or len(value) <= field.max_length)
        return value if fits else None
    if isinstance(field, models.IntegerField) and not isinstance(field, models.AutoField):
        # An id kept as a number, not a foreign key (AnswerCount.page): in the range the column takes
        # on every database (Django's standard ranges), so a batch never holds a value it would refuse.
        low, high = BaseDatabaseOperations.integer_field_ranges[field.get_internal_type()]
        fits = isinstance(value, int) and not isinstance(value, bool) and low <= value <= high
        return value if fits else None
    return None


def cell_field(model, cell):
    """The hash field of one cell, or None when the cell cannot be buffered exactly (not the row's
    unique columns, or a value the database would refuse): such a cell goes to the database at once,
    where it fails as before instead of blocking a batch."""
    try:
        return _remembered_cell_field(model, tuple(sorted(cell.items())))
    except TypeError:  # a value that cannot be a key (unhashable): worked out each time
        return _cell_field(model, cell)


@lru_cache(maxsize=4096)
def _remembered_cell_field(model, items):
    """cell_field() of the cells seen lately: a spike sends the same few cells thousands of times a
    second (today's cells of one page), and working a field out costs as much as counting it."""
    return _cell_field(model, dict(items))


def _cell_field(model, cell):
    fields = _cell_fields(model, cell)
    if not _is_unique_cell(model, fields):
        return None
    values = {}
    for name, value in cell.items():
        plain = _plain(fields[name], value)
        if plain is None:
            return None
        values[fields[name].name] = plain
    return json.dumps([model._meta.label_lower, values], sort_keys=True, separators=(",", ":"))


def parse_field(raw):
    """(model, {field name: Python value}) of a hash field."""
    label, values = json.loads(raw)
    model = apps.get_model(label)
    cell = {}
    for name, value in values.items():
        field = model._meta.get_field(name)
        cell[name] = (field.target_field if field.is_relation else field).to_python(value)
    return model, cell


# -- the beacon's side ----------------------------------------------------------------------------


def buffered(model, cell):
    """+1 on ``cell`` in Redis; False when it was not (no Redis, Redis failed, cell not bufferable):
    the caller writes it to the database."""
    buffer = redis_buffer()
    if buffer is None:
        return False
    field = cell_field(model, cell)
    if field is None:
        return False
    return buffer.raw(LIVE, lambda client: client.hincrby(LIVE, field, 1), None) is not None


# -- the flusher's side ---------------------------------------------------------------------------


def take_batch(buffer):
    """Move the live hash to a new batch (atomic); its id, or None when there was nothing (or no Redis)."""
    batch_id = secrets.token_hex(16)

    def take(client):
        return client.eval(TAKE, 3, LIVE, batch_key(batch_id), BATCHES, batch_id)

    return batch_id if buffer.raw(LIVE, take, 0) == 1 else None


def pending_batches(buffer):
    """The ids of the batches taken and not yet deleted, oldest first does not matter; None: no Redis."""
    ids = buffer.raw(BATCHES, lambda client: client.smembers(BATCHES), None)
    return None if ids is None else sorted(value.decode() for value in ids)


def write_batch(batch_id, counts):
    """Write one batch in one transaction together with its id; False if its id was recorded already
    (written before: nothing is written again). ``counts``: {hash field: n} as Redis answers them."""
    by_model = defaultdict(list)
    for raw, n in counts.items():
        try:
            model, cell = parse_field(raw)
        except (LookupError, FieldDoesNotExist, ValueError, TypeError, ValidationError):
            # Not a cell this code knows (a table renamed since the beacon): dropped with a line in the
            # log rather than holding up every later batch. The field is a cell, nothing about a visitor.
            logger.error("A buffered count of an unknown cell was dropped: %s (%s)", raw, n)
            continue
        by_model[model].append((cell, int(n)))
    quote = connection.ops.quote_name
    table = quote(FlushedCountBatch._meta.db_table)
    with transaction.atomic():
        with connection.cursor() as cursor:
            # First, so a second writer of the same batch waits here (PostgreSQL) and then writes nothing.
            cursor.execute(
                f"INSERT INTO {table} ({quote('batch')}, {quote('flushed_at')}) VALUES (%s, %s) "
                f"ON CONFLICT ({quote('batch')}) DO NOTHING",
                [batch_id, timezone.now()],
            )
            if cursor.rowcount == 0:
                return False
        for model, rows in by_model.items():
            rows = _rows_still_referenced(model, rows)
            by_names = defaultdict(list)
            for cell, n in rows:
                by_names[tuple(sorted(cell))].append((tuple(cell[name] for name in sorted(cell)), n))
            for names, values in by_names.items():
                add_many(model, names, values)
    return True


def _rows_still_referenced(model, rows):
    """Leave out the cells of rows deleted since the beacon (a page, a document, an experiment): their
    counts went with them (CASCADE), and the batch must not fail on them."""
    for field in model._meta.concrete_fields:
        if not field.is_relation:
            continue
        wanted = {cell[field.name] for cell, _n in rows if field.name in cell}
        if not wanted:
            continue
        target = field.related_model._base_manager.filter(pk__in=wanted).values_list("pk", flat=True)
        existing = set(target)
        rows = [(cell, n) for cell, n in rows if cell.get(field.name, None) in existing or field.name not in cell]
    return rows


def forget_batch(buffer, batch_id):
    """Delete a written batch from Redis (a failure leaves it for the next flush, which writes nothing)."""

    def forget(client):
        pipe = client.pipeline(transaction=True)
        pipe.delete(batch_key(batch_id))
        pipe.srem(BATCHES, batch_id)
        return pipe.execute()

    buffer.raw(BATCHES, forget, None)


def flush_batch(buffer, batch_id):
    """Write one batch (unless written before) and delete it from Redis; the cells it held, or None
    when Redis did not answer (the batch stays for the next flush)."""
    key = batch_key(batch_id)
    counts = buffer.raw(key, lambda client: client.hgetall(key), None)
    if counts is None:
        return None
    write_batch(batch_id, {raw.decode(): n for raw, n in counts.items()})
    # After the commit that made it safe: at once outside a transaction, else when the outermost commits.
    transaction.on_commit(partial(forget_batch, buffer, batch_id))
    return len(counts)


def flush():
    """Write every pending batch and everything counted in Redis so far; the number of cells written
    (0 with no Redis). Database errors are raised: the batches stay in Redis for the next flush."""
    buffer = redis_buffer()
    if buffer is None:
        return 0
    pending = pending_batches(buffer)
    if pending is None:
        return 0
    cells = 0
    for batch_id in pending:
        cells += flush_batch(buffer, batch_id) or 0
    batch_id = take_batch(buffer)
    if batch_id is not None:
        cells += flush_batch(buffer, batch_id) or 0
    return cells


def counts_up_to_date():
    """Before reading counts: write what Redis holds, so the figures are current. Never raises: with
    Redis or the database failing here, the reader shows what the database has."""
    try:
        flush()
    except Exception:  # any failure: the figures of the database, never an error page
        logger.exception("Buffered counts could not be written before reading; the figures may lag")


def forget_old_batch_ids(now=None):
    """Delete the record of batches written more than KEEP_WRITTEN_IDS ago whose hash is gone from
    Redis (a recorded id is only needed while its batch could still be met); the number deleted."""
    buffer = redis_buffer()
    if buffer is None:
        return 0
    pending = pending_batches(buffer)
    if pending is None:
        return 0
    old = FlushedCountBatch.objects.filter(flushed_at__lt=(now or timezone.now()) - KEEP_WRITTEN_IDS)
    deleted, _by_model = old.exclude(batch__in=pending).delete()
    return deleted
