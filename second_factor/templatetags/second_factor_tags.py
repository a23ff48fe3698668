"""What the sign-in page may promise about the second factor."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def second_factor_required():
    """Whether every editor is asked for a code (always in production; off by default on a laptop,
    where only an editor who set up an authenticator app is asked for one)."""
    return getattr(settings, "ADMIN_REQUIRE_SECOND_FACTOR", True)
