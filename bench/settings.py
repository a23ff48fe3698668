"""Settings for `make bench`: production settings, plus one bench-only address (bench/urls.py).

Nothing else differs from campaign.settings.production: the environment that
bench/run.py sets (SECRET_KEY, ALLOWED_HOSTS, SECURE_SSL_REDIRECT=false,
DATABASE_URL, REDIS_URL, STATIC_ROOT, MEDIA_ROOT) does the rest.
"""

from campaign.settings.production import *  # noqa: F401,F403

ROOT_URLCONF = "bench.urls"
# The bench measures the demo site (bench/environment.py loads it); production does not install the demo app.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
