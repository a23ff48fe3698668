"""Message slots: a named place for a message, with 2–4 bilingual variants.

A slot is a snippet with Wagtail's draft state, revisions, locking and
moderation workflow, so a message is written, reviewed and published like a
page. The live slot shows its default variant, unless a running experiment
assigns the visitor another one (messaging/assignment.py).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import DraftStateMixin, LockableMixin, Orderable, RevisionMixin, WorkflowMixin
from wagtail.search import index

from pages.links import LinkFields, link_page_field, link_text_field

from ..forms import MessageSlotForm
from .phases import ACTIVE_PHASES

VARIANT_KEYS = ["a", "b", "c", "d"]
VARIANT_CHOICES = [(key, key.upper()) for key in VARIANT_KEYS]


class MessageSlot(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel):
    name = models.CharField(
        _("name"),
        max_length=120,
        unique=True,
        help_text=_("Where the message appears, for example: Campaign hero – parents"),
    )
    key = models.SlugField(
        _("key"), max_length=60, unique=True, help_text=_("A short code for this slot, used in the page's HTML.")
    )
    default_variant = models.CharField(
        _("default variant"),
        max_length=1,
        choices=VARIANT_CHOICES,
        default="a",
        help_text=_("Shown to everyone when no experiment runs, and to visitors who are not counted."),
    )

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="message_slot",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="message_slot",
        for_concrete_model=False,
    )

    base_form_class = MessageSlotForm
    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("key")]),
        FieldPanel("default_variant"),
        InlinePanel("variants", label=_("Variants"), min_num=2, max_num=4),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("message slot")
        verbose_name_plural = _("message slots")

    def __str__(self):
        return self.name

    def variant(self, key):
        for variant in self.variants.all():
            if variant.key == key:
                return variant
        return None

    @property
    def default(self):
        return self.variant(self.default_variant) or self.variants.first()

    def clean(self):
        super().clean()
        self.key = (self.key or "").lower()  # the key appears in HTML attributes; keep it simple

    def running_experiment(self):
        return self.experiments.filter(phase__in=ACTIVE_PHASES).first()


class MessageVariant(Orderable):
    slot = ParentalKey(MessageSlot, on_delete=models.CASCADE, related_name="variants")
    key = models.CharField(_("variant"), max_length=1, choices=VARIANT_CHOICES)
    headline = models.CharField(_("headline"), max_length=160)
    body = models.TextField(_("text"), max_length=600, blank=True)
    cta_label = link_text_field(_("call-to-action text"))
    cta_page = link_page_field(_("call-to-action page"))
    cta_url = models.URLField(_("or call-to-action address"), blank=True)
    #: The button as a visitor follows it: ``variant.cta.url``, ``variant.cta.text``.
    cta = LinkFields(page="cta_page", address="cta_url", text="cta_label")

    panels = [
        FieldPanel("key"),
        FieldPanel("headline"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("cta_label"), PageChooserPanel("cta_page"), FieldPanel("cta_url")],
            heading=_("Call to action"),
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("variant")
        verbose_name_plural = _("variants")

    def __str__(self):
        return f"{self.slot} – {self.key.upper()}"

    def clean(self):
        super().clean()
        type(self).cta.validate(self)
