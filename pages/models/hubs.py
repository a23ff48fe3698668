"""Audience hubs: /nl/jongeren/, /nl/ouders/, /nl/scholen/ (and English).

A hub gathers its audience's modules from its newest campaigns (at most
HUB_CAMPAIGNS, newest first) and every live guidance page, and lists at most
HUB_LESSONS lessons, newest first, each list with a link to the full overview
when there are more. So both the queries and the work of rendering stay the
same however many campaigns and lessons there are: one query per placement
table (the newest campaigns chosen in a subquery), pages and modules joined in.
"""

from django.db import models
from django.db.models import Exists, OuterRef
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core import languages

from .. import audiences
from ..blocks import SHORT_RICH_TEXT_FEATURES
from ..preview_modes import ContributedPreviewModesMixin
from .base import TranslatedPageMixin
from .campaigns import CampaignIndexPage, CampaignPage
from .guidance import GuidancePage
from .lessons import LessonIndexPage, LessonPage
from .modules import CampaignModule, GuidanceModule, for_audience_q
from .routing import ancestors_from_route, children_of, is_public, private_q

#: How many campaigns and lessons a hub shows; the overviews list them all.
HUB_CAMPAIGNS = 6
HUB_LESSONS = 6


def _page_streamfields(model):
    """``page__body_nl`` and the like: the hub links to the pages, it does not show their bodies."""
    return [f"page__{name}" for name in model.get_streamfield_names()]


class AudienceHubPage(ContributedPreviewModesMixin, TranslatedPageMixin, Page):
    audience = models.CharField(_("audience"), max_length=20, choices=audiences.AUDIENCE_CHOICES, unique=True)
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

        Returns (modules, campaigns, guidance_pages, more_campaigns). Only the
        HUB_CAMPAIGNS newest campaigns with a module for this audience count (one more
        is read, to know whether there are more). Modules meant for this audience come
        before modules for everyone; newer campaigns first.
        """
        private = private_q(request)
        newest_campaigns = (
            CampaignPage.objects.live()
            .exclude(private)
            .filter(Exists(CampaignModule.objects.filter(for_audience_q(self.audience), page_id=OuterRef("pk"))))
            .order_by("-start_date", "path")
            .values("pk")[: HUB_CAMPAIGNS + 1]
        )
        live_guidance = GuidancePage.objects.live().exclude(private).values("pk")
        placements = list(
            CampaignModule.objects.filter(for_audience_q(self.audience), page__in=newest_campaigns)
            .select_related("module", "page")
            .defer(*_page_streamfields(CampaignPage))
            .order_by("-page__start_date", "page__path", "sort_order")
        ) + list(
            GuidanceModule.objects.filter(for_audience_q(self.audience), page__in=live_guidance)
            .select_related("module", "page")
            .defer(*_page_streamfields(GuidancePage))
            .order_by("page__path", "sort_order")
        )
        shown = []  # the newest HUB_CAMPAIGNS campaigns, in the order of the placements
        for placement in placements:
            if isinstance(placement.page, CampaignPage) and placement.page.pk not in shown:
                shown.append(placement.page.pk)
        more_campaigns = len(shown) > HUB_CAMPAIGNS
        dropped = set(shown[HUB_CAMPAIGNS:])
        placements = [placement for placement in placements if placement.page.pk not in dropped]
        found = {}
        campaigns, guidance_pages = {}, {}
        for placement in placements:
            entry = found.setdefault(placement.module.pk, {"module": placement.module, "sources": [], "seen": set()})
            if placement.page.pk not in entry["seen"]:
                entry["seen"].add(placement.page.pk)
                entry["sources"].append(placement.page)
            target = campaigns if isinstance(placement.page, CampaignPage) else guidance_pages
            target.setdefault(placement.page.pk, placement.page)
        modules = sorted(found.values(), key=lambda entry: entry["module"].is_for_everyone)
        urls = {}  # one URL per page, however many modules it shares

        def url_of(page):
            if page.pk not in urls:
                urls[page.pk] = (
                    self._audience_url(page, request)
                    if isinstance(page, CampaignPage)
                    else page.get_url(request=request)
                )
            return urls[page.pk]

        for entry in modules:
            del entry["seen"]
            entry["sources"] = [{"page": page, "url": url_of(page)} for page in entry["sources"]]
        campaign_links = [{"page": page, "url": url_of(page)} for page in campaigns.values()]
        return modules, campaign_links, list(guidance_pages.values()), more_campaigns

    def lesson_index(self, request):
        """The lesson overview: among the home page's children, which routing has read already."""
        ancestors = ancestors_from_route(request, self)
        if ancestors:
            for child in children_of(ancestors[0], request):
                if child.live and child.specific_class is LessonIndexPage and is_public(child, request):
                    return child
        return LessonIndexPage.objects.live().exclude(private_q(request)).first()

    def campaign_index(self, request):
        """The campaign overview, for the link to every campaign: among the home page's children."""
        ancestors = ancestors_from_route(request, self)
        if ancestors:
            for child in children_of(ancestors[0], request):
                if child.live and child.specific_class is CampaignIndexPage and is_public(child, request):
                    return child
        return CampaignIndexPage.objects.live().exclude(private_q(request)).first()

    def _audience_url(self, campaign, request):
        """``campaign.audience_url(self.audience)``; the part after the campaign's own URL is the
        same for every campaign, so it is worked out once per request."""
        if not hasattr(self, "_audience_suffix"):
            self._audience_suffix = campaign.reverse_subpage(
                "audience",
                kwargs={"segment": audiences.url_segment(self.audience, languages.active())},
            )
        return campaign.get_url(request=request) + self._audience_suffix

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the template renders the lists: a hub's lists and modules are a fragment
        # kept per content version and language (the template's {% fragment %}), and a kept one
        # costs no query at all.
        context["hub"] = HubLists(self, request)
        return context


class HubLists:
    """What a hub lists, read from the database on first use."""

    def __init__(self, hub, request):
        self.hub = hub
        self.request = request

    @cached_property
    def _gathered(self):
        return self.hub.gather(self.request)

    @property
    def modules(self):
        return self._gathered[0]

    @property
    def campaigns(self):
        return self._gathered[1]

    @property
    def guidance(self):
        return self._gathered[2]

    @property
    def more_campaigns(self):
        return self._gathered[3]

    @cached_property
    def _lessons(self):
        return list(
            LessonPage.objects.live()
            .exclude(private_q(self.request))
            .filter(audience_hub=self.hub)
            .order_by("-first_published_at", "-path")[: HUB_LESSONS + 1]
        )

    @property
    def lessons(self):
        return self._lessons[:HUB_LESSONS]

    @property
    def more_lessons(self):
        return len(self._lessons) > HUB_LESSONS

    @cached_property
    def campaign_index(self):
        return self.hub.campaign_index(self.request) if self.more_campaigns else None

    @cached_property
    def lesson_index(self):
        return self.hub.lesson_index(self.request) if self.lessons else None
