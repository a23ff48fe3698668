"""Showing a message slot: the default variant, or the request's arm of a running experiment.

The tags only read: the arm comes from the request's assignment (messaging/assignment.py),
decided before the page renders; nothing here decides or records anything.
"""

from django import template
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.formats import number_format
from django.utils.html import json_script

from core import languages
from core.request_state import state_of
from core.variant_assignment import assignment_of
from upstream.related_in_memory import held_by_cluster, is_prefetched

from .. import formats
from ..models.slots import MessageVariant
from ..running import experiment_for_slot, running_experiments

register = template.Library()


@register.simple_tag(takes_context=True)
def message_for(context, slot):
    """{"variant", "experiment" (slug or ""), "slot", "cta" (a Link)} for a live slot, or None."""
    if slot is None or not getattr(slot, "live", False):
        return None
    request = context.get("request")
    _prefetch_variants(slot)
    key, experiment = slot.default_variant, ""
    if getattr(request, "is_preview", False):
        # An editor's preview: the variant of the preview mode, never an assignment (no cookie, no beacon).
        key = state_of(request).preview_variants.get(slot.pk, key)
    elif request is not None:
        data = experiment_for_slot(slot.pk, languages.active(), context.get("audience"))
        # None when the page does not show the experiment (its manifest, worked out from the
        # content before rendering), e.g. a template rendered outside a page: then the default.
        arm = None if data is None else assignment_of(request).shown_arm(data)
        if arm is not None:
            key, experiment = arm, data["slug"]
    variant = slot.variant(key) or slot.default
    if variant is None:
        return None
    return {
        "slot": slot,
        "variant": variant,
        "experiment": experiment,
        "cta": variant.cta.bound(request),
    }


def _prefetch_variants(slot):
    """The slot's variants with their call-to-action pages, in one query (not two or more)."""
    if slot.pk is None or is_prefetched(slot, "variants"):
        return
    if held_by_cluster(slot, "variants"):
        return  # variants held in memory (a form, a revision): show those, not the database's
    prefetch_related_objects([slot], Prefetch("variants", queryset=MessageVariant.objects.select_related("cta_page")))


@register.simple_tag(takes_context=True)
def experiment_goals(context):
    """A JSON script for site.js: which running experiments count reaching this page, or a download."""
    page = context.get("page")
    page_id = getattr(page, "pk", None)
    goals = {"page": [], "download": {}}
    for slug, data in running_experiments().items():
        if "page" in data["goals"] and page_id and data["goal_page_id"] == page_id:
            goals["page"].append(slug)
        if "download" in data["goals"] and data["goal_document_id"]:
            goals["download"].setdefault(str(data["goal_document_id"]), []).append(slug)
    if not goals["page"] and not goals["download"]:
        return ""
    return json_script(goals, "ab-goals")


@register.filter
def percent(value, digits=1):
    """0.0523 → "5.2%" (in the admin's number format)."""
    return formats.percent(value, digits)


@register.filter
def pvalue(value):
    """A p-value as people read it: "< 0.0001" rather than "0.0000"."""
    if value is None:
        return "–"
    if value < 0.0001:
        return f"< {number_format(0.0001, 4)}"
    return number_format(value, 4)


@register.filter
def signed_points(value, digits=1):
    """A difference of two rates in percentage points, with its sign: 0.0123 → "+1.2", -0.004 → "−0.4"."""
    if value is None:
        return "–"
    rounded = round(float(value) * 100, int(digits))
    sign = "+" if rounded > 0 else "−" if rounded < 0 else ""
    return f"{sign}{number_format(abs(rounded), int(digits))}"


@register.filter
def mean_agreement(value, digits=2):
    """3.4567 → "3.46": a mean on the agree scale (in the admin's number format)."""
    return formats.mean_agreement(value, digits)


@register.filter
def signed_mean(value, digits=2):
    """A difference of two means on the scale, with its sign: 0.234 → "+0.23"."""
    return formats.signed(value, digits)
