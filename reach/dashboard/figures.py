"""The reach numbers for one campaign (or the whole site), period and campaign link.

Every figure comes from a handful of aggregate queries (GROUP BY with one sum per event): one for
the three tables (audience view and language, source, campaign link; added up per table here), one
for the days, one for the beacons the limit per sender left uncounted, and one (two when a day is
flagged: the page titles) for the days far above their usual level (spikes.py). For the whole site
the closed days are read from their sums over all pages (SiteReachCount, reach/rollup.py) and only the
other days from every page's rows, so two years cost some 200,000 rows, not 4 million; a campaign's
rows are found by the index on page and day. The figures are the same either way: sums of the same counts.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import urlsplit

from django.db.models import Q, Sum
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.buffered_counting import counts_up_to_date
from pages.audiences import AUDIENCE_CHOICES, AUDIENCES
from pages.models import WarningPartner

from ..models import (
    BEACON_KIND_CHOICES,
    EVENT_CHOICES,
    OTHER,
    PARTNER,
    REFERRER_CHOICES,
    UTM_CAMPAIGN,
    VIEW,
    ReachCount,
    ReachSource,
    RefusedBeaconCount,
    SiteReachCount,
)
from ..rollup import rolled_up_days
from .spikes import judged_from, spikes_for

#: What counts as seeking help; each is also shown on its own.
HELP_EVENTS = ["help_page", "helpline_call", "helpline_chat", "helpline_website"]
QUICK_EXIT = "quick_exit"
#: A lesson download is a teacher using the site, not someone seeking help: it is reported on its own row
#: and never added to help-seeking, the figure a ministry would quote.
DOWNLOAD = "lesson_download"
EVENTS = [key for key, _label in EVENT_CHOICES]
EVENT_LABELS = dict(EVENT_CHOICES)
#: The audience column of pages without an audience view ("" in the counts).
NO_AUDIENCE = ""
AUDIENCE_ROWS = [*AUDIENCES, NO_AUDIENCE]
AUDIENCE_LABELS = {**dict(AUDIENCE_CHOICES), NO_AUDIENCE: _("No audience view (overview and other pages)")}
REFERRER_LABELS = dict(REFERRER_CHOICES)
UTM_KINDS = ["utm_source", "utm_medium", "utm_campaign"]


def per_thousand(count, views):
    """count per 1,000 views, or None when there were no views (no rate can be given)."""
    return None if not views else 1000 * count / views


def _sums():
    """One sum per event, as conditional aggregates of a single GROUP BY."""
    return {event: Sum("count", filter=Q(event=event), default=0) for event in EVENTS}


@dataclass
class Counts:
    """The events of one row of a table, with the rates read from them."""

    events: dict
    label: str = ""
    key: tuple = ()

    @property
    def views(self):
        return self.events.get(VIEW, 0)

    @property
    def help_seeking(self):
        return sum(self.events.get(event, 0) for event in HELP_EVENTS)

    @property
    def quick_exits(self):
        return self.events.get(QUICK_EXIT, 0)

    @property
    def downloads(self):
        return self.events.get(DOWNLOAD, 0)

    @property
    def download_rate(self):
        return per_thousand(self.downloads, self.views)

    @property
    def help_rate(self):
        return per_thousand(self.help_seeking, self.views)

    @property
    def exit_rate(self):
        return per_thousand(self.quick_exits, self.views)

    def rate(self, event):
        return per_thousand(self.events.get(event, 0), self.views)

    @property
    def help_events(self):
        """(label, count, per 1,000 views) of each kind of help-seeking."""
        return [(EVENT_LABELS[event], self.events.get(event, 0), self.rate(event)) for event in HELP_EVENTS]


@dataclass
class Scope:
    """What the figures are about: a campaign page (None: the whole site), a period, a utm_campaign value."""

    start: date
    end: date
    campaign: object = None
    utm_campaign: str = ""
    #: "campaign" (the campaign's own start–end), "recent" (the default last days) or "chosen".
    period: str = "chosen"

    def counts(self, since=None):
        """The counts of the scope; ``since``: from that day on instead of the start (a look-back)."""
        rows = ReachCount.objects.filter(day__gte=since or self.start, day__lte=self.end)
        if self.campaign is not None:
            # The campaign page with its audience views (same page, audience set) and any page below it.
            rows = rows.filter(page__path__startswith=self.campaign.path)
        if self.utm_campaign:
            rows = rows.filter(utm_campaign=self.utm_campaign)
        return rows

    def parts(self):
        """Querysets of the same columns whose sums add up to the scope's counts: for the whole site, the
        closed days' sums over all pages (SiteReachCount, reach/rollup.py) and every page's rows of the
        other days; for a campaign, its pages' rows (few pages: the index on page and day finds them)."""
        if self.campaign is not None:
            return [self.counts()]
        summed = rolled_up_days(self.start, self.end)
        if not summed:
            return [self.counts()]
        sums = SiteReachCount.objects.filter(day__gte=self.start, day__lte=self.end)
        if self.utm_campaign:
            sums = sums.filter(utm_campaign=self.utm_campaign)
        parts = [sums]
        runs = open_runs(self.days, summed)
        if runs:
            other_days = Q()
            for first, last in runs:
                other_days |= Q(day__gte=first, day__lte=last)
            parts.append(self.counts().filter(other_days))
        return parts

    @property
    def days(self):
        return [self.start + timedelta(days=n) for n in range((self.end - self.start).days + 1)]


