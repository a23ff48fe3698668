"""Move the beacon counts buffered in Redis to the database (core/buffered_counting.py).

Run as a service (docs/deploy.md, vib-flush-counts.service): the loop writes every
COUNTS_FLUSH_SECONDS. SIGTERM (systemctl stop) lets the batch in hand finish; a kill at any point
loses and doubles nothing (the next run writes or deletes what was left). --once: one flush.
"""

import logging
import signal
import threading

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import close_old_connections

from core.buffered_counting import flush, forget_old_batch_ids, redis_buffer

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Write the beacon counts buffered in Redis to the database: once, or every COUNTS_FLUSH_SECONDS."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="One flush, then exit.")
        parser.add_argument(
            "--every", type=float, default=None, help="Seconds between flushes (default COUNTS_FLUSH_SECONDS)."
        )

    def handle(self, *args, once=False, every=None, **options):
        if redis_buffer() is None:
            self.stdout.write("Counts are not buffered (no Redis cache, or COUNTS_IN_REDIS off): nothing to do.")
            return
        if once:
            cells = flush()
            forget_old_batch_ids()
            self.stdout.write(f"Wrote {cells} counter cells.")
            return
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        signal.signal(signal.SIGINT, lambda *_: stop.set())
        every = every or settings.COUNTS_FLUSH_SECONDS
        while not stop.is_set():
            try:
                flush()
                forget_old_batch_ids()
            except Exception:  # a database error, or anything else: the service stays up
                # The batch stays in Redis; the next round writes it. Logged each round: counts are waiting.
                logger.exception("Buffered counts could not be written; next try in %g s", every)
            close_old_connections()
            stop.wait(every)
