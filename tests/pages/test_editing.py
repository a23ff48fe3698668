"""What editors see and may not do in the Wagtail admin."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from pages.models import CampaignPage
from tests import factories

pytestmark = pytest.mark.django_db


def test_editors_see_both_languages_side_by_side(admin_client, campaign):
    response = admin_client.get(f"/admin/pages/{campaign.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in ["title", "slug", "hero_headline", "key_message", "seo_title", "search_description"]:
        assert f'name="{field}_nl"' in html, field
        assert f'name="{field}_en"' in html, field
    # A StreamField is one widget per language.
    assert 'id="body_nl"' in html and 'id="body_en"' in html


def test_campaign_cannot_end_before_it_starts(campaign):
    campaign.start_date = datetime.date(2026, 10, 1)
    campaign.end_date = datetime.date(2026, 9, 1)
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "end_date" in error.value.message_dict


def test_hero_image_needs_alt_text_or_a_decorative_mark(campaign):
    campaign.hero_image = factories.ImageFactory()
    campaign.hero_image_alt_nl = ""
    campaign.hero_image_decorative = False
    with pytest.raises(ValidationError):
        campaign.full_clean()
    campaign.hero_image_decorative = True
    campaign.full_clean()


def test_image_blocks_need_alt_text_or_a_decorative_mark():
    from pages.blocks import FigureBlock

    image = factories.ImageFactory()
    block = FigureBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "decorative": False, "alt_text": ""}))
    block.clean(block.to_python({"image": image.pk, "decorative": False, "alt_text": "Blauwe cirkels"}))


def test_renaming_the_english_slug_moves_the_english_address_only(client, guidance_index):
    page = factories.GuidancePageFactory(parent=guidance_index)
    old_nl = page.get_url_in("nl")
    page.slug_en = "renamed-in-english"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.get_url_in("en") == "/en/guidance/renamed-in-english/"
    assert page.get_url_in("nl") == old_nl
    assert client.get("/en/guidance/renamed-in-english/").status_code == 200


def test_an_editor_adds_a_help_service_with_situations(admin_client):
    from pages.models import HelpService

    response = admin_client.post(
        "/admin/snippets/pages/helpservice/add/",
        {
            "name_nl": "Testlijn",
            "name_en": "Test line",
            "for_whom_nl": "Voor iedereen",
            "for_whom_en": "For everyone",
            "description_nl": "Luistert.",
            "description_en": "Listens.",
            "phone": "0800-1234",
            "situations": ["blackmail", "someone-to-talk-to"],
            "last_checked": "2026-11-21",
            "sort_order": "5",
            "free": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    service = HelpService.objects.get(name_nl="Testlijn")
    assert service.situations == ["blackmail", "someone-to-talk-to"]
    assert service.name_en == "Test line"


def test_a_help_service_rejects_an_unknown_situation(admin_client):
    response = admin_client.post(
        "/admin/snippets/pages/helpservice/add/",
        {
            "name_nl": "X",
            "for_whom_nl": "X",
            "description_nl": "X",
            "situations": ["hacked"],
            "last_checked": "2026-11-21",
            "sort_order": "5",
        },
    )
    assert response.status_code == 200  # the form again, with a message; nothing saved
    assert "hacked" in response.content.decode()


def test_module_editor_has_content_in_both_languages_and_audience_checkboxes(admin_client):
    html = admin_client.get("/admin/snippets/pages/audiencemodule/add/").content.decode()
    assert 'id="content_nl"' in html and 'id="content_en"' in html
    for key in ["young-people", "parents", "schools", "everyone"]:
        assert f'name="audiences" value="{key}"' in html


def test_everyone_is_not_mixed_with_single_audiences():
    from pages.models import AudienceModule

    module = AudienceModule(name="X", audiences=["parents", "everyone"], content_nl=[])
    module.clean()
    assert module.audiences == ["everyone"]


def test_placed_modules_are_kept_in_page_revisions(admin_client, campaign):
    """A placement is part of the page: a draft does not change the live page."""
    from pages.models import CampaignModule

    factories.CampaignModuleFactory(page=campaign)
    live = [p.module_id for p in campaign.module_placements.all()]
    extra = factories.AudienceModuleFactory()
    campaign.module_placements.add(CampaignModule(module=extra))
    campaign.save_revision()
    assert [p.module_id for p in CampaignPage.objects.get(pk=campaign.pk).module_placements.all()] == live
    preview = campaign.get_latest_revision_as_object()
    assert extra.pk in [p.module_id for p in preview.module_placements.all()]
