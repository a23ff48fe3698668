"""Site-level views that are not Wagtail pages: the language door, robots.txt, error pages."""

import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@require_GET
def root_redirect(request):
    """/ sends the visitor to /nl/ or /en/ by Accept-Language; Dutch when unsure."""
    language = translation.get_language_from_request(request)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
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


def _language_from_path(path):
    prefix = path.lstrip("/").split("/", 1)[0]
    return prefix if prefix in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def server_error(request):
    """A calm error page in the visitor's language that needs no database."""
    language = _language_from_path(getattr(request, "path", "/"))
    try:
        with translation.override(language):
            html = loader.get_template("500.html").render({"LANGUAGE_CODE": language})
    except Exception:  # the error page itself must never fail
        logger.exception("Rendering 500.html failed")
        html = "<!doctype html><title>Error</title><p>Er ging iets mis. Something went wrong.</p>"
    return HttpResponse(html, status=500)
