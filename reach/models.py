"""What reach counting stores: numbers per (day, page, audience view, language, source, event), and
per (day, kind of beacon) the beacons left uncounted by the limit per sender. Nothing else.

No cookie, visitor id, IP address, user agent or referrer URL is stored: the
referrer is reduced to a category before anything is written, and the
campaign-link values (utm_*) and partner domains are only ever one of the
values editors listed as a ReachSource, or "other" (docs/reach.md).
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.counting import add_one

#: What a beacon can say happened. "view" is the page view after render.
VIEW = "view"
HELP_PAGE_REACHED = "help_page"
EVENT_CHOICES = [
    (VIEW, _("Page view")),
    (HELP_PAGE_REACHED, _("Help page reached")),
    ("helpline_call", _("Helpline called")),
    ("helpline_chat", _("Helpline chat opened")),
    ("helpline_website", _("Helpline website opened")),
    ("lesson_download", _("Lesson downloaded")),
    ("quick_exit", _("Quick exit used")),
]
EVENTS = {key for key, _label in EVENT_CHOICES}

#: The referrer, reduced to one of these (reach/sources.py).
REFERRER_CHOICES = [
    ("none", _("E-mail, app or typed address")),
    ("internal", _("This site")),
    ("search", _("Search engine")),
    ("social", _("Social media")),
    ("partner", _("Partner site")),
    ("other", _("Other site")),
]

#: What an editor can list, and which part of a visit it is compared with.
PARTNER, UTM_SOURCE, UTM_MEDIUM, UTM_CAMPAIGN = "partner", "utm_source", "utm_medium", "utm_campaign"
SOURCE_KIND_CHOICES = [
    (PARTNER, _("Partner site (domain)")),
    (UTM_SOURCE, _("Campaign link: utm_source")),
    (UTM_MEDIUM, _("Campaign link: utm_medium")),
    (UTM_CAMPAIGN, _("Campaign link: utm_campaign")),
]
#: Stored for a value that is not on the list.
OTHER = "other"
VALUE_LENGTH = 60


class ReachSource(models.Model):
    """One value reach counting may store: a partner's domain or a utm_* value of a campaign link."""

    kind = models.CharField(_("kind"), max_length=12, choices=SOURCE_KIND_CHOICES)
    value = models.CharField(
        _("value"),
        max_length=VALUE_LENGTH,
        help_text=_(
            "Exactly as in the link, in lower case: a domain such as 'example.org' for a partner site, "
            "or for example 'newsletter-march' for utm_campaign."
        ),
    )
    label = models.CharField(_("label"), max_length=100, help_text=_("The name shown in reports."))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "value"], name="one_reach_source_per_value")]
        ordering = ["kind", "value"]
        verbose_name = _("reach source")
        verbose_name_plural = _("reach sources")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.label} ({self.value})"

    def save(self, *args, **kwargs):
        self.value = self.value.strip().lower()
        super().save(*args, **kwargs)


class ReachCount(models.Model):  # noqa: DJ008  (a counter row: never listed or chosen in the admin)
    day = models.DateField(_("day"))
    # No index of its own: the index on (page, day) below serves the page's rows too, so a new cell
    # still updates two indexes, as before it.
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", db_index=False)
    audience = models.CharField(_("audience view"), max_length=20, blank=True)
    language = models.CharField(_("language"), max_length=5)
    referrer = models.CharField(_("referrer"), max_length=10, choices=REFERRER_CHOICES)
    partner = models.CharField(_("partner site"), max_length=VALUE_LENGTH, blank=True)
    utm_source = models.CharField("utm_source", max_length=VALUE_LENGTH, blank=True)
    utm_medium = models.CharField("utm_medium", max_length=VALUE_LENGTH, blank=True)
    utm_campaign = models.CharField("utm_campaign", max_length=VALUE_LENGTH, blank=True)
    event = models.CharField(_("event"), max_length=20, choices=EVENT_CHOICES)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "day",
                    "page",
                    "audience",
                    "language",
                    "referrer",
                    "partner",
                    "utm_source",
                    "utm_medium",
                    "utm_campaign",
                    "event",
                ],
                name="one_reach_count_per_cell",
            )
        ]
        indexes = [
            # The dashboard for one campaign: its pages' rows over a period (the unique index starts with the day).
            models.Index(fields=["page", "day"], name="reach_count_page_day"),
        ]
        verbose_name = _("reach count")
        verbose_name_plural = _("reach counts")
        # Who may open the reach dashboard, its CSV and the campaign report (reach/dashboard/).
        permissions = [("view_reach", _("Can see the reach dashboard and campaign reports"))]

    @classmethod
    def add_one(cls, *, page, language, event, day=None, audience="", referrer="none", partner="", **campaign):
        """+1, exact with many workers at once (core/counting.py). Every column of the unique cell is
        named, defaults included: ON CONFLICT needs exactly the constraint's columns."""
        unknown = set(campaign) - {"utm_source", "utm_medium", "utm_campaign"}
        if unknown:
            raise TypeError(f"not a column of a reach count: {sorted(unknown)}")
        add_one(
            cls,
            day=day or timezone.localdate(),
            page=page,
            audience=audience,
            language=language,
            referrer=referrer,
            partner=partner,
            utm_source=campaign.get("utm_source", ""),
            utm_medium=campaign.get("utm_medium", ""),
            utm_campaign=campaign.get("utm_campaign", ""),
            event=event,
        )


