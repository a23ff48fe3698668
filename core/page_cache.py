"""Full-page cache for anonymous visitors, one copy per experiment variant, never per visitor.

A page is rendered once per URL (host + path + query) and per combination of
variants its message slots show. The variants come from the request's
assignment (core/variant_assignment.py; the experiments app installs it), so
the cache never varies on the whole Cookie header and core never imports that
app. What a page shows of experiments (the "manifest": slug, salt, arms, split
of each) is worked out from the page's content before it renders and kept with
its copy; a later request gets its own variants of that manifest from its
assignment, without rendering and without the database.

The cache sits in front (settings MIDDLEWARE): PageCacheMiddleware comes right
after whitenoise, so a hit skips sessions, locale, CSRF, authentication,
messages, django-axes, redirects and the experiments middleware, and costs one cache
round trip (two on a page with a running experiment) plus what a static file
costs. What it answers is the complete response as it was sent the first time:
PageCacheStoreMiddleware, the outermost middleware, stores it after every other
middleware added its headers (security headers, CSP, Permissions-Policy,
Content-Language, Vary, …), so a hit carries exactly those headers; only
X-Page-Cache and, for a new visitor on a page with an experiment, the visitor
cookie are per request.

Only GET/HEAD from visitors without a session cookie (not signed in, no preview,
no password-protected page passed) are cached, and only 200 HTML responses that
set no cookie but the visitor cookie, do not vary on Cookie and are not private.
Any content change (a page published, unpublished or moved, a snippet or setting
saved: core/cache_invalidation.py) bumps one version number, so every cached
page is rendered afresh (see invalidate()). With Redis the cache fails open
(core/cache_backend.py).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from core.request_state import state_of
from core.variant_assignment import assignment_class, assignment_of
from upstream import django_headers

KEY_PREFIX = "page-cache"
VERSION_KEY = f"{KEY_PREFIX}:version"
#: Set on each answer, never stored: whether it came from the cache.
STATE_HEADER = "X-Page-Cache"
#: Where core/page_cache_front.py leaves what it read for a request it did not answer: (address, version,
#: record); PageCacheMiddleware takes it instead of reading the cache again.
LOOKUP_KEY = "veilig_in_beeld.page_cache_lookup"
#: The shape of a stored copy; a copy of another shape (stored before an upgrade, or by a worker
#: not yet upgraded) is a miss, never misread.
ENTRY_FORMAT = 2


def cache_seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 300)


def stale_seconds():
    """How much longer than it is fresh a copy is kept, for when the database is down."""
    return getattr(settings, "PAGE_CACHE_STALE_SECONDS", 6 * 60 * 60)


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY, 1)
    return version


def invalidate():
    """Every cached page is out of date (a new version makes the old keys unreachable)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD") or not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return False
    # Wagtail's preview and moderation views render a page through the whole middleware stack with a
    # dummy request for its public address: what that shows is a draft, never a page to keep.
    if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
        return False
    # Without a session cookie nobody is signed in, previewing or past a page password;
    # request.user is not touched, since reading it marks the response "Vary: Cookie".
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def response_is_cacheable(response):
    # The assignment's cookies are the visitor's own: never stored, a hit sets a new visitor's afresh.
    own = assignment_class().cookie_names
    if response.status_code != 200 or response.streaming or any(name not in own for name in response.cookies):
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", ""))}
    return "cookie" not in vary


def page_address(request):
    """What tells one cached page from another: host, path and query, hashed to a fixed length."""
    return hashlib.sha256(f"{request.get_host()}{request.get_full_path()}".encode()).hexdigest()


def page_cache_key(address, version=None, signature=""):
    """The one place page-cache keys are made.

    Without a version: the address's record (version, fresh time, manifest; the
    copy itself for a page without experiments). With one: the copy rendered
    under that version for the variants in ``signature`` ("slug=variant;…").
    """
    if version is None:
        return f"{KEY_PREFIX}:{address}:manifest"
    variants = hashlib.sha256(signature.encode()).hexdigest()[:16] if signature else ""
    return f"{KEY_PREFIX}:{address}:{version}:{variants}"


