"""A fifth language added by settings alone works: pages, switcher, fallback notice, sitemap, report.

modeltranslation adds a language's columns when the models are imported, so the site in Frisian
runs in a process of its own (settings: tests/i18n/fifth_language/settings.py; its tests:
tests/i18n/fifth_language/site_in_frisian.py, with its own in-memory database).
"""

import subprocess
import sys

from django.conf import settings

SITE_IN_FRISIAN = "tests/i18n/fifth_language/site_in_frisian.py"


def test_a_fifth_language_added_in_the_settings_list_alone_works():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            SITE_IN_FRISIAN,
            "--ds=tests.i18n.fifth_language.settings",
            # The migration files know four languages: the tables come from the models, which
            # have Frisian columns (what `makemigrations` writes after adding a language).
            "--nomigrations",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "-q",
        ],
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "5 passed" in result.stdout, result.stdout[-2000:]
