"""Editors cannot build a broken tree: each page type only goes where it belongs."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from pages.models import (
    AudienceHubPage,
    CampaignIndexPage,
    CampaignPage,
    GuidanceIndexPage,
    GuidancePage,
    HelpPage,
    LessonIndexPage,
    LessonPage,
    StandardPage,
)
from tests import factories


class PageTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = factories.build_site()
        cls.campaigns = factories.CampaignIndexPageFactory(parent=cls.home)
        factories.GuidanceIndexPageFactory(parent=cls.home)
        cls.lessons = factories.LessonIndexPageFactory(parent=cls.home)

    def test_home_page_allows_only_the_sections_hubs_help_and_standard_pages(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {CampaignIndexPage, GuidanceIndexPage, LessonIndexPage, AudienceHubPage, HelpPage, StandardPage},
        )

    def test_campaigns_only_go_under_the_campaign_overview(self):
        self.assertAllowedParentPageTypes(CampaignPage, {CampaignIndexPage})
        self.assertAllowedSubpageTypes(CampaignIndexPage, {CampaignPage})
        self.assertFalse(CampaignPage.can_create_at(self.home))

    def test_guidance_only_goes_under_the_guidance_overview(self):
        self.assertAllowedParentPageTypes(GuidancePage, {GuidanceIndexPage})
        self.assertFalse(GuidancePage.can_create_at(self.campaigns))

    def test_lessons_only_go_under_the_lesson_overview(self):
        self.assertAllowedParentPageTypes(LessonPage, {LessonIndexPage})
        self.assertAllowedSubpageTypes(LessonIndexPage, {LessonPage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertFalse(LessonIndexPage.can_create_at(self.home))  # there is one already

    def test_campaign_and_guidance_pages_have_no_children(self):
        self.assertAllowedSubpageTypes(CampaignPage, set())
        self.assertAllowedSubpageTypes(GuidancePage, set())

    def test_only_one_home_and_one_overview_of_each_kind(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))
        self.assertFalse(CampaignIndexPage.can_create_at(self.home))
        self.assertFalse(GuidanceIndexPage.can_create_at(self.home))

    def test_the_images_offline_route_lives_only_under_the_help_page(self):
        from pages.models import BystanderPage, ImagesOfflinePage, PartnerWarningPage, SelfHelpPage

        self.assertAllowedParentPageTypes(ImagesOfflinePage, {HelpPage})
        self.assertAllowedSubpageTypes(HelpPage, {ImagesOfflinePage, BystanderPage, SelfHelpPage, PartnerWarningPage})
        self.assertAllowedSubpageTypes(ImagesOfflinePage, set())

    def test_the_partner_warning_lives_only_under_the_help_page_once(self):
        from pages.models import PartnerWarningPage

        self.assertAllowedParentPageTypes(PartnerWarningPage, {HelpPage})
        self.assertAllowedSubpageTypes(PartnerWarningPage, set())
        self.assertEqual(PartnerWarningPage.max_count, 1)

    def test_standard_pages_nest_under_home_or_each_other(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_admin_refuses_a_campaign_under_the_home_page(self):
        # WagtailTestUtils.login() signs in with a password, which django-axes refuses without a request.
        self.client.force_login(self.create_superuser("editor"))
        before = CampaignPage.objects.count()
        url = f"/admin/pages/add/pages/campaignpage/{self.home.pk}/"
        response = self.client.get(url)
        self.assertIn(response.status_code, (302, 403))  # Wagtail sends the editor back
        response = self.client.post(url, {"title_nl": "Verkeerde plek", "slug_nl": "verkeerd"})
        self.assertIn(response.status_code, (302, 403))
        self.assertEqual(CampaignPage.objects.count(), before)
