"""Removing an editor's second factor after a lost device, so they enrol a new one.

Used by the admin's "Reset second factor" action (views.py) and by
`manage.py reset_second_factor` (for when no other admin can sign in). The
editor's authenticator app and recovery codes are deleted; at their next visit
to the admin they enrol again. The reset is written to Wagtail's audit log.
"""

from allauth.mfa.models import Authenticator
from wagtail.log_actions import log

LOG_ACTION = "second_factor.reset"


def may_reset(request_user, user):
    """Admins with the right to change users may reset, a superuser's only by a superuser."""
    if not request_user.is_authenticated or not request_user.has_perm("auth.change_user"):
        return False
    return request_user.is_superuser or not user.is_superuser


def has_any_factor(user):
    return Authenticator.objects.filter(user=user).exists()


def reset_second_factor(user, by=None):
    """Delete every authenticator of `user`; returns how many there were."""
    deleted, _ = Authenticator.objects.filter(user=user).delete()
    if deleted:
        log(instance=user, action=LOG_ACTION, user=by)
    return deleted
