"""What core keeps in the database: the batches of buffered counts already written (core/buffered_counting.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class FlushedCountBatch(models.Model):  # noqa: DJ008  (a bookkeeping row: never listed or chosen in the admin)
    """One batch of counts taken from Redis and written to the count tables, recorded in the same
    transaction as its counts: a batch whose id is here is never written again (no double), one whose id
    is not here is written by the next flush (no loss). An id is a random token; nothing about a visitor."""

    batch = models.CharField(_("batch"), max_length=32, primary_key=True)
    flushed_at = models.DateTimeField(_("written at"), db_index=True)

    class Meta:
        verbose_name = _("written batch of counts")
        verbose_name_plural = _("written batches of counts")
