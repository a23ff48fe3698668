"""What editors see and may not do in the Wagtail admin."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from pages.models import CampaignPage, GuidancePage

pytestmark = pytest.mark.django_db


def test_editors_see_both_languages_side_by_side(admin_client):
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    response = admin_client.get(f"/admin/pages/{campaign.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in ["title", "slug", "hero_headline", "key_message", "seo_title", "search_description"]:
        assert f'name="{field}_nl"' in html, field
        assert f'name="{field}_en"' in html, field
    # A StreamField is one widget per language.
    assert 'id="body_nl"' in html and 'id="body_en"' in html


def test_campaign_cannot_end_before_it_starts():
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    campaign.start_date = datetime.date(2026, 10, 1)
    campaign.end_date = datetime.date(2026, 9, 1)
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "end_date" in error.value.message_dict


def test_hero_image_needs_alt_text_or_a_decorative_mark():
    from wagtail.images import get_image_model

    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    campaign.hero_image = get_image_model().objects.first()
    campaign.hero_image_alt_nl = ""
    campaign.hero_image_decorative = False
    with pytest.raises(ValidationError):
        campaign.full_clean()
    campaign.hero_image_decorative = True
    campaign.full_clean()


def test_image_blocks_need_alt_text_or_a_decorative_mark():
    from wagtail.images import get_image_model

    from pages.blocks import FigureBlock

    image = get_image_model().objects.first()
    block = FigureBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "decorative": False, "alt_text": ""}))
    block.clean(block.to_python({"image": image.pk, "decorative": False, "alt_text": "Blauwe cirkels"}))


def test_renaming_the_english_slug_moves_the_english_address_only(client):
    page = GuidancePage.objects.exclude(title_en__isnull=True).first()
    old_nl = page.get_url_in("nl")
    page.slug_en = "renamed-in-english"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.get_url_in("en") == "/en/guidance/renamed-in-english/"
    assert page.get_url_in("nl") == old_nl
    assert client.get("/en/guidance/renamed-in-english/").status_code == 200
