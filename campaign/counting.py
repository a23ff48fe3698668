"""One exact +1 on an aggregate counter row, with many workers at once.

Used by download counts and A/B counts: UPDATE … SET count = count + 1 (atomic in
the database), or create the row on its first count; when another worker
created it between our UPDATE and INSERT (the unique constraint says so), add to
theirs. No lost updates, no locks held.

A count is not worth a disk flush of its own: on PostgreSQL the transaction
commits with synchronous_commit off, so a visitor's beacon does not wait for
the write-ahead log to reach the disk (after a database crash the last
fraction of a second of counts could be missing; nothing is ever corrupted or
counted twice). Content edits keep the default, durable commit. On SQLite the
same trade-off is WAL with synchronous=NORMAL (settings/base.py).
"""

from django.db import IntegrityError, connection, transaction
from django.db.models import F


def add_one(model, **cell):
    rows = model.objects.filter(**cell)
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        if rows.update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                model.objects.create(**cell, count=1)
        except IntegrityError:
            rows.update(count=F("count") + 1)
