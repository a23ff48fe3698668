"""Django's LocaleMiddleware, except for addresses that have no language.

For a 404, Django's middleware retries the address under /nl/ and redirects
there when that is a valid URL; with Wagtail's catch-all route every address
is "valid", so /api/ab/unknown/exposure would answer 302 → /nl/api/…
Beacons, short links, documents and the sign-in screens (/account/) are outside the language prefixes: their
404 stays a 404.
"""

from django.middleware.locale import LocaleMiddleware

NON_LANGUAGE_PREFIXES = ("/api/", "/l/", "/documents/", "/static/", "/media/", "/account/")


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(NON_LANGUAGE_PREFIXES):
            return response
        return super().process_response(request, response)
