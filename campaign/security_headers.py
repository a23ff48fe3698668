"""The Permissions-Policy header, which neither Django nor django-csp sets.

Django's SecurityMiddleware sends nosniff, Referrer-Policy, HSTS and COOP;
django-csp sends the Content-Security-Policy. This adds the one header left:
which browser features (camera, microphone, location, ...) pages may use —
none, on this site.
"""

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
