"""Purge a CDN's copy of a page, in both languages, when it is published, unpublished or moved.

Wagtail's own frontend-cache handlers (the wagtail.contrib.frontend_cache app)
purge a page's address in the language active at that moment only; here one
page has a different address per language (/nl/campagnes/… and
/en/campaigns/…), plus audience views and the overviews that list it. So the
app is not installed; these handlers use Wagtail's PurgeBatch with every
address from the pages' sitemap entries, and do nothing unless a backend is
configured (WAGTAILFRONTENDCACHE in settings, from the environment).

The site's own page cache (campaign/page_cache.py) is cleared separately, on
every content change.
"""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch


def addresses_to_purge(page):
    """Every public address of the page and of the pages above it that list it (not the root)."""
    page = page.specific_deferred
    addresses = set()
    for shown in [page, *page.get_ancestors().filter(depth__gt=1).specific()]:
        entries = shown.get_sitemap_urls() if hasattr(shown, "get_sitemap_urls") else []
        addresses.update(entry["location"] for entry in entries)
    return sorted(address for address in addresses if address)


def purge_page(page):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    PurgeBatch(addresses_to_purge(page)).purge()


def _page_changed(sender, instance, **kwargs):
    purge_page(instance)


def connect_purge():
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(_page_changed, dispatch_uid="frontend_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="frontend_cache_unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="frontend_cache_moved")
