"""Lesson materials: the overview /nl/lesmateriaal/ (/en/lesson-materials/) and each lesson.

A lesson carries what a teacher checks before choosing it (level, age,
duration, subjects, how heavy the subject is), how it runs (timed phases),
its downloads, and a permanent short code: /l/<code>/ keeps leading to the
lesson whatever happens to its slug or place in the tree (pages/lessons/short_links.py).
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from core import languages

from ..blocks import SHORT_RICH_TEXT_FEATURES
from ..fields import KeyListField
from ..lessons import short_links, vocabulary
from ..lessons.admin_form import LessonPageForm
from ..lessons.filters import find_lessons
from ..lessons.materials import materials_zip_response
from .base import TranslatedPageMixin
from .sections import SectionIndexPage


def lines(text):
    """A "one per line" text field as a list, blank lines dropped."""
    return [line.strip(" \t-•") for line in (text or "").splitlines() if line.strip(" \t-•")]


class LessonIndexPage(SectionIndexPage):
    subpage_types = ["pages.LessonPage"]
    route_child_model = "pages.LessonPage"

    class Meta:
        verbose_name = _("lesson overview")
        verbose_name_plural = _("lesson overviews")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(find_lessons(LessonPage.objects.child_of(self).live().public(), request))
        return context


class LessonPage(RoutablePageMixin, TranslatedPageMixin, Page):
    summary = models.TextField(_("summary"), max_length=400, help_text=_("What pupils do and learn, in two sentences."))
    levels = KeyListField(
        _("school levels"),
        key_choices=vocabulary.LEVEL_CHOICES,
        blank=False,
        help_text=_("Every group, year or level the lesson fits."),
    )
    min_age = models.PositiveSmallIntegerField(_("from age"), validators=[MinValueValidator(4), MaxValueValidator(25)])
    max_age = models.PositiveSmallIntegerField(_("up to age"), validators=[MinValueValidator(4), MaxValueValidator(25)])
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"),
        validators=[MinValueValidator(5), MaxValueValidator(600)],
        help_text=_("The whole lesson, as planned in the phases below."),
    )
    subjects = KeyListField(_("subjects"), key_choices=vocabulary.SUBJECT_CHOICES, blank=False)
    objectives_knowledge = models.TextField(
        _("learning objectives: knowledge"), help_text=_("One objective per line: 'Pupils know that …'.")
    )
    objectives_skills = models.TextField(
        _("learning objectives: skills"),
        blank=True,
        help_text=_("One objective per line: 'Pupils can …'."),
    )
    materials_needed = models.TextField(_("materials needed"), blank=True, help_text=_("One item per line."))
    teacher_background = RichTextField(_("background for the teacher"), blank=True, features=SHORT_RICH_TEXT_FEATURES)
    content_warning = models.TextField(
        _("content warning"),
        blank=True,
        help_text=_("What may be hard for pupils or the teacher, shown before the lesson."),
    )
    ground_rules = models.TextField(
        _("ground rules"),
        help_text=_(
            "One rule per line, agreed with the class before the lesson starts. "
            "Include that pupils may stop and talk to a trusted adult at any moment."
        ),
    )
    licence = models.CharField(
        _("licence"), max_length=20, choices=vocabulary.LICENCE_CHOICES, default=vocabulary.CC_BY
    )
    licence_other = models.CharField(
        _("other licence"),
        max_length=255,
        blank=True,
        help_text=_("Only when 'Other licence' is chosen: the terms in one sentence."),
    )
    related_campaign = models.ForeignKey(
        "pages.CampaignPage",
        verbose_name=_("related campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience_hub = models.ForeignKey(
        "pages.AudienceHubPage",
        verbose_name=_("audience hub"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Usually the schools hub."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("The date an editor last checked that this lesson is still correct."),
    )
    short_code = models.CharField(_("short code"), max_length=12, unique=True, editable=False, blank=True, null=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("levels"),
                FieldRowPanel([FieldPanel("min_age"), FieldPanel("max_age"), FieldPanel("duration_minutes")]),
                FieldPanel("subjects"),
            ],
            heading=_("Who and how long"),
        ),
        MultiFieldPanel(
            [FieldPanel("objectives_knowledge"), FieldPanel("objectives_skills")],
            heading=_("Learning objectives"),
        ),
        FieldPanel("materials_needed"),
        FieldPanel("teacher_background"),
        MultiFieldPanel(
            [FieldPanel("content_warning"), FieldPanel("ground_rules")],
            heading=_("Before the lesson"),
        ),
        InlinePanel("phases", label=_("Phases"), min_num=1),
        InlinePanel("downloads", label=_("Downloads")),
        MultiFieldPanel([FieldPanel("licence"), FieldPanel("licence_other")], heading=_("Licence")),
        MultiFieldPanel(
            [PageChooserPanel("related_campaign"), PageChooserPanel("audience_hub")],
            heading=_("Related pages"),
        ),
        FieldPanel("last_reviewed"),
    ]
    in_site_search = True
    search_fields = Page.search_fields + TranslatedPageMixin.search_text_index
    search_text_fields = [
        "title",
        "search_description",
        "summary",
        "objectives_knowledge",
        "objectives_skills",
        "teacher_background",
    ]
    base_form_class = LessonPageForm
    # A copy is a new lesson: it gets its own short code when saved.
    exclude_fields_in_copy = ["short_code"]

    parent_page_types = ["pages.LessonIndexPage"]
    subpage_types = []
    route_select_related = ("related_campaign", "audience_hub")

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def clean(self):
        super().clean()
        if self.min_age and self.max_age and self.max_age < self.min_age:
            raise ValidationError({"max_age": _("The highest age cannot be below the lowest age.")})
        if self.licence == "other" and not languages.has_own_value(self, "licence_other", languages.default()):
            raise ValidationError(
                {languages.column("licence_other", languages.default()): _("Describe the licence in one sentence.")}
            )

    def save(self, *args, **kwargs):
        if not self.short_code:
            self.short_code = short_links.new_short_code(LessonPage)
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = [*kwargs["update_fields"], "short_code"]
        return super().save(*args, **kwargs)

    # -- what the templates show -------------------------------------------------
    @property
    def level_names(self):
        return vocabulary.describe_levels(self.levels)

    @property
    def subject_names(self):
        names = dict(vocabulary.SUBJECT_CHOICES)
        return [names[key] for key in self.subjects if key in names]

    @property
    def age_range(self):
        if self.min_age == self.max_age:
            return _("%(age)s years") % {"age": self.min_age}
        return _("%(low)s–%(high)s years") % {"low": self.min_age, "high": self.max_age}

    def objectives_knowledge_list(self):
        return lines(self.objectives_knowledge)

    def objectives_skills_list(self):
        return lines(self.objectives_skills)

    def materials_list(self):
        return lines(self.materials_needed)

    def ground_rules_list(self):
        return lines(self.ground_rules)

    @property
    def licence_name(self):
        return vocabulary.LICENCES.get(self.licence, vocabulary.LICENCES[vocabulary.CC_BY])[0]

    @property
    def licence_url(self):
        return vocabulary.LICENCES.get(self.licence, vocabulary.LICENCES[vocabulary.CC_BY])[1]

    def short_path(self):
        return reverse("lesson_short_link", kwargs={"code": self.short_code})

    def short_url(self, request=None):
        """The short link on the address the visitor uses (or the site's own address)."""
        if request is not None:
            return request.build_absolute_uri(self.short_path())
        site = self.get_site()
        return (site.root_url if site else "") + self.short_path()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        downloads = list(self.downloads.select_related("document"))
        context.update(
            {
                "phases": list(self.phases.all()),
                "downloads": downloads,
                "short_url": self.short_url(request),
                "materials_zip_url": (
                    self.get_url(request) + self.reverse_subpage("materials_zip") if downloads else ""
                ),
            }
        )
        return context

    @path("zip/", name="materials_zip")
    def materials_zip_view(self, request):
        downloads = list(self.downloads.select_related("document"))
        if not downloads:
            return redirect(self.get_url(request))
        return materials_zip_response(self, downloads, request)


class LessonPhase(Orderable):
    page = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="phases")
    name = models.CharField(_("name"), max_length=120, help_text=_("For example: Warm-up"))
    minutes = models.PositiveSmallIntegerField(_("minutes"), validators=[MinValueValidator(1), MaxValueValidator(600)])
    activity = models.TextField(_("activity"), help_text=_("What the teacher and pupils do."))

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("minutes")]), FieldPanel("activity")]

    class Meta(Orderable.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")

    def __str__(self):
        return self.name


class LessonDownload(Orderable):
    page = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="downloads")
    document = models.ForeignKey(
        "pages.SiteDocument", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=vocabulary.DOWNLOAD_KIND_CHOICES, default="worksheet")
    label = models.CharField(
        _("label"),
        max_length=160,
        blank=True,
        help_text=_("Shown to teachers; leave empty to use the document's title."),
    )
    language = models.CharField(
        _("language of the file"),
        max_length=2,
        choices=[("", _("No text / both languages"))] + vocabulary.LANGUAGE_FILTER_CHOICES,
        blank=True,
        default="",
    )

    panels = [
        FieldPanel("document"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("language")]),
        FieldPanel("label"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("download")
        verbose_name_plural = _("downloads")

    def __str__(self):
        return self.display_label

    def needs_translation(self):
        """A download in one language is labelled in that language: no translation expected."""
        return not self.language

    @property
    def display_label(self):
        return self.label or self.document.title

    @property
    def kind_label(self):
        return dict(vocabulary.DOWNLOAD_KIND_CHOICES).get(self.kind, "")
