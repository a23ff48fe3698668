"""The one way to bring a database up to date, on SQLite and PostgreSQL alike.

wagtail-modeltranslation adds Page's language columns (title_nl, slug_en, …)
with ALTER TABLE inside its patched ``migrate``; the two commands after it
fill the default-language columns and the per-language URL paths for pages
that existed before. `make run`, the browser tests and deployments all go
through here (pytest-django runs the same steps in tests/conftest.py).
"""

import contextlib
import io

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

STEPS = [
    ("migrate", {"interactive": False}),
    ("update_translation_fields", {}),
    ("set_translation_url_paths", {}),
]


class Command(BaseCommand):
    help = "Migrate, then sync wagtail-modeltranslation's language fields and URL paths."

    def handle(self, *args, **options):
        verbosity = options.get("verbosity", 1)
        for name, kwargs in STEPS:
            # These commands print every column and model they touch; keep
            # that for -v 2 or for when a step fails.
            output = self.stdout if verbosity > 1 else io.StringIO()
            try:
                # modeltranslation's field sync print()s; catch that too.
                with contextlib.redirect_stdout(output):
                    call_command(name, stdout=output, verbosity=verbosity, **kwargs)
            except Exception as error:
                if output is not self.stdout:
                    self.stderr.write(output.getvalue())
                raise CommandError(f"Database setup failed at '{name}': {error}") from error
        if verbosity:
            self.stdout.write("Database is up to date (migrations and translation fields).")
