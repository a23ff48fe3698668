"""Fast, isolated settings for the test suite (pytest uses these)."""

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests that give the site a Redis of their own read counts from the database straight after a
# beacon; the tests of buffered counting (tests/reach/test_buffered_counts.py) switch it on.
COUNTS_IN_REDIS = False
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Most tests sign in with client.force_login and never see a second factor;
# tests/second_factor/ switches it on with the `settings` fixture.
ADMIN_REQUIRE_SECOND_FACTOR = False
# The demo content and its loader: the demo's own tests and the browser and query-bound tests use it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
