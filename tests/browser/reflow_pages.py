"""Which addresses the reflow tests visit: every live page of the served demo, asked of its own database.

The list is built from the page models, not written down, so a page type added later is checked
as soon as the demo has a live page of it. `manage.py shell` runs LISTING in the served site's
settings and database and prints one JSON line:

- ``pages``: per page model, the paths of each of its live, public pages in every public language,
  with the extra views a page answers (a campaign's audience views, from its sitemap entries);
- ``live_models``: every page model with live, public pages, counted separately, for the guard test;
- ``search``: the search page's path per language;
- ``errors``: the 404, 500 and 503 pages as the site renders them (DEBUG off for the 404, since the
  development server shows Django's debug page instead).
"""

import json
import re
import urllib.request
from urllib.parse import urlsplit

LISTING = r"""
import json
from urllib.parse import urlsplit
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page, get_page_models
from core import views
from core import languages

def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")

pages = {}
for model in get_page_models():
    if model is Page:
        continue
    for page in model.objects.live().public().exact_type(model).order_by("path"):
        paths = [page.get_url_in(code) for code in languages.public_codes()]
        if hasattr(page, "get_sitemap_urls"):
            paths += [path_of(entry["location"]) for entry in page.get_sitemap_urls()]
        found = pages.setdefault(model._meta.label, [])
        found += [path for path in dict.fromkeys(paths) if path and path not in found]

live_models = sorted({
    page.specific_class._meta.label
    for page in Page.objects.live().public().filter(depth__gt=1).defer_streamfields()
    if page.specific_class is not None
})
search = {}
errors = {}
with override_settings(DEBUG=False):
    client = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
    for code in languages.public_codes():
        with translation.override(code):
            search[code] = reverse("search")
        errors[f"404 {code}"] = client.get(f"/{code}/reflow-test-page-that-does-not-exist/").content.decode()
        errors[f"500 {code}"] = views.server_error(RequestFactory().get(f"/{code}/")).content.decode()
        errors[f"503 {code}"] = views.database_unavailable_response(code).content.decode()
print("REFLOW-LISTING " + json.dumps({"pages": pages, "live_models": live_models, "search": search, "errors": errors}))
"""

#: Views of a page type that look different with a query or at a sub-address: filtered lists and search
#: results, the partner warning's embed, splash and partners page.
#: (Search results are added per language below; the answered quiz is found on the page itself.)
QUERY_VIEWS = {
    "pages.LessonIndexPage": ["?level=vo&duration=50"],
    "pages.HelpPage": ["?situation=blackmail"],
    # The route's questions and two routes (a young person's with a platform, a parent's sextortion route).
    "pages.ImagesOfflinePage": [
        "?who=me",
        "?who=me&age=under-18&what=shared&platform=snapchat",
        "?who=child&what=threatened&platform=other",
    ],
    # The prevention routes: a second question, a young bystander's route, the young people's self-help.
    "pages.BystanderPage": ["?reader=young", "?reader=young&age=not-sure"],
    "pages.SelfHelpPage": ["?reader=young"],
    # The partner warning's other forms: the embed partners frame, the splash, the partners page.
    "pages.PartnerWarningPage": ["embed/", "splash/", "partners/"],
}
SEARCH_QUERY = "?q=deepfake"
#: Where the error pages are shown in the browser (served by Playwright from the HTML above, on the
#: site's own origin, so they load the site's own stylesheet).
ERROR_PAGE_PATH = "/{code}/reflow-error-page/{status}/"


def read_listing(live_site):
    output = live_site.manage("shell", "--no-imports", "-c", LISTING)
    line = next(line for line in output.splitlines() if line.startswith("REFLOW-LISTING "))
    return json.loads(line.removeprefix("REFLOW-LISTING "))


def language_of(path):
    return path.split("/")[1]


def answered_quiz_path(site_url, path):
    """The page with its quiz answered (a GET form, so the answered state has its own address)."""
    html = urllib.request.urlopen(site_url + path, timeout=10).read().decode()
    quiz = re.search(r'name="quiz" value="([^"]+)"', html)
    answers = sorted(set(re.findall(r'type="radio" id="[^"]*" name="(a\d+)"', html)))
    if not quiz or not answers:
        return None
    query = "&".join([f"quiz={quiz.group(1)}"] + [f"{name}=true" for name in answers])
    return f"{path}?{query}"


#: Languages whose every page is visited. The others (Turkish, Arabic, …) are visited once per page type
#: and once per kind of view (a campaign's audience view, filters, search, the answered quiz, errors):
#: what a language changes is its direction, its interface strings and its words' lengths in one
#: layout, not each page's blocks, which the first two cover; and every language costs the whole walk
#: again under each condition.
EVERY_PAGE_LANGUAGES = ("nl", "en")


def checked_addresses(site_url, listing):
    """(label, path) for every address the reflow tests visit, each page type in every language."""
    addresses = []
    for label, paths in listing["pages"].items():
        first_per_language = {}
        first_per_view = {}  # a campaign and one of its audience views (one level deeper)
        for path in paths:
            first_per_language.setdefault(language_of(path), path)
            first_per_view.setdefault((language_of(path), path.count("/")), path)
        sampled = set(first_per_view.values())
        addresses += [(label, path) for path in paths if language_of(path) in EVERY_PAGE_LANGUAGES or path in sampled]
        for query in QUERY_VIEWS.get(label, []):
            addresses += [(f"{label} {query}", path + query) for path in first_per_language.values()]
    for path in listing["search"].values():
        addresses.append(("search results", path + SEARCH_QUERY))
    audience_views = [path for label, path in addresses if label == "pages.CampaignPage" and path.count("/") > 4]
    for code in listing["search"]:
        answered = (answered_quiz_path(site_url, path) for path in audience_views if language_of(path) == code)
        first = next((path for path in answered if path), None)
        if first:
            addresses.append(("answered quiz", first))
    for name in listing["errors"]:
        status, code = name.split()
        addresses.append((f"error page {status}", ERROR_PAGE_PATH.format(code=code, status=status)))
    return addresses


def serve_error_pages(context, site_url, listing):
    """Answer the error pages' paths in this browser context with the HTML the site renders."""
    pages = {}
    for name, html in listing["errors"].items():
        status, code = name.split()
        pages[site_url + ERROR_PAGE_PATH.format(code=code, status=status)] = (int(status), html)

    def fulfil(route):
        status, html = pages[urlsplit(route.request.url)._replace(query="").geturl()]
        route.fulfill(status=status, body=html, content_type="text/html; charset=utf-8")

    for url in pages:
        context.route(url, fulfil)
