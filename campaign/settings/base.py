"""Settings shared by every environment.

Everything that differs between machines comes from environment variables
(see README.md, "Configuration"); the defaults here are safe for development.
"""

import os
from pathlib import Path

import dj_database_url

from .languages import SITE_LANGUAGES, derived_settings

PROJECT_DIR = Path(__file__).resolve().parent.parent  # campaign/
BASE_DIR = PROJECT_DIR.parent  # the repository root


def env_list(name, default=""):
    """A comma-separated environment variable as a list, empty items dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Applications -------------------------------------------------------------
# wagtail_modeltranslation and its makemigrations/migrate overrides must come
# before the project apps (see ../shared/design.md and pages/translation.py).
INSTALLED_APPS = [
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "core",
    "home",
    "pages",
    "messaging",
    "awareness",
    "editorial",
    "reach",
    "wagtail.contrib.forms",
    "csp",
    "axes",
    # Before allauth, so its layout templates (second_factor/templates/allauth/) win.
    "second_factor",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Outermost: stores a page the cache missed as it is sent, with every header below added.
    "core.page_cache.PageCacheStoreMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # One RequestState per request: what routing, the site frame and experiments learn once.
    "core.request_state.RequestStateMiddleware",
    # django-csp's, without building a policy for a response that has one (a cached page).
    "core.security_headers.CSPMiddleware",
    "core.security_headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A cached page is answered here, as a static file just above: before sessions, locale,
    # CSRF, authentication and the rest (core/page_cache.py).
    "core.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.locale_middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A language not public yet (/tr/…) answers 404 to all but editors (core/locale_middleware.py).
    "core.locale_middleware.UnpublishedLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # allauth's sign-in steps (password, then code); then the admin is closed to
    # a session that has not shown a second factor (second_factor/enforcement.py).
    "allauth.account.middleware.AccountMiddleware",
    "second_factor.enforcement.SecondFactorRequiredMiddleware",
    # Django's, but a Wagtail preview may be framed by the admin (same origin only).
    "core.security_headers.XFrameOptionsMiddleware",
    # Rate-limits the admin login (after authentication, as django-axes asks).
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Above the next: adds the before/after halves of a page's awareness questions to its experiments
    # once those are set (process_template_response runs bottom up; awareness/halves.py).
    "awareness.halves.AwarenessHalvesMiddleware",
    # A rendered page's experiments, from its content, before it renders (a cached page reads them stored).
    "messaging.assignment.ExperimentAssignmentMiddleware",
]

ROOT_URLCONF = "campaign.urls"
WSGI_APPLICATION = "campaign.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database -----------------------------------------------------------------
# DATABASE_URL selects the database (postgres://… in production and CI);
# without it the site runs on a SQLite file in the repository root.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        # A kept connection is checked before a request uses it, so a restarted
        # database needs no restart of the site.
        conn_health_checks=True,
    )
}
USING_POSTGRES = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers write counters at once: WAL lets readers go on
    # while one writes, IMMEDIATE takes the write lock up front (no "database is
    # locked" when two transactions both want to write), NORMAL syncs at
    # checkpoints instead of every commit.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
        }
    )
if USING_POSTGRES:
    INSTALLED_APPS.append("django.contrib.postgres")
    # An unreachable database is noticed in seconds (libpq's minimum is 2), so a
    # visitor gets the "back soon" page instead of a hanging request.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", int(os.environ.get("DB_CONNECT_TIMEOUT", "2"))
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Sign-in ---------------------------------------------------------------------
# django-axes counts failed admin logins: five in a row for one user name, or
# from one address, pause signing in for 15 minutes. Behind nginx the address
# is read from X-Forwarded-For (TRUSTED_PROXY_COUNT proxies in front: nginx alone 1,
# nginx + Varnish 2, a load balancer in front one more; core/client_address.py); otherwise
# every attempt would seem to come from the proxy and one person could lock out every editor. Failed attempts of staff
# are kept until a successful login or `manage.py axes_reset`; visitors never
# sign in, so nothing about them is stored.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = int(os.environ.get("AXES_COOLOFF_MINUTES", "15")) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
LOGIN_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# The proxies' own addresses (gunicorn's FORWARDED_ALLOW_IPS): a sign-in from elsewhere went
# around them, and a client address among them means TRUSTED_PROXY_COUNT is too low.
TRUSTED_PROXY_ADDRESSES = [
    entry.strip() for entry in os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1").split(",") if entry.strip()
]
AXES_CLIENT_IP_CALLABLE = "core.client_address.login_client_address"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # no record of successful logins
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "login_locked.html"

# Second factor -----------------------------------------------------------------
# Editors sign in with django-allauth (/account/login/): password, then a code
# from an authenticator app or a recovery code (docs/deploy.md, "Two-factor
# sign-in"). Without a second factor the admin sends an editor to enrol first;
# dev and test settings may relax that, production forces it on.
ADMIN_REQUIRE_SECOND_FACTOR = env_bool("ADMIN_REQUIRE_SECOND_FACTOR", True)
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "wagtailadmin_home"
WAGTAILADMIN_LOGIN_URL = "account_login"
ACCOUNT_LOGOUT_REDIRECT_URL = "account_login"
ACCOUNT_ADAPTER = "second_factor.adapter.EditorAccountAdapter"  # no sign-up: editors are invited
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"
# django-axes is the one limit on failed sign-ins, for passwords and codes alike
# (second_factor/forms.py): allauth's own counter would be a second, per-process
# one that does not know the address behind nginx.
ACCOUNT_RATE_LIMITS = {"login_failed": None}
ALLAUTH_TRUSTED_PROXY_COUNT = LOGIN_PROXY_COUNT
# Authenticator app codes and recovery codes. WebAuthn (security keys, passkeys)
# is left out for now: its screens need JavaScript that is not tested here.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Veilig in Beeld"
# allauth refuses a factor while an e-mail address is unverified, against a
# stranger who signs up with someone's address; nobody can sign up here.
MFA_ALLOW_UNVERIFIED_EMAIL = True
MFA_FORMS = {
    "authenticate": "second_factor.forms.AuthenticateForm",
    "reauthenticate": "second_factor.forms.ReauthenticateForm",
    "activate_totp": "second_factor.forms.ActivateTOTPForm",
}

# Passwords -----------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages -----------------------------------------------------------------
# One list (campaign/settings/languages.py) names every language: Dutch first, the default,
# the fallback for untranslated fields and the language of / when the browser does not prefer
# another public one. LANGUAGES, LANGUAGE_CODE, LANGUAGES_BIDI and modeltranslation's settings
# are derived from it; core/languages.py is what the code asks.
_derived = derived_settings(SITE_LANGUAGES)
LANGUAGE_CODE = _derived["LANGUAGE_CODE"]
LANGUAGES = _derived["LANGUAGES"]
LANGUAGES_BIDI = _derived["LANGUAGES_BIDI"]
WAGTAIL_CONTENT_LANGUAGES = _derived["WAGTAIL_CONTENT_LANGUAGES"]
MODELTRANSLATION_DEFAULT_LANGUAGE = _derived["MODELTRANSLATION_DEFAULT_LANGUAGE"]
MODELTRANSLATION_LANGUAGES = _derived["MODELTRANSLATION_LANGUAGES"]
MODELTRANSLATION_FALLBACK_LANGUAGES = _derived["MODELTRANSLATION_FALLBACK_LANGUAGES"]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The admin speaks the languages whose interface strings locale/ holds (complete, checked in CI).
WAGTAILADMIN_PERMITTED_LANGUAGES = [(code, name) for code, name in LANGUAGES if (LOCALE_PATHS[0] / code).is_dir()]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

# Wagtail's own setting for i18n would switch on wagtail-localize style
# per-locale trees; we keep one tree with translated fields instead.
WAGTAIL_I18N_ENABLED = False

# Static and media files ------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed file names let whitenoise send far-future cache headers.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Cache -----------------------------------------------------------------------
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "veilig-in-beeld",
    }
}
if os.environ.get("REDIS_URL"):
    # Fails open: a dead or slow Redis means pages are rendered without the cache
    # (short timeouts, REDIS_TIMEOUT_SECONDS / REDIS_RETRY_SECONDS), never a 500.
    CACHES["default"] = {
        "BACKEND": "core.cache_backend.FailOpenRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.25")),
        "RETRY_SECONDS": float(os.environ.get("REDIS_RETRY_SECONDS", "5")),
    }

# Beacon counts go to Redis first and `manage.py flush_counts` moves them to the database in batches
# (core/buffered_counting.py, docs/reach.md), when the cache is Redis (REDIS_URL). Off, or without
# Redis, or with Redis down: every count is written to the database at once, as before.
COUNTS_IN_REDIS = env_bool("COUNTS_IN_REDIS", True)
#: How often the flusher's loop writes what Redis holds (manage.py flush_counts).
COUNTS_FLUSH_SECONDS = float(os.environ.get("COUNTS_FLUSH_SECONDS", "5"))

# The limit per sender on the beacons (core/sender_limit.py): beyond BEACON_SENDER_LIMIT beacons of
# any kind (reach, A/B exposure and conversion, guardrails) in BEACON_SENDER_WINDOW_SECONDS from one
# address with one browser, a beacon is answered but not counted (and counted as refused on the
# reach dashboard). The sender is only a daily-keyed hash in the cache for one window; a cache that
# is down means every beacon counts. Generous on purpose: three school classes of 30 behind one
# address with identical browsers, each pupil opening a page every 20 s with three beacons a page,
# send 810 a minute. 0 switches the limit off.
BEACON_SENDER_LIMIT = int(os.environ.get("BEACON_SENDER_LIMIT", "1000"))
BEACON_SENDER_WINDOW_SECONDS = int(os.environ.get("BEACON_SENDER_WINDOW_SECONDS", "60"))

# Full-page cache for anonymous visitors (core/page_cache.py).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
# While the database is unreachable the last good copy of a page is served for up to this long.
PAGE_CACHE_STALE_SECONDS = int(os.environ.get("PAGE_CACHE_STALE_SECONDS", str(6 * 60 * 60)))

# Wagtail -------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Veilig in Beeld"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "pages.SiteImage"
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
# Documents: only these kinds, checked by content as well (pages/documents.py),
# always served through Wagtail's view (so privacy and counting apply), with
# an explicit type and as a download.
WAGTAILDOCS_DOCUMENT_MODEL = "pages.SiteDocument"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "pptx", "odt", "odp", "png", "jpg", "jpeg"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
}
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Wagtail's responsive embed wrapper is an inline style, which the CSP blocks;
# site.css gives embedded videos their 16:9 shape instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# The dashboard would ask releases.wagtail.org for new versions from every
# editor's browser: a third-party request, and one that fails offline.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors' avatars would come from gravatar.com, a third-party request that tells it
# which editors use the admin; Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The admin path can be moved away from the well-known /admin/.
WAGTAIL_ADMIN_PATH = os.environ.get("WAGTAIL_ADMIN_PATH", "admin").strip("/") + "/"

# Security headers --------------------------------------------------------------
# Every public page: scripts and styles only from this site (no inline script,
# no 'unsafe-inline'), no framing, no plugins. Videos are the one exception:
# after a visitor clicks "Load the video" (pages/blocks/content.py) the
# provider's player may load in a frame. The admin is left to Wagtail (its
# editor needs inline scripts); X-Frame-Options still applies there. A preview
# of a page (Wagtail's preview panel) may be framed by this same site only:
# core/security_headers.py.
VIDEO_FRAME_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://www.youtube.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": [f"/{WAGTAIL_ADMIN_PATH}"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": VIDEO_FRAME_SOURCES,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# Features no page of this site uses are switched off for every page and frame.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# A request body larger than this is refused (400) before any view reads it;
# the document upload (20 MB) streams to a temporary file and is not affected.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # 2.5 MB, Django's default, stated on purpose

# Content delivery network -------------------------------------------------------
# Optional: purge a CDN's copy of a page when it is published, unpublished or moved
# (core/frontend_cache.py adds both languages' addresses to Wagtail's purge).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "core.frontend_cache.EdgePurgeBackend",  # Wagtail's, warning on failure
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
# Varnish in front (deploy/varnish/default.vcl): its address for Wagtail's PURGE requests.
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "core.frontend_cache.EdgePurgeBackend",
        "LOCATION": os.environ["VARNISH_URL"],
        "EXPECT_HEADER": "X-VIB-Purged",  # our VCL confirms each ban: anything else is a warning
    }
# The secret the edge sends in X-VIB-Edge; only then is its A/B bucket (X-VIB-Bucket) believed
# (messaging/assignment.py). Empty: the header is never read.
EDGE_SHARED_SECRET = os.environ.get("EDGE_SHARED_SECRET", "")
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
    }

# Media on S3-compatible storage ---------------------------------------------------
# Optional, for several app servers: needs `pip install "django-storages[s3]"`.
# Signed, expiring addresses keep documents private (pages/document_access.py
# still decides who may download).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# Logs name paths and errors, never visitors: Django's request logger writes the
# path without its query string, and nothing here logs addresses or browsers
# (gunicorn's access log: campaign/gunicorn_conf.py). A wrong Host header is
# answered 400 and not logged: scanners send them by the thousand, and the
# traceback would only repeat the header.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # The time as gunicorn's lines have it: ISO 8601 in UTC (core/log_format.py).
    "formatters": {
        "plain": {
            "()": "core.log_format.UTCFormatter",
            "format": "%(asctime)s [%(process)d] [%(levelname)s] %(name)s: %(message)s",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "null": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "django.security.DisallowedHost": {"handlers": ["null"], "propagate": False},
    },
}

# Reach counts (reach/, docs/reach.md) are kept per day for this many months, then
# `manage.py prune_reach_counts` drops them.
REACH_RETENTION_MONTHS = int(os.environ.get("REACH_RETENTION_MONTHS", "25"))
