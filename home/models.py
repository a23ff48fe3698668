"""The home page and the site-wide settings editors manage in one place."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.snippets.blocks import SnippetChooserBlock

from pages.audiences import AUDIENCE_CHOICES
from pages.blocks import SHORT_RICH_TEXT_FEATURES
from pages.links import LinkFields, link_page_field, link_text_field
from pages.models import TranslatedPageMixin
from pages.models.hero import HeroImageMixin
from upstream.routing import RoutingMixin

#: Where "Exit this page" goes unless an editor chooses another neutral site.
DEFAULT_QUICK_EXIT_URL = "https://www.knmi.nl/"


class AudienceEntryBlock(blocks.StructBlock):
    """A door into the site for one audience (young people, parents, schools)."""

    audience = blocks.ChoiceBlock(choices=AUDIENCE_CHOICES, label=_("Audience"))
    heading = blocks.CharBlock(label=_("Heading"))
    text = blocks.TextBlock(label=_("Text"))
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "group"
        label = _("Entry point")
        template = "home/blocks/audience_entry.html"


class HomePage(RoutingMixin, HeroImageMixin, TranslatedPageMixin, Page):
    hero_heading = models.CharField(_("headline"), max_length=160)
    hero_intro = models.TextField(_("introduction"), max_length=600)
    hero_cta_label = link_text_field(_("button text"))
    hero_cta_page = link_page_field(_("button links to"))
    #: The hero's button: ``hero_cta.url``, ``hero_cta.text``.
    hero_cta = LinkFields(page="hero_cta_page", text="hero_cta_label")
    audience_entries = StreamField(
        [("entry", AudienceEntryBlock())],
        verbose_name=_("entry points per audience"),
        blank=True,
    )
    help_heading = models.CharField(_("help block heading"), max_length=120, blank=True)
    help_text = RichTextField(_("help block text"), blank=True, features=SHORT_RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        HeroImageMixin.hero_image_panel(),
        InlinePanel("featured_campaigns", label=_("Featured campaigns"), max_num=3),
        FieldPanel("audience_entries"),
        MultiFieldPanel([FieldPanel("help_heading"), FieldPanel("help_text")], heading=_("Help")),
    ]
    in_site_search = True
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "hero_heading", "hero_intro", "help_text"]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.CampaignIndexPage",
        "pages.GuidanceIndexPage",
        "pages.LessonIndexPage",
        "pages.AudienceHubPage",
        "pages.HelpPage",
        "pages.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["hero_cta"] = self.hero_cta.bound(request)
        context["featured_campaigns"] = [
            item.campaign
            for item in self.featured_campaigns.select_related("campaign", "campaign__hero_image", "campaign__topic")
            if item.campaign and item.campaign.live
        ]
        return context


class HomePageFeaturedCampaign(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_campaigns")
    campaign = models.ForeignKey(
        "pages.CampaignPage", verbose_name=_("campaign"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("campaign")]


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Editable, translated settings shown on every page (header, footer, sharing)."""

    footer_help_heading = models.CharField(_("footer help heading"), max_length=120, default="", blank=True)
    footer_help_services = StreamField(
        [("service", SnippetChooserBlock("pages.HelpService", label=_("Help service")))],
        verbose_name=_("help services in the footer"),
        blank=True,
        help_text=_("Chosen from the help directory, so the footer stays up to date."),
    )
    footer_text = models.TextField(_("footer text"), blank=True)
    quick_exit_url = models.URLField(
        _("quick exit address"),
        default=DEFAULT_QUICK_EXIT_URL,
        help_text=_(
            'Where the "Exit this page" button goes: a neutral site that draws no attention, '
            "such as a weather forecast."
        ),
    )
    social_image = models.ForeignKey(
        "pages.SiteImage",
        verbose_name=_("image for social media"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page is shared (Open Graph). Never a photo of a child."),
    )

    # The quick exit, social image and footer on every page: one query, not two.
    select_related = ["social_image"]

    panels = [
        FieldPanel("footer_help_heading"),
        FieldPanel("footer_help_services"),
        FieldPanel("footer_text"),
        FieldPanel("quick_exit_url"),
        FieldPanel("social_image"),
    ]

    class Meta:
        verbose_name = _("site settings")
