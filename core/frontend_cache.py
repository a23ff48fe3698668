"""Purge a CDN's copy of a page, in both languages, when it is published, unpublished or moved.

Wagtail's own frontend-cache handlers (the wagtail.contrib.frontend_cache app)
purge a page's address in the language active at that moment only; here one
page has a different address per language (/nl/campagnes/… and
/en/campaigns/…), plus audience views and the overviews that list it. So the
app is not installed; these handlers use Wagtail's PurgeBatch with every
address from the pages' sitemap entries, and do nothing unless a backend is
configured (WAGTAILFRONTENDCACHE in settings, from the environment).

The site's own page cache (core/page_cache.py) is cleared separately, on
every content change.

EdgePurgeBackend is Wagtail's HTTP purge with nothing left unsaid: a purge the edge did not
confirm (an error status, no answer within PURGE_TIMEOUT_SECONDS, or, for our Varnish, an
answer without the X-VIB-Purged header of deploy/varnish/default.vcl: the address is not
Varnish) is logged at WARNING with what came back, and each confirmed one at INFO with the
host and path the edge banned.
"""

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import urlopen

from django.conf import settings
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend, PurgeRequest
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger("core.frontend_cache")

# A publish waits for its purges: an edge that hangs must not hang the editor.
PURGE_TIMEOUT_SECONDS = 5


class EdgePurgeBackend(HTTPBackend):
    """``PURGE <path>`` to LOCATION with the page's Host; params: LOCATION, and EXPECT_HEADER (the
    header a successful answer must carry, "X-VIB-Purged" for deploy/varnish/default.vcl)."""

    def __init__(self, params):
        params = dict(params)
        self.expect_header = params.pop("EXPECT_HEADER", "")
        super().__init__(params)

    def purge(self, url):
        parsed = urlsplit(url)
        host = parsed.hostname + (f":{parsed.port}" if parsed.port else "")
        request = PurgeRequest(
            url=urlunsplit([self.cache_scheme, self.cache_netloc, parsed.path, parsed.query, ""]),
            headers={"Host": host, "User-Agent": "Wagtail-frontendcache/" + wagtail_version},
        )
        edge = f"{self.cache_scheme}://{self.cache_netloc}"
        try:
            with urlopen(request, timeout=PURGE_TIMEOUT_SECONDS) as response:  # noqa: S310 - LOCATION is ours
                status, confirmed = response.status, response.headers.get(self.expect_header, "")
        except HTTPError as error:
            logger.warning(
                "The edge at %s refused the purge of %s: %s %s. The old copy may still be served.",
                edge,
                url,
                error.code,
                error.reason,
            )
            return
        except (URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            logger.warning(
                "The edge at %s did not answer the purge of %s (%s). The old copy may still be served.",
                edge,
                url,
                reason,
            )
            return
        if not 200 <= status < 300 or (self.expect_header and not confirmed):
            logger.warning(
                "The purge of %s at %s answered %s without confirming it (no %s header): is that "
                "address the Varnish of deploy/varnish/default.vcl? The old copy may still be served.",
                url,
                edge,
                status,
                self.expect_header or "success",
            )
            return
        logger.info("Purged %s at the edge (%s)", url, confirmed or status)


def addresses_to_purge(page):
    """Every public address of the page and of the pages above it that list it (not the root)."""
    page = page.specific_deferred
    addresses = set()
    for shown in [page, *page.get_ancestors().filter(depth__gt=1).specific()]:
        entries = shown.get_sitemap_urls() if hasattr(shown, "get_sitemap_urls") else []
        addresses.update(entry["location"] for entry in entries)
        # Addresses a page answers that are in no sitemap (the partner warning's embed: noindex).
        addresses.update(getattr(shown, "unlisted_addresses", lambda: [])())
    return sorted(address for address in addresses if address)


def purge_page(page):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    PurgeBatch(addresses_to_purge(page)).purge()


def _page_changed(sender, instance, **kwargs):
    purge_page(instance)


def connect_purge():
    page_published.connect(_page_changed, dispatch_uid="frontend_cache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="frontend_cache_unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="frontend_cache_moved")
