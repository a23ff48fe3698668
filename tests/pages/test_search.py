"""Site search answers in the visitor's language only."""

import pytest
from django.db import connection

from pages.search import search_pages
from tests import factories
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual_page(home_page):
    page = factories.GuidancePageFactory(
        parent=factories.GuidanceIndexPageFactory(parent=home_page),
        title_nl="Regenboogzebra's in de klas",
        title_en="Rainbowzebras in the classroom",
        slug_nl="regenboogzebra",
        slug_en="rainbowzebra",
        intro_nl="Een verzonnen dier om het zoeken te testen.",
        intro_en="A made-up animal to test search.",
        body_nl=[factories.text("<p>De campagne over de regenboogzebra, voor ouders.</p>")],
        body_en=[factories.text("<p>The campaign about the rainbowzebra and its photos.</p>")],
    )
    page.save_revision().publish()
    return page


def result_titles(client, url):
    document = soup(client.get(url))
    return [h.get_text(strip=True) for h in document.select(".search-results h2")]


def test_dutch_search_finds_dutch_text_and_links_to_dutch_pages(client, bilingual_page):
    document = soup(client.get("/nl/zoeken/?q=regenboogzebra"))
    links = [a["href"] for a in document.select(".search-results a")]
    assert links == ["/nl/informatie/regenboogzebra/"]


def test_english_search_finds_english_text_only(client, bilingual_page):
    assert result_titles(client, "/en/search/?q=rainbowzebra") == ["Rainbowzebras in the classroom"]
    assert result_titles(client, "/en/search/?q=regenboogzebra") == []
    assert result_titles(client, "/nl/zoeken/?q=rainbowzebra") == []


def test_unpublished_pages_are_not_found(client, bilingual_page):
    bilingual_page.unpublish()
    assert result_titles(client, "/nl/zoeken/?q=regenboogzebra") == []


def test_search_reads_streamfield_text_and_every_word_must_match(bilingual_page):
    assert search_pages("campagne regenboogzebra", "nl") == [bilingual_page]
    assert search_pages("campagne olifant", "nl") == []


def test_draft_changes_are_not_searchable_until_published(client, bilingual_page):
    bilingual_page.body_nl = [("text", "<p>Geheime conceptzin met okapi.</p>")]
    bilingual_page.save_revision()
    assert search_pages("okapi", "nl") == []
    bilingual_page.get_latest_revision().publish()
    assert [p.pk for p in search_pages("okapi", "nl")] == [bilingual_page.pk]


@pytest.mark.parametrize(
    "query",
    ["", "   ", "a" * 5000, "'; DROP TABLE wagtailcore_page; --", "<script>alert(1)</script>", "& | ! :*", "\u0000"],
)
def test_odd_queries_get_a_normal_page(client, home_page, query):
    response = client.get("/nl/zoeken/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


def test_page_number_out_of_range_shows_the_first_page(client, bilingual_page):
    response = client.get("/nl/zoeken/", {"q": "regenboogzebra", "page": "999"})
    assert response.status_code == 200
    response = client.get("/nl/zoeken/", {"q": "regenboogzebra", "page": "x"})
    assert response.status_code == 200


def test_search_page_switches_language_with_the_query_kept(client, home_page):
    document = soup(client.get("/nl/zoeken/?q=deepfake"))
    switch = document.select_one('nav.language-switcher a[hreflang="en"]')["href"]
    assert switch == "/en/search/?q=deepfake"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL")
def test_postgres_uses_each_languages_stemming(bilingual_page):
    # Dutch: "ouder" finds "ouders"; English: "photo" finds "photos".
    assert bilingual_page in search_pages("ouder", "nl")
    assert bilingual_page in search_pages("photo", "en")
