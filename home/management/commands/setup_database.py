"""The one way to bring a database up to date, on SQLite and PostgreSQL alike.

wagtail-modeltranslation adds Page's language columns (title_nl, slug_en, …)
with ALTER TABLE inside its patched ``migrate``; the two commands after it
fill the default-language columns and the per-language URL paths for pages
that existed before. `make run`, `make test`'s CI database and deployments
all go through here.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Migrate, then sync wagtail-modeltranslation's language fields and URL paths."

    def handle(self, *args, **options):
        verbosity = options.get("verbosity", 1)
        call_command("migrate", interactive=False, verbosity=verbosity)
        call_command("update_translation_fields", verbosity=verbosity)
        call_command("set_translation_url_paths", verbosity=verbosity)
