"""Campaigns: the index at /nl/campagnes/ (/en/campaigns/) and each campaign page.

A campaign page answers at its own URL with an overview and at one URL per
audience (/nl/campagnes/<slug>/ouders/, /en/campaigns/<slug>/parents/) with
that audience's modules.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.fields import StreamField
from wagtail.models import Page

from core import languages

from .. import audiences
from ..blocks import CampaignBodyBlock
from ..links import LinkFields, link_page_field, link_text_field
from ..preview_modes import ContributedPreviewModesMixin
from .base import TranslatedPageMixin, sitemap_entries
from .hero import HeroImageMixin
from .modules import PlacedModulesMixin, modules_on
from .routing import private_q
from .sections import SectionIndexPage


class CampaignIndexPage(SectionIndexPage):
    subpage_types = ["pages.CampaignPage"]
    route_child_model = "pages.CampaignPage"

    class Meta:
        verbose_name = _("campaign overview")
        verbose_name_plural = _("campaign overviews")

    def live_campaigns(self, request=None):
        return (
            CampaignPage.objects.child_of(self)
            .live()
            .exclude(private_q(request))
            .select_related("topic", "hero_image")
            .defer_streamfields()
            .order_by("-start_date", "-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.paginated(request, self.live_campaigns(request)))
        context["campaigns"] = context["items_page"].object_list
        return context


class CampaignPage(
    ContributedPreviewModesMixin, RoutablePageMixin, PlacedModulesMixin, HeroImageMixin, TranslatedPageMixin, Page
):
    hero_headline = models.CharField(_("headline"), max_length=160)
    hero_intro = models.TextField(_("introduction"), max_length=600)
    hero_message = models.ForeignKey(
        "messaging.MessageSlot",
        verbose_name=_("tested hero message"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Optional. A message slot whose variant replaces the headline, introduction and button "
            "above, so it can be A/B-tested. The texts above stay as the fallback."
        ),
    )
    key_message = models.CharField(
        _("key message"),
        max_length=255,
        help_text=_("The one thing a visitor should remember, in one sentence."),
    )
    cta_label = link_text_field(_("call-to-action text"))
    cta_page = link_page_field(_("call-to-action page"))
    #: The button under the key message: ``cta.url``, ``cta.text`` (a page of this site only).
    cta = LinkFields(page="cta_page", text="cta_label")
    start_date = models.DateField(_("start date"), default=timezone.localdate)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    topic = models.ForeignKey(
        "pages.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="campaigns",
    )
    body = StreamField(CampaignBodyBlock(), verbose_name=_("body"), blank=True)
    content_warning = models.TextField(
        _("content warning"),
        blank=True,
        help_text=_("Shown before the content when the subject may upset visitors. Leave empty if not needed."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("content_warning"),
        MultiFieldPanel(
            [FieldPanel("hero_headline"), FieldPanel("hero_intro"), FieldPanel("hero_message")],
            heading=_("Hero"),
        ),
        HeroImageMixin.hero_image_panel(),
        FieldPanel("key_message"),
        MultiFieldPanel([FieldPanel("cta_label"), FieldPanel("cta_page")], heading=_("Call to action")),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("topic"),
        FieldPanel("body"),
        InlinePanel(
            "module_placements",
            label=_("Audience modules"),
            help_text=_(
                "Modules for everyone show on the campaign overview; each audience view "
                "shows the modules for that audience and for everyone."
            ),
        ),
    ]
    in_site_search = True
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = [
        "title",
        "search_description",
        "hero_headline",
        "hero_intro",
        "key_message",
        "body",
    ]

    parent_page_types = ["pages.CampaignIndexPage"]
    subpage_types = []
    route_select_related = ("topic", "hero_image", "hero_message", "cta_page")

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
        if self.cta_page and not self.cta_label:
            raise ValidationError(
                {languages.column("cta_label", languages.default()): _("Add a text for the call-to-action button.")}
            )

    @property
    def is_running(self):
        today = timezone.localdate()
        return self.start_date <= today and (self.end_date is None or today <= self.end_date)

    # -- audiences ------------------------------------------------------------
    def audience_url(self, audience, language_code=None, request=None, full=False):
        """/nl/campagnes/<slug>/ouders/ and its siblings, in any site language."""
        language_code = language_code or languages.active()
        with translation.override(language_code):
            base = self.get_full_url(request=request) if full else self.get_url(request=request)
            return base + self.reverse_subpage(
                "audience", kwargs={"segment": audiences.url_segment(audience, language_code)}
            )

    def audience_links(self, current=None, request=None):
        return [
            {
                "audience": audience,
                "label": audiences.label(audience),
                "url": self.audience_url(audience, request=request),
                "is_current": audience == current,
            }
            for audience in audiences.AUDIENCES
        ]

    def get_context(self, request, *args, audience=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["audience"] = audience
        # Read when the template renders them: the body and modules are a fragment kept per content
        # version and language (campaign_page.html), and a kept one needs no query.
        context["modules"] = SimpleLazyObject(lambda: modules_on(self, audience))
        context["audience_links"] = self.audience_links(audience, request)
        context["overview_url"] = self.get_url(request=request)
        context["cta"] = self.cta.bound(request)
        return context

    @re_path(r"^(?P<segment>[-a-z]+)/$", name="audience")
    def audience_view(self, request, segment):
        audience, segment_language = audiences.from_url_segment(segment)
        if audience is None:
            raise Http404
        current = languages.active()
        if audiences.url_segment(audience, current) != segment:
            # /en/campaigns/x/ouders/ → /en/campaigns/x/parents/
            return redirect(self.audience_url(audience, current, request), permanent=True)
        return self.render(
            request,
            audience=audience,
            context_overrides={
                "audience_heading": audiences.FOR_AUDIENCE[audience],
                "language_urls": {code: self.audience_url(audience, code, request) for code in languages.codes()},
            },
        )

    def get_sitemap_urls(self, request=None):
        entries = super().get_sitemap_urls(request)
        lastmod = entries[0]["lastmod"] if entries else None
        for audience in audiences.AUDIENCES:
            urls = {code: self.audience_url(audience, code, request, full=True) for code in languages.public_codes()}
            entries.extend(sitemap_entries(urls, lastmod))
        return entries
