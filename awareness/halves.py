"""The before/after halves: which half of its visitors a question is asked before the message.

A question that compares (``compare_before_after``) is asked *before* the module's message to
one half of the visitors and *after* it to the other. The half is one more entry in the page's
manifest, the plain data the request's one assignment picks arms from (core/variant_assignment.py,
messaging/assignment.py): keys ("before", "after"), equal weights, the question's own salt. So the
page cache and the fragment cache keep one copy per half, the edge varies on its bucket as for an
A/B test, a new visitor gets the signed visitor cookie, and the answer beacon reads the same half
the page showed: nobody, the visitor included, chooses it.

Which questions a page shows is worked out from the modules it shows, before the template renders
(``AwarenessHalvesMiddleware``), and kept per content version like the placements of message slots.
"""

from django.core.cache import cache
from django.utils import translation
from wagtail.models import Page

from core import fragment_cache, languages, page_cache
from core.variant_assignment import assignment_of
from pages.models.warning import EMBED_ATTRIBUTE

from .models import AFTER, BEFORE, AwarenessQuestion

QUESTION_BLOCK = "awareness_question"
HALVES_KEY = "awareness:halves"


def manifest_entry(question_id):
    """The half of one question as a manifest entry (slug, salt, keys, weights). The colon keeps the
    slug apart from every experiment's (an experiment's slug is letters, digits, "-" and "_")."""
    return (f"awareness:{question_id}", f"awareness-half:{question_id}", [BEFORE, AFTER], [1, 1])


def half_of(request, question):
    """The half this request sees of a question that compares; "" for one that does not."""
    if not question.compare_before_after:
        return ""
    _slug, salt, keys, weights = manifest_entry(question.pk)
    return assignment_of(request).arm({"salt": salt, "keys": keys, "weights": weights})


def question_ids_in(module, language_code):
    """The ids of the questions in a module's content as shown in a language (an empty column
    shows the default language's content)."""
    code = language_code if languages.has_own_value(module, "content", language_code) else languages.default()
    raw = getattr(languages.own_value(module, "content", code), "raw_data", None) or []
    found = []
    for block in raw:
        value = block.get("value") if isinstance(block, dict) else None
        if block.get("type") == QUESTION_BLOCK and isinstance(value, dict) and isinstance(value.get("question"), int):
            found.append(value["question"])
    return found


def modules_in(context):
    """The modules a page's template shows: a campaign's or guidance page's, or a hub's."""
    if context.get("modules") is not None:
        return list(context["modules"])
    hub = context.get("hub")
    if hub is not None and hasattr(hub, "modules"):
        return [entry["module"] for entry in hub.modules]
    return []


def comparing_questions(request, page, context):
    """Manifest entries of the comparing questions the page shows, kept per content version."""
    language_code = translation.get_language()
    version = fragment_cache.content_version(request)
    key = f"{HALVES_KEY}:{version}:{page.pk}:{context.get('audience') or ''}:{language_code}"
    found = cache.get(key)
    if found is None:
        ids = {question_id for module in modules_in(context) for question_id in question_ids_in(module, language_code)}
        comparing = AwarenessQuestion.objects.filter(pk__in=ids, live=True, compare_before_after=True)
        found = [manifest_entry(question_id) for question_id in sorted(comparing.values_list("pk", flat=True))]
        cache.set(key, found, page_cache.cache_seconds() + page_cache.stale_seconds())
    return found


class AwarenessHalvesMiddleware:
    """Adds the halves of a rendered page's comparing questions to its manifest, before the template
    renders. Listed above messaging's ExperimentAssignmentMiddleware, so its process_template_response
    runs after that one has set the page's experiments (Django runs them bottom up), and that one's
    cookie and edge headers, set once the page has rendered, include the halves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        context = response.context_data or {}
        page = context.get("page")
        embed = getattr(request, EMBED_ATTRIBUTE, False)
        if not isinstance(page, Page) or page.pk is None or getattr(request, "is_preview", False) or embed:
            return response
        entries = [tuple(entry) for entry in comparing_questions(request, page, context)]
        if entries:
            assignment = assignment_of(request)
            # The questions sit in modules, inside the page's content parts (the fragment cache's key).
            assignment.page_experiments = tuple(assignment.page_experiments) + tuple(entries)
            assignment.content_part_experiments = tuple(assignment.content_part_experiments) + tuple(entries)
        return response
