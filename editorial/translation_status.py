"""Which pages and snippets still need a translation, or have one that is older than the Dutch.

Every translated field (wagtail-modeltranslation's registry) is looked at, in every language of
the settings list besides the default one (public or not yet: the report is where editors see
how far Turkish has come before it is switched on):
- *missing*: the Dutch has text, the other language's column is empty (its visitors see the Dutch);
- *outdated*: both have text, but the Dutch changed in a later revision than the translation
  (found by walking the object's recent revisions; objects without revisions cannot tell);
- *to check*: a demo or machine-assisted translation a native speaker has not checked yet
  (a TranslationToCheck row; "Checked" in the report removes it).

The list is cached until the next content change (the page cache's version number) or for ten
minutes; which marks are left is read on every request (one query), so "Checked" shows at once.
"""

from dataclasses import dataclass, field, replace

from django.core.cache import cache
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_all_child_relations
from modeltranslation.translator import translator
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from core import languages, page_cache

from .models import TranslationToCheck

REVISIONS_LOOKED_AT = 20
CACHE_SECONDS = 600
#: Machine-made columns, not written by editors.
SKIPPED_FIELDS = {"search_text", "url_path", "slug"}


@dataclass
class Item:
    """One page or snippet; ``missing`` and ``outdated`` name its fields per language that needs them."""

    label: str  # "app.model:pk"
    title: str
    section: str
    edit_url: str
    missing: dict = field(default_factory=dict)  # {"en": ["Title", …]}
    outdated: dict = field(default_factory=dict)
    to_check: dict = field(default_factory=dict)  # {"tr": <its TranslationToCheck's pk>}: not checked yet

    def needs(self, code):
        return bool(self.missing.get(code) or self.outdated.get(code) or code in self.to_check)


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
    """{field: {language: its last change}} from the newest revisions, or {}."""
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
            for code in languages.codes():
                key = languages.column(name, code)
                before = older["content"].get(key) if older else None
                if newer["content"].get(key) != before:
                    slot = changes.setdefault(name, {})
                    slot.setdefault(code, newer["created_at"])
    return changes


def section_of(obj, sections):
    if isinstance(obj, Page):
        for path, title in sections.items():
            if obj.path.startswith(path) and obj.path != path:
                return title
        return str(_("Home"))
    return str(capfirst(obj._meta.verbose_name_plural))


def missing_in(obj, names, code):
    source = languages.default()
    return [
        name
        for name in names
        if has_text(languages.own_value(obj, name, source)) and not has_text(languages.own_value(obj, name, code))
    ]


def missing_in_rows(obj, code):
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
            for name in missing_in(row, names, code):
                found.append(f"{capfirst(model._meta.verbose_name)} “{row}”: {field_label(model, name)}")
    return found


def check(obj, model, finder, sections):
    names = list(dict.fromkeys(translated_fields(model)))
    source = languages.default()
    changes = last_changes(obj, names)
    missing, outdated = {}, {}
    for code in languages.others():
        missing_names = missing_in(obj, names, code)
        older = []
        for name, last in changes.items():
            if name in missing_names or last.get(source) is None:
                continue
            if not has_text(languages.own_value(obj, name, code)):
                continue
            if last.get(code) is None or last[source] > last[code]:
                older.append(name)
        rows = missing_in_rows(obj, code) if isinstance(obj, ClusterableModel) else []
        if missing_names or rows:
            missing[code] = [str(field_label(model, name)) for name in missing_names] + rows
        if older:
            outdated[code] = [str(field_label(model, name)) for name in older]
    if not (missing or outdated):
        return None
    return item_for(obj, finder, sections, missing=missing, outdated=outdated)


def item_for(obj, finder, sections, **statuses):
    return Item(
        label=f"{obj._meta.label_lower}:{obj.pk}",
        title=languages.own_value(obj, "title", languages.default()) or str(obj),
        section=section_of(obj, sections),
        edit_url=finder.get_edit_url(obj) or "",
        **statuses,
    )


def marks_by_label():
    """{"pages.helppage:12": {"tr": <the mark's pk>, …}}: what is still to be checked, per object."""
    marks = {}
    for mark in TranslationToCheck.objects.select_related("content_type").order_by("pk"):
        if mark.language in languages.others():
            marks.setdefault(mark.label, {})[mark.language] = mark.pk
    return marks


def marked_items(listed, finder, sections):
    """Items for the marked pages and snippets not in ``listed``: complete demo translations."""
    items, seen = [], set(listed)
    for mark in TranslationToCheck.objects.select_related("content_type").order_by("pk"):
        if mark.label in seen:
            continue
        seen.add(mark.label)
        obj = mark.content_object
        if obj is None:  # the page or snippet was deleted; its marks go with it
            TranslationToCheck.objects.filter(content_type=mark.content_type, object_id=mark.object_id).delete()
            continue
        items.append(item_for(obj, finder, sections))
    return items


def with_marks_to_check(items):
    """``items`` with the languages still to be checked now (one query, so "Checked" shows at once);
    an item listed only for its marks drops out once they are gone."""
    marks = marks_by_label()
    result = []
    for item in items:
        to_check = marks.get(item.label, {})
        if item.missing or item.outdated or to_check:
            result.append(replace(item, to_check=to_check))
    return result


def site_sections():
    """{path: title} of the home page's children: a page's section is the one it is under."""
    sections = {}
    home = Page.objects.filter(depth=2).first()
    if home is not None:
        for child in home.get_children().specific():
            sections[child.path] = languages.own_value(child, "title", languages.default()) or child.title
    return sections


def build():
    finder = AdminURLFinder()
    sections = site_sections()
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
    items += marked_items({item.label for item in items}, finder, sections)
    return items


def _has_admin_edit(finder, model):
    """Only objects an editor can open (snippets, settings); inline rows are checked with their page."""
    obj = model.objects.first()
    return obj is not None and bool(finder.get_edit_url(obj))


def translation_items(section=None, language=None):
    """The pages and snippets that need a translation (into ``language`` when given), in ``section``."""
    key = f"editorial:translations:{page_cache.current_version()}"
    items = cache.get(key)
    if items is None:
        items = build()
        cache.set(key, items, CACHE_SECONDS)
    items = with_marks_to_check(items)
    if section:
        items = [item for item in items if item.section == section]
    if language:
        items = [item for item in items if item.needs(language)]
    return items


def counts_by_language(items):
    """[(code, how many of ``items`` need that language)] for each language translated into."""
    return [(code, sum(1 for item in items if item.needs(code))) for code in languages.others()]
