"""Workaround: read and replace a response's headers as Django keeps them, without checking each again.

Why. The page cache (core/page_cache.py) stores a page's headers and serves them again on every
hit. Django's ``HttpResponse.headers`` (a ``ResponseHeaders``) checks and encodes every header as
it is set; its private ``_store`` holds the result ({lower-case name: (name, value)}). Copying that
mapping out when a page is stored, and back in when it is served, skips the check and encoding on
every hit: they were done when the site set the headers of the first response. Django has no
public way to read or replace the checked headers as a whole.

Tested with Django 5.2.x (checked in ``install()``). Delete this module when Django offers such a
way, or when the page cache sets its headers one by one again: tests/operations/ (the page cache's
tests) still pass then.
"""

from . import require_tested_versions

__all__ = ["header_store", "install", "replace_header_store"]

TESTED = {"Django": ">=5.2,<5.3"}


def header_store(response):
    """The response's headers as Django keeps them: {lower-case name: (name, value)}, checked and encoded."""
    return response.headers._store


def replace_header_store(response, store):
    """Give ``response`` a copy of ``store`` (what ``header_store`` read from another response) as its headers."""
    response.headers._store = dict(store)


def install():
    """Refuse to start on a Django this was not checked with. Called from CoreConfig.ready()."""
    require_tested_versions(TESTED)
