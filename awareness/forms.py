"""What the awareness dashboard is asked for: a question, a period, an audience view, a language and,
optionally, a mix to re-weight to. A wrong value is a message beside its field, never a server error."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core import languages
from pages.audiences import AUDIENCE_CHOICES
from pages.models import CampaignPage

from .models import AwarenessQuestion

#: The period when none is given: eight weeks, so the trend has something to show.
DEFAULT_DAYS = 56
ISO = "%Y-%m-%d"
OVERVIEW = "overview"  # the campaign's overview and pages without audience views (stored as "")


def date_input():
    return forms.DateInput(attrs={"type": "date"}, format=ISO)


def audience_choices():
    return [("", _("Every audience view")), *AUDIENCE_CHOICES, (OVERVIEW, _("Overview (no audience view)"))]


def language_choices():
    return [("", _("Every language")), *((code, languages.name(code)) for code in languages.public_codes())]


def show_period_used(form):
    """Fill the date fields the visitor left empty with the period the figures are for (the default
    one), so the form shows what the page shows; call after is_valid()."""
    data = form.data.copy()
    for name in ("start", "end"):
        if not data.get(name) and form.cleaned_data.get(name):
            data[name] = form.cleaned_data[name].strftime(ISO)
    form.data = data


class AwarenessFilterForm(forms.Form):
    question = forms.ModelChoiceField(
        label=_("Question"), queryset=AwarenessQuestion.objects.order_by("name"), empty_label=None
    )
    start = forms.DateField(
        label=pgettext_lazy("start of a period", "From"), required=False, widget=date_input(), input_formats=[ISO]
    )
    end = forms.DateField(
        label=pgettext_lazy("end of a period", "To"), required=False, widget=date_input(), input_formats=[ISO]
    )
    audience = forms.ChoiceField(label=_("Audience view"), required=False, choices=audience_choices)
    language = forms.ChoiceField(label=_("Language"), required=False, choices=language_choices)
    reweight_by = forms.ChoiceField(
        label=_("Re-weight to a mix of"),
        required=False,
        choices=[("", _("No re-weighting")), ("audience", _("Audience views")), ("language", _("Languages"))],
        help_text=_("Shows the level as if the groups had answered in the chosen mix, beside the level as answered."),
    )
    mix = forms.ChoiceField(
        label=_("Mix"),
        required=False,
        choices=[("equal", _("Equal shares")), ("reach", _("As in the page views (reach) of the period"))],
    )

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        end = data.get("end") or today
        start = data.get("start") or end - timedelta(days=DEFAULT_DAYS - 1)
        data["start"], data["end"] = start, end
        data["mix"] = data.get("mix") or "equal"
        # add_error() takes the field out of cleaned_data: read both dates first.
        if end > today:
            self.add_error("end", _("The end cannot be after today."))
        if start > end:
            self.add_error("start", _("The start must be on or before the end."))
        return data


class CampaignReportForm(forms.Form):
    """The campaign effect report: a campaign and a period (default: the campaign's own, to today)."""

    campaign = forms.ModelChoiceField(
        label=_("Campaign"), queryset=CampaignPage.objects.order_by("-start_date", "title"), empty_label=None
    )
    start = forms.DateField(
        label=pgettext_lazy("start of a period", "From"), required=False, widget=date_input(), input_formats=[ISO]
    )
    end = forms.DateField(
        label=pgettext_lazy("end of a period", "To"), required=False, widget=date_input(), input_formats=[ISO]
    )

    def clean(self):
        data = super().clean()
        campaign, today = data.get("campaign"), timezone.localdate()
        end = data.get("end") or min(filter(None, [getattr(campaign, "end_date", None), today]))
        start = data.get("start") or getattr(campaign, "start_date", None) or end - timedelta(days=DEFAULT_DAYS - 1)
        data["start"], data["end"] = start, end
        if end > today:
            self.add_error("end", _("The end cannot be after today."))
        if start > end:
            self.add_error("start", _("The start must be on or before the end."))
        return data
