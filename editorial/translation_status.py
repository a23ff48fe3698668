"""Which pages and snippets still need English, or have English that is older than the Dutch.

Every translated field (wagtail-modeltranslation's registry) is looked at:
- *missing*: the Dutch has text, the English is empty (visitors see the Dutch under /en/);
- *outdated*: both have text, but the Dutch changed in a later revision than the English
  (found by walking the object's recent revisions; objects without revisions cannot tell).

The result is cached until the next content change (the page cache's version number).
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_all_child_relations
from modeltranslation.translator import translator
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from core import languages, page_cache

#: The status compares the default language (written first) with the site's other language.
SOURCE = languages.default()
TARGET = languages.others(SOURCE)[0]
REVISIONS_LOOKED_AT = 20
CACHE_SECONDS = 600
#: Machine-made columns, not written by editors.
SKIPPED_FIELDS = {"search_text", "url_path", "slug"}


@dataclass
class Item:
    label: str  # "app.model:pk"
    title: str
    section: str
    edit_url: str
    missing: list = field(default_factory=list)
    outdated: list = field(default_factory=list)


def has_text(value):
    if value is None:
        return False
    if hasattr(value, "raw_data"):  # a StreamField value
        return len(value.raw_data) > 0
    return bool(strip_tags(str(value)).strip())


def translated_fields(model):
    options = translator.get_options_for_model(model)
    return [name for name in options.get_field_names() if name not in SKIPPED_FIELDS]


def field_label(model, name):
    try:
        return capfirst(model._meta.get_field(name).verbose_name)
    except Exception:  # noqa: BLE001 - a registered name without a plain field
        return name


def last_changes(obj, names):
    """{field: (last Dutch change, last English change)} from the newest revisions, or {}."""
    revisions = getattr(obj, "revisions", None)
    if revisions is None:
        return {}
    recent = list(revisions.order_by("-created_at", "-id").values("created_at", "content")[:REVISIONS_LOOKED_AT])
    if not recent:
        # A page created without a revision (by a script or an import) has no history to compare.
        return {}
    changes = {}
    for newer, older in zip(recent, recent[1:] + [None], strict=True):
        for name in names:
            for code in (SOURCE, TARGET):
                key = languages.column(name, code)
                before = older["content"].get(key) if older else None
                if newer["content"].get(key) != before:
                    slot = changes.setdefault(name, {SOURCE: None, TARGET: None})
                    if slot[code] is None:
                        slot[code] = newer["created_at"]
    return {name: (value[SOURCE], value[TARGET]) for name, value in changes.items()}


def section_of(obj, sections):
    if isinstance(obj, Page):
        for path, title in sections.items():
            if obj.path.startswith(path) and obj.path != path:
                return title
        return str(_("Home"))
    return str(capfirst(obj._meta.verbose_name_plural))


def missing_in(obj, names):
    return [
        name
        for name in names
        if has_text(languages.own_value(obj, name, SOURCE)) and not has_text(languages.own_value(obj, name, TARGET))
    ]


def missing_in_rows(obj):
    """Translated fields of inline rows (lesson phases, message variants) belong to their page or snippet."""
    found = []
    for relation in get_all_child_relations(obj):
        model = relation.related_model
        if model not in translator.get_registered_models():
            continue
        names = translated_fields(model)
        for row in getattr(obj, relation.get_accessor_name()).all():
            if hasattr(row, "needs_translation") and not row.needs_translation():
                continue
            for name in missing_in(row, names):
                found.append(f"{capfirst(model._meta.verbose_name)} “{row}”: {field_label(model, name)}")
    return found


def check(obj, model, finder, sections):
    names = list(dict.fromkeys(translated_fields(model)))
    missing = missing_in(obj, names)
    outdated = []
    for name, (dutch, english) in last_changes(obj, names).items():
        if name in missing or dutch is None or not has_text(languages.own_value(obj, name, TARGET)):
            continue
        if english is None or dutch > english:
            outdated.append(name)
    rows = missing_in_rows(obj) if isinstance(obj, ClusterableModel) else []
    if not (missing or outdated or rows):
        return None
    title = languages.own_value(obj, "title", SOURCE) or str(obj)
    return Item(
        label=f"{obj._meta.label_lower}:{obj.pk}",
        title=title,
        section=section_of(obj, sections),
        edit_url=finder.get_edit_url(obj) or "",
        missing=[str(field_label(model, name)) for name in missing] + rows,
        outdated=[str(field_label(model, name)) for name in outdated],
    )


def build():
    finder = AdminURLFinder()
    sections = {}
    home = Page.objects.filter(depth=2).first()
    if home is not None:
        for child in home.get_children().specific():
            sections[child.path] = languages.own_value(child, "title", SOURCE) or child.title
    items = []
    page_models = [model for model in translator.get_registered_models() if issubclass(model, Page)]
    for model in page_models:
        if model._meta.abstract or model is Page:
            continue
        for obj in model.objects.filter(depth__gt=1).order_by("path"):
            if type(obj) is not model:
                continue
            item = check(obj, model, finder, sections)
            if item:
                items.append(item)
    for model in translator.get_registered_models():
        if issubclass(model, Page) or model._meta.abstract:
            continue
        if not _has_admin_edit(finder, model):
            continue
        for obj in model.objects.all():
            item = check(obj, model, finder, sections)
            if item:
                items.append(item)
    return items


def _has_admin_edit(finder, model):
    """Only objects an editor can open (snippets, settings); inline rows are checked with their page."""
    obj = model.objects.first()
    return obj is not None and bool(finder.get_edit_url(obj))


def translation_items(section=None):
    key = f"editorial:translations:{page_cache.current_version()}"
    items = cache.get(key)
    if items is None:
        items = build()
        cache.set(key, items, CACHE_SECONDS)
    if section:
        items = [item for item in items if item.section == section]
    return items