def open_runs(days, summed):
    """(first, last) of each run of consecutive ``days`` (in order) that are not in ``summed``."""
    runs = []
    for day in days:
        if day in summed:
            continue
        if runs and runs[-1][1] == day - timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


@dataclass
class Refused:
    """Beacons answered but not counted because their sender was over the limit (core/sender_limit.py),
    in the period, for the whole site: they are kept per day and kind of beacon only, never per page."""

    kinds: list = field(default_factory=list)  # (label, count) per kind of beacon

    @property
    def total(self):
        return sum(count for _label, count in self.kinds)


def refused_beacons(scope):
    sums = dict(
        RefusedBeaconCount.objects.filter(day__gte=scope.start, day__lte=scope.end)
        .values("kind")
        .order_by("kind")
        .annotate(total=Sum("count"))
        .values_list("kind", "total")
    )
    return Refused([(label, sums.get(kind, 0)) for kind, label in BEACON_KIND_CHOICES])


@dataclass
class Figures:
    scope: Scope
    total: Counts
    audiences: list = field(default_factory=list)
    referrers: list = field(default_factory=list)
    campaign_links: list = field(default_factory=list)
    days: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    refused: Refused = field(default_factory=Refused)
    spikes: list = field(default_factory=list)  # spikes.Spike, labelled, by day
    spikes_from: date = None  # the first day judged for them: the start, or later for the whole site


def source_labels():
    """{(kind, value): label in the active language} of the editors' list; a partner listed for the
    warning only (pages/models/warning.py) is labelled with its name."""
    labels = {}
    for partner in WarningPartner.objects.all():
        for origin in partner.valid_origins():
            labels[(PARTNER, urlsplit(origin).hostname)] = partner.name
    labels.update({(source.kind, source.value): source.label for source in ReachSource.objects.all()})
    return labels


def value_label(kind, value, labels):
    if value == "":
        return "–"
    if value == OTHER:
        return str(_("other (not on the list)"))
    return labels.get((kind, value), value)


def source_label(referrer, partner, labels):
    label = str(REFERRER_LABELS.get(referrer, referrer))
    if referrer == PARTNER and partner:
        label = f"{label}: {labels.get((PARTNER, partner), partner)}"
    return label


def labelled_spikes(scope, labels):
    """The flagged days × page × source, with the page's title and the source's label."""
    spikes = spikes_for(scope)
    if spikes:
        # Page objects, not values_list: the title is the one of the active language.
        titles = {page.pk: page.title for page in Page.objects.filter(pk__in={spike.page_id for spike in spikes})}
        for spike in spikes:
            spike.page_title = titles.get(spike.page_id, str(spike.page_id))
            spike.source = source_label(spike.referrer, spike.partner, labels)
    return spikes


def _grouped(parts, *columns, sums=None):
    """The rows of ``parts`` grouped by ``columns``, one sum each of ``sums`` (default: per event), added up
    over the parts; in the first part's order, then the others'."""
    sums = sums or _sums()
    merged = {}
    for rows in parts:
        for row in rows.values(*columns).order_by(*columns).annotate(**sums):
            key = tuple(row[column] for column in columns)
            if key in merged:
                for name in sums:
                    merged[key][name] += row[name]
            else:
                merged[key] = row
    return list(merged.values())


