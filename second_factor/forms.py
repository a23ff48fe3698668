"""allauth's code forms, with django-axes counting wrong codes as it counts wrong passwords.

A wrong password reaches axes through authenticate(); a wrong code does not, so
it is reported the same way (Django's user_login_failed signal, the user name
as credentials) and a locked user name or address may not try a code at all.
Five mistakes of either kind pause signing in (AXES_FAILURE_LIMIT).
"""

from allauth.account.internal.flows.login import record_authentication
from allauth.core import context
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.totp import forms as totp_forms
from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class AxesLimitedCodeMixin:
    def clean_code(self):
        request = context.request
        credentials = {"username": self.user.get_username()}
        if AxesProxyHandler.is_locked(request, credentials):
            # AxesMiddleware answers with the "signing in is paused" page (429).
            request.axes_locked_out = True
            request.axes_credentials = credentials
            raise ValidationError(_("Signing in is paused"), code="locked")
        try:
            return super().clean_code()
        except ValidationError:
            user_login_failed.send(sender=type(self), credentials=credentials, request=request)
            raise


class AuthenticateForm(AxesLimitedCodeMixin, mfa_forms.AuthenticateForm):
    """The code step of signing in (a code from the app, or a recovery code)."""


class ReauthenticateForm(AxesLimitedCodeMixin, mfa_forms.ReauthenticateForm):
    """The code asked of a signed-in editor whose session has not shown one yet."""


class ActivateTOTPForm(totp_forms.ActivateTOTPForm):
    """Enrolment: a right code from the new app is this session's second factor."""

    def clean_code(self):
        code = super().clean_code()
        # The editor just proved they hold the new authenticator: asking for a code
        # again on the way to the admin (or to see the recovery codes, which allauth
        # guards with reauthentication) would only be a second, identical step.
        record_authentication(context.request, self.user, "mfa", type="totp", enrolled=True, reauthenticated=True)
        return code
