"""Numbers as the reach dashboard shows them, in the reader's language (1.234 in Dutch, 1,234 in English)."""

from django import template
from django.utils import formats

register = template.Library()


@register.filter
def count(value):
    return formats.number_format(value or 0, force_grouping=True)


@register.filter
def per_thousand(value):
    """A rate per 1,000 views with one decimal; a dash when there were no views to divide by."""
    if value is None:
        return "–"
    # Rounded first: number_format cuts the other decimals off (66.66… would show as 66.6).
    return formats.number_format(round(value, 1), decimal_pos=1, force_grouping=True)


@register.filter
def level(value):
    """A usual level (a median of views a day, possibly halfway between two days) with one decimal."""
    return formats.number_format(round(value, 1), decimal_pos=1, force_grouping=True)
