from django.core.management.base import BaseCommand

from reach.retention import oldest_kept_day, prune


class Command(BaseCommand):
    help = "Delete reach counts older than REACH_RETENTION_MONTHS (default 25 months). Run it daily."

    def handle(self, *args, **options):
        deleted = prune()
        self.stdout.write(f"Deleted {deleted} reach count rows of days before {oldest_kept_day():%Y-%m-%d}.")
