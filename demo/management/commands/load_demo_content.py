from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from demo.loader import DemoLoader
from demo.loader.records import reset
from home.models import HomePage


class Command(BaseCommand):
    help = (
        "Build the bilingual demo site from demo/data/ (home, campaigns, guidance, lessons, help, modules). "
        "Safe to run again: existing pages are kept. --reset first removes what the demo created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset", action="store_true", help="First remove every page, snippet and file the demo created."
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (used by `make run`).",
        )

    def handle(self, *args, **options):
        if not Page.get_first_root_node():
            raise CommandError("The database has no page tree yet. Run `make run` (or migrate) first.")
        if options["reset"]:
            removed = reset()
            self.stdout.write(f"Removed {removed} rows the demo had created.")
        elif options["if_empty"] and HomePage.objects.exists():
            self.stdout.write("The site already has content; demo content not loaded.")
            return
        DemoLoader(stdout=self.stdout).load()
