"""The lesson overview and the search results with few and with many lessons and campaigns (issue 28, item 4).

Both show one page of items at a time with numbered page links (the current page
marked for screen readers, the filters or the search words kept); a lesson's
card is rendered once per content version and language, whichever filters and
page show it; and each costs the same SQL queries with 10 lessons and campaigns
as with 60.
"""

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import page_cache
from pages.pagination import pagination_links
from tests import factories
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page):
    return {
        "lessons": factories.LessonIndexPageFactory(parent=home_page),
        "campaigns": factories.CampaignIndexPageFactory(parent=home_page),
        "made": {"lessons": 0, "campaigns": 0},
    }


def add_lessons(site, count):
    """Lessons about okapis; every third one for secondary school (vo-1), the others for groups 7 and 8."""
    for _ in range(count):
        number = site["made"]["lessons"] = site["made"]["lessons"] + 1
        factories.LessonPageFactory(
            parent=site["lessons"],
            title_nl=f"Okapi-les {number:03d}",
            title_en=f"Okapi lesson {number:03d}",
            slug_nl=f"okapi-les-{number}",
            slug_en=f"okapi-lesson-{number}",
            levels=["vo-1"] if number % 3 == 0 else ["po-7", "po-8"],
            min_age=12 if number % 3 == 0 else 10,
            max_age=13 if number % 3 == 0 else 12,
        )


def add_campaigns(site, count):
    for _ in range(count):
        number = site["made"]["campaigns"] = site["made"]["campaigns"] + 1
        factories.CampaignPageFactory(
            parent=site["campaigns"],
            title_nl=f"Okapi-campagne {number:03d}",
            title_en=f"Okapi campaign {number:03d}",
            slug_nl=f"okapi-campagne-{number}",
            slug_en=f"okapi-campaign-{number}",
        )


def card_titles(document):
    return [h.get_text(strip=True) for h in document.select(".lesson-list .card__title")]


def pagination(document):
    """(the nav's label, its status line, [(link text, href, current?)]) of a page's pagination."""
    nav = document.select_one("nav.pagination")
    links = [
        (a.get_text(" ", strip=True), a["href"], a.get("aria-current") == "page")
        for a in nav.select("ul a")
        if not a.get("rel")
    ]
    return nav["aria-label"], nav.select_one(".pagination__status").get_text(strip=True), links


# The lesson overview


def test_the_lesson_overview_shows_20_a_page_with_numbered_links_and_the_current_one_marked(client, site):
    add_lessons(site, 45)
    first = soup(client.get("/nl/lesmateriaal/"))
    assert len(card_titles(first)) == 20
    label, status, links = pagination(first)
    assert label == "Pagina's met lessen"
    assert status == "Pagina 1 van 3"
    assert links == [
        ("Pagina 1", "/nl/lesmateriaal/", True),
        ("Pagina 2", "/nl/lesmateriaal/?page=2", False),
        ("Pagina 3", "/nl/lesmateriaal/?page=3", False),
    ]
    assert first.select_one('nav.pagination a[rel="next"]')["href"] == "/nl/lesmateriaal/?page=2"
    third = soup(client.get("/nl/lesmateriaal/?page=3"))
    assert len(card_titles(third)) == 5
    assert [current for *_rest, current in pagination(third)[2]] == [False, False, True]
    assert third.select_one('nav.pagination a[rel="prev"]')["href"] == "/nl/lesmateriaal/?page=2"
    pages = [soup(client.get(f"/nl/lesmateriaal/?page={number}")) for number in (1, 2, 3)]
    every = {title for document in pages for title in card_titles(document)}
    assert every == {f"Okapi-les {number:03d}" for number in range(1, 46)}


def test_the_page_links_keep_the_filters_and_the_pages_show_only_matching_lessons(client, site):
    add_lessons(site, 66)  # 22 for secondary school
    first = soup(client.get("/nl/lesmateriaal/", {"level": "vo", "sort": "title"}))
    assert first.select_one(".result-count").get_text(" ", strip=True) == "22 van de 66 lessen passen"
    _label, status, links = pagination(first)
    assert status == "Pagina 1 van 2"
    assert [href for _text, href, _current in links] == [
        "/nl/lesmateriaal/?level=vo&sort=title",
        "/nl/lesmateriaal/?level=vo&sort=title&page=2",
    ]
    second = soup(client.get("/nl/lesmateriaal/?level=vo&sort=title&page=2"))
    shown = card_titles(first) + card_titles(second)
    assert shown == [f"Okapi-les {number:03d}" for number in range(3, 67, 3)]


