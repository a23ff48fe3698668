"""The plan of an experiment in words, for the results page (messaging/planning.py)."""

from django import template

from ..plan_panel import saved_plan_text

register = template.Library()


@register.simple_tag
def experiment_plan(experiment):
    """The plan in plain words, or "" when the experiment's fields do not make one."""
    return saved_plan_text(experiment) or ""
