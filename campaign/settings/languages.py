"""The site's languages as configuration: one list, and every language setting derived from it.

Each entry names a language once: its code, its name in itself (what a reader of that language
looks for in the switcher), its language and territory for og:locale, its writing direction,
whether the public sees it yet, and PostgreSQL's text-search configuration for it ("simple"
where PostgreSQL has none). The first entry is the
default language: what / leads to and what every translated field falls back to.

A language that is not public yet has its columns, its admin fields and its preview; its address
prefix (/tr/…) answers 404 to the public and is open to editors only (core/locale_middleware.py),
and the switcher, hreflang and the sitemap leave it out. docs/development.md: "Adding a language".
"""

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy

SITE_LANGUAGES = [
    # code, name in itself, og:locale, direction, public yet, PostgreSQL text-search configuration
    {
        "code": "nl",
        "name": "Nederlands",
        "locale": "nl_NL",
        "direction": "ltr",
        "public": True,
        "search_config": "dutch",
    },
    {
        "code": "en",
        "name": "English",
        "locale": "en_GB",
        "direction": "ltr",
        "public": True,
        "search_config": "english",
    },
    {
        "code": "tr",
        "name": "Türkçe",
        "locale": "tr_TR",
        "direction": "ltr",
        "public": True,
        "search_config": "turkish",
    },
    {
        "code": "ar",
        "name": "العربية",
        "locale": "ar_AR",
        "direction": "rtl",
        "public": True,
        "search_config": "arabic",
    },
]


def name_in_english(language):
    """The name Django's own catalogues translate ("Turkish" → "Turks" in the Dutch admin)."""
    return LANG_INFO.get(language["code"], {}).get("name", language["name"])


def derived_settings(site_languages):
    """Django's, Wagtail's and modeltranslation's language settings, all from ``site_languages``.

    A settings module that changes the list assigns these again:
    ``globals().update(derived_settings(SITE_LANGUAGES))``.
    """
    codes = tuple(language["code"] for language in site_languages)
    # Names follow the admin's language (Django's catalogues, or locale/*.po where we name one).
    language_names = [(language["code"], gettext_lazy(name_in_english(language))) for language in site_languages]
    return {
        "SITE_LANGUAGES": site_languages,
        "LANGUAGE_CODE": codes[0],
        "LANGUAGES": language_names,
        "LANGUAGES_BIDI": [language["code"] for language in site_languages if language["direction"] == "rtl"],
        "WAGTAIL_CONTENT_LANGUAGES": language_names,
        "MODELTRANSLATION_DEFAULT_LANGUAGE": codes[0],
        "MODELTRANSLATION_LANGUAGES": codes,
        "MODELTRANSLATION_FALLBACK_LANGUAGES": (codes[0],),
    }
