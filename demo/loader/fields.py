"""Model field values from demo data, by the model's own fields: nothing here repeats a block or field schema.

- ``{nl: ..., en: ..., tr: ..., ar: ...}`` for a field with per-language columns (modeltranslation) fills
  ``<field>_nl``, ``<field>_en`` and so on for every language in SITE_LANGUAGES; a language left out is empty
  (its visitors read the Dutch, with the notice).
- A StreamField takes Wagtail's raw form ``[{type, value}]`` through its ``stream_block.to_python``, with every
  ``{ref: "<key>"}`` replaced by that object's id first, and in rich text every ``<a linktype="page" ref="<key>">``
  made Wagtail's internal page link ``<a linktype="page" id="<id>">``: it follows the page when it moves, shows the
  page's address in the reader's language, and is in Wagtail's reference index (usage, link checks). The same
  for a help service named in rich text: ``<embed embedtype="help-service" ref="service:<key>" …/>`` gets the
  service's id (data.py writes these references; pages/help_in_text.py renders them). A RichTextField's text
  gets both too.
- A foreign key takes a key (``"campaign:echt-of-nep"``, ``"image"``); a child relation (InlinePanel) takes a list
  of mappings, each built the same way; anything else goes through the field's own ``to_python``.
"""

import re

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from wagtail.fields import RichTextField, StreamField

from core import languages

# Only in the demo's own rich text: ``ref`` names a demo page by key, the loader turns it into the page's id.
PAGE_LINK_BY_KEY = re.compile(r'linktype="page" ref="([\w:-]+)"')
HELP_SERVICE_BY_KEY = re.compile(r'embedtype="help-service" ref="([\w:-]+)"')


def field_or_none(model, name):
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def is_translated(model, name, value):
    codes = languages.codes()
    return isinstance(value, dict) and set(value) <= set(codes) and field_or_none(model, f"{name}_{codes[0]}")


def languages_given(model, data):
    """The languages ``data`` (a page's or snippet's fields) gives a text in, in site order."""
    given = set()
    for name, value in data.items():
        if is_translated(model, name, value):
            given.update(code for code, text in value.items() if text)
    return [code for code in languages.codes() if code in given]


def waits_for_others(model, name, value, known):
    """A StreamField, a child relation or a key not loaded yet: set once every demo page and snippet exists."""
    field = field_or_none(model, name) or field_or_none(model, f"{name}_{languages.codes()[0]}")
    if field is None:
        raise FieldDoesNotExist(f"{model.__name__} has no field {name!r}")
    if isinstance(field, StreamField) or field.one_to_many:
        return True
    return isinstance(field, models.ForeignKey) and value not in known


def split(model, data, known):
    """(fields set on creation, fields set just before the first publication)."""
    now, later = {}, {}
    for name, value in data.items():
        (later if waits_for_others(model, name, value, known) else now)[name] = value
    return now, later


class FieldBuilder:
    """Mixed into the loader, which supplies ``resolve(key)``."""

    def resolve_refs(self, raw):
        if isinstance(raw, list):
            return [self.resolve_refs(item) for item in raw]
        if isinstance(raw, dict):
            if set(raw) == {"ref"}:
                return self.resolve(raw["ref"]).pk
            return {key: self.resolve_refs(item) for key, item in raw.items()}
        if isinstance(raw, str):
            raw = PAGE_LINK_BY_KEY.sub(lambda match: f'linktype="page" id="{self.resolve(match[1]).pk}"', raw)
            return HELP_SERVICE_BY_KEY.sub(
                lambda match: f'embedtype="help-service" id="{self.resolve(match[1]).pk}"', raw
            )
        return raw

    def field_values(self, model, data):
        values = {}
        for name, value in data.items():
            if is_translated(model, name, value):
                for code in languages.codes():
                    values[f"{name}_{code}"] = self.field_value(model, f"{name}_{code}", value.get(code, ""))
            else:
                values[name] = self.field_value(model, name, value)
        return values

    def field_value(self, model, name, value):
        field = model._meta.get_field(name)
        if isinstance(field, StreamField):
            return field.stream_block.to_python(self.resolve_refs(value or []))
        if field.one_to_many:  # a child relation: InlinePanel rows
            related = field.related_model
            return [related(sort_order=order, **self.field_values(related, row)) for order, row in enumerate(value)]
        if isinstance(field, models.ForeignKey):
            return self.resolve(value)
        if isinstance(field, RichTextField) and isinstance(value, str):
            return self.resolve_refs(value)
        return None if value is None else field.to_python(value)
