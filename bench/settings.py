"""Settings for `make bench`: production settings, plus one bench-only address (bench/urls.py).

Nothing else differs from campaign.settings.production: the environment that
bench/run.py sets (SECRET_KEY, ALLOWED_HOSTS, SECURE_SSL_REDIRECT=false,
DATABASE_URL, REDIS_URL, STATIC_ROOT, MEDIA_ROOT) does the rest.
"""

import os

from campaign.settings.production import *  # noqa: F401,F403

ROOT_URLCONF = "bench.urls"
# The bench measures the demo site (bench/environment.py loads it); production does not install the demo app.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# bench/scale.py renders two databases side by side with one Redis: each process its own cache keys.
if os.environ.get("BENCH_CACHE_KEY_PREFIX"):
    CACHES["default"]["KEY_PREFIX"] = os.environ["BENCH_CACHE_KEY_PREFIX"]  # noqa: F405
