"""What the reach beacon must know about the site, read from the cache per content version.

A beacon needs two facts besides the counter it adds to: whether the page it
names is live (and a help page, or a page whose help-seeking is not counted),
and which partner domains and campaign-link values editors listed
(reach/sources.py). Both change only when content visitors see changes, which
is exactly when the page cache's content version
is bumped (core/cache_invalidation.py: a publish, an unpublish, a move, a
saved ReachSource snippet). So both are kept in the cache, each stored with the
version it was read under, and fetched together with the current version in one
round trip (get_many). A warm beacon then makes one SQL query: its upsert.

A stale entry (older version) is a miss, read again from the database. Only
pages that exist are stored: ids a client makes up are answered from the
database each time and fill no cache. When the cache is down (the fail-open
backend answers misses) everything comes from the database, as before.
"""

import time

from django.core.cache import cache
from wagtail.models import Page

from core import page_cache
from pages.models import SelfHelpPage
from pages.models.warning import partner_hosts

from .models import PARTNER, ReachSource

KEY_PREFIX = "reach-lookup"
SOURCES_KEY = f"{KEY_PREFIX}:sources"
HELP_PAGE_MODEL = ("pages", "helppage")
SELF_HELP_MODEL = ("pages", "selfhelppage")
#: As long as a page-cache version lives: the version in the entry, not time, makes it stale.
TIMEOUT = 24 * 60 * 60


def page_key(page_id):
    return f"{KEY_PREFIX}:page:{page_id}"


def _live_page(page_id):
    """The page's facts for a beacon, or None when there is no such live page: {"help": a help page,
    "hides_help_seeking": help-seeking there is not counted (the self-help page, unless an editor
    chose to count it: docs/prevention.md)}."""
    found = Page.objects.filter(pk=page_id, live=True).values_list("content_type__app_label", "content_type__model")
    row = found.first()
    if row is None:
        return None
    hides = row == SELF_HELP_MODEL and not SelfHelpPage.objects.filter(pk=page_id, count_help_seeking=True).exists()
    return {"help": row == HELP_PAGE_MODEL, "hides_help_seeking": hides}


def _listed_values():
    """{kind: [values]} of the ReachSource snippets (lists: they are stored in the cache), and the
    host names of the partners listed for the warning (pages/models/warning.py): a site that may frame
    it is a partner source without a second entry (a saved WarningPartner bumps the version too)."""
    values = {}
    for kind, value in ReachSource.objects.values_list("kind", "value"):
        values.setdefault(kind, []).append(value)
    for host in partner_hosts():
        if host not in values.get(PARTNER, []):
            values.setdefault(PARTNER, []).append(host)
    return values


def _fresh(entry, version):
    return entry if isinstance(entry, dict) and entry.get("version") == version else None


def site_facts(page_id):
    """(the page's facts or None for no live page: _live_page(), {kind: set of listed values}) for one beacon.

    One cache round trip when warm; a query for each part that is not.
    """
    found = cache.get_many([page_cache.VERSION_KEY, SOURCES_KEY, page_key(page_id)])
    version = found.get(page_cache.VERSION_KEY)
    if version is None:
        version = page_cache.current_version()
    to_store = {}

    page = _fresh(found.get(page_key(page_id)), version)
    if page is None:
        page = _live_page(page_id)
        if page is not None:
            to_store[page_key(page_id)] = {"version": version, **page}

    sources = _fresh(found.get(SOURCES_KEY), version)
    if sources is None:
        listed = _listed_values()
        to_store[SOURCES_KEY] = {"version": version, "values": listed}
    else:
        listed = sources["values"]

    if to_store:
        cache.set_many(to_store, TIMEOUT)
    listed = {kind: set(values) for kind, values in listed.items()}
    _remember(version, page_id, page, listed)  # for the beacon pool's next beacon (remembered_facts)
    return page, listed


# -- what one worker remembers --------------------------------------------------------------------
# The beacon pool's hot path (reach/api.py) judges a beacon on the facts this worker last read and
# has core/beacon_count.py's script check, in the same round trip as the count, that their version
# is still the current one; a beacon judged on an old version is judged again on fresh facts. Only
# live pages are remembered (made-up ids fill nothing), at most MEMORY_PAGES of them per version,
# and for MEMORY_SECONDS at most: a Redis restarted empty numbers versions from 1 again, so an old
# memory could meet its own version number once more; it is forgotten soon after.

MEMORY_PAGES = 5000
MEMORY_SECONDS = 60
_memory = {"version": None, "pages": {}, "listed": None, "until": 0.0}


def _remember(version, page_id, page, listed):
    global _memory
    memory = _memory
    if memory["version"] != version or time.monotonic() >= memory["until"]:
        memory = _memory = {
            "version": version,
            "pages": {},
            "listed": listed,
            "until": time.monotonic() + MEMORY_SECONDS,
        }
    memory["listed"] = listed
    if page is not None and len(memory["pages"]) < MEMORY_PAGES:
        memory["pages"][page_id] = page


def remembered_facts(page_id):
    """(version, page facts, listed values) this worker remembers for a live page, or None: read them
    with site_facts(). The version may be out of date: the count checks it."""
    memory = _memory
    page = memory["pages"].get(page_id)
    if page is None or memory["version"] is None or time.monotonic() >= memory["until"]:
        return None
    return memory["version"], page, memory["listed"]


def forget_remembered_facts():
    """For tests: this worker remembers nothing."""
    global _memory
    _memory = {"version": None, "pages": {}, "listed": None, "until": 0.0}
