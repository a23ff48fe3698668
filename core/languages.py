"""The site's languages, and which language a translated field shows: the one place for both.

The languages come from one settings list (``SITE_LANGUAGES``, campaign/settings/languages.py):
code, name in itself, writing direction, whether the public sees it yet, search configuration.
Dutch first, and Dutch is the default and the fallback. A translated field has one column per language
(wagtail-modeltranslation: ``title_nl``, ``title_en``); in a language whose column is empty
a visitor reads the default language's text, so a page or snippet answers in every language.
Code asks here instead of spelling ``"nl"``, ``"en"`` or ``f"{name}_{code}"`` itself.

A language that is not public yet is a site language all the same (columns, admin fields,
preview, reports); only what the public is shown asks ``public_codes()``: the switcher, hreflang,
the sitemap, the language door at / and the address prefixes (core/locale_middleware.py).
"""

from django.conf import settings
from django.db.models import CharField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation

__all__ = [
    "codes",
    "public_codes",
    "is_public",
    "direction",
    "search_config",
    "locale",
    "default",
    "others",
    "others_public",
    "public_or_default",
    "is_site_language",
    "name",
    "name_in_itself",
    "choices",
    "active",
    "from_path",
    "column",
    "own_value",
    "has_own_value",
    "shown_language",
    "shown_value_expression",
]


def _entries():
    return {language["code"]: language for language in settings.SITE_LANGUAGES}


def codes():
    """Language codes in site order, Dutch first; public or not."""
    return [code for code, _name in settings.LANGUAGES]


def public_codes():
    """The languages the public sees (switcher, hreflang, sitemap), in site order."""
    return [code for code in codes() if is_public(code)]


def is_public(code):
    """True for a site language the public sees; False for one still being written, or any other code."""
    return is_site_language(code) and _entries().get(code, {}).get("public", True)


def public_or_default(code):
    """``code`` when the public sees that language, the default language otherwise (a browser asking
    for Turkish before Turkish is public is sent to Dutch)."""
    return code if is_public(code) else default()


def direction(code):
    """ "rtl" or "ltr", for ``dir="…"``."""
    return _entries().get(code, {}).get("direction", "ltr")


def locale(code):
    """Language and territory ("nl_NL"), for og:locale; the code alone when the list gives none."""
    return _entries().get(code, {}).get("locale") or code


def search_config(code):
    """PostgreSQL's text-search configuration for the language ("simple" when it has none)."""
    return _entries().get(code, {}).get("search_config") or "simple"


def default():
    """The default language: what / leads to, and what every translated field falls back to."""
    return settings.LANGUAGE_CODE


def others(code=None):
    """The site languages other than ``code`` (the default language when not given), in site order."""
    code = code or default()
    return [other for other in codes() if other != code]


def others_public(code=None):
    """The public languages other than ``code`` (the default language when not given), in site order."""
    code = code or default()
    return [other for other in public_codes() if other != code]


def is_site_language(code):
    """True for a code the site speaks; False for anything else (hostile input included)."""
    return isinstance(code, str) and code in codes()


def name(code):
    """The language's name in the active language ("Dutch" on an English page)."""
    return dict(settings.LANGUAGES)[code]


def name_in_itself(code):
    """The language named in itself ("Nederlands"): a Dutch reader looks for that word."""
    entry = _entries().get(code)
    return entry["name"] if entry else translation.get_language_info(code)["name_local"]


def choices():
    """(code, name) pairs for form fields, in site order; names follow the active language."""
    return list(settings.LANGUAGES)


def active():
    """The active language as a site language code; the default language when none is active."""
    code = translation.get_language()
    if is_site_language(code):
        return code
    try:
        return translation.get_supported_language_variant(code or "")  # "en-gb" → "en"
    except LookupError:
        return default()


def from_path(path):
    """The language a URL path is in (/en/… → "en"), the default language for any other path."""
    prefix = (path or "").lstrip("/").split("/", 1)[0]
    return prefix if is_site_language(prefix) else default()


# -- translated fields --------------------------------------------------------------------


def column(field_name, code):
    """The column holding ``field_name`` in language ``code``: ``title`` in "en" → ``title_en``."""
    return f"{field_name}_{code}"


def own_value(obj, field_name, code=None):
    """The field's own text in one language (the active one by default), without the fallback."""
    return getattr(obj, column(field_name, code or active()), None)


def has_own_value(obj, field_name, code=None):
    """True when the field has text of its own in that language (a StreamField with blocks counts)."""
    value = own_value(obj, field_name, code)
    return len(value) > 0 if hasattr(value, "__len__") else bool(value)


def shown_language(obj, field_name, code=None):
    """For lang="…": the language a field is shown in, in language ``code`` (the active one).

    That language when the field has text of its own there, the default language when it
    falls back, and ``code`` itself for a field that is not translated (no column per language).
    """
    code = code or active()
    if not hasattr(obj, column(field_name, code)):
        return code
    return code if has_own_value(obj, field_name, code) else default()


def shown_value_expression(field_name, code=None):
    """The same fallback in the database, for sorting and filtering: the column in ``code`` (the
    active language), the default language's column where that is empty. The per-language
    columns are different field classes to Django, so the result is declared as text."""
    code = code or active()
    own = NullIf(column(field_name, code), Value(""))
    return Coalesce(own, column(field_name, default()), output_field=CharField())
