"""Workaround: the site root paths in every language, kept for the whole request.

Why. With translated slugs the home page's URL path differs per language, so
wagtail-modeltranslation replaces Wagtail's private ``Page._get_site_root_paths``
with its own ``_new_get_site_root_paths``, which keeps a copy on the request (in
Wagtail's private ``_wagtail_cached_site_root_paths`` attributes) for one language
at a time. A page's URL in both languages (language switcher, hreflang, sitemap)
then threw the copy away and read the paths afresh from the cache for every
other URL. ``localized_site_root_paths`` keeps them per language in the
request's RequestState, and still writes Wagtail's attributes, because Wagtail
reads them there too (the redirects app's signal handler, the admin's page
chooser).

Upstream. The one-language copy came with infoportugal/wagtail-modeltranslation#197
("_get_site_root_paths: clear cache when changing languages", merged, fixing #195,
where a copy in the wrong language made ``Page.url`` None).

This module is also the only place that knows how to tell whether
wagtail-modeltranslation has patched the page models yet
(``require_modeltranslation_patched``): both workarounds must be installed
after it, whatever the order of INSTALLED_APPS, or they are overwritten.

Tested with wagtail 8.0.x and wagtail-modeltranslation 0.16.x (checked in
``install()``, which is also handed the project's per-request state by
pages/apps.py: this package imports no project code). Delete it when
wagtail-modeltranslation keeps the root paths per language, or when the site
leaves modeltranslation for Wagtail's own localisation;
tests/upstream/test_modeltranslation_quirks.py says what must still hold.
"""

from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from wagtail.models import Page, get_page_models
from wagtail_modeltranslation.patch_wagtailadmin import (
    _localized_site_get_site_root_paths,
    _new_get_site_root_paths,
    _new_route,
)

from . import require_tested_versions

__all__ = ["install", "localized_site_root_paths", "require_modeltranslation_patched"]

TESTED = {"wagtail": ">=8.0,<8.1", "wagtail-modeltranslation": ">=0.16,<0.17"}

#: request → its per-request state, with a ``site_root_paths`` dict (language → paths); set by ``install()``.
request_state_of = None


def localized_site_root_paths(page, request=None):
    """``Page._get_site_root_paths`` in the active language, read once per request and language."""
    if request is None:
        return _new_get_site_root_paths(page, None)
    language = translation.get_language()
    paths = request_state_of(request).site_root_paths
    if language not in paths:
        paths[language] = _localized_site_get_site_root_paths()
    request._wagtail_cached_site_root_paths_language = language
    request._wagtail_cached_site_root_paths = paths[language]
    return paths[language]


def require_modeltranslation_patched():
    """ImproperlyConfigured unless wagtail-modeltranslation has already patched the page models.

    It patches them in its AppConfig.ready(); a workaround installed before that
    would be overwritten without a sound.
    """
    if Page.__dict__.get("route") is not _new_route:
        raise ImproperlyConfigured(
            "The workarounds in upstream/ are installed before wagtail-modeltranslation patched the page "
            'models: list "wagtail_modeltranslation" before "pages" in INSTALLED_APPS (and keep '
            "WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS on, which they were tested with)."
        )


def install(*, state_of):
    """Use ``localized_site_root_paths`` on every page class modeltranslation gave its own version.
    Called from PagesConfig.ready(), with the project's ``state_of(request)``."""
    require_tested_versions(TESTED)
    require_modeltranslation_patched()
    global request_state_of
    request_state_of = state_of
    for model in get_page_models():
        if model.__dict__.get("_get_site_root_paths") is _new_get_site_root_paths:
            model._get_site_root_paths = localized_site_root_paths
