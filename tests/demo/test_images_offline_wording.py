"""The demo route's wording, as the people it is for read it (issue 24).

A parent reads steps about their child, not steps that speak to the child; a young person reads
Take It Down, never StopNCII (18+), and no legal or technical words; the steps come in an order
that keeps evidence; help cards carry no empty or doubled labels; switching language keeps the route.
"""

import re

import pytest
from bs4 import BeautifulSoup

from editorial.readability import plain_text, score_text
from pages.models import ImagesOfflinePage, Platform

pytestmark = pytest.mark.django_db

URL = {"nl": "/nl/hulp/beelden-offline/", "en": "/en/help/get-images-offline/"}
HELP = {"nl": "/nl/hulp/", "en": "/en/help/"}
PARENT_THREATENED = {"who": "child", "what": "threatened", "platform": "instagram-facebook"}
YOUNG = {"who": "me", "age": "under-18", "what": "shared"}

#: What a step that speaks to the person it happened to says; a parent must not read it as if to them.
CHILD_ADDRESS = {
    "nl": ["Jij hebt niets fout gedaan", "stuur niets meer", "als de persoon jou bedreigt"],
    "en": ["You did nothing wrong", "even if the person threatens you", "do not send anything more"],
}
#: Words above A2 that the young people's route used (legal and technical terms, article numbers).
ABOVE_A2 = {
    "nl": ["te goeder trouw", "hash", "trusted flagger", "artikel", "art.", "Richtlijn", "Wetboek"],
    "en": ["good faith", "hash", "trusted flagger", "article", "art.", "Directive", "Criminal Code"],
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def readable_text(response):
    """The page's text plus the notice texts the page composes from its data attributes."""
    page = soup(response)
    composed = [value for form in page.select("[data-notice-helper] form") for value in form.attrs.values()]
    return page.get_text(" ") + " " + " ".join(str(value) for value in composed)


def step_ids(response):
    return [item["id"].removeprefix("step-") for item in soup(response).select(".offline-steps > li")]


@pytest.mark.parametrize("code", ["nl", "en"])
def test_a_parent_reads_steps_about_their_child_not_steps_that_speak_to_the_child(client, code):
    response = client.get(URL[code], PARENT_THREATENED)
    assert response.status_code == 200
    text = " ".join(readable_text(response).split())
    for phrase in CHILD_ADDRESS[code]:
        assert phrase.lower() not in text.lower(), phrase
    for key in ("stop-contact", "no-sharing-minor"):
        step = " ".join(soup(response).select_one(f"#step-{key}").get_text(" ").split())
        assert ("je kind" if code == "nl" else "your child") in step, (key, step)
    # The route is for an image of a child: Take It Down, never the adults' StopNCII.
    assert "take-it-down" in step_ids(response) and "StopNCII" not in text


@pytest.mark.parametrize("code", ["nl", "en"])
@pytest.mark.parametrize("who", ["me", "child"])
def test_no_under_18_route_mentions_stopncii_on_any_platform(client, code, who):
    platforms = [*Platform.objects.values_list("key", flat=True), "other"]
    assert len(platforms) > 10
    for platform in platforms:
        query = {**YOUNG, "who": who, "platform": platform}
        if who == "child":
            query.pop("age")
        response = client.get(URL[code], query)
        assert response.status_code == 200, platform
        assert "take-it-down" in step_ids(response), platform
        assert "StopNCII" not in readable_text(response), platform


@pytest.mark.parametrize("code", ["nl", "en"])
@pytest.mark.parametrize("what", ["shared", "threatened"])
def test_the_young_peoples_route_has_no_legal_or_technical_words(client, code, what):
    response = client.get(URL[code], {**YOUNG, "what": what, "platform": "instagram-facebook"})
    text = readable_text(response)
    for word in ABOVE_A2[code]:
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE), word


@pytest.mark.parametrize("code", ["nl", "en"])
def test_the_police_come_before_any_report_and_no_two_steps_read_alike(client, code):
    response = client.get(URL[code], {**YOUNG, "platform": "tiktok"})
    steps = step_ids(response)
    assert steps.index("evidence") < steps.index("police") < steps.index("report") < steps.index("meldpunt")
    headings = [h.get_text(" ", strip=True) for h in soup(response).select(".offline-steps > li > h3")]
    assert len(set(headings)) == len(headings)
    first_words = [" ".join(heading.split()[:2]).lower() for heading in headings]
    assert len(set(first_words)) == len(first_words), headings  # "Meld het …" / "Meld het …" no more


@pytest.mark.parametrize("code", ["nl", "en"])
def test_without_javascript_the_notice_step_promises_only_what_it_shows(client, code):
    """The notice form is hidden until the script runs: the text must not promise a tool, only the list."""
    response = client.get(URL[code], {**YOUNG, "platform": "tiktok"})
    step = soup(response).select_one("#step-notice")
    shown = [
        el for el in step.find_all(True) if not el.find_parent(attrs={"hidden": True}) and "hidden" not in el.attrs
    ]
    visible = " ".join(" ".join(el.get_text(" ") for el in shown if el.name in ("p", "li", "h3", "h4")).split())
    assert ("Hieronder staat wat erin moet." if code == "nl" else "Below is what it must say.") in visible
    assert len(step.select(".offline-tool__list > li")) == 4  # the four things a notice must hold, no script needed
    for promise in ("hier de tekst", "write the text", "maak je hier", "here you can"):
        assert promise not in visible.lower()


@pytest.mark.parametrize("code", ["nl", "en"])
def test_help_cards_have_no_doubled_or_placeholder_labels(client, code):
    pages = [client.get(HELP[code]), client.get(URL[code], PARENT_THREATENED)]
    for response in pages:
        assert response.status_code == 200
        text = " ".join(soup(response).get_text(" ").split())
        assert not re.search(r"\b(Voor|For) ?: ?(Voor|For)\b", text)
        assert "Zie hun website" not in text and "See their website" not in text
        assert "{#" not in text and "{%" not in text  # no template comment or tag shows as text
    cards = soup(pages[0]).select(".help-service")
    assert len(cards) >= 10
    hours = [card for card in cards if card.find("dt", string=re.compile("Openingstijden|Opening hours"))]
    assert 0 < len(hours) < len(cards)  # shown where a service gives its hours, and only there
    for card in hours:
        assert card.find("dt", string=re.compile("Openingstijden|Opening hours")).find_next("dd").get_text(strip=True)


def test_switching_language_on_a_route_keeps_the_answers(client):
    answers = {**YOUNG, "platform": "snapchat"}
    dutch = client.get(URL["nl"], answers)
    link = soup(dutch).select_one('.language-switcher a[hreflang="en"]')
    path, _, query = link["href"].partition("?")
    assert path == URL["en"] and dict(pair.split("=") for pair in query.split("&")) == answers
    english = client.get(link["href"])
    assert english.status_code == 200 and soup(english).html["lang"] == "en"
    assert step_ids(english) == step_ids(dutch)
    assert "Take It Down" in soup(english).get_text(" ")


def test_the_parent_steps_meet_the_b1_target():
    page = ImagesOfflinePage.objects.get()
    for name in ("step_stop_contact_parent", "step_no_sharing_minor_parent"):
        for code in ("nl", "en"):
            score = score_text(plain_text(getattr(page, f"{name}_{code}")), code, "everyone")
            assert score.level in ("easy", "fine"), (name, code, score.score, score.long_sentences)
