"""/sitemap.xml, rendered once per content version and address.

Wagtail's sitemap asks every live page for its URLs in both languages (eight per
campaign with its audience views): with 200 campaigns that is a few hundred
milliseconds, on every crawler's visit, since the page cache keeps only HTML.
The rendered XML is kept under the page cache's content version
(campaign/page_cache.py), so any publish, unpublish, move or snippet save that
changes what the site shows also renders the sitemap afresh, and the version
bump is the only invalidation there is.
"""

import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from campaign import page_cache

KEY_PREFIX = "sitemap"


def sitemap_view(request):
    address = hashlib.sha256(f"{request.scheme}://{request.get_host()}".encode()).hexdigest()[:24]
    key = f"{KEY_PREFIX}:{page_cache.current_version()}:{address}"
    stored = cache.get(key)
    if stored is None:
        response = wagtail_sitemap(request)
        response.render()
        if response.status_code != 200:
            return response
        stored = {"content": response.content, "content_type": response["Content-Type"]}
        cache.set(key, stored, page_cache.cache_seconds() + page_cache.stale_seconds())
    return HttpResponse(stored["content"], content_type=stored["content_type"])
