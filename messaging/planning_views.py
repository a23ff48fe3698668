"""The plan on the experiment form: a JSON endpoint for the script, and the panel it updates.

GET /admin/messaging/plan/?baseline_rate=8&minimum_detectable_effect=3&alpha=0.05&power=0.8
    &weights=50/50&slot=<id>&audiences=parents&languages=nl
→ 200 {"per_arm", "arms", "total", "views", "views_per_day", "days", "text", …}
→ 400 {"errors": {field: [message]}} for anything the form would refuse; 403 without the right
to write experiments. The panel shows the plan of the saved values without JavaScript;
messaging/static/messaging/plan.js asks the endpoint again while the expert types.
"""

from django import forms
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core import languages as site_languages
from pages.audiences import AUDIENCE_CHOICES

from .models import Experiment, MessageSlot
from .models.experiments import parse_weights
from .models.goals import CTA
from .planning import make_plan

PLAN_FIELDS = ("baseline_rate", "minimum_detectable_effect", "alpha", "power")
#: Sent too by plan.js; left out (an old script, a direct call), the plan is a click goal's.
OPTIONAL_PLAN_FIELDS = ("primary_goal", "minimum_agreement_difference")


def may_plan(user):
    return user.has_perm("messaging.add_experiment") or user.has_perm("messaging.change_experiment")


class PlanQuery(forms.Form):
    """The form's planning fields, with the model's own limits (validators) and labels."""

    slot = forms.ModelChoiceField(queryset=MessageSlot.objects.all(), required=False)
    weights = forms.CharField(required=False, max_length=40)
    audiences = forms.MultipleChoiceField(choices=AUDIENCE_CHOICES, required=False)
    languages = forms.MultipleChoiceField(choices=site_languages.choices, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in PLAN_FIELDS:
            model_field = Experiment._meta.get_field(name)
            # The model's limits (0.1–99%, alpha 0.001–0.2, …) run in model validation, not in its form field.
            self.fields[name] = model_field.formfield(required=True, validators=model_field.validators)
        for name in OPTIONAL_PLAN_FIELDS:
            model_field = Experiment._meta.get_field(name)
            self.fields[name] = model_field.formfield(required=False, validators=model_field.validators)

    def clean(self):
        cleaned = super().clean()
        slot = cleaned.get("slot")
        arms = slot.variants.count() if slot else 2
        text = (cleaned.get("weights") or "").strip()
        try:
            weights = parse_weights(text) if text else [1.0] * arms
        except ValueError:
            self.add_error("weights", _("Write one positive number per variant, separated by /, for example 50/50."))
            return cleaned
        if len(weights) < 2:
            self.add_error("weights", _("An experiment compares at least two variants."))
        elif slot and len(weights) != arms:
            self.add_error("weights", _("The slot has %(arms)s variants: give %(arms)s numbers.") % {"arms": arms})
        cleaned["weight_list"] = weights
        return cleaned


@never_cache
@require_GET
def plan_view(request):
    if not may_plan(request.user):
        # JSON for the script, not the admin's redirect to its dashboard.
        return JsonResponse({"errors": {"__all__": [_("You may not plan experiments.")]}}, status=403)
    query = PlanQuery(request.GET)
    if not query.is_valid():
        return JsonResponse({"errors": query.errors}, status=400)
    data = query.cleaned_data
    try:
        plan = make_plan(
            baseline_rate=data["baseline_rate"],
            minimum_detectable_effect=data["minimum_detectable_effect"],
            alpha=data["alpha"],
            power=data["power"],
            weights=data["weight_list"],
            slot=data["slot"],
            audience_list=data["audiences"],
            language_list=data["languages"],
            primary_goal=data.get("primary_goal") or CTA,
            minimum_agreement_difference=data.get("minimum_agreement_difference") or 0.3,
        )
    except ValueError:
        message = _("The expected rate plus this difference must stay below 100%.")
        return JsonResponse({"errors": {"minimum_detectable_effect": [message]}}, status=400)
    return JsonResponse(plan.as_json())
