"""Stored link-check reports, so the admin can show the last one without checking again.

``python manage.py check_links`` takes minutes (it waits politely between
requests to the same site), far too long for a page view; it therefore runs
from cron or by hand and leaves its findings here. Only the last few runs are
kept: an old report is of no use once the links have been fixed.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

KIND_CHOICES = [("external", _("external")), ("internal", _("internal"))]

DEAD = "dead"
REDIRECTED = "redirected"
UNPUBLISHED = "unpublished"
#: In the order the report shows them: what visitors cannot reach first.
STATUS_CHOICES = [
    (DEAD, _("dead")),
    (UNPUBLISHED, _("links to an unpublished page")),
    (REDIRECTED, _("redirected")),
]


class LinkCheckRun(models.Model):
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    checked = models.PositiveIntegerField(_("links checked"), default=0)
    problems = models.PositiveIntegerField(_("problems found"), default=0)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("link check")
        verbose_name_plural = _("link checks")

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} ({self.problems}/{self.checked})"

    @classmethod
    def latest(cls):
        """The newest run, or None when links were never checked."""
        return cls.objects.order_by("-started_at", "-pk").first()


class LinkProblem(models.Model):
    """One broken or outdated link in one place (the same URL in two places is two rows,
    because an editor fixes each place separately)."""

    run = models.ForeignKey(
        LinkCheckRun, verbose_name=_("link check"), on_delete=models.CASCADE, related_name="link_problems"
    )
    url = models.CharField(_("address"), max_length=2000)
    kind = models.CharField(_("kind"), max_length=10, choices=KIND_CHOICES)
    status = models.CharField(_("status"), max_length=12, choices=STATUS_CHOICES)
    status_code = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    detail = models.TextField(_("detail"), blank=True)
    final_url = models.CharField(_("new address"), max_length=2000, blank=True)
    source_label = models.CharField(_("where"), max_length=500)
    edit_url = models.CharField(_("edit address"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)

    class Meta:
        ordering = ["status", "source_label", "url", "pk"]
        verbose_name = _("link problem")
        verbose_name_plural = _("link problems")

    def __str__(self):
        return f"{self.status}: {self.url}"

    @property
    def is_web_address(self):
        """Only http(s) addresses become clickable in the admin: a stored "javascript:" link
        must never be one click away for an editor."""
        return self.url.startswith(("http://", "https://"))

    @property
    def final_is_web_address(self):
        return self.final_url.startswith(("http://", "https://"))


class TranslationToCheck(models.Model):
    """One page's or snippet's text in one language that a native speaker still has to check.

    The demo loader marks its Turkish and Arabic texts so: demo translations, written with a
    machine's help (an import of machine-assisted translations would mark its texts the same way).
    Reports → Translation status shows the mark in the language's column, the editor's form says
    it at the top, and "Checked" in the report removes it. Visitors see the text all the same: the
    mark is for editors only. docs/editor-guide.md: "Checking a machine-assisted translation".
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    content_object = GenericForeignKey("content_type", "object_id")
    language = models.CharField(_("language"), max_length=8)
    marked_at = models.DateTimeField(_("marked at"), default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="translation_to_check_unique"
            )
        ]
        verbose_name = _("translation to check")
        verbose_name_plural = _("translations to check")

    def __str__(self):
        return f"{self.content_type.app_label}.{self.content_type.model}:{self.object_id} ({self.language})"

    @property
    def label(self):
        """The object as the translation report names it ("pages.helppage:12")."""
        return f"{self.content_type.app_label}.{self.content_type.model}:{self.object_id}"

    @classmethod
    def mark(cls, obj, language):
        cls.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk), language=language
        )

    @classmethod
    def languages_for(cls, obj):
        """The languages of ``obj`` still to be checked, in the order they were marked."""
        return list(
            cls.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk))
            .order_by("pk")
            .values_list("language", flat=True)
        )
