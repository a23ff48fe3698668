from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from awareness.models import AnswerCount
from demo.awareness_simulation import NothingToSimulate, simulate


class Command(BaseCommand):
    help = (
        "Send made-up answers to the demo's awareness questions through the real answer beacon, for the last "
        "--days days (demo/awareness_simulation.py). The dashboard marks them as demo data. Refuses with DEBUG "
        "off unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=42, help="How many days up to today (default 42).")
        parser.add_argument("--visitors", type=int, default=40, help="Visitors a day (default 40).")
        parser.add_argument("--seed", type=int, default=0, help="The same seed gives the same answers (default 0).")
        parser.add_argument("--if-empty", action="store_true", help="Do nothing when answers are already counted.")
        parser.add_argument(
            "--without-reach", action="store_true", help="Send no page views, only answers (for tests)."
        )
        parser.add_argument("--force", action="store_true", help="Run even with DEBUG off (a scratch database).")

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "simulate_awareness_answers writes made-up answers and is meant for the demo. DEBUG is off here, so "
                "this may be a production site: nothing was written. Add --force if this really is a scratch database."
            )
        if options["days"] < 1 or options["visitors"] < 1:
            raise CommandError("--days and --visitors must be at least 1.")
        if options["if_empty"] and AnswerCount.objects.exists():
            self.stdout.write("Awareness answers are already counted: nothing simulated.")
            return
        try:
            simulate(
                options["days"],
                options["visitors"],
                seed=options["seed"],
                say=self.stdout.write,
                reach_views=not options["without_reach"],
            )
        except NothingToSimulate as missing:
            raise CommandError(str(missing)) from missing
