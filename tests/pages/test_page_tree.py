"""Editors cannot build a broken tree: each page type only goes where it belongs."""

import pytest
from wagtail.models import Page

from home.models import HomePage
from pages.models import (
    CampaignIndexPage,
    CampaignPage,
    GuidanceIndexPage,
    GuidancePage,
    LessonIndexPage,
    LessonPage,
    StandardPage,
)

pytestmark = pytest.mark.django_db


def allowed_children(page):
    return set(page.specific_class.allowed_subpage_models())


def test_home_page_allows_only_the_sections_hubs_help_and_standard_pages():
    from pages.models import AudienceHubPage, HelpPage

    assert allowed_children(HomePage.objects.get()) == {
        CampaignIndexPage,
        GuidanceIndexPage,
        LessonIndexPage,
        AudienceHubPage,
        HelpPage,
        StandardPage,
    }


def test_campaigns_only_go_under_the_campaign_overview():
    assert CampaignPage.allowed_parent_page_models() == [CampaignIndexPage]
    assert allowed_children(CampaignIndexPage.objects.get()) == {CampaignPage}
    assert not CampaignPage.can_create_at(HomePage.objects.get())


def test_guidance_only_goes_under_the_guidance_overview():
    assert GuidancePage.allowed_parent_page_models() == [GuidanceIndexPage]
    assert not GuidancePage.can_create_at(CampaignIndexPage.objects.get())


def test_lessons_only_go_under_the_lesson_overview():
    assert LessonPage.allowed_parent_page_models() == [LessonIndexPage]
    assert allowed_children(LessonIndexPage.objects.get()) == {LessonPage}
    assert allowed_children(LessonPage.objects.first()) == set()
    assert not LessonIndexPage.can_create_at(HomePage.objects.get())  # there is one already


def test_campaign_and_guidance_pages_have_no_children():
    assert allowed_children(CampaignPage.objects.first()) == set()
    assert allowed_children(GuidancePage.objects.first()) == set()


def test_only_one_home_and_one_overview_of_each_kind():
    root = Page.get_first_root_node()
    home = HomePage.objects.get()
    assert not HomePage.can_create_at(root)
    assert not CampaignIndexPage.can_create_at(home)
    assert not GuidanceIndexPage.can_create_at(home)


def test_standard_pages_nest_under_home_or_each_other():
    assert set(StandardPage.allowed_parent_page_models()) == {HomePage, StandardPage}


def test_admin_refuses_a_campaign_under_the_home_page(admin_client):
    home = HomePage.objects.get()
    before = CampaignPage.objects.count()
    url = f"/admin/pages/add/pages/campaignpage/{home.pk}/"
    response = admin_client.get(url)
    assert response.status_code in (302, 403)  # Wagtail sends the editor back
    response = admin_client.post(url, {"title_nl": "Verkeerde plek", "slug_nl": "verkeerd"})
    assert response.status_code in (302, 403)
    assert CampaignPage.objects.count() == before
