"""Parts of a page rendered once per content version and language: the site frame, hub lists, modules.

The page cache (core/page_cache.py) keeps whole pages, but every miss
(each page after a publish, every page with a new query string, each A/B arm)
renders the frame again: the help services in the footer, the menu, the help
links, the quick-exit target, the social image, all the same on every page in
one language. Rendering them is most of what a page costs. So they, and the
parts of pages that only show content (a hub's lists and modules, a campaign's
body), are kept here as rendered HTML, under the page cache's content version:
any publish, unpublish, move or snippet or setting save bumps the version
(core/cache_invalidation.py), and the next render of every page shows it.
The version bump is the only invalidation there is.

What must never be kept:

* One visitor's A/B arm for another's. Every content fragment's key holds the
  variants this request sees of the experiments its page shows (the request's
  assignment, core/variant_assignment.py, decided before the page renders): a
  fragment with a message slot is kept once per arm, as the page cache keeps pages;
  only experiments shown in a module count (a campaign's hero message is rendered
  outside every fragment), and without them that part of the key is empty. The frame's
  parts (FRAME_PARTS) show no message slot, so one copy of them serves every arm.
* What a signed-in editor or a preview sees: a request with a session cookie or
  a preview renders everything afresh (as the page cache, it does not read
  ``request.user``, which would mark every page "Vary: Cookie").
* What depends on the query string (a quiz's answers, filters): a fragment is
  rendered afresh when the request has one, unless it is declared to ignore it
  (the frame: ``ignores_query``). The items of a list (``cached_each``: a lesson's
  card) ignore it: the filters choose which items show, not what one looks like.

The cache fails open like every cache here (core/cache_backend.py): with
Redis down, ``get`` misses and ``set`` does nothing, so the fragment is rendered.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from core import page_cache
from core.request_state import state_of
from core.variant_assignment import assignment_of

KEY_PREFIX = "fragment"
#: The frame's parts (each rendered without ``vary``): every page shows them all, so they are read
#: together, in one cache round trip, the first time a page asks for one.
FRAME_PARTS = ("social-image", "quick-exit", "help-page-url", "offline-route-url", "menu", "footer")


def usable(request, ignores_query=False):
    """Whether this request may read and store fragments (anonymous, no preview, no query unless ignored)."""
    if request is None or getattr(request, "is_preview", False):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return ignores_query or not request.GET


def content_version(request):
    """The page cache's content version, read once per request (the page cache read it already
    when it missed: the page is stored under that version, so its fragments are too)."""
    state = state_of(request)
    if state.content_version is None:
        plan = state.page_cache_plan
        state.content_version = plan[2] if plan is not None else page_cache.current_version()
    return state.content_version


def fragment_key(request, name, vary=()):
    parts = "|".join(str(part) for part in vary)
    # The frame shows no message slot (tests/operations/test_frame_cache.py holds it), so one copy
    # serves every arm; a content part may show one in a module, so it is kept once per combination
    # of the arms of the experiments shown in modules (none: one copy, as on a page without any).
    assignment = assignment_of(request)
    variants = "" if name in FRAME_PARTS else assignment.variant_key(assignment.content_part_experiments)
    if variants:
        parts = f"{parts}|{variants}"
    digest = hashlib.sha256(f"{request.scheme}://{request.get_host()}|{parts}".encode()).hexdigest()[:24]
    return f"{KEY_PREFIX}:{content_version(request)}:{translation.get_language()}:{name}:{digest}"


def _kept(request, name, vary, key):
    if name not in FRAME_PARTS or vary:
        return cache.get(key)
    state = state_of(request)
    if state.frame_parts is None:
        keys = {fragment_key(request, part): part for part in FRAME_PARTS}
        state.frame_parts = {keys[found]: value for found, value in cache.get_many(list(keys)).items()}
    return state.frame_parts.get(name)


def cached(request, name, vary, render, ignores_query=False):
    """``render()``'s string, from the cache when this version and language has it.

    ``vary``: whatever else tells one copy from another (a page id, an audience).
    """
    if not usable(request, ignores_query):
        return render()
    key = fragment_key(request, name, vary)
    found = _kept(request, name, vary, key)
    if found is not None:
        return found
    rendered = render()
    cache.set(key, rendered, page_cache.cache_seconds() + page_cache.stale_seconds())
    return rendered


def cached_value(request, name, vary, compute, ignores_query=True):
    """Like cached() for a picklable value (URLs and titles for the frame), computed once per version."""
    if not usable(request, ignores_query):
        return compute()
    key = fragment_key(request, name, vary)
    found = _kept(request, name, vary, key)
    if found is not None:
        return found
    value = compute()
    cache.set(key, value, page_cache.cache_seconds() + page_cache.stale_seconds())
    return value


def cached_each(request, name, items, render, vary_of=lambda item: item.pk):
    """``[render(item) for item in items]``, each item's string kept on its own (``vary_of(item)``),
    all read in one cache round trip and the missing ones stored in one.

    For the items of a list that one page of shows (lesson cards): whichever filters
    and page number show an item, it looks the same, so its copy serves them all.
    """
    if not usable(request, ignores_query=True):
        return [render(item) for item in items]
    keys = [fragment_key(request, name, (vary_of(item),)) for item in items]
    found = cache.get_many(keys) if keys else {}
    missing = {key: render(item) for key, item in zip(keys, items, strict=True) if found.get(key) is None}
    if missing:
        cache.set_many(missing, page_cache.cache_seconds() + page_cache.stale_seconds())
    return [found.get(key) if found.get(key) is not None else missing[key] for key in keys]