class PageCacheMiddleware:
    """Answers a cached page right after whitenoise: one cache round trip for a page without
    experiments, two for a page with them.

    Per address one record holds the version it was rendered under, until when
    it is fresh, and the experiments it shows (the manifest); a page without
    experiments keeps its copy in the record itself, a page with them one copy
    per variant beside it. The version and the record are read together
    (get_many); a record from an older version, or past its fresh time, is a miss:
    the page is rendered by the full stack and PageCacheStoreMiddleware stores it.

    Stale if error: records are kept PAGE_CACHE_STALE_SECONDS longer than they are
    fresh. When the page cannot be rendered because the database is unreachable
    (core/views.py marks that 503), the last good copy is served instead,
    whatever its version, marked "X-Page-Cache: stale".
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        address = page_address(request)
        record_key = page_cache_key(address)
        # What the front door (core/page_cache_front.py) read for this request already, if anything.
        looked_up = request.META.pop(LOOKUP_KEY, None)
        if looked_up is not None and looked_up[0] == address:
            version, record = looked_up[1:]
        else:
            version, record = read_record(address)
        if is_fresh(record, version):
            response = answer(address, record, request, "hit")
            if response is not None:
                return response
        state = state_of(request)
        state.page_cache_plan = (address, record_key, version)
        response = self.get_response(request)
        if getattr(response, "database_unavailable", False) and record is not None:
            stale = answer(address, record, request, "stale")
            if stale is not None:
                state.page_cache_plan = None
                return stale
        return response


def read_record(address):
    """(the current version, the address's record or None), in one cache round trip."""
    record_key = page_cache_key(address)
    found = cache.get_many([VERSION_KEY, record_key])
    return found.get(VERSION_KEY) or current_version(), found.get(record_key)


def is_fresh(record, version):
    return record is not None and record["version"] == version and time.time() < record.get("fresh_until", 0)


def fresh_record(address):
    """The address's record when it holds a fresh copy for the current version, else None."""
    version, record = read_record(address)
    return record if is_fresh(record, version) else None


class PageCacheStoreMiddleware:
    """The outermost middleware: stores a page the front missed, as it is sent, with every header
    the middlewares in between added."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        state = getattr(request, "state", None)
        plan = getattr(state, "page_cache_plan", None)
        # is_preview is only known once the view ran (Wagtail sets it on its dummy request).
        if plan is not None and not getattr(request, "is_preview", False) and response_is_cacheable(response):
            store(*plan, assignment_of(request), response)
            response[STATE_HEADER] = "miss"
        return response


def answer(address, record, request, served_as):
    """The stored response of this record for this visitor's variants, or None."""
    manifest = record["experiments"]
    assignment = None
    if not manifest:
        entry = record["entry"]
    else:
        # From the request alone (the signed visitor cookie, the edge's bucket): no session, no database.
        assignment = assignment_of(request)
        entry = cache.get(page_cache_key(address, record["version"], assignment.variant_key(manifest)))
    if entry is None or entry.get("format") != ENTRY_FORMAT:
        return None
    response = HttpResponse(entry["content"])
    # The stored headers are Django's own mapping of the first response ({lower name: (name, value)}),
    # checked and encoded when the site set them; copied as they are, a hit does not check and encode
    # every header again.
    django_headers.replace_header_store(response, entry["headers"])
    response[STATE_HEADER] = served_as
    # What the experiments middleware does for a rendered page (a new visitor's cookie); the edge
    # headers (X-VIB-Experiments, Vary) came stored with the page.
    if assignment is not None:
        assignment.mark(response, manifest)
    return response


def store(address, record_key, version, assignment, response):
    manifest = assignment.manifest()
    signature = assignment.variant_key(manifest)
    # Every header as sent (Set-Cookie is not among them: Django keeps cookies apart).
    headers = {lower: item for lower, item in django_headers.header_store(response).items() if item[0] != STATE_HEADER}
    entry = {"format": ENTRY_FORMAT, "content": response.content, "headers": headers}
    kept = cache_seconds() + stale_seconds()
    record = {"version": version, "fresh_until": time.time() + cache_seconds(), "experiments": manifest}
    if manifest:
        cache.set(page_cache_key(address, version, signature), entry, kept)
        record["entry"] = None
    else:
        record["entry"] = entry
    cache.set(record_key, record, kept)
