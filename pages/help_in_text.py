"""A help service's number, chat, website or hours inside rich text, always as the help directory has it now.

Rich text stores a reference, never the number itself::

    <embed embedtype="help-service" id="3" detail="phone"/>

and Wagtail's rich-text rewriter (an embed handler, like images) turns it into the service's current detail
each time the text is rendered: a changed number in *Snippets → Help services* is then right in every body
text at once (saving a snippet clears the page cache and the fragment cache's content version, see
core/cache_invalidation.py). The reference is in Wagtail's reference index, so the service's *Usage* lists
the pages that name it.

In the editor (Draftail) the reference is an inline, immutable entity showing the current value; the toolbar
button (pages/static/js/help-service-draftail.js) opens the help-service chooser and asks for the detail.
"""

from django.utils.html import format_html
from django.utils.translation import gettext, gettext_lazy
from draftjs_exporter.dom import DOM
from wagtail.admin.rich_text.converters.contentstate_models import Entity, EntityRange
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    FORCE_WHITESPACE,
    KEEP_WHITESPACE,
    add_paragraph_block,
)
from wagtail.rich_text import EmbedHandler

from .models import HelpPage, HelpService

FEATURE = "help-service"
EMBED_TYPE = "help-service"
ENTITY_TYPE = "HELP_SERVICE"

#: The details a text can name, with the editor's label for each.
DETAILS = {
    "phone": gettext_lazy("phone number"),
    "phone_2": gettext_lazy("second phone number"),
    "chat": gettext_lazy("chat address"),
    "website": gettext_lazy("website"),
    "hours": gettext_lazy("opening hours"),
    "name": gettext_lazy("name"),
}
DEFAULT_DETAIL = "phone"


def tel_href(number):
    """The same tel: address as the helpline cards and the footer give (digits as written, no spaces or dashes)."""
    return "tel:" + number.replace(" ", "").replace("-", "")


def short_address(url):
    """kindertelefoon.nl for https://www.kindertelefoon.nl/: what people say and type."""
    address = url.split("://", 1)[-1].removeprefix("www.")
    return address.rstrip("/")


def detail_text(service, detail):
    """The plain text of a detail as it is now, in the active language ('' when the service has none)."""
    if detail in ("phone", "phone_2"):
        return getattr(service, detail) or ""
    if detail == "chat":
        return short_address(service.chat_url) if service.chat_url else ""
    if detail == "website":
        return short_address(service.website_url) if service.website_url else ""
    if detail == "hours":
        return service.opening_hours or ""
    if detail == "name":
        return service.name or ""
    return ""


def help_page_fallback():
    """For a service that is gone: a neutral pointer to the help directory, or nothing without one."""
    page = HelpPage.objects.live().first()
    url = page.get_url() if page is not None else None
    if not url:
        return ""
    return format_html('<a href="{}">{}</a>', url, gettext("see the help page"))


def render_detail(service, detail):
    """The visitor's HTML for one reference; '' for an empty detail."""
    if service is None:
        return help_page_fallback()
    if detail in ("phone", "phone_2"):
        number = getattr(service, detail)
        if not number:
            return ""
        # dir="ltr": a number and an address read left to right inside Arabic text too.
        return format_html('<a href="{}" dir="ltr" data-reach-event="helpline_call">{}</a>', tel_href(number), number)
    if detail in ("chat", "website"):
        url = service.chat_url if detail == "chat" else service.website_url
        return format_html('<a href="{}" dir="ltr">{}</a>', url, short_address(url)) if url else ""
    if detail == "hours" and not service.opening_hours:
        # The model's promise: hours left empty (unknown) send visitors to the service's own website.
        if not service.website_url:
            return ""
        return format_html('<a href="{}">{}</a>', service.website_url, gettext("see their website"))
    return format_html("{}", detail_text(service, detail))


class HelpServiceEmbedHandler(EmbedHandler):
    """<embed embedtype="help-service" id=".." detail=".."/> → the service's current detail."""

    identifier = EMBED_TYPE

    @staticmethod
    def get_model():
        return HelpService

    @classmethod
    def expand_db_attributes(cls, attrs):
        return cls.expand_db_attributes_many([attrs])[0]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        try:
            services = cls.get_many(attrs_list)
        except (TypeError, ValueError):  # a hand-made id that is not a number
            services = [None] * len(attrs_list)
        return [
            render_detail(service, attrs.get("detail", DEFAULT_DETAIL))
            for service, attrs in zip(services, attrs_list, strict=True)
        ]

    @classmethod
    def extract_references(cls, attrs):
        # (model, object id, model path, content path), as Wagtail's own image embed: the service's Usage tab.
        if str(attrs.get("id", "")).isdigit():
            yield HelpService, attrs["id"], "", ""


def help_service_entity(props):
    """Draftail's entity back to the database form; the text shown in the editor is not kept."""
    return DOM.create_element(
        "embed", {"embedtype": EMBED_TYPE, "id": props.get("id"), "detail": props.get("detail") or DEFAULT_DETAIL}
    )


class HelpServiceElementHandler:
    """The database form to Draftail: an inline, immutable entity whose text is the detail as it is now.

    An <embed> has no text of its own, so the handler writes it, the way a link's text would be there.
    """

    def handle_starttag(self, name, attrs, state, contentstate):
        attrs = dict(attrs)
        if state.current_block is None:
            add_paragraph_block(state, contentstate)
        if state.leading_whitespace == FORCE_WHITESPACE:
            state.current_block.text += " "
        service = HelpService.objects.filter(pk=attrs.get("id")).first() if str(attrs.get("id", "")).isdigit() else None
        detail = attrs.get("detail") or DEFAULT_DETAIL
        text = (detail_text(service, detail) if service else "") or f"[{gettext('help service')}]"
        entity = Entity(
            ENTITY_TYPE,
            "IMMUTABLE",
            {"id": attrs.get("id"), "detail": detail, "service": str(service) if service else ""},
        )
        entity_range = EntityRange(contentstate.add_entity(entity))
        entity_range.offset = len(state.current_block.text)
        entity_range.length = len(text)
        state.current_block.text += text
        state.current_block.entity_ranges.append(entity_range)
        state.leading_whitespace = KEEP_WHITESPACE

    def handle_endtag(self, name, state, contentstate):
        pass


ContentstateHelpServiceRule = {
    "from_database_format": {f'embed[embedtype="{EMBED_TYPE}"]': HelpServiceElementHandler()},
    "to_database_format": {"entity_decorators": {ENTITY_TYPE: help_service_entity}},
}

__all__ = [
    "FEATURE",
    "DETAILS",
    "HelpServiceEmbedHandler",
    "ContentstateHelpServiceRule",
    "render_detail",
]
