"""The site's document model: Wagtail's document with upload checks and download counts.

Documents are lesson materials (worksheets, slides, letters to parents). Who
may download one is decided in pages/wagtail_hooks.py (only documents used by
a live, public page are public); how many times, in DocumentDownloadCount.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document

from core.counting import add_one

from ..documents import TYPE_LABELS, validate_document_file


class SiteDocument(AbstractDocument):
    # Wagtail's own field, with the content check added: it runs for the
    # single and the multiple upload form alike (model validation).
    file = models.FileField(upload_to="documents", verbose_name=_("file"), validators=[validate_document_file])

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def type_label(self):
        return TYPE_LABELS.get(self.file_extension.lower(), self.file_extension.upper())


class DocumentDownloadCount(models.Model):  # noqa: DJ008  (a counter row: never listed or chosen in the admin)
    """How often a document was downloaded on a day: a number, nothing about who."""

    document = models.ForeignKey(SiteDocument, on_delete=models.CASCADE, related_name="download_counts")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "day"], name="one_download_count_per_document_day")]
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")

    @classmethod
    def record(cls, document, day=None):
        """Add one download, exactly, even with many workers at once (UPDATE … SET count = count + 1)."""
        add_one(cls, document=document, day=day or timezone.localdate())
