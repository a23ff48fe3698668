"""Warm the site up in gunicorn's master before it forks workers (preload_app; campaign/gunicorn_conf.py).

A freshly forked worker otherwise pays on its first request for everything Django and Wagtail do
lazily: importing every view through the URL configuration, compiling templates, reading the
translation catalogues. Measured under load (tests/operations/faults/test_reload.py) that first
request took up to 10 s, right when a reload hands the traffic to the new workers. Done once in
the master, the workers inherit it all.

The warm-up asks Django itself (the test client, no network) for each language's home page as a
signed-in-looking visitor: a session cookie that matches no session, so the page cache is passed
and nothing is stored in it; the visitor is still anonymous. Nothing is counted (A/B and reach
counts come from beacons, not page views). Any failure is logged and ignored: a cold worker is
slow, not broken. The master's database connections are closed afterwards (a worker must not
inherit one).
"""

import logging
import time

from django.conf import settings
from django.db import connections
from django.test import Client
from django.urls import get_resolver

from core import languages

logger = logging.getLogger(__name__)


def warm_up():
    started = time.monotonic()
    statuses = []
    try:
        get_resolver().url_patterns  # noqa: B018 — imports every view module
        host = next((name.lstrip(".") for name in settings.ALLOWED_HOSTS if name.strip("*.")), "localhost")
        client = Client(HTTP_HOST=host)
        client.cookies[settings.SESSION_COOKIE_NAME] = "warm-up-no-such-session"
        for code in languages.public_codes():  # the others answer editors only
            statuses.append(client.get(f"/{code}/", secure=True).status_code)
    except Exception:  # noqa: BLE001 — never keep the site from starting
        logger.warning("Warm-up in the gunicorn master failed; workers start cold", exc_info=True)
    finally:
        connections.close_all()
    logger.info("Warmed up in %.1f s (home pages: %s)", time.monotonic() - started, statuses)
