"""The lesson editor's form: the phases must add up to the lesson's duration.

A teacher plans a lesson hour from the phases; a lesson that says 45 minutes
but whose phases take 55 does not fit the hour. The check runs on the inline
phases as the editor left them (deleted rows not counted).
"""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


class LessonPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        duration = cleaned_data.get("duration_minutes")
        phases = self.formsets.get("phases")
        if duration is None or phases is None or not phases.is_valid():
            return cleaned_data
        total = sum(
            form.cleaned_data.get("minutes") or 0
            for form in phases.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        )
        if total and total != duration:
            self.add_error(
                "duration_minutes",
                _(
                    "The phases add up to %(total)s minutes, but the duration is %(duration)s minutes. "
                    "Make them match, so teachers can plan the lesson."
                )
                % {"total": total, "duration": duration},
            )
        return cleaned_data
