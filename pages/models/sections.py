"""What the section overviews (campaigns, guidance) have in common."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..blocks import SHORT_RICH_TEXT_FEATURES
from ..upstream.routing import RoutingMixin
from .base import TranslatedPageMixin


class SectionIndexPage(RoutingMixin, TranslatedPageMixin, Page):
    """One overview per section, directly under home, listing its child pages."""

    intro = RichTextField(_("introduction"), blank=True, features=SHORT_RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "intro"]

    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True
