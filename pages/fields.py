"""A model field for several keys from a fixed list (audiences, situations).

Stored as text like ",parents,schools," so that one key can be found with a
plain SQL LIKE on both SQLite and PostgreSQL (``has_key_q``), without a join
table for what is a short, fixed vocabulary.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class KeyListField(models.CharField):
    def __init__(self, *args, key_choices=(), **kwargs):
        self.key_choices = list(key_choices)
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["key_choices"] = self.key_choices
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("max_length") == 255:
            del kwargs["max_length"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None:
            return []
        if isinstance(value, (list, tuple)):
            return list(value)
        return [key for key in str(value).split(",") if key]

    def get_prep_value(self, value):
        if isinstance(value, str):
            # Lookups (has_key_q) pass a ready ",key," pattern.
            return value
        keys = self.to_python(value)
        return f",{','.join(keys)}," if keys else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        keys = self.to_python(value)
        if not keys and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")
        allowed = {key for key, _label in self.key_choices}
        unknown = [key for key in keys if key not in allowed]
        if unknown:
            raise ValidationError(_("Unknown choice: %(keys)s"), params={"keys": ", ".join(unknown)})

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.key_choices,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            **{k: v for k, v in kwargs.items() if k in {"label", "help_text", "required"}},
        )


def has_key_q(field_name, *keys):
    """A Q object: the KeyListField ``field_name`` contains any of ``keys``."""
    query = Q()
    for key in keys:
        query |= Q(**{f"{field_name}__contains": f",{key},"})
    return query