def _added_up(rows, *columns):
    """``rows`` (of _grouped) added up per ``columns``, in the order first seen."""
    merged = {}
    for row in rows:
        key = tuple(row[column] for column in columns)
        if key in merged:
            for event in EVENTS:
                merged[key][event] += row[event]
        else:
            merged[key] = {**{column: row[column] for column in columns}, **_events(row)}
    return list(merged.values())


def _events(row):
    return {event: row[event] for event in EVENTS}


def reach_figures(scope, languages):
    """All figures for a scope; ``languages`` are the site's language codes, in order."""
    counts_up_to_date()  # the beacons still in Redis too (core/buffered_counting.py)
    parts = scope.parts()
    labels = source_labels()

    # One query for the three tables: every cell of audience, language, source and campaign link (a few
    # hundred at most), added up per table here.
    cells = _grouped(parts, "audience", "language", "referrer", "partner", *UTM_KINDS)
    by_audience = {key: {code: Counts({}) for code in languages} for key in AUDIENCE_ROWS}
    totals = dict.fromkeys(EVENTS, 0)
    for row in _added_up(cells, "audience", "language"):
        by_audience.setdefault(row["audience"], {})[row["language"]] = Counts(_events(row))
        for event in EVENTS:  # every count is in exactly one audience and language: these are the totals
            totals[event] += row[event]
    total = Counts(totals)
    audiences = []
    for key, per_language in by_audience.items():
        events = {}
        for counts in per_language.values():
            for event, n in counts.events.items():
                events[event] = events.get(event, 0) + n
        audiences.append(
            {
                "key": key,
                "label": AUDIENCE_LABELS.get(key, key),
                "languages": [per_language.get(code, Counts({})) for code in languages],
                "counts": Counts(events),
            }
        )
    language_totals = []
    for index, code in enumerate(languages):
        events = {}
        for audience in audiences:
            for event, n in audience["languages"][index].events.items():
                events[event] = events.get(event, 0) + n
        language_totals.append(Counts(events, key=(code,)))

    referrers = []
    for row in _added_up(cells, "referrer", "partner"):
        label = source_label(row["referrer"], row["partner"], labels)
        referrers.append(Counts(_events(row), label=label, key=(row["referrer"], row["partner"])))
    referrers.sort(key=lambda counts: (-counts.views, counts.label))

    campaign_links = []
    for row in _added_up(cells, *UTM_KINDS):
        key = tuple(row[kind] for kind in UTM_KINDS)
        if key == ("", "", ""):
            label = str(_("No campaign link"))
        else:
            label = " · ".join(value_label(kind, row[kind], labels) for kind in UTM_KINDS)
        counts = Counts(_events(row), label=label, key=key)
        counts.parts = [value_label(kind, row[kind], labels) for kind in UTM_KINDS]
        campaign_links.append(counts)
    campaign_links.sort(key=lambda counts: (-counts.views, counts.label))

    per_day = {day: {"counts": Counts({}), "audiences": dict.fromkeys(AUDIENCE_ROWS, 0)} for day in scope.days}
    day_sums = {
        **_sums(),
        **{
            f"view_{key or 'none'}": Sum("count", filter=Q(event=VIEW, audience=key), default=0)
            for key in AUDIENCE_ROWS
        },
    }
    for row in _grouped(parts, "day", sums=day_sums):
        entry = per_day.setdefault(row["day"], {"counts": Counts({}), "audiences": {}})
        entry["counts"] = Counts(_events(row))
        entry["audiences"] = {key: row[f"view_{key or 'none'}"] for key in AUDIENCE_ROWS}
    spikes = labelled_spikes(scope, labels)
    days = [
        {
            "day": day,
            "counts": entry["counts"],
            "audiences": [entry["audiences"].get(key, 0) for key in AUDIENCE_ROWS],
            "spikes": [spike for spike in spikes if spike.day == day],
        }
        for day, entry in sorted(per_day.items())
    ]
    return Figures(
        scope=scope,
        total=total,
        audiences=audiences,
        referrers=referrers,
        campaign_links=campaign_links,
        days=days,
        languages=language_totals,
        refused=refused_beacons(scope),
        spikes=spikes,
        spikes_from=judged_from(scope),
    )


def utm_campaign_choices():
    """(value, label) of the mailing and campaign-link values editors listed, for the filter."""
    return [
        (source.value, f"{source.label} ({source.value})")
        for source in ReachSource.objects.filter(kind=UTM_CAMPAIGN).order_by("label", "value")
    ]
