"""Security headers Django and django-csp do not set as this site needs them.

Django's SecurityMiddleware sends nosniff, Referrer-Policy, HSTS and COOP;
django-csp sends the Content-Security-Policy (through CSPMiddleware below, which
skips building it for a response that has it already). This adds the one header
left: which browser features (camera, microphone, location, ...) pages may use —
none, on this site.

Framing: every public page says ``frame-ancestors 'none'`` and ``X-Frame-Options:
DENY``. The one exception is a preview in the admin. Wagtail renders a preview by
running a dummy request for the page's public address through the whole middleware
stack (``make_preview_request``) and marks it ``request.is_preview``; the editor's
preview panel shows that response in an iframe of the admin, on this same origin. So
a preview response, and only that, may be framed by this site (``'self'`` and
``SAMEORIGIN``), or the panel stays blank and the Checks panel, which reads the
page inside that iframe, has nothing to count.
"""

import csp.middleware
from csp.constants import HEADER, HEADER_REPORT_ONLY
from django.conf import settings
from django.middleware.clickjacking import XFrameOptionsMiddleware as DjangoXFrameOptionsMiddleware

from upstream.csp_nonce import refuse_nonce_after_header, replace_directive


def is_preview(request):
    """Whether Wagtail is rendering this request for the admin's preview (never a visitor's request)."""
    return getattr(request, "is_preview", False) is True


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = getattr(settings, "PERMISSIONS_POLICY", "")

    def __call__(self, request):
        response = self.get_response(request)
        if self.policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.policy
        return response


class CSPMiddleware(csp.middleware.CSPMiddleware):
    """django-csp's middleware, minus building a policy that is then thrown away.

    django-csp builds the policy (and the report-only one) for every response and only then sees
    that the response already has the header, which it never replaces. A page from the page cache
    (core/page_cache.py) always has it: it was stored with the header its first render got.
    Such a response is passed as it is; every other response gets django-csp's own treatment.
    """

    def process_response(self, request, response):
        report_only = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        if is_preview(request):
            # The admin's preview frame (same origin) may show it; nobody else may frame it.
            replace_directive(response, "frame-ancestors", ["'self'"])
        if HEADER in response and (not report_only or HEADER_REPORT_ONLY in response):
            # As django-csp does once the header is written: a nonce asked for now would not be in it.
            refuse_nonce_after_header(self, request)
            return response
        return super().process_response(request, response)


class XFrameOptionsMiddleware(DjangoXFrameOptionsMiddleware):
    """Django's, with SAMEORIGIN instead of X_FRAME_OPTIONS (DENY) for a Wagtail preview only."""

    def get_xframe_options_value(self, request, response):
        if is_preview(request):
            return "SAMEORIGIN"
        return super().get_xframe_options_value(request, response)
