"""The test settings with a fifth language, Frisian (public), added the way docs/development.md says:
one more entry in the settings list, and nothing else.

Used by tests/i18n/test_fifth_language.py in a process of its own: modeltranslation adds a
language's columns to the models when they are imported, so a process that has imported them
with four languages cannot show a fifth.
"""

from campaign.settings.languages import derived_settings
from campaign.settings.test import *  # noqa: F403

SITE_LANGUAGES = [
    *SITE_LANGUAGES,  # noqa: F405
    {"code": "fy", "name": "Frysk", "locale": "fy_NL", "direction": "ltr", "public": True, "search_config": "dutch"},
]
globals().update(derived_settings(SITE_LANGUAGES))
# Its own database whatever DATABASE_URL says (pytest-django makes an in-memory one from it).
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
USING_POSTGRES = False
INSTALLED_APPS = [app for app in INSTALLED_APPS if app != "django.contrib.postgres"]  # noqa: F405
