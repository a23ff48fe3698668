"""An admin report: how often each lesson document was downloaded (numbers only).

Communication experts and lesson editors see which materials teachers use,
without anything about who downloaded them (see DocumentDownloadCount).
"""

import datetime

from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from core.buffered_counting import counts_up_to_date

RECENT_DAYS = 30


class DocumentDownloadsReportView(ReportView):
    page_title = _("Document downloads")
    header_icon = "doc-full"
    index_url_name = "document_downloads_report"
    index_results_url_name = "document_downloads_report_results"
    any_permission_required = ["add", "change", "choose"]
    paginate_by = 50
    columns = [
        Column("title", label=_("Document")),
        Column("filename", label=_("File")),
        Column("downloads_recent", label=_("Last 30 days")),
        Column("downloads_total", label=_("All time")),
    ]
    list_export = ["title", "filename", "downloads_recent", "downloads_total"]
    export_headings = {
        "title": _("Document"),
        "filename": _("File"),
        "downloads_recent": _("Last 30 days"),
        "downloads_total": _("All time"),
    }

    @property
    def permission_policy(self):
        return policy_registry.get_by_type(get_document_model())

    def get_queryset(self):
        counts_up_to_date()  # the downloads still in Redis too (core/buffered_counting.py)
        since = timezone.localdate() - datetime.timedelta(days=RECENT_DAYS)
        return (
            get_document_model()
            .objects.annotate(
                downloads_total=Coalesce(Sum("download_counts__count"), 0),
                downloads_recent=Coalesce(Sum("download_counts__count", filter=Q(download_counts__day__gte=since)), 0),
            )
            .order_by("-downloads_recent", "-downloads_total", "title")
        )

    def get_filename(self):
        return f"document-downloads-{timezone.localdate():%Y-%m-%d}"
