"""The editor's form for message slots: 2–4 variants with distinct keys, and no changes
to the variants while an experiment tests them."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

MIN_VARIANTS, MAX_VARIANTS = 2, 4


class MessageSlotForm(WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        variants = self.formsets.get("variants")
        if variants is None or not variants.is_valid():
            return cleaned_data
        kept = [form for form in variants.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")]
        keys = [form.cleaned_data.get("key") for form in kept]
        if not MIN_VARIANTS <= len(kept) <= MAX_VARIANTS:
            raise ValidationError(_("A message slot has 2 to 4 variants."))
        if len(set(keys)) != len(keys):
            raise ValidationError(_("Each variant needs its own letter (A, B, C or D)."))
        if cleaned_data.get("default_variant") not in keys:
            self.add_error("default_variant", _("Choose one of this slot's variants."))
        default_changed = "default_variant" in self.changed_data
        if self.instance.pk and (variants.has_changed() or default_changed):
            running = self.instance.running_experiment()
            if running is not None:
                raise ValidationError(
                    _(
                        "The experiment “%(name)s” is testing these variants. They and the default "
                        "can change again once it is concluded."
                    )
                    % {"name": running.name}
                )
        return cleaned_data
