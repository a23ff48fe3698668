"""pages/blocks/links.py: the "page or address" block, and the blocks and pages built on it."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from django.utils import translation
from wagtail import blocks

from pages.blocks import CallToActionBlock, LinkBlock, MessageSlotBlock
from tests.factories import CampaignPageFactory
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def call_to_action(page=None, url=""):
    block = CallToActionBlock()
    raw = {"heading": "Hulp nodig?", "text": "", "button_label": "Lees meer", "page": page, "url": url}
    return block, block.to_python(raw)


def test_a_block_value_gives_the_link(target):
    _block, value = call_to_action(page=target.pk)
    with translation.override("en"):
        assert value.link.url == "/en/target-links/"
    assert value.link.text == "Lees meer"
    _block, value = call_to_action(url="https://example.org/")
    assert value.link.url == "https://example.org/"
    assert value.link.is_external


def test_the_stored_json_keeps_its_flat_page_and_url(target):
    """No data migration: the call to action and the message slot store what they stored before."""
    block, value = call_to_action(page=target.pk)
    assert block.get_prep_value(value) == {
        "heading": "Hulp nodig?",
        "text": "",
        "button_label": "Lees meer",
        "page": target.pk,
        "url": "",
    }
    assert list(MessageSlotBlock().child_blocks) == [
        "slot",
        "message",
        "headline",
        "text",
        "button_label",
        "page",
        "url",
    ]


def errors_of(block, value):
    try:
        block.clean(value)
    except blocks.StructBlockValidationError as error:
        return {name: [str(message) for message in errors] for name, errors in error.block_errors.items()}
    return {}


ONE_OF_THE_TWO = "Choose a page or enter an address (one of the two)."


def test_a_call_to_action_needs_exactly_one_of_page_and_address(target):
    with translation.override("en"):
        block, both = call_to_action(page=target.pk, url="https://example.org/")
        assert ONE_OF_THE_TWO in str(errors_of(block, both)["page"])
        _block, neither = call_to_action()
        assert ONE_OF_THE_TWO in str(errors_of(block, neither)["page"])
        for page, url in ((target.pk, ""), (None, "https://example.org/")):
            _block, one = call_to_action(page=page, url=url)
            assert errors_of(block, one) == {}


def test_a_message_slot_may_have_no_link_but_not_two(target):
    block = MessageSlotBlock()
    base = {"slot": "s", "message": None, "headline": "Kop", "text": "", "button_label": ""}
    assert errors_of(block, block.to_python({**base, "page": None, "url": ""})) == {}
    with translation.override("en"):
        both = block.to_python({**base, "page": target.pk, "url": "https://example.org/"})
        assert ONE_OF_THE_TWO in str(errors_of(block, both)["page"])


def test_a_plain_link_block_is_required_by_default(target):
    block = LinkBlock()
    assert errors_of(block, block.to_python({"page": None, "url": ""}))
    value = block.to_python({"page": target.pk, "url": ""})
    assert errors_of(block, value) == {}
    with translation.override("nl"):
        assert value.link.url == "/nl/doel-links/"


@pytest.mark.parametrize(("language", "href"), [("nl", "/nl/doel-links/"), ("en", "/en/target-links/")])
def test_the_call_to_action_button_links_to_the_page_in_the_visitors_language(target, language, href):
    block, value = call_to_action(page=target.pk)
    with translation.override(language):
        html = block.render(value, context={"request": RequestFactory().get(f"/{language}/")})
    button = BeautifulSoup(html, "html.parser").select_one("a.button")
    assert button["href"] == href
    assert button.get_text() == "Lees meer"


def test_a_call_to_action_to_an_unpublished_page_shows_no_dead_button(unpublished):
    block, value = call_to_action(page=unpublished.pk)
    html = block.render(value, context={})
    assert "Hulp nodig?" in html
    assert BeautifulSoup(html, "html.parser").select_one("a.button") is None


def test_a_message_slot_button_links_to_its_address():
    block = MessageSlotBlock()
    value = block.to_python(
        {
            "slot": "s",
            "message": None,
            "headline": "Kop",
            "text": "",
            "button_label": "Chat",
            "page": None,
            "url": "https://example.org/chat",
        }
    )
    button = BeautifulSoup(block.render(value, context={}), "html.parser").select_one("a.button")
    assert button["href"] == "https://example.org/chat"
    assert button.get_text() == "Chat"


def test_a_message_slot_without_button_text_shows_no_button(target):
    block = MessageSlotBlock()
    value = block.to_python(
        {"slot": "s", "message": None, "headline": "Kop", "text": "", "button_label": "", "page": target.pk, "url": ""}
    )
    assert BeautifulSoup(block.render(value, context={}), "html.parser").select_one("a.button") is None


# -- the page-only buttons of a campaign and the home page --------------------------------


@pytest.mark.parametrize(("language", "href"), [("nl", "/nl/doel-links/"), ("en", "/en/target-links/")])
def test_a_campaigns_button_links_to_the_chosen_page_in_each_language(client, campaign_index, target, language, href):
    campaign = CampaignPageFactory(
        parent=campaign_index,
        title_nl="Proef",
        title_en="Trial",
        slug_nl="proef-links",
        slug_en="trial-links",
        cta_label_nl="Lees verder",
        cta_label_en="Read on",
        cta_page=target,
    )
    with translation.override(language):
        url = campaign.get_url()
    buttons = soup(client.get(url)).select("main a.button")
    assert [(button["href"], button.get_text()) for button in buttons] == [
        (href, {"nl": "Lees verder", "en": "Read on"}[language])
    ]


def test_the_home_page_button_links_to_its_page(client, home, target):
    home.hero_cta_label_nl, home.hero_cta_label_en, home.hero_cta_page = "Naar het doel", "To the target", target
    home.save_revision().publish()
    document = soup(client.get("/en/"))
    hero_buttons = [button for button in document.select("main a.button") if button.get_text() == "To the target"]
    assert [button["href"] for button in hero_buttons] == ["/en/target-links/"]
