from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.reach_history import BATCH_SIZE, RefusedFill, fill


class Command(BaseCommand):
    help = (
        "Fill the database with made-up reach counts for benchmarks: --pages pages over --months months up to "
        "today (demo/reach_history.py). Refuses with DEBUG off unless --force; refuses when the period already "
        "holds counts of those pages unless --replace."
    )

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=300, help="How many pages (default 300).")
        parser.add_argument("--months", type=int, default=25, help="How many months up to today (default 25).")
        parser.add_argument("--seed", type=int, default=0, help="The same seed gives the same rows (default 0).")
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help=f"Rows per INSERT (default {BATCH_SIZE})."
        )
        parser.add_argument(
            "--replace", action="store_true", help="First delete the counts these pages already have in the period."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off (a benchmark database with production settings).",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "fill_reach_history writes made-up reach counts and is meant for a benchmark database. "
                "DEBUG is off here, so this may be a production site: nothing was written. "
                "Add --force if this really is a scratch database."
            )
        if options["pages"] < 1 or options["months"] < 1 or options["batch_size"] < 1:
            raise CommandError("--pages, --months and --batch-size must be at least 1.")
        try:
            rows, seconds = fill(
                options["pages"],
                options["months"],
                seed=options["seed"],
                replace=options["replace"],
                batch_size=options["batch_size"],
                say=self.stdout.write,
            )
        except RefusedFill as refused:
            raise CommandError(str(refused)) from refused
        self.stdout.write(
            f"Wrote {rows} reach count rows for {options['pages']} pages over {options['months']} months "
            f"in {seconds:.1f} s ({rows / max(seconds, 0.001):.0f} rows/s)."
        )
