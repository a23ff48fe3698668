"""The demo loader builds a complete bilingual site and can run again safely."""

import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from home.models import HomePage, SiteSettings
from pages.models import CampaignPage, GuidancePage, StandardPage, Topic

pytestmark = pytest.mark.django_db


def counts():
    from pages.models import Platform

    return (Page.objects.count(), Topic.objects.count(), Platform.objects.count(), get_image_model().objects.count())


def test_demo_site_has_what_a_newcomer_needs():
    assert HomePage.objects.live().count() == 1
    campaigns = {page.slug_nl for page in CampaignPage.objects.live()}
    assert "echt-of-nep" in campaigns and len(campaigns) == 2
    assert GuidancePage.objects.live().count() >= 4
    standard_slugs = {(page.slug_nl, page.slug_en) for page in StandardPage.objects.live()}
    assert ("toegankelijkheid", "accessibility") in standard_slugs
    settings = SiteSettings.objects.get()
    assert [item.value.name_nl for item in settings.footer_help_services][0] == "Helpwanted"
    # The help directory, the help page and a hub for each audience.
    from pages.models import AudienceHubPage, HelpPage, HelpService

    assert HelpService.objects.count() == 10
    # The platform directory of the content guide, with no report address made up.
    from pages.models import Platform

    platforms = {platform.key: platform for platform in Platform.objects.all()}
    assert len(platforms) == 13
    assert platforms["snapchat"].take_it_down and platforms["snapchat"].stop_ncii
    assert not platforms["x"].stop_ncii and platforms["x"].in_eu
    assert platforms["bing-microsoft"].report_url == "" and platforms["pornhub-aylo"].report_url == ""
    assert all(platform.name_en and platform.steps for platform in platforms.values())
    assert HelpPage.objects.live().get().slug_en == "help"
    assert {hub.audience for hub in AudienceHubPage.objects.live()} == {
        "young-people",
        "parents",
        "schools",
    }


def test_demo_campaigns_and_guidance_are_bilingual_except_the_one_showing_the_notice():
    for page in CampaignPage.objects.all():
        assert page.title_en and page.hero_headline_en and len(page.body_en)
    translated = [page for page in GuidancePage.objects.all() if page.title_en]
    untranslated = [page for page in GuidancePage.objects.all() if not page.title_en]
    assert len(translated) >= 4
    assert len(untranslated) == 1


def test_running_the_loader_again_changes_nothing():
    before = counts()
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert counts() == before
    assert "0 pages created" in out.getvalue()


def test_if_empty_leaves_an_existing_site_alone():
    out = io.StringIO()
    call_command("load_demo_content", "--if-empty", stdout=out)
    assert "already has content" in out.getvalue()


def test_reset_starts_over_with_the_same_site():
    old_home = HomePage.objects.get().pk
    before = counts()
    from pages.models import Platform

    platform = Platform.objects.get(key="snapchat").pk
    call_command("load_demo_content", "--reset", stdout=io.StringIO())
    assert counts() == before
    assert Platform.objects.get(key="snapchat").pk != platform  # removed by --reset, loaded again
    assert HomePage.objects.get().pk != old_home


def test_demo_has_no_photographs_only_the_generated_abstract_pattern():
    images = list(get_image_model().objects.all())
    assert [image.title for image in images] == ["Veilig in Beeld – abstract pattern"]
