"""Showing an awareness question in a module: the form, or, after a form's answer, the explanation.

Read only: the half comes from the request's assignment (awareness/halves.py), the answer of a
visitor without JavaScript from the page's own query string (``?answered=<question>.<option>``,
set by the answer beacon's 303); nothing here counts or stores anything.
"""

from django import template
from django.urls import reverse

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
