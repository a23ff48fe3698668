"""Campaigns: the index at /nl/campagnes/ (/en/campaigns/) and each campaign page."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import CampaignBodyBlock
from .base import TranslatedPageMixin
from .hero import HeroImageMixin
from .sections import SectionIndexPage


class CampaignIndexPage(SectionIndexPage):
    subpage_types = ["pages.CampaignPage"]

    class Meta:
        verbose_name = _("campaign overview")
        verbose_name_plural = _("campaign overviews")

    def live_campaigns(self):
        return (
            CampaignPage.objects.child_of(self)
            .live()
            .public()
            .select_related("topic", "hero_image")
            .order_by("-start_date", "-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["campaigns"] = self.live_campaigns()
        return context


class CampaignPage(HeroImageMixin, TranslatedPageMixin, Page):
    hero_headline = models.CharField(_("headline"), max_length=160)
    hero_intro = models.TextField(_("introduction"), max_length=600)
    key_message = models.CharField(
        _("key message"),
        max_length=255,
        help_text=_("The one thing a visitor should remember, in one sentence."),
    )
    cta_label = models.CharField(_("call-to-action text"), max_length=80, blank=True)
    cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call-to-action page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_headline"), FieldPanel("hero_intro")], heading=_("Hero")
        ),
        HeroImageMixin.hero_image_panel(),
        FieldPanel("key_message"),
        MultiFieldPanel(
            [FieldPanel("cta_label"), FieldPanel("cta_page")], heading=_("Call to action")
        ),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Period")),
        FieldPanel("topic"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = [
        "title", "search_description", "hero_headline", "hero_intro", "key_message", "body",
    ]

    parent_page_types = ["pages.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})
        if self.cta_page and not self.cta_label:
            raise ValidationError({"cta_label_nl": _("Add a text for the call-to-action button.")})

    @property
    def is_running(self):
        today = timezone.localdate()
        return self.start_date <= today and (self.end_date is None or today <= self.end_date)
