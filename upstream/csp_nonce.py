"""Workaround: django-csp's treatment of a response that already has its policy, and of a preview.

Why. core/security_headers.py passes a response that already carries the Content-Security-Policy
(a page from the page cache) without letting django-csp build a policy it would throw away. It
must still do what django-csp's ``CSPMiddleware.process_response`` does last: once the header is
written, a nonce asked for would not be in it, so django-csp replaces ``request.csp_nonce`` with
one that raises (its private ``_csp_nonce_post_response``), unless a nonce was already made (its
private ``request._csp_nonce``). ``refuse_nonce_after_header`` does exactly that.

A Wagtail preview may be framed by the admin: ``replace_directive`` changes one directive of one
response's policy the way django-csp's ``csp_replace`` decorator does, through the private
``response._csp_replace`` the middleware reads (a decorator cannot be used: the preview is decided
in middleware, not per view).

Tested with django-csp 4.0.x (checked in ``install()``). Delete the nonce part when django-csp
skips building a policy for a response that has one; tests/operations/test_page_cache_front.py and
tests/operations/test_preview_framing.py say what must still hold.
"""

from csp.middleware import CheckableLazyObject

from . import require_tested_versions

__all__ = ["install", "refuse_nonce_after_header", "replace_directive"]

TESTED = {"django-csp": ">=4.0,<4.1"}


def refuse_nonce_after_header(middleware, request):
    """As django-csp's middleware does once the header is written: a nonce not made yet now raises
    when asked for (``middleware`` is a ``csp.middleware.CSPMiddleware``)."""
    if getattr(request, "_csp_nonce", None) is None:
        request.csp_nonce = CheckableLazyObject(middleware._csp_nonce_post_response)


def replace_directive(response, directive, sources):
    """``directive`` of this response's policy becomes ``sources``, as django-csp's ``csp_replace`` does."""
    response._csp_replace = {**(getattr(response, "_csp_replace", None) or {}), directive: sources}


def install():
    """Refuse to start on a django-csp this was not checked with. Called from CoreConfig.ready()."""
    require_tested_versions(TESTED)
