"""The addresses around the pages: /, robots.txt, sitemap.xml, 404 and 500."""

import xml.etree.ElementTree as ET

import pytest
from django.test import Client, override_settings
from django.utils import translation
from wagtail.models import Page

from pages.models import CampaignPage, GuidancePage
from tests import factories
from tests.helpers import soup

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.mark.parametrize(
    "accept_language, target",
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("nl-NL,nl;q=0.9,en;q=0.8", "/nl/"),
        ("fr-FR,fr;q=0.9", "/nl/"),  # unsure: Dutch
        ("", "/nl/"),
    ],
)
def test_root_sends_visitors_to_their_language(client, accept_language, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


@pytest.fixture
def small_site(home_page):
    """A home, a campaign (with its audience views) and a guidance page."""
    campaigns = factories.CampaignIndexPageFactory(parent=home_page)
    factories.CampaignPageFactory(parent=campaigns, slug_nl="echt-of-nep", slug_en="real-or-fake")
    guidance = factories.GuidanceIndexPageFactory(parent=home_page)
    factories.GuidancePageFactory(parent=guidance)
    return home_page


def test_language_home_pages_answer(client, home_page):
    assert soup(client.get("/nl/")).html["lang"] == "nl"
    assert soup(client.get("/en/")).html["lang"] == "en"


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    entries = {}
    for url in tree.findall("sm:url", SITEMAP_NS):
        loc = url.find("sm:loc", SITEMAP_NS).text
        entries[loc] = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", SITEMAP_NS)}
    return entries


def test_sitemap_lists_every_live_page_in_every_language_with_alternates(client, small_site):
    entries = sitemap_entries(client)
    live = Page.objects.live().filter(depth__gt=1).specific()
    campaigns = live.type(CampaignPage).count()
    # Each page in four languages, plus each campaign's three audience views in four languages.
    assert len(entries) == 4 * live.count() + 4 * 3 * campaigns
    for page in live:
        urls = {}
        for code in ("nl", "en", "tr", "ar"):
            with translation.override(code):
                urls[code] = page.get_full_url()
        for url in urls.values():
            assert entries[url] == {**urls, "x-default": urls["nl"]}
    assert "http://testserver/en/campaigns/real-or-fake/" in entries


def test_sitemap_leaves_out_unpublished_pages(client, small_site):
    page = GuidancePage.objects.live().first()
    with translation.override("nl"):
        url = page.get_full_url()
    page.unpublish()
    assert url not in sitemap_entries(client)


@pytest.mark.parametrize(
    "path, lang, text",
    [("/nl/bestaat-niet/", "nl", "Pagina niet gevonden"), ("/en/does-not-exist/", "en", "Page not found")],
)
def test_not_found_page_speaks_the_visitors_language(client, path, lang, text):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="ltr">' in html
    assert text in html


def test_server_error_page_is_calm_and_in_the_visitors_language():
    from campaign.urls import urlpatterns  # noqa: F401  (load the URLconf)

    client = Client(raise_request_exception=False)
    with override_settings(ROOT_URLCONF="tests.pages.error_urls"):
        response = client.get("/en/boom/")
        assert response.status_code == 500
        assert "Something went wrong" in response.content.decode()
        assert '<html lang="en" dir="ltr">' in response.content.decode()
        response = client.get("/nl/boom/")
        assert "Er ging iets mis" in response.content.decode()
        assert "Traceback" not in response.content.decode()