def test_the_english_overview_has_english_pagination_and_english_cards(client, site):
    add_lessons(site, 21)
    client.get("/nl/lesmateriaal/")  # the Dutch cards are kept first; the English page has its own
    document = soup(client.get("/en/lesson-materials/"))
    label, status, links = pagination(document)
    assert (label, status) == ("Pages of lessons", "Page 1 of 2")
    assert links[1] == ("Page 2", "/en/lesson-materials/?page=2", False)
    assert document.select_one('nav.pagination a[rel="next"]').get_text() == "Next"
    assert card_titles(document)[0] == "Okapi lesson 001"
    assert document.select_one(".lesson-list a")["href"] == "/en/lesson-materials/okapi-lesson-1/"


def test_one_page_of_lessons_has_no_pagination(client, site):
    add_lessons(site, 20)
    document = soup(client.get("/nl/lesmateriaal/"))
    assert len(card_titles(document)) == 20
    assert document.select_one("nav.pagination") is None


def test_a_lessons_new_title_shows_on_the_overview_after_it_is_published(
    client, site, django_capture_on_commit_callbacks
):
    add_lessons(site, 3)
    assert "Okapi-les 002" in card_titles(soup(client.get("/nl/lesmateriaal/")))
    lesson = site["lessons"].get_children().specific().get(slug_nl="okapi-les-2")
    lesson.title_nl = "Okapi's in de klas"
    with django_capture_on_commit_callbacks(execute=True):
        lesson.save_revision().publish()
    for query in ({}, {"level": "po"}):  # the overview and a filtered list show the same card
        titles = card_titles(soup(client.get("/nl/lesmateriaal/", query)))
        assert "Okapi's in de klas" in titles
        assert "Okapi-les 002" not in titles


# Search results


def test_search_results_link_their_pages_with_the_words_kept_and_the_current_page_marked(client, site):
    add_campaigns(site, 25)
    first = soup(client.get("/nl/zoeken/", {"q": "okapi campagne"}))
    label, status, links = pagination(first)
    assert (label, status) == ("Resultaatpagina's", "Pagina 1 van 3")
    assert links == [
        ("Pagina 1", "/nl/zoeken/?q=okapi+campagne", True),
        ("Pagina 2", "/nl/zoeken/?q=okapi+campagne&page=2", False),
        ("Pagina 3", "/nl/zoeken/?q=okapi+campagne&page=3", False),
    ]
    second = soup(client.get("/nl/zoeken/?q=okapi+campagne&page=2"))
    assert second.select_one("ol.search-results")["start"] == "11"  # numbered on from page 1
    assert [current for *_rest, current in pagination(second)[2]] == [False, True, False]
    english = soup(client.get("/en/search/", {"q": "okapi"}))
    assert pagination(english)[:2] == ("Result pages", "Page 1 of 3")


def test_a_long_list_links_the_first_and_last_page_and_two_on_each_side_of_the_current_one():
    page = Paginator(range(220), 20).page(6)
    links = pagination_links(page, lambda number: f"?page={number}")
    shown = ["…" if link.get("gap") else link["number"] for link in links["page_links"]]
    assert shown == [1, "…", 4, 5, 6, 7, 8, "…", 11]
    assert [link["number"] for link in links["page_links"] if link.get("is_current")] == [6]
    assert (links["previous_page_url"], links["next_page_url"]) == ("?page=5", "?page=7")


# The same SQL queries with 10 and with 60 lessons and campaigns

PAGES = [
    "/nl/lesmateriaal/",
    "/en/lesson-materials/",
    "/nl/lesmateriaal/?level=po&sort=title",
    "/nl/lesmateriaal/?page=2",
    "/nl/zoeken/?q=okapi",
    "/en/search/?q=okapi",
    "/nl/zoeken/?q=okapi&page=2",
]


def queries(client, url):
    """(queries of a render after a publish: no kept cards, kept cards: the second render)."""
    client.get(url)  # what a running site keeps between requests (site root paths, the frame)
    page_cache.invalidate()  # as a publish does: the cards are rendered afresh
    counts = []
    for _ in range(2):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        counts.append(len(captured))
    return tuple(counts)


def test_the_lesson_overview_and_search_cost_the_same_queries_with_60_lessons_and_campaigns_as_with_10(
    client, site, no_page_cache
):
    add_lessons(site, 10)
    add_campaigns(site, 10)
    few = {url: queries(client, url) for url in PAGES}
    add_lessons(site, 50)
    add_campaigns(site, 50)
    many = {url: queries(client, url) for url in PAGES}
    assert many == few
    # And the lists did grow: more lessons and results than fit on one page.
    assert len(card_titles(soup(client.get("/nl/lesmateriaal/?page=3")))) == 20
    assert soup(client.get("/nl/zoeken/?q=okapi")).select_one("nav.pagination") is not None
