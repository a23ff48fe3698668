from django.core.management.base import BaseCommand

from reach.retention import oldest_kept_day, prune
from reach.rollup import roll_up


class Command(BaseCommand):
    help = (
        "Delete reach counts older than REACH_RETENTION_MONTHS (default 25 months) and add up the closed days "
        "for the whole-site dashboard (reach/rollup.py). Run it daily."
    )

    def handle(self, *args, **options):
        oldest = oldest_kept_day()
        deleted = prune()
        self.stdout.write(f"Deleted {deleted} reach count rows of days before {oldest:%Y-%m-%d}.")
        days, rows = roll_up(oldest=oldest)
        self.stdout.write(f"Added up {days} closed days for the whole site ({rows} rows).")
