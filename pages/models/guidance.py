"""Guidance: plain-language (B1) articles at /nl/informatie/ (/en/guidance/)."""

from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Page

from ..blocks import GuidanceBodyBlock, SourcesBlock
from ..preview_modes import ContributedPreviewModesMixin
from .base import TranslatedPageMixin
from .modules import PlacedModulesMixin, modules_on
from .routing import private_q
from .sections import SectionIndexPage


class GuidanceIndexPage(SectionIndexPage):
    subpage_types = ["pages.GuidancePage"]
    route_child_model = "pages.GuidancePage"

    class Meta:
        verbose_name = _("guidance overview")
        verbose_name_plural = _("guidance overviews")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guidance_pages = (
            GuidancePage.objects.child_of(self).live().exclude(private_q(request)).defer_streamfields().order_by("path")
        )
        context.update(self.paginated(request, guidance_pages))
        context["guidance_pages"] = context["items_page"].object_list
        return context


class GuidancePage(ContributedPreviewModesMixin, PlacedModulesMixin, TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), max_length=600, help_text=_("Two or three short sentences, B1 level."))
    content_warning = models.TextField(
        _("content warning"),
        blank=True,
        help_text=_("Shown before the text when the subject may upset readers. Leave empty if not needed."),
    )
    body = StreamField(GuidanceBodyBlock(), verbose_name=_("body"))
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("The date an editor last checked that this page is still correct."),
    )
    sources = StreamField(SourcesBlock(), verbose_name=_("sources"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("content_warning"),
        FieldPanel("body"),
        InlinePanel("module_placements", label=_("Audience modules")),
        FieldPanel("sources"),
        FieldPanel("last_reviewed"),
    ]
    in_site_search = True
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "intro", "body"]

    parent_page_types = ["pages.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidance page")
        verbose_name_plural = _("guidance pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when the template renders them: body and modules are a fragment kept per content
        # version and language (guidance_page.html), and a kept one needs no query.
        context["modules"] = SimpleLazyObject(lambda: modules_on(self, everything=True))
        return context
