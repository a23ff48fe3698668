"""Local development: `make run` uses these settings."""

from .base import *  # noqa: F401,F403
from .base import env_bool, env_list

DEBUG = True
# A fixed, clearly-marked key is fine for a laptop; production.py requires one.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
# runserver serves static files from the app folders; no manifest needed.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Serve static files straight from the app folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# On a laptop the admin opens with a password alone unless asked for more
# (ADMIN_REQUIRE_SECOND_FACTOR=true); `make run` says so. Production forces it on.
ADMIN_REQUIRE_SECOND_FACTOR = env_bool("ADMIN_REQUIRE_SECOND_FACTOR", False)
# The demo content and its loader (`make run` loads it); production does not install it.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
