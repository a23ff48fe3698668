"""Audience modules: reusable content pieces tagged for young people, parents, schools
or everyone. Written once as a snippet, placed on any number of campaign and
guidance pages (see docs/modules.md for why snippets rather than copied blocks).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from core import languages

from .. import audiences
from ..blocks import ModuleContentBlock
from ..fields import KeyListField, has_key_q


@register_snippet
class AudienceModule(index.Indexed, models.Model):
    name = models.CharField(
        _("name"), max_length=120, help_text=_("For editors: how to recognise this module in lists.")
    )
    audiences = KeyListField(
        _("audiences"),
        key_choices=audiences.AUDIENCE_TAG_CHOICES,
        blank=False,
        help_text=_('Who this module is for. "Everyone" shows it in every audience view.'),
    )
    content = StreamField(ModuleContentBlock(), verbose_name=_("content"))

    panels = [FieldPanel("name"), FieldPanel("audiences"), FieldPanel("content")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("audience module")
        verbose_name_plural = _("audience modules")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # "Everyone" already includes each audience: keep the tags unambiguous.
        if audiences.EVERYONE in self.audiences:
            self.audiences = [audiences.EVERYONE]

    @property
    def shown_language(self):
        """The language the content is shown in: the active one, or Dutch when it falls back."""
        return languages.shown_language(self, "content")

    @property
    def is_for_everyone(self):
        return audiences.EVERYONE in self.audiences


def for_audience_q(audience, field="module__audiences"):
    """Modules meant for ``audience`` (or for everyone); only "everyone" when audience is None."""
    if audience is None:
        return has_key_q(field, audiences.EVERYONE)
    return has_key_q(field, audience, audiences.EVERYONE)


class ModulePlacement(Orderable):
    module = models.ForeignKey(AudienceModule, verbose_name=_("module"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("module")]

    class Meta(Orderable.Meta):
        abstract = True


class CampaignModule(ModulePlacement):
    page = ParentalKey("pages.CampaignPage", on_delete=models.CASCADE, related_name="module_placements")


class GuidanceModule(ModulePlacement):
    page = ParentalKey("pages.GuidancePage", on_delete=models.CASCADE, related_name="module_placements")


class PlacedModulesMixin:
    """For page types with a ``module_placements`` relation: their modules' text is searchable
    with the page. Mixed in before TranslatedPageMixin."""

    def build_search_text(self, language_code):
        parts = [super().build_search_text(language_code)]
        for placement in self.module_placements.all():
            content = languages.own_value(placement.module, "content", language_code)
            if content:
                parts.extend(content.stream_block.get_searchable_content(content))
        return "\n".join(part for part in parts if part)


def modules_on(page, audience=None, everything=False):
    """The modules placed on ``page`` for ``audience`` (plus "everyone"), in editor order.

    Works on a live page and on a draft being previewed (whose placements live
    in memory, not in the database), hence the filtering in Python.
    """
    placements = page.module_placements.all()
    if hasattr(placements, "select_related"):
        placements = placements.select_related("module")
    wanted = {audiences.EVERYONE} | ({audience} if audience else set())
    return [
        placement.module for placement in placements if everything or wanted.intersection(placement.module.audiences)
    ]
