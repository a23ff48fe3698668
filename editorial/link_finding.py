"""Finding the links in published content, for the link checker (editorial/links.py).

Generic: every StreamField, RichTextField, URLField and page ForeignKey of live pages, help
services, audience modules, live message variants and site settings, so a new page type is
covered without changes here. Links to pages come from Wagtail's reference index (kept up to
date on every save; editorial/deleted_page_links.py keeps the ones to deleted pages); web
addresses, which that index does not record, from walking the fields.
"""

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.text import capfirst
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from wagtail import blocks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex

from core import languages
from home.models import SiteSettings
from messaging.models import MessageSlot, MessageVariant
from pages.models import AudienceModule, HelpService, Platform


@dataclass(frozen=True)
class Link:
    url: str  # the address, or "page:<id>" for an internal link
    kind: str  # "external" or "internal"
    source_label: str  # e.g. "Campaign: Echt of nep? [nl] body"
    edit_url: str  # where an editor fixes it
    language: str = ""  # "" when the field is shared by both languages
    page_id: int | None = None


class _LinkParser(HTMLParser):
    """The web links of rich text as stored: <a href="…"> and media embeds. Links to pages
    (<a linktype="page" id="12">, no href) come from Wagtail's reference index instead."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("linktype") != "page" and attrs.get("href"):
            self.found.append(attrs["href"])
        elif tag == "embed" and attrs.get("embedtype") == "media" and attrs.get("url"):
            self.found.append(attrs["url"])


def _rich_text_urls(html):
    parser = _LinkParser()
    parser.feed(html or "")
    parser.close()
    return parser.found


def _walk(block, raw, found):
    """Add the web addresses in a block's raw JSON value, guided by its definition: reading raw
    data costs no queries (bound values would fetch every chosen page and image). Wagtail's
    reference index does not record web addresses, so this walk stays for them alone."""
    if raw in (None, "", [], {}):
        return
    if isinstance(block, blocks.RichTextBlock):
        found.extend(_rich_text_urls(raw))
    elif isinstance(block, blocks.URLBlock):  # EmbedBlock is a URLBlock too
        found.append(str(raw))
    elif isinstance(block, blocks.BaseStreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                _walk(child, item.get("value"), found)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]  # the newer list format: {"type": "item", "value": …, "id": …}
            _walk(block.child_block, item, found)
    elif isinstance(block, blocks.BaseStructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            _walk(child, raw.get(name), found)


def _is_page_fk(field):
    return (
        isinstance(field, models.ForeignKey)
        and not field.remote_field.parent_link
        and issubclass(field.related_model, Page)
    )


@cache
def _link_fields(model):
    """(field, language, field name) for each field of ``model`` that can hold a link.

    Wagtail's own Page fields are skipped (alias_of, locked_by… are not links), and so is the
    untranslated original of a translated field: it only mirrors the default language.
    """
    try:
        originals = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        originals = set()
    found = []
    for field in model._meta.concrete_fields:
        if field.model is Page or field.name in originals:
            continue
        if isinstance(field, (StreamField, RichTextField, models.URLField)) or _is_page_fk(field):
            language = field.language if isinstance(field, TranslationField) else ""
            base = field.translated_field if language else field
            found.append((field, language, str(base.verbose_name)))
    return found


def _web_addresses(obj, field):
    """The web addresses held by one field of one object."""
    if _is_page_fk(field):
        return []
    value = getattr(obj, field.attname)
    if isinstance(field, StreamField):
        found = []
        raw = getattr(value, "raw_data", None)
        _walk(field.stream_block, list(raw) if raw is not None else [], found)
        return found
    if isinstance(field, RichTextField):
        return _rich_text_urls(value)
    return [value]


def source_models():
    """The models whose content the link checker reads (see _sources)."""
    return [Page, HelpService, Platform, AudienceModule, MessageSlot, MessageVariant, SiteSettings]


def _sources():
    """(object, object to edit) for every place links live, in a handful of queries:
    one per page type, one per snippet or settings model."""
    for page in Page.objects.live().specific().order_by("path"):
        yield page, page
    for obj in [*HelpService.objects.all(), *Platform.objects.all(), *AudienceModule.objects.all()]:
        yield obj, obj
    for variant in MessageVariant.objects.filter(slot__live=True).select_related("slot"):
        yield variant, variant.slot
    for site_settings in SiteSettings.objects.select_related("site"):
        yield site_settings, site_settings


def _index_key(obj):
    """How Wagtail's reference index files an object: the content type of its topmost concrete
    model (Page for every page type) and its primary key as text."""
    parents = obj._meta.get_parent_list()
    model = parents[-1] if parents else type(obj)
    return ContentType.objects.get_for_model(model, for_concrete_model=False).pk, str(obj.pk)


def _page_references():
    """{index key of the linking object: [its references to pages]}, in one query."""
    page_type = ContentType.objects.get_for_model(Page)
    found = defaultdict(list)
    for reference in ReferenceIndex.objects.filter(to_content_type=page_type).order_by("pk"):
        found[(reference.base_content_type_id, reference.object_id)].append(reference)
    return found


def _linked_page_ids(obj, owner, references):
    """{field name: [page id, …]} of the pages ``obj`` links to, as the reference index has them.

    An inline child (a message variant) is indexed under its owner (the slot), with paths like
    "variants.item.cta_page" and "variants.<child pk>.cta_page".
    """
    found = defaultdict(list)
    for reference in references.get(_index_key(owner), ()):
        path, content_path = reference.model_path.split("."), reference.content_path.split(".")
        if obj is owner:
            name = path[0]
        elif len(path) > 2 and path[1] == "item" and content_path[1] == str(obj.pk):
            name = path[2]
        else:
            continue
        try:
            found[name].append(int(reference.to_object_id))
        except ValueError:
            continue
    return found


def _is_checkable(href):
    """Skip what is not a web link to check: e-mail, phone, anchors and site-relative paths.
    Anything else is checked, so "www.example.nl" without https:// shows up as dead."""
    href = href.strip().lower()
    return bool(href) and not href.startswith(("#", "/", "?", "mailto:", "tel:"))


def collect_links():
    """Every link in live content, one Link per place it appears (duplicates within one
    place are dropped): editors fix links place by place, so the report lists places.

    Links to pages come from Wagtail's reference index (kept up to date on every save, and
    kept for deleted pages by editorial/deleted_page_links.py); web addresses are read from
    the fields themselves."""
    finder = AdminURLFinder()
    references = _page_references()
    links = []
    for obj, edit_obj in _sources():
        edit_url = finder.get_edit_url(edit_obj) or ""
        kind_label = capfirst(str(edit_obj._meta.verbose_name))
        linked_pages = _linked_page_ids(obj, edit_obj, references)
        for field, language, field_name in _link_fields(type(obj)):
            urls, page_ids = _web_addresses(obj, field), linked_pages.get(field.name, [])
            if not urls and not page_ids:
                continue
            title = (language and languages.own_value(obj, "title", language)) or str(obj)
            place = f"{kind_label}: {title}" + (f" [{language}]" if language else "") + f" {field_name}"
            for page_id in page_ids:
                links.append(Link(f"page:{page_id}", "internal", place, edit_url, language, page_id))
            for url in urls:
                if url and _is_checkable(str(url)):
                    links.append(Link(str(url).strip(), "external", place, edit_url, language))
    return list(dict.fromkeys(links))