class SiteReachCount(models.Model):  # noqa: DJ008  (a counter row: never listed or chosen in the admin)
    """The reach counts of one closed day added up over all pages: what the whole-site dashboard reads
    for a long period instead of every page's rows (some 20 times fewer rows). Written only by
    reach/rollup.py, from ReachCount, once the day is over (its counts no longer change); the days
    not added up yet (today, yesterday) are read from ReachCount. Same columns as ReachCount,
    without the page."""

    day = models.DateField(_("day"))
    audience = models.CharField(_("audience view"), max_length=20, blank=True)
    language = models.CharField(_("language"), max_length=5)
    referrer = models.CharField(_("referrer"), max_length=10, choices=REFERRER_CHOICES)
    partner = models.CharField(_("partner site"), max_length=VALUE_LENGTH, blank=True)
    utm_source = models.CharField("utm_source", max_length=VALUE_LENGTH, blank=True)
    utm_medium = models.CharField("utm_medium", max_length=VALUE_LENGTH, blank=True)
    utm_campaign = models.CharField("utm_campaign", max_length=VALUE_LENGTH, blank=True)
    event = models.CharField(_("event"), max_length=20, choices=EVENT_CHOICES)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=[
                    "day",
                    "audience",
                    "language",
                    "referrer",
                    "partner",
                    "utm_source",
                    "utm_medium",
                    "utm_campaign",
                    "event",
                ],
                name="one_site_reach_count_per_cell",
            )
        ]
        verbose_name = _("reach count of the whole site")
        verbose_name_plural = _("reach counts of the whole site")


#: The beacons the limit per sender applies to (core/sender_limit.py), as RefusedBeaconCount stores them.
REACH_BEACON, EXPERIMENT_BEACON, GUARDRAIL_BEACON, AWARENESS_BEACON = "reach", "experiment", "guardrail", "awareness"
BEACON_KIND_CHOICES = [
    (REACH_BEACON, _("Reach")),
    (EXPERIMENT_BEACON, _("A/B test exposure and conversion")),
    (GUARDRAIL_BEACON, _("A/B test guardrails")),
    (AWARENESS_BEACON, _("Awareness answers")),
]


class RefusedBeaconCount(models.Model):  # noqa: DJ008  (a counter row: never listed or chosen in the admin)
    """Beacons answered but not counted because their sender was over the limit (core/sender_limit.py),
    per day and kind of beacon: so the dashboard can say how many were left out. Which sender, page or
    experiment they came from is not kept: the sender is never known here, only that a beacon was over."""

    day = models.DateField(_("day"))
    kind = models.CharField(_("kind of beacon"), max_length=12, choices=BEACON_KIND_CHOICES)
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "kind"], name="one_refused_beacon_count_per_day")]
        verbose_name = _("count of beacons over the limit")
        verbose_name_plural = _("counts of beacons over the limit")

    @classmethod
    def add_one(cls, kind, day=None):
        """+1, exact with many workers at once (core/counting.py)."""
        add_one(cls, day=day or timezone.localdate(), kind=kind)
