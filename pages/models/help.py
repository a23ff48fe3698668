"""The help directory: help services (a snippet, edited once) and the help page /nl/hulp/.

Helpline cards in modules and the footer point at the same HelpService rows,
so a changed phone number is right everywhere at once.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from core import languages
from upstream.routing import RoutingMixin

from ..blocks import SHORT_RICH_TEXT_FEATURES
from ..fields import KeyListField, has_key_q
from .base import TranslatedPageMixin

SITUATION_CHOICES = [
    ("images-shared", _("Images of me are being shared")),
    ("blackmail", _("I am being blackmailed")),
    ("worried-about-child", _("I am worried about my child")),
    ("report-material", _("I want to report material")),
    ("someone-to-talk-to", _("I want to talk to someone")),
    ("suicidal-thoughts", _("I am thinking about suicide")),
    ("own-behaviour", _("I am worried about my own thoughts or behaviour")),
]


@register_snippet
class HelpService(models.Model):
    name = models.CharField(_("name"), max_length=120)
    for_whom = models.CharField(_("for whom"), max_length=255)
    description = models.TextField(_("what they do"), max_length=600)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    phone_label = models.CharField(
        _("phone number label"), max_length=80, blank=True, help_text=_("For example: emergency")
    )
    phone_2 = models.CharField(_("second phone number"), max_length=40, blank=True)
    phone_2_label = models.CharField(_("second phone number label"), max_length=80, blank=True)
    chat_url = models.URLField(_("chat address"), blank=True)
    website_url = models.URLField(_("website"), blank=True)
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=160,
        blank=True,
        help_text=_("Leave empty when unknown: the site then points to the service's website."),
    )
    anonymous = models.BooleanField(_("you can stay anonymous"), default=False)
    free = models.BooleanField(_("free of charge"), default=True)
    min_age = models.PositiveSmallIntegerField(_("from age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("up to age"), null=True, blank=True)
    situations = KeyListField(
        _("situations"),
        key_choices=SITUATION_CHOICES,
        help_text=_("The help page filter shows this service for these situations."),
    )
    last_checked = models.DateField(
        _("last checked"),
        default=timezone.localdate,
        help_text=_("The date an editor last checked these details with the service itself."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Lower numbers come first in the directory.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("for_whom"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("phone_label")]),
                FieldRowPanel([FieldPanel("phone_2"), FieldPanel("phone_2_label")]),
                FieldPanel("chat_url"),
                FieldPanel("website_url"),
                FieldPanel("opening_hours"),
            ],
            heading=_("Contact"),
        ),
        FieldRowPanel(
            [FieldPanel("anonymous"), FieldPanel("free"), FieldPanel("min_age"), FieldPanel("max_age")],
            heading=_("Conditions"),
        ),
        FieldPanel("situations"),
        FieldRowPanel([FieldPanel("last_checked"), FieldPanel("sort_order")]),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("help service")
        verbose_name_plural = _("help services")

    def __str__(self):
        return self.name


class HelpPage(RoutingMixin, TranslatedPageMixin, Page):
    """/nl/hulp/ and /en/help/: every help service, filterable by situation."""

    intro = RichTextField(_("introduction"), blank=True, features=SHORT_RICH_TEXT_FEATURES)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = ["title", "search_description", "intro"]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["pages.ImagesOfflinePage", "pages.BystanderPage", "pages.SelfHelpPage", "pages.PartnerWarningPage"]
    max_count = 1

    class Meta:
        verbose_name = _("help page")
        verbose_name_plural = _("help pages")

    def build_search_text(self, language_code):
        # The directory is part of the page for a visitor, so it is searchable too.
        text = super().build_search_text(language_code)
        services = [
            " ".join(
                str(languages.own_value(service, name, language_code) or "")
                for name in ("name", "for_whom", "description")
            )
            for service in HelpService.objects.all()
        ]
        return "\n".join([text, *services])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        situation = request.GET.get("situation", "")
        if situation not in dict(SITUATION_CHOICES):
            situation = ""  # an unknown or hostile value simply shows everything
        services = HelpService.objects.all()
        if situation:
            services = services.filter(has_key_q("situations", situation))
        context.update(
            {
                "situations": SITUATION_CHOICES,
                "situation": situation,
                "situation_label": dict(SITUATION_CHOICES).get(situation, ""),
                "services": list(services),
            }
        )
        return context
