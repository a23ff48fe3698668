"""What the dashboard is asked for: a campaign or the whole site, a period, a campaign link.

Anything a URL can carry is checked here, so a wrong value is a message next to its field,
never a server error: an unknown campaign, a date that is no date, an end before the start,
an end after today, or a start before the oldest day still kept (REACH_RETENTION_MONTHS).

The date fields show the period that was used, so they are never empty after the first view. To tell
"the user chose these dates" from "the form filled these in", the form also sends back, hidden, the
dates it filled in itself (``prefilled``). Dates that still equal those are not a choice: choosing a
campaign then gives the campaign's own period, not the 28 days the form showed for the whole site.
"""

from datetime import timedelta
from urllib.parse import urlencode

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from pages.models import CampaignPage

from ..models import OTHER
from ..retention import oldest_kept_day
from .figures import utm_campaign_choices

#: The period for the whole site when none is given.
DEFAULT_DAYS = 28
ISO = "%Y-%m-%d"


class CampaignChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, campaign):
        start = formats.date_format(campaign.start_date, "SHORT_DATE_FORMAT")
        end = formats.date_format(campaign.end_date, "SHORT_DATE_FORMAT") if campaign.end_date else "…"
        return f"{campaign.title} ({start} – {end})"


def date_input():
    return forms.DateInput(attrs={"type": "date"}, format=ISO)


class ReachFilterForm(forms.Form):
    campaign = CampaignChoiceField(
        label=_("Campaign"),
        queryset=CampaignPage.objects.order_by("-start_date", "title"),
        required=False,
        empty_label=_("Whole site"),
        help_text=_("A campaign counts with its audience views. Unless you change the dates, its own period is used."),
    )
    start = forms.DateField(
        label=pgettext_lazy("start of a period", "From"), required=False, widget=date_input(), input_formats=[ISO]
    )
    end = forms.DateField(
        label=pgettext_lazy("end of a period", "To"), required=False, widget=date_input(), input_formats=[ISO]
    )
    utm_campaign = forms.ChoiceField(
        label=_("Campaign link (utm_campaign)"),
        required=False,
        help_text=_("Only visits through links with this utm_campaign value, for example one mailing."),
    )

    prefilled = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, data, **kwargs):
        # A copy the form may fill in, so the fields show the period that was actually used.
        super().__init__(data.copy() if data is not None else {}, **kwargs)
        self.fields["utm_campaign"].choices = [
            ("", _("All visits")),
            *utm_campaign_choices(),
            (OTHER, _("Values not on the list")),
        ]

    def default_period(self, campaign, today):
        if campaign is None:
            return today - timedelta(days=DEFAULT_DAYS - 1), today
        start = min(campaign.start_date, today)
        end = min(campaign.end_date or today, today)
        return start, max(start, end)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        today = timezone.localdate()
        default_start, default_end = self.default_period(cleaned.get("campaign"), today)
        given = (cleaned.get("start"), cleaned.get("end"))
        if self.untouched(given):
            given = (None, None)
        start = given[0] or default_start
        end = given[1] or default_end
        cleaned["start"], cleaned["end"] = start, end
        cleaned["period"] = self.period_kind(cleaned.get("campaign"), start, end, (default_start, default_end))
        self.data["start"], self.data["end"] = start.strftime(ISO), end.strftime(ISO)
        self.data["prefilled"] = f"{start:{ISO}},{end:{ISO}}" if given == (None, None) else ""
        if end < start:
            self.add_error("end", _("The end date is before the start date."))
        if end > today:
            self.add_error("end", _("The period cannot end after today."))
        oldest = oldest_kept_day(today)
        if start < oldest:
            self.add_error(
                "start",
                _("Counts are kept for a limited time: the oldest day still kept is %(day)s.")
                % {"day": formats.date_format(oldest, "DATE_FORMAT")},
            )
        return cleaned

    def untouched(self, given):
        """Whether the dates are exactly the ones this form filled in last time (so nobody chose them)."""
        if None in given:
            return False
        return self.cleaned_data.get("prefilled") == f"{given[0]:{ISO}},{given[1]:{ISO}}"

    @staticmethod
    def period_kind(campaign, start, end, default):
        """'campaign' (its own period), 'recent' (the whole site's last 28 days) or 'chosen'."""
        if (start, end) != default:
            return "chosen"
        return "campaign" if campaign is not None else "recent"

    def query_string(self):
        """The cleaned choice as a query string, for the CSV and report links."""
        cleaned = self.cleaned_data
        values = {
            "campaign": cleaned["campaign"].pk if cleaned.get("campaign") else "",
            "start": cleaned["start"].strftime(ISO),
            "end": cleaned["end"].strftime(ISO),
            "utm_campaign": cleaned.get("utm_campaign") or "",
            # So "Back to the dashboard" from the report still knows the dates were not chosen.
            "prefilled": self.data.get("prefilled", ""),
        }
        return urlencode({key: value for key, value in values.items() if value != ""})
