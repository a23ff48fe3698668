"""What a template needs to know about a language, from the one settings list (core/languages.py).

No database: the error pages use these too.
"""

from django import template

from core import languages

register = template.Library()


@register.filter
def language_direction(code):
    """``dir="{{ LANGUAGE_CODE|language_direction }}"``: "rtl" for Arabic, "ltr" otherwise."""
    return languages.direction(code)


@register.filter
def language_name_in_itself(code):
    """ "Türkçe" for "tr": how a reader of that language recognises it."""
    return languages.name_in_itself(code)


@register.filter
def language_name(code):
    """The language's name in the active language ("Dutch" on an English page)."""
    return languages.name(code)


@register.filter
def language_locale(code):
    """The language and territory for og:locale ("nl_NL")."""
    return languages.locale(code)
