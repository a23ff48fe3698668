"""The admin's "Reset second factor" action on a user: a confirmation, then a POST."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from second_factor.reset import has_any_factor, may_reset, reset_second_factor


def reset_view(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id)
    if not may_reset(request.user, user):
        raise PermissionDenied
    if request.method == "POST":
        if reset_second_factor(user, by=request.user):
            messages.success(
                request,
                _("The second factor of %(name)s is removed. They set up a new one at their next sign-in.")
                % {"name": user.get_username()},
            )
        else:
            messages.info(
                request, _("%(name)s has no second factor; nothing was changed.") % {"name": user.get_username()}
            )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "second_factor/reset_confirm.html",
        {
            "target_user": user,
            "has_factor": has_any_factor(user),
            "page_title": _("Reset second factor"),
            "page_subtitle": user.get_username(),
            "header_icon": "key",
        },
    )
