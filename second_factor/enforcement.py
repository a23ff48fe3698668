"""The admin is closed to a session that has not shown a second factor.

allauth signs an editor in (password, then a code when they have a factor) and
records each step in the session (allauth.account.authentication). A session
whose records hold no "mfa" step — a password-only sign-in from before the
editor enrolled, or while the setting was off — is sent to enrol (no factor
yet) or to enter a code (allauth's reauthentication step), then back.
ADMIN_REQUIRE_SECOND_FACTOR=false (dev and test settings only) lets it pass.
"""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

# The one address in the admin an editor without a second factor may use: signing out.
OPEN_ADMIN_PATHS = ("logout/",)


def session_has_second_factor(request):
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


def has_second_factor(user):
    return is_mfa_enabled(user, [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN])


class SecondFactorRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.must_show_second_factor(request):
            step = "mfa_reauthenticate" if has_second_factor(request.user) else "mfa_activate_totp"
            return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def must_show_second_factor(self, request):
        if not getattr(settings, "ADMIN_REQUIRE_SECOND_FACTOR", True):
            return False
        admin_prefix = f"/{settings.WAGTAIL_ADMIN_PATH}"
        if not request.path_info.startswith(admin_prefix):
            return False
        if request.path_info[len(admin_prefix) :] in OPEN_ADMIN_PATHS:
            return False
        return request.user.is_authenticated and not session_has_second_factor(request)
