"""The page cache's front door: a fresh cached page answered before Django's request handler.

Why. A hit answered by PageCacheMiddleware (core/page_cache.py) already skips sessions,
locale, CSRF, authentication and the rest; but it still passes Django's handler and the
middlewares above it (the store, security headers, the request state, CSP,
Permissions-Policy, whitenoise), each on the way in and again on the way out, and the
request_started/request_finished signals. None of them changes a stored page: its headers
were stored as they were sent, after every one of those middlewares had added its own
(PageCacheStoreMiddleware is the outermost). On this 2-core machine those layers cost
about as much as the cache's one Redis round trip (docs/development.md, "Figures that
repeat"), which kept a hit well below a static file.

What. ``PageCacheFront`` wraps the WSGI application (campaign/wsgi.py). For a request the
page cache may answer (GET or HEAD, no session cookie: ``request_is_cacheable``) it reads the
page's record exactly as the middleware does and, when a fresh copy is there, sends it: the
same bytes and headers, "X-Page-Cache: hit", and for a new visitor on a page with an
experiment the visitor's cookie (``assignment.mark``). Everything else — a miss, a stale
copy, a request the cache must not answer, a bad Host header, HTTP that must be redirected
to HTTPS, Redis unreachable — goes to Django's handler unchanged, where the middleware (and
the stale-if-error copy for a database outage) works as before.

The test client does not pass through WSGI: tests/operations/test_page_cache_front.py calls
the wrapped application with WSGI environments.
"""

import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest

from core import page_cache

__all__ = ["PageCacheFront"]


@functools.cache
def _file_prefixes():
    """The paths of static and uploaded files (their URL's path part: STATIC_URL may name another host)."""
    return tuple(
        urlsplit(url).path for url in (settings.STATIC_URL, settings.MEDIA_URL) if url and urlsplit(url).path != "/"
    )


def _fresh_answer(environ):
    """The cached response for this WSGI request when a fresh copy is kept, else None.

    The record it read goes on in ``environ`` (page_cache.LOOKUP_KEY), so a miss is not read twice.
    """
    path = environ.get("PATH_INFO", "")
    # Files (whitenoise, media) are never pages: not a cache round trip more for each of them.
    if path.startswith(_file_prefixes()):
        return None
    request = WSGIRequest(environ)
    if not page_cache.request_is_cacheable(request):
        return None
    # SecurityMiddleware would redirect plain HTTP first; that answer is Django's to give.
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return None
    try:
        # Validates the Host header against ALLOWED_HOSTS as Django would (400 there).
        address = page_cache.page_address(request)
    except DisallowedHost:
        return None
    version, record = page_cache.read_record(address)
    environ[page_cache.LOOKUP_KEY] = (address, version, record)
    if not page_cache.is_fresh(record, version):
        return None
    response = page_cache.answer(address, record, request, "hit")
    # SecurityMiddleware adds HSTS to a secure request's response; a copy first sent over plain HTTP
    # lacks it, and Django's path, which adds it, answers such a request instead.
    if (
        response is not None
        and settings.SECURE_HSTS_SECONDS
        and request.is_secure()
        and "Strict-Transport-Security" not in response
    ):
        return None
    return response


class PageCacheFront:
    """WSGI middleware: answers a fresh page-cache hit; hands every other request to ``application``."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        try:
            response = _fresh_answer(environ)
        except Exception:
            # Whatever a request does to the front (a malformed environ, say), Django's handler meets
            # it again and answers it as it always has (a 400, a logged 500): the front only adds speed.
            response = None
        if response is None:
            return self.application(environ, start_response)
        # As django.core.handlers.wsgi.WSGIHandler sends a response.
        status = f"{response.status_code} {response.reason_phrase}"
        headers = [
            *response.items(),
            *(("Set-Cookie", cookie.output(header="")) for cookie in response.cookies.values()),
        ]
        start_response(status, headers)
        return response
