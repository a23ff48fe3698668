"""The beacon pool's WSGI application: the site's beacons (campaign/beacon_urls.py) and nothing else.

Why a pool of its own. Every page view sends a reach beacon, and a tested page an exposure beacon
too, and the edge passes them all to the origin (Varnish caches no POST). In a spike they would
fill the site's workers, and the requests that matter most then (a route screen not yet cached,
search, the admin) would queue behind the counting. Served by their own gunicorn
(campaign/gunicorn_beacons_conf.py), with Varnish or nginx sending ``/api/`` there
(docs/deploy.md, "The beacon pool"), a flood of beacons can only slow other beacons.

A lightweight path: the same settings, database and Redis as the site, but only the middleware a
beacon needs. A beacon reads no session, user, locale, CSRF token, redirect or page: its language
comes in its body, its visitor in its own signed cookie, its sender from X-Forwarded-For. What it
keeps is Django's SecurityMiddleware (the HTTPS redirect, HSTS, nosniff on the JSON answers).
"""

import os

import django
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "campaign.settings.production")

BEACON_MIDDLEWARE = ["django.middleware.security.SecurityMiddleware"]
BEACON_URLCONF = "campaign.beacon_urls"


def beacon_application():
    """Django's handler with the beacons' middleware and addresses only.

    The settings module stays the site's (production, trial, …), so the two pools cannot disagree on
    the database, Redis, the secret or the sender limit. This process serves nothing else, so these
    two settings are set once, here, before the handler reads them."""
    django.setup(set_prefix=False)
    settings.MIDDLEWARE = BEACON_MIDDLEWARE
    settings.ROOT_URLCONF = BEACON_URLCONF
    return WSGIHandler()


application = beacon_application()
