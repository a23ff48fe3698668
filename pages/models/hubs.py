"""Audience hubs: /nl/jongeren/, /nl/ouders/, /nl/scholen/ (and English).

A hub gathers its audience's modules from every live campaign and guidance
page. The number of queries does not depend on how many campaigns there are:
one query per placement table, with the pages and modules joined in.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .. import audiences
from ..blocks import SHORT_RICH_TEXT_FEATURES
from .base import TranslatedPageMixin
from .campaigns import CampaignPage
from .guidance import GuidancePage
from .modules import CampaignModule, GuidanceModule, for_audience_q


class AudienceHubPage(TranslatedPageMixin, Page):
    audience = models.CharField(
        _("audience"), max_length=20, choices=audiences.AUDIENCE_CHOICES, unique=True
    )
    intro = RichTextField(_("introduction"), blank=True, features=SHORT_RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("audience"), FieldPanel("intro")]
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "intro"]

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("audience hub")
        verbose_name_plural = _("audience hubs")

    def gather(self, request=None):
        """This audience's modules from live, public pages; each with the pages it appears on.

        Returns (modules, campaigns, guidance_pages). Modules meant for this
        audience come before modules for everyone; newer campaigns first.
        """
        live_campaigns = CampaignPage.objects.live().public().values("pk")
        live_guidance = GuidancePage.objects.live().public().values("pk")
        placements = list(
            CampaignModule.objects.filter(for_audience_q(self.audience), page__in=live_campaigns)
            .select_related("module", "page")
            .order_by("-page__start_date", "page__path", "sort_order")
        ) + list(
            GuidanceModule.objects.filter(for_audience_q(self.audience), page__in=live_guidance)
            .select_related("module", "page")
            .order_by("page__path", "sort_order")
        )
        found = {}
        campaigns, guidance_pages = {}, {}
        for placement in placements:
            entry = found.setdefault(placement.module.pk, {"module": placement.module, "sources": []})
            if placement.page not in entry["sources"]:
                entry["sources"].append(placement.page)
            target = campaigns if isinstance(placement.page, CampaignPage) else guidance_pages
            target.setdefault(placement.page.pk, placement.page)
        modules = sorted(found.values(), key=lambda entry: entry["module"].is_for_everyone)
        for entry in modules:
            entry["sources"] = [
                {
                    "page": page,
                    "url": page.audience_url(self.audience, request=request)
                    if isinstance(page, CampaignPage)
                    else page.get_url(request=request),
                }
                for page in entry["sources"]
            ]
        campaign_links = [
            {"page": page, "url": page.audience_url(self.audience, request=request)}
            for page in campaigns.values()
        ]
        return modules, campaign_links, list(guidance_pages.values())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from .lessons import LessonIndexPage, LessonPage

        modules, campaigns, guidance_pages = self.gather(request)
        lessons = list(
            LessonPage.objects.live().public().filter(audience_hub=self).order_by("min_age", "path")
        )
        context.update(
            {
                "hub_modules": modules,
                "hub_campaigns": campaigns,
                "hub_guidance": guidance_pages,
                "hub_lessons": lessons,
                "lesson_index": LessonIndexPage.objects.live().public().first() if lessons else None,
            }
        )
        return context
