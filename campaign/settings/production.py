"""Production: everything secret or site-specific must come from the environment.

`python manage.py check --deploy --fail-level WARNING` passes with these settings
(tests/operations/test_production_settings.py runs it).
"""

import logging
import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403

DEBUG = False

REQUIRED = {
    "SECRET_KEY": "a long random string, e.g. from `python -c 'import secrets; print(secrets.token_urlsafe(50))'`",
    "ALLOWED_HOSTS": "comma-separated host names, e.g. veiliginbeeld.nl,www.veiliginbeeld.nl",
    "DATABASE_URL": "e.g. postgres://user:password@host:5432/dbname",
    # Several gunicorn workers (and app servers) must share one cache, or a
    # publish would clear the page cache and the login rate limit of one worker only.
    "REDIS_URL": "e.g. redis://127.0.0.1:6379/0 (the page cache and login rate limit are shared)",
}
for name, example in REQUIRED.items():
    if not os.environ.get(name, "").strip():
        raise ImproperlyConfigured(f"Set the {name} environment variable for production: {example}.")
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured(
        "Set the ALLOWED_HOSTS environment variable (comma-separated host names) for production."
    )

# The admin always asks for a second factor in production; switching it off is
# for a laptop only, so a stray ADMIN_REQUIRE_SECOND_FACTOR=false refuses to start
# rather than quietly opening the admin to a password alone.
if not env_bool("ADMIN_REQUIRE_SECOND_FACTOR", True):  # noqa: F405
    raise ImproperlyConfigured(
        "ADMIN_REQUIRE_SECOND_FACTOR=false is for local development only: production always "
        'asks editors for a second factor. Remove the variable (docs/deploy.md, "Two-factor sign-in").'
    )
ADMIN_REQUIRE_SECOND_FACTOR = True

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
# nginx (or the load balancer) terminates TLS and says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
# includeSubDomains and preload reach beyond this site: every subdomain must then speak HTTPS, and a
# preloaded name stays HTTPS-only in browsers for months after it is taken off the list. The
# operator switches them on for the real domain; a trial site never should. Django's deploy check
# warns without them (security.W005, W021): silenced only while they are deliberately off.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)  # noqa: F405
SILENCED_SYSTEM_CHECKS = [
    *globals().get("SILENCED_SYSTEM_CHECKS", []),
    # Django's check looks for its own XFrameOptionsMiddleware by name; ours is a subclass that sends
    # DENY on every response but an admin preview's (SAMEORIGIN): tests/operations/test_preview_framing.py.
    "security.W002",
    *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
]
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405
LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
# Python's warnings (e.g. whitenoise's "No directory at …") through logging too, so they get the
# same UTC time as every other line (core/log_format.py) instead of a bare line on stderr.
logging.captureWarnings(True)
