"""The site's addresses plus /bench/bare/: a Django view doing nothing but return bytes.

It answers with exactly the bytes of the static reference file that bench/run.py
writes (the cached page as the server sent it), so that the static file, the
bare view and the cached page differ only in what the server does per request.
Marked never-cache, so the page cache does not store it and every request
reaches the view.
"""

import os
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache

from campaign.urls import handler404, handler500  # noqa: F401
from campaign.urls import urlpatterns as site_urlpatterns

REFERENCE = "bench/reference.html"  # under STATIC_ROOT, so whitenoise serves it as /static/bench/reference.html


@lru_cache(maxsize=1)
def reference_bytes():
    return (Path(os.environ.get("STATIC_ROOT", settings.STATIC_ROOT)) / REFERENCE).read_bytes()


@never_cache
def bare(request):
    return HttpResponse(reference_bytes(), content_type="text/html; charset=utf-8")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *site_urlpatterns]
