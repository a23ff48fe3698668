"""What the section overviews (campaigns, guidance) have in common."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core import languages
from upstream.routing import RoutingMixin

from ..blocks import SHORT_RICH_TEXT_FEATURES
from ..pagination import pagination_links
from .base import TranslatedPageMixin

#: Items per page of an overview (campaigns, guidance).
OVERVIEW_PER_PAGE = 12


class SectionIndexPage(RoutingMixin, TranslatedPageMixin, Page):
    """One overview per section, directly under home, listing its child pages."""

    intro = RichTextField(_("introduction"), blank=True, features=SHORT_RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    in_site_search = True
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "intro"]

    parent_page_types = ["home.HomePage"]
    max_count = 1

    class Meta:
        abstract = True

    def paginated(self, request, items):
        """One page of ``items`` (OVERVIEW_PER_PAGE each) for ``?page=N``, and its links.

        Page 1 is the overview's own URL (no ``?page=1``); an unknown, zero, negative or
        too-high page number is a 404, never a 500 and never another page. Every page
        is its own URL, so the page cache and the canonical link tell them apart.
        """
        raw = request.GET.get("page")
        paginator = Paginator(items, OVERVIEW_PER_PAGE)
        try:
            number = 1 if raw is None else int(raw)
            if raw is not None and (number < 2 or str(number) != raw):
                raise PageNotAnInteger(raw)  # ?page=1, ?page=01: not an address of this list
            page = paginator.page(number)
        except (ValueError, PageNotAnInteger, EmptyPage):
            raise Http404 from None

        def url(number, code=None):
            base = self.get_url_in(code, request) if code else self.get_url(request=request)
            return base if number == 1 else f"{base}?page={number}"

        context = {"items_page": page, **pagination_links(page, url)}
        if page.number > 1:
            # The canonical link, hreflang alternates and language switcher name this page of the list.
            context["language_urls"] = {code: url(page.number, code) for code in languages.codes()}
        return context
