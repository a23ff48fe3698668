"""The platform directory: how to report images on each platform, edited once as a snippet.

The "get images offline" route (pages/models/offline.py) shows a platform's in-app steps, its
report address and whether the hash services work there; an editor who corrects a platform here
corrects every route at once. It is a snippet with revisions (pages/wagtail_hooks.py), so the
history shows who changed a step and when. A report address is only ever one an editor has seen on the
platform's own site: where it is unknown the field stays empty and the route sends people to the
in-app report and to Helpwanted (docs/get-it-offline.md).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import RevisionMixin
from wagtail.search import index

ACCOUNT_CHOICES = [
    ("not-needed", _("You can report without an account")),
    ("partly", _("Partly without an account")),
    ("in-app-only", _("Only in the app, with an account")),
    ("unknown", _("Not known")),
]

AI_IMAGES_CHOICES = [
    ("named", _("Yes, its rules name AI-made images")),
    ("unknown", _("Not known")),
]


class Platform(RevisionMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=80)
    key = models.SlugField(
        _("key"),
        max_length=40,
        unique=True,
        help_text=_("Used in the address of the route, e.g. snapchat. Do not change it once the route links to it."),
    )
    in_app_steps = models.TextField(
        _("how to report in the app"),
        help_text=_("One short step per line, in the words the app itself uses."),
    )
    report_url = models.URLField(
        _("report form or help page"),
        blank=True,
        help_text=_(
            "Only an address you have opened on the platform's own site. Leave empty when unknown: "
            "the route then points to the in-app report and to Helpwanted."
        ),
    )
    report_note = models.TextField(
        _("note on reporting"),
        blank=True,
        max_length=400,
        help_text=_("For example: which form to choose, or what to send along."),
    )
    account = models.CharField(_("account needed"), max_length=20, choices=ACCOUNT_CHOICES, default="unknown")
    ai_images = models.CharField(
        _("AI-made images in its rules"), max_length=20, choices=AI_IMAGES_CHOICES, default="unknown"
    )
    in_eu = models.BooleanField(
        _("offers its service in the EU"),
        default=True,
        help_text=_("Then a notice under the Digital Services Act (art. 16) applies, and the route offers the notice."),
    )
    take_it_down = models.BooleanField(
        _("takes part in Take It Down"), default=False, help_text=_("Images made before age 18.")
    )
    stop_ncii = models.BooleanField(_("takes part in StopNCII"), default=False, help_text=_("Adults, 18 and over."))
    last_checked = models.DateField(
        _("last checked"),
        default=timezone.localdate,
        help_text=_("The date an editor last checked these steps on the platform's own help pages."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("order"), default=100, help_text=_("Lower numbers come first in the list of platforms.")
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="platform",
        for_concrete_model=False,
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("key")]),
        FieldPanel("in_app_steps"),
        MultiFieldPanel([FieldPanel("report_url"), FieldPanel("report_note")], heading=_("Reporting")),
        FieldRowPanel([FieldPanel("account"), FieldPanel("ai_images")], heading=_("Conditions")),
        FieldRowPanel([FieldPanel("in_eu"), FieldPanel("take_it_down"), FieldPanel("stop_ncii")], heading=_("Routes")),
        FieldRowPanel([FieldPanel("last_checked"), FieldPanel("sort_order")]),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("in_app_steps"),
        index.FilterField("key"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("platform")
        verbose_name_plural = _("platforms")

    def __str__(self):
        return self.name

    @property
    def steps(self):
        """The in-app steps as a list, one per non-empty line."""
        return [line.strip() for line in (self.in_app_steps or "").splitlines() if line.strip()]
