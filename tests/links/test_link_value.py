"""pages/links.py: a "page or address" link read as one value with ``.url``."""

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from messaging.models import MessageSlot, MessageVariant
from pages.links import Link

pytestmark = pytest.mark.django_db


def test_a_page_link_follows_the_page_in_each_language(target):
    link = Link(page=target)
    with translation.override("nl"):
        assert link.url == "/nl/doel-links/"
    with translation.override("en"):
        assert link.url == "/en/target-links/"
    assert not link.is_external
    assert link


def test_a_page_link_gives_the_same_url_from_a_plain_page_object(target):
    """A page chooser or a foreign key to wagtailcore.Page gives a plain Page, not a StandardPage."""
    plain = Page.objects.get(pk=target.pk)
    with translation.override("en"):
        assert Link(page=plain).url == "/en/target-links/"


def test_a_page_link_bound_to_a_request_gives_the_url_pageurl_gives(target):
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        assert Link(page=target).bound(request).url == target.get_url(request=request) == "/en/target-links/"


def test_a_page_link_follows_the_page_when_it_moves(home, target):
    link = Link(page=target)
    target.slug_en = "moved-links"
    target.save()
    with translation.override("en"):
        assert link.url == "/en/moved-links/"


def test_an_address_is_an_external_link():
    link = Link(address="https://www.helpwanted.nl/", text="Helpwanted")
    assert link.url == "https://www.helpwanted.nl/"
    assert link.is_external
    assert link.text == "Helpwanted"


def test_an_empty_link_has_no_url_and_is_false():
    for link in (Link(), Link(page=None, address="")):
        assert link.url == ""
        assert not link
        assert not link.is_external


def test_a_link_to_an_unpublished_page_has_no_url(unpublished):
    assert Link(page=unpublished).url == ""
    assert not Link(page=unpublished)


def test_a_link_to_an_unpublished_page_uses_the_address_when_there_is_one(unpublished):
    assert Link(page=unpublished, address="https://example.org/").url == "https://example.org/"


def test_the_request_does_not_make_two_links_different(target):
    assert Link(page=target) == Link(page=target).bound(RequestFactory().get("/"))


# -- model field pairs --------------------------------------------------------------------


def variant(**fields):
    slot = MessageSlot(name="Test slot", key="test-slot")
    return MessageVariant(slot=slot, key="a", headline="Kop", **fields)


def test_a_message_variants_button_is_a_link(target):
    button = variant(cta_label="Lees meer", cta_page=target).cta
    assert button.text == "Lees meer"
    with translation.override("en"):
        assert button.url == "/en/target-links/"
    assert variant(cta_label="Bel", cta_url="https://example.org/").cta.url == "https://example.org/"
    assert variant().cta.url == ""


def test_a_message_variant_refuses_both_a_page_and_an_address(target):
    with pytest.raises(ValidationError) as raised:
        variant(cta_label="Lees meer", cta_page=target, cta_url="https://example.org/").clean()
    assert "cta_url" in raised.value.message_dict


@pytest.mark.parametrize(
    "fields", [{}, {"cta_url": "https://example.org/"}, {"cta_label": "Lees meer"}], ids=["none", "url", "label"]
)
def test_a_message_variant_may_have_one_link_or_none(fields):
    variant(**fields).clean()  # no error
