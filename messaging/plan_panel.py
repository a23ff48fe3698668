"""The plan panel on the experiment form: a live region (aria-live) with the plan in words.

Without JavaScript it shows the plan of the saved values (after *Save*); plan.js asks
messaging/planning_views.py again while the expert types. The experiment's admin form
(messaging/wagtail_hooks.py) places it; the model knows nothing of it.
"""

from django import forms
from django.templatetags.static import static
from django.urls import reverse
from wagtail.admin.panels import Panel

from .planning import plan_for, plan_text


def saved_plan_text(experiment):
    """The plan of a saved experiment in words, or None when its fields do not make one yet."""
    if experiment is None or not experiment.pk or not experiment.slot_id:
        return None
    try:
        return plan_text(plan_for(experiment))
    except ValueError:
        return None


class PlanPanel(Panel):
    """The live region on the experiment form with the plan; plan.js keeps it up to date."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "messaging/admin/plan_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["plan_url"] = reverse("messaging_experiment_plan")
            context["plan_text"] = saved_plan_text(self.instance)
            return context

        @property
        def media(self):
            return forms.Media(js=[static("messaging/plan.js")])
