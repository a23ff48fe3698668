"""/sitemap.xml, rendered once per content version and address.

Wagtail's sitemap asks every live page for its URLs in both languages (eight per
campaign with its audience views): with 200 campaigns that is a few hundred
milliseconds, on every crawler's visit, since the page cache keeps only HTML.
The rendered XML is kept under the page cache's content version
(core/page_cache.py), so any publish, unpublish, move or snippet save that
changes what the site shows also renders the sitemap afresh, and the version
bump is the only invalidation there is.

Each worker also holds the last copy it served per address, under the same key:
with 200 campaigns the XML is 850 kB, and fetching it from Redis on every request
made the cached sitemap cost half again as much as with 10 (1.0 → 1.5 ms,
issue 17 item 4), while the version is one small read. The worker's copy is used
only while the version and the render's token in the shared cache are the same, and
for at most PAGE_CACHE_SECONDS.
"""

import hashlib
import secrets
import time

from django.core.cache import cache
from django.http import HttpResponse
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from core import page_cache

KEY_PREFIX = "sitemap"
#: {address: (stored, monotonic time until which it may be served)}: one copy per address (ALLOWED_HOSTS).
_held = {}


def sitemap_view(request):
    address = hashlib.sha256(f"{request.scheme}://{request.get_host()}".encode()).hexdigest()[:24]
    key = f"{KEY_PREFIX}:{page_cache.current_version()}:{address}"
    # The render's token is a few bytes beside the XML: the worker's copy is the shared one only
    # while the token is the same (a flushed Redis starts its versions at 1 again).
    token = cache.get(f"{key}:token")
    held, until = _held.get(address, (None, 0.0))
    if token is not None and held is not None and held["token"] == token and time.monotonic() < until:
        return HttpResponse(held["content"], content_type=held["content_type"])
    stored = cache.get(key) if token is not None else None
    if stored is None or stored.get("token") != token:
        response = wagtail_sitemap(request)
        response.render()
        if response.status_code != 200:
            return response
        stored = {
            "content": response.content,
            "content_type": response["Content-Type"],
            "token": secrets.token_hex(8),
        }
        seconds = page_cache.cache_seconds() + page_cache.stale_seconds()
        cache.set_many({key: stored, f"{key}:token": stored["token"]}, seconds)
    _held[address] = (stored, time.monotonic() + page_cache.cache_seconds())
    return HttpResponse(stored["content"], content_type=stored["content_type"])
