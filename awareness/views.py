"""The awareness dashboard and its CSV, and the campaign effect report (printable, and as CSV)
(Reports → Awareness; permission awareness.view_awareness).

The dashboard and its CSV read the same choice (forms.AwarenessFilterForm) and the same figures
(figures.py); the report and its CSV read forms.CampaignReportForm and report.py. So each CSV holds
the numbers its page shows. docs/awareness.md says what each number means.
"""

import csv

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core import languages
from pages.audiences import label as audience_label
from reach.dashboard.views import CSV_FORMATS, csv_format, csv_formats, neutralised
from reach.models import VIEW, ReachCount

from .figures import awareness_figures
from .forms import OVERVIEW, AwarenessFilterForm, CampaignReportForm, show_period_used
from .report import STAGE_LABELS, campaign_effect

PERMISSION = "awareness.view_awareness"


def may_see_awareness(user):
    return user.has_perm(PERMISSION)


def group_name(column, key):
    if column == "audience":
        return audience_label(key) or _("Overview (no audience view)")
    return languages.name(key) if key else key


def mix_shares(data, figures_groups, column):
    """{group: share} of the chosen mix over the groups that exist for this question and period."""
    names = [name for name, _level in figures_groups]
    if data["mix"] == "equal":
        return {name: 1.0 for name in names}
    views = ReachCount.objects.filter(event=VIEW, day__gte=data["start"], day__lte=data["end"])
    found = dict(views.values_list(column).annotate(total=Sum("count")).order_by())
    return {name: float(found.get(name, 0)) for name in names}


def chosen(request):
    """(form, figures or None) for the request's query string."""
    if "question" not in request.GET:
        first = AwarenessFilterForm.base_fields["question"].queryset.first()
        form = AwarenessFilterForm({"question": first.pk} if first else {})
    else:
        form = AwarenessFilterForm(request.GET)
    if not form.is_valid():
        return form, None
    show_period_used(form)
    data = form.cleaned_data
    audience = {"": None, OVERVIEW: ""}.get(data["audience"], data["audience"])
    first = awareness_figures(data["question"], data["start"], data["end"], audience, data["language"] or None)
    column = data["reweight_by"]
    if not column:
        return form, first
    groups = first.audiences if column == "audience" else first.languages
    shares = mix_shares(data, groups, column)
    if not any(shares.values()):
        form.add_error("mix", _("No page views were counted for these groups in the period: choose equal shares."))
        return form, first
    figures = awareness_figures(
        data["question"],
        data["start"],
        data["end"],
        audience,
        data["language"] or None,
        reweight_by=column,
        mix_shares=shares,
    )
    figures.mix = {group_name(column, name): share / sum(shares.values()) for name, share in shares.items()}
    return form, figures


class AwarenessDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "awareness/admin/dashboard.html"
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_awareness(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Awareness")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, figures = chosen(self.request)
        context.update({"form": form, "figures": figures})
        if figures is not None:
            context["rows"] = table_rows(figures)
            query = self.request.GET.urlencode()
            csv_url = reverse("awareness_dashboard_csv")
            context["csv_links"] = [(f"{csv_url}?{query}&format={key}", label) for key, label in csv_formats()]
        return context


def table_rows(figures):
    """(section, [(group label, Level)]) for the tables and the CSV, in the dashboard's order."""
    return [
        (_("All answers"), [(_("Everyone who answered"), figures.total)]),
        (_("Per audience view"), [(group_name("audience", key), level) for key, level in figures.audiences]),
        (_("Per language"), [(group_name("language", key), level) for key, level in figures.languages]),
        (_("Per week (from Monday)"), [(monday.isoformat(), level) for monday, level in figures.weeks]),
    ]


def number_text(value, decimal, digits=3):
    return "" if value is None else f"{value:.{digits}f}".replace(".", decimal)


def awareness_csv(request):
    if not may_see_awareness(request.user):
        raise PermissionDenied
    form, figures = chosen(request)
    if figures is None:
        return redirect(f"{reverse('awareness_dashboard')}?{request.GET.urlencode()}")
    delimiter, decimal = CSV_FORMATS[csv_format(request)]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="awareness-{figures.question.pk}.csv"'
    response.write("\ufeff")  # so a spreadsheet reads the file as UTF-8
    writer = csv.writer(response, delimiter=delimiter)
    level_name = _("share right") if figures.question.is_knowledge else _("mean agreement (1-5)")
    writer.writerow(
        [_("question"), _("section"), _("group"), _("shown"), _("answered"), _("answer rate"), level_name]
        + [_("interval low (95 percent)"), _("interval high (95 percent)")]
    )
    for section, rows in table_rows(figures):
        for label, level in rows:
            low, high = level.interval
            writer.writerow(
                [
                    neutralised(figures.question.name),
                    section,
                    neutralised(label),
                    level.shown,
                    level.answered,
                    number_text(level.answer_rate, decimal),
                    number_text(level.value, decimal),
                    number_text(low, decimal),
                    number_text(high, decimal),
                ]
            )
    return response


# -- the campaign effect report -----------------------------------------------------------------------


def report_choice(request):
    """(form, rows or None) of the campaign effect report for the request's query string."""
    form = CampaignReportForm(request.GET)
    if not form.is_valid():
        return form, None
    show_period_used(form)
    data = form.cleaned_data
    return form, campaign_effect(data["campaign"], data["start"], data["end"])


def campaign_report(request):
    """The campaign effect report, to print on A4 or save as PDF: a page of its own, no admin around it.
    Without a valid choice it is the small form that asks for one."""
    if not may_see_awareness(request.user):
        raise PermissionDenied
    form, rows = report_choice(request)
    context = {"form": form, "rows": rows, "site_name": settings.WAGTAIL_SITE_NAME, "made_on": timezone.localdate()}
    if rows is not None:
        query = request.GET.urlencode()
        context.update(
            {
                "campaign": form.cleaned_data["campaign"],
                "start": form.cleaned_data["start"],
                "end": form.cleaned_data["end"],
                "stages": report_stages(rows),
                "simulated": any(row.simulated for row in rows),
                "csv_links": [
                    (f"{reverse('awareness_campaign_report_csv')}?{query}&format={key}", label)
                    for key, label in csv_formats()
                ],
            }
        )
    return TemplateResponse(request, "awareness/report.html", context)


def report_stages(rows):
    """[(stage label, [rows])] in the report's order."""
    stages = []
    for row in rows:
        if not stages or stages[-1][0] != row.stage:
            stages.append((row.stage, []))
        stages[-1][1].append(row)
    return [(STAGE_LABELS[stage], found) for stage, found in stages]


def campaign_report_csv(request):
    if not may_see_awareness(request.user):
        raise PermissionDenied
    form, rows = report_choice(request)
    if rows is None:
        return redirect(f"{reverse('awareness_campaign_report')}?{request.GET.urlencode()}")
    delimiter, decimal = CSV_FORMATS[csv_format(request)]
    data = form.cleaned_data
    name = f"campaign-effect-{data['campaign'].slug}-{data['start']}-{data['end']}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'

    response.write("\ufeff")
    writer = csv.writer(response, delimiter=delimiter)
    writer.writerow(
        [_("stage"), _("measure"), _("number"), _("value"), _("unit"), _("interval low"), _("interval high")]
        + [_("note"), _("demo data")]
    )
    for row in rows:
        writer.writerow(
            [
                STAGE_LABELS[row.stage],
                neutralised(row.measure),
                "" if row.number is None else row.number,
                number_text(row.level, decimal),
                UNIT_LABELS.get(row.unit, ""),
                number_text(row.low, decimal),
                number_text(row.high, decimal),
                row.note,
                _("yes") if row.simulated else "",
            ]
        )
    return response


UNIT_LABELS = {
    "share": _("share right (0-1)"),
    "mean": _("mean agreement (1-5)"),
    "difference-share": _("difference in share right"),
    "difference-mean": _("difference in mean agreement"),
    "per-thousand": _("per 1,000 views"),
}
