"""/healthz: is this app server able to serve? For load balancers and monitoring.

Checks what every page needs — the database answers a query, the cache takes a
value and gives it back — and answers 200 with {"database": "ok", "cache": "ok"},
or 503 naming what failed. It reads no request data, sets no cookie, and is
never cached; the reason for a failure goes to the log, not to the caller.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


def database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def cache_answers():
    if hasattr(cache, "answers"):  # the fail-open Redis cache: a real round trip, past its pause
        return cache.answers()
    key, value = f"healthz:{secrets.token_hex(8)}", secrets.token_hex(8)
    cache.set(key, value, timeout=10)
    try:
        return cache.get(key) == value
    finally:
        cache.delete(key)


CHECKS = {"database": database_answers, "cache": cache_answers}


@require_GET
def healthz(request):
    report = {}
    for name, check in CHECKS.items():
        try:
            report[name] = "ok" if check() else "failed"
        except Exception:  # any failure is a "not healthy", never a 500
            logger.exception("Health check %s failed", name)
            report[name] = "failed"
    healthy = all(state == "ok" for state in report.values())
    response = JsonResponse(report, status=200 if healthy else 503)
    add_never_cache_headers(response)
    return response
