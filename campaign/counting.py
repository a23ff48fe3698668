"""One exact +1 on an aggregate counter row, with many workers at once.

Used by download counts and A/B counts: UPDATE … SET count = count + 1 (atomic in
the database), or create the row on its first count; when another worker
created it between our UPDATE and INSERT (the unique constraint says so), add to
theirs. No lost updates, no locks held.
"""

from django.db import IntegrityError, transaction
from django.db.models import F


def add_one(model, **cell):
    rows = model.objects.filter(**cell)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            model.objects.create(**cell, count=1)
    except IntegrityError:
        rows.update(count=F("count") + 1)
