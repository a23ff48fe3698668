"""Showing an awareness question in a module: the form, or, after a form's answer, the explanation.

Read only: the half comes from the request's assignment (awareness/halves.py), the answer of a
visitor without JavaScript from the page's own query string (``?answered=<question>.<option>``,
set by the answer beacon's 303); nothing here counts or stores anything.
"""

from django import template
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from core import languages

from ..answers import ANSWERED_PARAMETER
from ..halves import QUESTION_BLOCK, half_of
from ..models import AFTER, BEFORE

register = template.Library()


def _answered(request, question):
    """The option this page's query string says was answered to ``question``, or None."""
    raw = request.GET.get(ANSWERED_PARAMETER, "") if request is not None else ""
    question_id, _dot, option = raw.partition(".")
    if question_id == str(question.pk) and option in question.answer_keys():
        return option
    return None


@register.filter
def statement_language(question):
    """For lang="…": the page's language, or Dutch where this question is not written in it yet."""
    return languages.shown_language(question, "statement")


@register.inclusion_tag("awareness/question.html", takes_context=True)
def awareness_question(context, question):
    request = context.get("request")
    page = context.get("page")
    live = question is not None and getattr(question, "live", False)
    if not live or getattr(page, "pk", None) is None:
        return {"question": None}
    preview = getattr(request, "is_preview", False)
    return {
        "question": question,
        "lang": statement_language(question),
        "option": _answered(request, question),
        "page_id": page.pk,
        "audience": context.get("audience") or "",
        "language": languages.active(),
        "back": request.path if request is not None else "/",
        "action": reverse("awareness_answer"),
        "preview": preview,
        "half": "" if preview or request is None else half_of(request, question),
    }


@register.filter
def in_asking_order(content, request):
    """A module's blocks with each comparing question moved to its half's place: first (before the
    module's message) for the "before" half, last (after it) for the "after" half."""
    blocks = list(content)
    if request is None or getattr(request, "is_preview", False):
        return blocks
    first, middle, last = [], [], []
    for block in blocks:
        question = block.value.get("question") if block.block_type == QUESTION_BLOCK else None
        half = half_of(request, question) if question is not None and getattr(question, "pk", None) else ""
        {BEFORE: first, AFTER: last}.get(half, middle).append(block)
    return first + middle + last


@register.filter
def answer_label(question, option):
    """The words of an answer ("Not true", "Agree", an option's text)."""
    return question.label_of(option)


# -- the dashboard's numbers (awareness/views.py) ----------------------------------------------------


def _number(value, digits):
    # Rounded here: number_format cuts a float's digits off (0.0999… would read 9.9, not 10.0).
    return number_format(round(value, digits), decimal_pos=digits, use_l10n=True)


@register.filter
def level_text(value, knowledge):
    """A share as "62.3 %", a mean agreement as "3.42"; "–" when there is none."""
    if value is None:
        return "–"
    return f"{_number(value * 100, 1)} %" if knowledge else _number(value, 2)


@register.filter
def difference_text(value, knowledge):
    """A difference with its sign: "+8.0 points", "−0.35"."""
    if value is None:
        return "–"
    sign = "+" if value >= 0 else "−"
    if knowledge:
        return _("%(sign)s%(number)s points") % {"sign": sign, "number": _number(abs(value) * 100, 1)}
    return f"{sign}{_number(abs(value), 2)}"


@register.filter
def interval_text(interval, knowledge):
    low, high = interval
    if low is None:
        return "–"
    return f"{level_text(low, knowledge)} – {level_text(high, knowledge)}"


@register.filter
def rate_text(value):
    return "–" if value is None else f"{_number(value * 100, 1)} %"


@register.filter
def row_value(row, which="level"):
    """A report row's level, or one end of its interval, in the row's unit (awareness/report.py)."""
    value = getattr(row, which)
    if value is None:
        return "–"
    if row.unit == "share":
        return level_text(value, True)
    if row.unit == "mean":
        return level_text(value, False)
    if row.unit == "difference-share":
        return difference_text(value, True)
    if row.unit == "difference-mean":
        return difference_text(value, False)
    if row.unit == "per-thousand":
        return _("%(number)s per 1,000 views") % {"number": _number(value, 1)}
    return _number(value, 2)


@register.filter
def row_interval(row):
    if row.low is None or row.high is None:
        return "–"
    return f"{row_value(row, 'low')} – {row_value(row, 'high')}"
