"""Standard pages: about, privacy and cookies, accessibility statement, contact."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from upstream.routing import RoutingMixin

from ..blocks import StandardBodyBlock
from .base import TranslatedPageMixin
from .routing import private_q


class StandardPage(RoutingMixin, TranslatedPageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(StandardBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    in_site_search = True
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "intro", "body"]

    parent_page_types = ["home.HomePage", "pages.StandardPage"]
    subpage_types = ["pages.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().exclude(private_q(request)).defer_streamfields().specific()
        return context
