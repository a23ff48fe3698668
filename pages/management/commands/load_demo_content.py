from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page

from home.models import HomePage
from pages.demo.loader import DemoLoader, reset


class Command(BaseCommand):
    help = (
        "Build the bilingual demo site (home, campaigns, guidance, about/privacy/accessibility). "
        "Safe to run again: existing pages are kept. --reset deletes the site tree first."
    )

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true", help="Delete every page, topic and demo image first.")
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (used by `make run`).",
        )

    def handle(self, *args, **options):
        if not Page.get_first_root_node():
            raise CommandError("The database has no page tree yet. Run `make run` (or migrate) first.")
        if options["reset"]:
            reset()
            self.stdout.write("Removed the existing site tree.")
        elif options["if_empty"] and HomePage.objects.exists():
            self.stdout.write("The site already has content; demo content not loaded.")
            return
        DemoLoader(stdout=self.stdout).load()
