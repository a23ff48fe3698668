"""Preview per arm: one Wagtail preview mode per slot, variant and language; a preview never counts."""

import pytest
from django.utils import translation

from messaging.models import ExperimentCount
from pages.models import CampaignPage


@pytest.fixture
def campaign(db):
    """The campaign whose hero runs "hero-ouders-vraag" (tests/messaging/conftest.py)."""
    return CampaignPage.objects.get(slug_nl="denk-na-voor-je-deelt")


def test_the_modes_list_each_variant_in_each_language(campaign):
    with translation.override("en"):
        modes = dict(campaign.preview_modes)
    slot = campaign.hero_message
    assert "" in modes
    for key in ("a", "b"):
        for code in ("nl", "en"):
            assert f"variant:{slot.pk}:{key}:{code}" in modes
    assert modes[f"variant:{slot.pk}:b:en"] == f"{slot.name}: variant B (English)"


@pytest.mark.parametrize("key, code, headline", [("a", "nl", "Kop A"), ("b", "nl", "Kop B"), ("b", "en", "Headline B")])
def test_each_mode_shows_that_variant_in_that_language_and_counts_nothing(campaign, key, code, headline):
    counted = ExperimentCount.objects.count()
    response = campaign.make_preview_request(preview_mode=f"variant:{campaign.hero_message_id}:{key}:{code}")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<h1 lang="{code}" dir="ltr">{headline}</h1>' in html
    assert f'<html lang="{code}" dir="ltr">' in html
    assert "data-experiment=" not in html and "data-reach-page=" not in html
    assert not response.cookies
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert ExperimentCount.objects.count() == counted


def test_an_audience_hub_previews_each_arm_of_a_slot_in_its_modules():
    """A hub repeats its pages' modules, so it lists their slots' arms as preview modes too."""
    from pages.models import AudienceHubPage
    from tests import factories

    slot = factories.MessageSlotFactory(key="hub-preview-slot")
    block = {"slot": "plek", "message": slot, "headline": "Terugval", "text": "", "button_label": ""}
    module = factories.AudienceModuleFactory(audiences=["parents"], content_nl=[("message_slot", block)])
    factories.CampaignModuleFactory(page=CampaignPage.objects.get(slug_nl="echt-of-nep"), module=module)
    hub = AudienceHubPage.objects.get(audience="parents")
    modes = dict(hub.preview_modes)
    assert {f"variant:{slot.pk}:{key}:{code}" for key in "ab" for code in ("nl", "en")} <= set(modes)
    for key in "ab":
        response = hub.make_preview_request(preview_mode=f"variant:{slot.pk}:{key}:nl")
        html = response.content.decode()
        assert response.status_code == 200
        assert f"Kop {key.upper()}" in html and f"Kop {'B' if key == 'a' else 'A'}" not in html
        assert "data-experiment=" not in html and not response.cookies
