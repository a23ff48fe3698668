"""The Permissions-Policy header, which neither Django nor django-csp sets.

Django's SecurityMiddleware sends nosniff, Referrer-Policy, HSTS and COOP;
django-csp sends the Content-Security-Policy (through CSPMiddleware below, which
skips building it for a response that has it already). This adds the one header
left: which browser features (camera, microphone, location, ...) pages may use —
none, on this site.
"""

import csp.middleware
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from django.conf import settings


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
    (campaign/page_cache.py) always has it: it was stored with the header its first render got.
    Such a response is passed as it is; every other response gets django-csp's own treatment.
    """

    def process_response(self, request, response):
        report_only = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        if HEADER in response and (not report_only or HEADER_REPORT_ONLY in response):
            # As django-csp does once the header is written: a nonce asked for now would not be in it.
            if getattr(request, "_csp_nonce", None) is None:
                request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
            return response
        return super().process_response(request, response)
