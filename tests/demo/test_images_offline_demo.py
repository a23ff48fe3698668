"""The demo's "get images offline" route: reachable from the help page and the modules, filled in both languages."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import ReferenceIndex
from wagtail.rich_text import expand_db_html

from editorial.readability import plain_text, score_text
from pages.models import AudienceModule, ImagesOfflinePage
from pages.models.offline import STEP_FIELDS

pytestmark = pytest.mark.django_db

NL, EN = "/nl/hulp/beelden-offline/", "/en/help/get-images-offline/"
YOUNG_ON_SNAPCHAT = {"who": "me", "age": "under-18", "what": "shared", "platform": "snapchat"}


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (NL, ["Houd de Snap of het bericht ingedrukt.", "Take It Down", "Helpwanted", "Maak er geen screenshot van"]),
        (EN, ["Press and hold the Snap or the message.", "Take It Down", "Helpwanted", "Do not take a screenshot"]),
    ],
)
def test_a_young_person_on_snapchat_gets_its_steps_take_it_down_and_helpwanted(client, url, expected):
    response = client.get(url, YOUNG_ON_SNAPCHAT)
    assert response.status_code == 200
    text = text_of(response)
    for phrase in expected:
        assert phrase in text, phrase
    assert "020-261 52 75" in text  # Helpwanted's number, from the help service


def test_the_what_to_do_module_links_to_the_route_as_a_page_link_shown_in_the_readers_language(client):
    """A Wagtail page link, not a typed address: it follows a move, and usage and link checks see it."""
    module = AudienceModule.objects.get(name__startswith="Stappen: wat kun je doen")
    route = ImagesOfflinePage.objects.get()
    page_link = f'linktype="page" id="{route.pk}"'
    assert page_link in str(module.content_nl.raw_data) and page_link in str(module.content_en.raw_data)
    assert ReferenceIndex.get_references_to(route).filter(object_id=str(module.pk)).exists()
    for code, url, content in (("nl", NL, module.content_nl), ("en", EN, module.content_en)):
        with translation.override(code):
            assert f'href="{url}"' in expand_db_html(str(content.raw_data)), code
        assert client.get(url).status_code == 200


def test_the_route_texts_meet_the_editor_tools_targets():
    """A2 (the young people's target) for every step and question text; B1 for everyone for the rest."""
    page = ImagesOfflinePage.objects.get()
    young = ["who_help", "age_help", "what_help", "platform_help", "route_intro_me", "fake_or_real"]
    young += [name for name, _service in STEP_FIELDS.values()]
    for code in ("nl", "en"):
        for name in young:
            score = score_text(plain_text(getattr(page, f"{name}_{code}")), code, "young-people")
            assert score.level in ("easy", "fine"), (name, code, score.score, score.long_sentences)
        for name in ("intro", "content_warning", "route_intro_child", "route_intro_other"):
            score = score_text(plain_text(getattr(page, f"{name}_{code}")), code, "everyone")
            assert score.level in ("easy", "fine"), (name, code, score.score, score.long_sentences)
