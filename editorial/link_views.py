"""The admin's link report: the last ``check_links`` run, problems grouped by what to do.

The page only reads the stored report: checking takes minutes and must not
happen while an editor waits (the command runs from cron or by hand).
Dead links and links to unpublished pages come first, because visitors hit
those; redirected links still work and only need their new address.
"""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from .models import STATUS_CHOICES, LinkCheckRun
from .views import NamedReportMixin


class LinkReportView(NamedReportMixin, TemplateView):
    page_title = _("Link check")
    header_icon = "link"
    template_name = "editorial/link_report.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        run = LinkCheckRun.latest()
        problems = list(run.link_problems.all()) if run else []
        groups = [
            {"status": status, "label": label, "problems": [p for p in problems if p.status == status]}
            for status, label in STATUS_CHOICES
        ]
        context.update({"run": run, "problems_by_status": [group for group in groups if group["problems"]]})
        return context
