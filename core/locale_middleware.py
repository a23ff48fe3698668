"""Django's LocaleMiddleware, except for addresses that have no language; and the door of a
language the public does not see yet.

For a 404, Django's middleware retries the address under /nl/ and redirects
there when that is a valid URL; with Wagtail's catch-all route every address
is "valid", so /api/ab/unknown/exposure would answer 302 → /nl/api/…
Beacons, short links, documents and the sign-in screens (/account/) are outside the language prefixes: their
404 stays a 404.

A language that is in the settings list but not public yet (core/languages.py) has its address
prefix (/tr/…) like every language, so editors can read the whole site in it, with its menu,
switcher and search, before it is switched on: Wagtail's preview alone shows one page at a time.
The public gets a 404 there (not a redirect: nothing to index, no promise of content), and an
address without a prefix (the sign-in screens, the beacons) never speaks that language because
a browser asks for it.
"""

from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from core import languages
from core.views import page_not_found

NON_LANGUAGE_PREFIXES = ("/api/", "/l/", "/documents/", "/static/", "/media/", "/account/")


def prefix_language(path):
    """The site language an address starts with (/tr/… → "tr"), None when it has none."""
    prefix = (path or "").lstrip("/").split("/", 1)[0]
    return prefix if languages.is_site_language(prefix) else None


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_request(self, request):
        super().process_request(request)
        if not languages.is_public(request.LANGUAGE_CODE) and prefix_language(request.path_info) is None:
            # Chosen from the browser's Accept-Language or a cookie, not from the address.
            request.LANGUAGE_CODE = languages.default()
            translation.activate(request.LANGUAGE_CODE)

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(NON_LANGUAGE_PREFIXES):
            return response
        return super().process_response(request, response)


def may_read_unpublished_languages(request):
    """Editors (anyone who may open the admin), and Wagtail's own preview of a page."""
    if getattr(request, "is_dummy", False):
        return True
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


class UnpublishedLanguageMiddleware:
    """404 for the public under the prefix of a language that is not public yet; after authentication."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        code = prefix_language(request.path_info)
        if code is not None and not languages.is_public(code) and not may_read_unpublished_languages(request):
            with translation.override(languages.default()):
                request.LANGUAGE_CODE = languages.default()
                return page_not_found(request)
        return self.get_response(request)
