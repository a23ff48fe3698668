"""allauth's account adapter, for a site where editors are invited and enrol a factor at first sign-in."""

import time

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context

from core.client_address import login_client_address
from second_factor.enforcement import has_second_factor


class EditorAccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Accounts are made by an admin in Wagtail (Settings → Users); /account/signup/
        # shows allauth's "sign-up closed" page.
        return False

    def get_client_ip(self, request):
        # One rule for the client's address behind the proxies, django-axes' own
        # (core/client_address.py): allauth's raises ImproperlyConfigured (a 500 on the
        # sign-in page) when X-Forwarded-For is shorter than the count, and puts everyone on the
        # proxy's address when the count is too low.
        return login_client_address(request) or super().get_client_ip(request)

    def is_reauthentication_required(self, *, app, **kwargs):
        # allauth asks for the password again before a factor is added, even a
        # minute after signing in with it. An editor sent to enrol straight after
        # the password step (second_factor/enforcement.py) would type it twice;
        # the first factor within the reauthentication window needs no repeat.
        if app == "allauth.mfa" and self._enrolling_right_after_password():
            return False
        return super().is_reauthentication_required(app=app, **kwargs)

    def _enrolling_right_after_password(self):
        request = context.request
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or has_second_factor(user):
            return False
        recent = time.time() - app_settings.REAUTHENTICATION_TIMEOUT
        return any(
            record.get("method") == "password" and record.get("at", 0) > recent
            for record in get_authentication_records(request, user)
        )
