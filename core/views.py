"""Site-level views that are not Wagtail pages: the language door, robots.txt, error pages."""

import logging
import sys

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.views.decorators.http import require_GET

from core import languages

logger = logging.getLogger(__name__)


@require_GET
def root_redirect(request):
    """/ sends the visitor to /nl/ or /en/ (a public language) by Accept-Language; Dutch when unsure."""
    language = languages.public_or_default(translation.get_language_from_request(request))
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.WAGTAIL_ADMIN_PATH}",
        "Disallow: /account/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


#: What a database that cannot be reached raises (refused, restarting, connection lost).
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def database_unavailable_response(language):
    """503 "back soon" in the address's language and then the other public ones, with Retry-After;
    rendered without the database."""
    language = languages.public_or_default(language)
    context = {"LANGUAGE_CODE": language, "page_languages": [language, *languages.others_public(language)]}
    try:
        with translation.override(language):
            html = loader.get_template("503.html").render(context)
    except Exception:  # the error page itself must never fail
        logger.exception("Rendering 503.html failed")
        html = "<!doctype html><title>Back soon</title><p>Zo weer terug. Back soon.</p>"
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    #: read by the page cache, which may still have a copy of this page to serve instead
    response.database_unavailable = True
    return response


def server_error(request):
    """A calm error page in the visitor's language that needs no database.

    Django calls this inside its `except` block, so the exception is at hand: a
    database that cannot be reached is an outage, not a bug, and gets the 503
    page with Retry-After (monitoring and crawlers know to come back).
    """
    language = languages.from_path(getattr(request, "path", "/"))
    language = languages.public_or_default(language)  # its interface strings may not be complete yet
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        return database_unavailable_response(language)
    try:
        with translation.override(language):
            html = loader.get_template("500.html").render({"LANGUAGE_CODE": language})
    except Exception:  # the error page itself must never fail
        logger.exception("Rendering 500.html failed")
        html = "<!doctype html><title>Error</title><p>Er ging iets mis. Something went wrong.</p>"
    return HttpResponse(html, status=500)
