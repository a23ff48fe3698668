"""Small helpers around the two site languages (settings.LANGUAGES)."""

from django.conf import settings


def codes():
    """Language codes in site order, Dutch first."""
    return [code for code, _name in settings.LANGUAGES]
