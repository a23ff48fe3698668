"""The reach dashboard, its CSV and the printable campaign report (admin; permission reach.view_reach).

All three read the same choice (forms.ReachFilterForm) and the same figures (figures.py), so the
CSV and the report always hold the numbers the dashboard shows. A wrong choice is shown as form
errors on the dashboard; the CSV and the report then send the user back to it.
"""

import csv

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core import languages

from .chart import views_chart_svg
from .figures import (
    AUDIENCE_LABELS,
    AUDIENCE_ROWS,
    DOWNLOAD,
    EVENT_LABELS,
    HELP_EVENTS,
    QUICK_EXIT,
    Scope,
    reach_figures,
)
from .forms import DEFAULT_DAYS, ReachFilterForm
from .spikes import LOOKBACK_DAYS, MIN_COUNT, MIN_RATIO

PERMISSION = "reach.view_reach"


def may_see_reach(user):
    return user.has_perm(PERMISSION)


def chosen(request):
    """(form, figures or None) for the request's query string."""
    form = ReachFilterForm(request.GET)
    if not form.is_valid():
        return form, None
    data = form.cleaned_data
    scope = Scope(
        start=data["start"],
        end=data["end"],
        campaign=data["campaign"],
        utm_campaign=data["utm_campaign"],
        period=data["period"],
    )
    return form, reach_figures(scope, languages.public_codes())


def scope_name(scope):
    return scope.campaign.title if scope.campaign is not None else _("Whole site")


def period_text(scope):
    return _("%(start)s to %(end)s") % {
        "start": formats.date_format(scope.start, "DATE_FORMAT"),
        "end": formats.date_format(scope.end, "DATE_FORMAT"),
    }


def period_note(scope):
    """(where the period came from, what to do for another), so nobody takes 28 days for a campaign's run."""
    if scope.period == "campaign":
        return (
            _("This is the campaign’s own period: from its start date to its end date, or to today while it runs."),
            _("Choose other dates to see a part of it."),
        )
    if scope.period == "recent":
        return (
            _("These are the last %(days)s days.") % {"days": DEFAULT_DAYS},
            _("Choose a campaign to see its own period, or choose other dates."),
        )
    return ("", "")


def chart(figures):
    lines = [(_("All views"), [entry["counts"].views for entry in figures.days])]
    for index, key in enumerate(AUDIENCE_ROWS):
        lines.append((str(AUDIENCE_LABELS[key]), [entry["audiences"][index] for entry in figures.days]))
    return views_chart_svg(
        [entry["day"] for entry in figures.days],
        lines,
        title=_("Page views per day"),
        description=_(
            "Views per day from %(period)s: all views, and the views of each audience view. "
            "The table below the chart has the same numbers."
        )
        % {"period": period_text(figures.scope)},
        empty_text=_("No views counted in this period."),
    )


def context_for(figures):
    return {
        "figures": figures,
        "name": scope_name(figures.scope),
        "period": period_text(figures.scope),
        "period_note": period_note(figures.scope),
        "chart": chart(figures),
        "language_names": [languages.name(code) for code in languages.public_codes()],
        "audience_labels": [AUDIENCE_LABELS[key] for key in AUDIENCE_ROWS],
        "help_labels": [EVENT_LABELS[event] for event in HELP_EVENTS],
        "download_label": EVENT_LABELS[DOWNLOAD],
        "retention_months": settings.REACH_RETENTION_MONTHS,
        "sender_limit": settings.BEACON_SENDER_LIMIT,
        "sender_window": settings.BEACON_SENDER_WINDOW_SECONDS,
        "lookback_days": LOOKBACK_DAYS,
        "spike_min_count": MIN_COUNT,
        "spike_min_ratio": MIN_RATIO,
        "source_tables": [
            ("reach-sources-heading", _("Per source"), figures.referrers),
            ("reach-links-heading", _("Per campaign link"), figures.campaign_links),
        ],
    }


class ReachDashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "reach/admin/dashboard.html"
    header_icon = "view"
    page_title = _("Campaign reach")  # translated per request below

    def dispatch(self, request, *args, **kwargs):
        if not may_see_reach(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Campaign reach")

    def get_breadcrumbs_items(self):
        # Wagtail's default is "Home" alone, which the slim header then shows as this page's name.
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, figures = chosen(self.request)
        context["form"] = form
        if figures is not None:
            context.update(context_for(figures))
            query = form.query_string()
            csv_url = reverse("reach_dashboard_csv")
            context["csv_links"] = [(f"{csv_url}?{query}&format={key}", label) for key, label in csv_formats()]
            context["report_url"] = f"{reverse('reach_report')}?{query}"
        return context


def neutralised(value):
    """A cell a spreadsheet will not run as a formula (CSV injection, OWASP): labels come from editors."""
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r", "|", "%"):
        return "'" + text
    return text


#: A CSV for spreadsheets set to Dutch (semicolons, decimal comma: what Excel in Dutch reads as numbers)
#: and one for spreadsheets set to English (commas, decimal point).
CSV_FORMATS = {"nl": (";", ","), "en": (",", ".")}


def csv_format(request):
    """The chosen format, else the one of the admin language."""
    key = request.GET.get("format")
    if key not in CSV_FORMATS:
        key = "nl" if translation.get_language().startswith("nl") else "en"
    return key


def csv_formats():
    """(format, button label) of both CSV downloads, the admin language's first."""
    labels = {
        "nl": _("CSV with decimal comma (Dutch spreadsheet)"),
        "en": _("CSV with decimal point (English spreadsheet)"),
    }
    first = "nl" if translation.get_language().startswith("nl") else "en"
    return [(first, labels[first]), *[(key, label) for key, label in labels.items() if key != first]]


def rate_text(value, decimal="."):
    return "" if value is None else f"{value:.1f}".replace(".", decimal)


class _Line:
    """What csv.writer writes to: each row comes back as its text, to be sent straight on."""

    def write(self, text):
        return text


#: Characters sent at once: a few hundred CSV lines, so the server writes a few chunks, not one per line.
CSV_CHUNK = 16 * 1024


def in_chunks(lines, size=CSV_CHUNK):
    """The lines joined into pieces of about ``size`` characters, in order, as UTF-8."""
    pending, length = [], 0
    for line in lines:
        pending.append(line)
        length += len(line)
        if length >= size:
            yield "".join(pending).encode()
            pending, length = [], 0
    if pending:
        yield "".join(pending).encode()


def reach_csv(request):
    """The dashboard's figures as CSV, streamed: the rows are written while the response is sent.

    The figures are aggregates (one row a day, a few per table), read before the first byte; the
    rows are written from them as the server sends the response, in chunks (in_chunks), so no
    copy of the whole file is built in memory first."""
    if not may_see_reach(request.user):
        raise PermissionDenied
    form, figures = chosen(request)
    if figures is None:
        return redirect(f"{reverse('reach_dashboard')}?{request.GET.urlencode()}")
    scope = figures.scope
    name = slugify(scope.campaign.slug if scope.campaign is not None else "site")
    delimiter, decimal = CSV_FORMATS[csv_format(request)]
    # The rows are written after this view returns, outside Wagtail's switch to the admin language.
    language = translation.get_language()
    response = StreamingHttpResponse(
        in_chunks(csv_lines(figures, delimiter, decimal, language)), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="reach-{name}-{scope.start:%Y-%m-%d}-{scope.end:%Y-%m-%d}.csv"'
    )
    return response


def csv_lines(figures, delimiter, decimal, language):
    """The lines of the CSV (text), in ``language``."""
    with translation.override(language):
        yield from _csv_lines(figures, delimiter, decimal)


def _csv_lines(figures, delimiter, decimal):
    scope = figures.scope
    yield "\ufeff"  # so spreadsheet programs read the file as UTF-8
    writer = csv.writer(_Line(), delimiter=delimiter)

    def rate(value):
        return rate_text(value, decimal)

    def row(cells):
        return writer.writerow([neutralised(cell) for cell in cells])

    def blank():
        return writer.writerow([])

    help_labels = [EVENT_LABELS[event] for event in HELP_EVENTS]
    yield row([_("Campaign"), scope_name(scope)])
    yield row([_("Period"), scope.start.isoformat(), scope.end.isoformat()])
    yield row([_("Campaign link (utm_campaign)"), scope.utm_campaign or _("All visits")])
    yield blank()
    yield row(
        [
            _("Day"),
            _("Views"),
            *[AUDIENCE_LABELS[key] for key in AUDIENCE_ROWS],
            _("Help-seeking"),
            *help_labels,
            EVENT_LABELS[QUICK_EXIT],
            EVENT_LABELS[DOWNLOAD],
        ]
    )

    def counts_cells(counts):
        help_kinds = [counts.events.get(event, 0) for event in HELP_EVENTS]
        return [counts.help_seeking, *help_kinds, counts.quick_exits, counts.downloads]

    for entry in figures.days:
        counts = entry["counts"]
        yield row([entry["day"].isoformat(), counts.views, *entry["audiences"], *counts_cells(counts)])
    audience_totals = [audience["counts"].views for audience in figures.audiences]
    yield row([_("Total"), figures.total.views, *audience_totals, *counts_cells(figures.total)])
    yield blank()
    yield row(
        [
            _("Per 1,000 views"),
            "",
            *[""] * len(AUDIENCE_ROWS),
            rate(figures.total.help_rate),
            *[rate(figures.total.rate(event)) for event in HELP_EVENTS],
            rate(figures.total.exit_rate),
            rate(figures.total.download_rate),
        ]
    )
    yield blank()
    codes = languages.public_codes()
    yield row(
        [
            _("Audience view"),
            *[_("Views in %(language)s") % {"language": languages.name(code)} for code in codes],
            _("Views"),
            _("Help-seeking per 1,000 views"),
            _("Quick exits per 1,000 views"),
        ]
    )
    for audience in figures.audiences:
        counts = audience["counts"]
        yield row(
            [
                audience["label"],
                *[c.views for c in audience["languages"]],
                counts.views,
                rate(counts.help_rate),
                rate(counts.exit_rate),
            ]
        )
    for title, rows in ((_("Source"), figures.referrers), (_("Campaign link"), figures.campaign_links)):
        yield blank()
        yield row(
            [
                title,
                _("Views"),
                _("Help-seeking"),
                _("Quick exits"),
                _("Lesson downloads"),
                _("Help-seeking per 1,000 views"),
                _("Quick exits per 1,000 views"),
            ]
        )
        for counts in rows:
            yield row(
                [
                    counts.label,
                    counts.views,
                    counts.help_seeking,
                    counts.quick_exits,
                    counts.downloads,
                    rate(counts.help_rate),
                    rate(counts.exit_rate),
                ]
            )
    # Before the beacons over the limit: that block stays the CSV's last.
    yield blank()
    yield row([_("Unusually high: check before quoting"), len(figures.spikes)])
    if figures.spikes_from != scope.start:
        yield row(
            [_("Days judged (whole site: the last four weeks)"), figures.spikes_from.isoformat(), scope.end.isoformat()]
        )
    if figures.spikes:
        yield row([_("Day"), _("Page"), _("Source"), _("Views"), _("Usual level (views a day)")])
        for spike in figures.spikes:
            yield row([spike.day.isoformat(), spike.page_title, spike.source, spike.count, rate(spike.level)])
    yield blank()
    yield row([_("Beacons over the limit per sender, not counted (whole site)"), figures.refused.total])
    for label, refused in figures.refused.kinds:
        yield row([label, refused])


def reach_report(request):
    """The campaign report to print or save as PDF: a page of its own, without the admin around it."""
    if not may_see_reach(request.user):
        raise PermissionDenied
    form, figures = chosen(request)
    if figures is None:
        return redirect(f"{reverse('reach_dashboard')}?{request.GET.urlencode()}")
    context = context_for(figures)
    context.update(
        {
            "made_on": timezone.localdate(),
            "dashboard_url": f"{reverse('reach_dashboard')}?{form.query_string()}",
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
    )
    return TemplateResponse(request, "reach/report.html", context)
