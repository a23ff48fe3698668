"""Quick exit on every page, content warnings, and the quiz that works without JavaScript."""

import pytest
from wagtail.models import Site

from home.models import SiteSettings
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def public_urls(pages):
    from django.utils import translation

    urls = []
    for page in pages:
        for code in ("nl", "en"):
            with translation.override(code):
                urls.append((code, page.get_url()))
    return urls + [("nl", "/nl/zoeken/?q=foto"), ("en", "/en/does-not-exist/")]


def test_quick_exit_is_on_every_public_page_right_after_the_skip_link(client, every_page_type):
    names = {"nl": "Snel weg", "en": "Exit this page"}
    for code, url in public_urls(every_page_type):
        response = client.get(url)
        document = soup(response) if response.status_code == 200 else None
        if document is None:
            from bs4 import BeautifulSoup

            document = BeautifulSoup(response.content, "html.parser")
        links = document.select("body a[href], body button, body input")
        assert links[0]["class"] == ["skip-link"], url
        exit_link = links[1]
        assert exit_link.has_attr("data-quick-exit"), url
        assert exit_link.get_text(strip=True) == names[code], url
        assert exit_link["href"] == "https://www.knmi.nl/"
        assert "noreferrer" in exit_link["rel"]


def test_the_neutral_site_is_set_in_site_settings(client, home_page):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.quick_exit_url = "https://weer.example.org/"
    settings.save()
    exit_link = soup(client.get("/nl/")).select_one("[data-quick-exit]")
    assert exit_link["href"] == "https://weer.example.org/"


def test_the_500_page_has_a_quick_exit_too():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "data-quick-exit" in html


def test_a_campaign_content_warning_comes_before_the_content(client, campaign, quiz):
    campaign.content_warning_nl = "Deze pagina gaat over misbruik met nepbeelden."
    campaign.content_warning_en = "This page is about abuse with fake images."
    campaign.save_revision().publish()
    for url, text in [
        ("/nl/campagnes/echt-of-nep/", "Deze pagina gaat over misbruik"),
        ("/en/campaigns/real-or-fake/", "This page is about abuse"),
        ("/en/campaigns/real-or-fake/parents/", "This page is about abuse"),
    ]:
        document = soup(client.get(url))
        warning = document.select_one("aside.content-warning")
        assert text in warning.get_text()
        article = document.select_one("article")
        order = [el for el in article.find_all(["aside", "div", "nav"]) if el.get("class")]
        first_content = next(el for el in order if {"stream", "modules"} & set(el["class"]))
        assert order.index(warning) < order.index(first_content)


def test_quiz_is_marked_by_the_server(client, quiz):
    module, child = quiz
    statements = child.value["statements"]
    key = child.id[:8]
    # Answer the first statement right and the second wrong; leave the rest.
    first = "true" if statements[0]["is_true"] else "false"
    second = "false" if statements[1]["is_true"] else "true"
    url = "/nl/campagnes/echt-of-nep/jongeren/"
    document = soup(client.get(url, {"quiz": key, "a0": first, "a1": second}))
    quiz = document.select_one(f"#quiz-{key}")
    assert "1 van de" in quiz.select_one(".quiz__score").get_text()
    feedback = quiz.select(".quiz__feedback")
    assert "quiz__feedback--right" in feedback[0]["class"]
    assert "quiz__feedback--wrong" in feedback[1]["class"]
    assert statements[0]["explanation"] in feedback[0].get_text()
    assert quiz.select_one(f"input[name=a0][value={first}]").has_attr("checked")
    # The form is a plain GET form that comes back to the results.
    form = quiz.select_one("form")
    assert form["method"] == "get" and form["action"] == f"#quiz-{key}-result"


@pytest.mark.parametrize(
    "params",
    [{"quiz": "zzzzzzzz", "a0": "true"}, {"quiz": "x" * 3000}, {"a0": "<b>"}, {"quiz": "%00", "a99": "1"}],
)
def test_quiz_ignores_foreign_or_hostile_answers(client, quiz, params):
    response = client.get("/nl/campagnes/echt-of-nep/jongeren/", params)
    assert response.status_code == 200
    assert not soup(response).select(".quiz__feedback")
