"""Wagtail admin: the reset action on the user listing, its address and its audit-log label."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from second_factor import views
from second_factor.reset import LOG_ACTION, may_reset


@hooks.register("register_admin_urls")
def register_reset_url():
    return [path("second-factor/reset/<int:user_id>/", views.reset_view, name="second_factor_reset")]


@hooks.register("register_user_listing_buttons")
def reset_button(user, request_user):
    if may_reset(request_user, user):
        yield ListingButton(
            _("Reset second factor"),
            reverse("second_factor_reset", args=[user.pk]),
            priority=60,
        )


@hooks.register("register_log_actions")
def register_reset_action(actions):
    actions.register_action(LOG_ACTION, _("Reset second factor"), _("Second factor reset"))
