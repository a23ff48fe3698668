"""The plain-language check's endpoint for the editor: texts in, scores and advice out.

site.js's editor counterpart (static/js/plain-language.js) posts the text of
every field of the form being edited, in every site language, while the editor
types; this answers with a score per field and for the whole text, measured
against the target of the page's audience. For a language without a formula
(Turkish, Arabic) it answers with no score and says so. It advises; it blocks nothing.
"""

import json
import re
from dataclasses import asdict

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.utils import translation
from django.views.decorators.http import require_POST

from core import languages
from pages.models import AudienceHubPage, AudienceModule, LessonPage

from . import accessibility, readability

MAX_BODY_BYTES = 200_000
MAX_FIELDS = 200


def audience_for(path):
    """The audience whose target applies, from the admin address being edited."""
    if match := re.search(r"/pages/(\d+)/edit/", path):
        page = AudienceHubPage.objects.filter(pk=match.group(1)).first()
        if page is not None:
            return page.audience
        if LessonPage.objects.filter(pk=match.group(1)).exists():
            return "schools"
    if match := re.search(r"/snippets/pages/audiencemodule/edit/(\d+)/", path):
        module = AudienceModule.objects.filter(pk=match.group(1)).first()
        if module is not None and module.audiences:
            # The strictest target among the module's audiences.
            return "young-people" if "young-people" in module.audiences else module.audiences[0]
    if "/pages/add/pages/lessonpage/" in path:
        return "schools"
    return "everyone"


def as_sentences(text):
    """A field is its own sentence at least: a title without a full stop must not run into the next field."""
    text = text.strip()
    return text if not text or text[-1] in ".!?:;" else text + "."


def as_dict(score):
    data = asdict(score)
    data["explanation"] = readability.explain(score)
    return data


@require_POST
def readability_check(request):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    if len(request.body) > MAX_BODY_BYTES:
        return JsonResponse({"error": "too much text"}, status=413)
    try:
        data = json.loads(request.body or b"{}")
        fields = data.get("fields", {})
        rich_text = data.get("rich_text", {})
        path = str(data.get("path", ""))
    except (ValueError, AttributeError):
        return JsonResponse({"error": "send JSON"}, status=400)
    if not isinstance(fields, dict) or len(fields) > MAX_FIELDS:
        return JsonResponse({"error": "fields must be an object"}, status=400)
    if not isinstance(rich_text, dict) or len(rich_text) > MAX_FIELDS:
        return JsonResponse({"error": "rich_text must be an object"}, status=400)
    audience = audience_for(path)
    target = readability.AUDIENCE_TARGETS.get(audience, readability.AUDIENCE_TARGETS["everyone"])
    result = {"audience": audience, "target": target, "languages": {}}
    for code in languages.codes():
        texts = {
            str(name)[: -len(code) - 1]: as_sentences(readability.plain_text(value))
            for name, value in fields.items()
            if isinstance(name, str) and name.endswith(f"_{code}") and isinstance(value, str) and value.strip()
        }
        if not texts:
            continue
        if not readability.has_formula(code):
            # Turkish, Arabic: no score rather than a made-up one, and the editor is told so.
            result["languages"][code] = {
                "page": None,
                "fields": {},
                "explanation": readability.without_formula(languages.name(code)),
            }
            continue
        with translation.override(languages.active()):
            per_field = {name: as_dict(readability.score_text(text, code, audience)) for name, text in texts.items()}
            whole = as_dict(readability.score_text("\n\n".join(texts.values()), code, audience))
        result["languages"][code] = {"page": whole, "fields": per_field}
    result["accessibility"] = {}
    for code in languages.codes():
        in_language = {
            name: value
            for name, value in rich_text.items()
            if isinstance(name, str) and isinstance(value, str) and re.search(rf"_{code}(-|$)", name)
        }
        found = accessibility.hints(in_language, code)
        if found:
            result["accessibility"][code] = found
    return JsonResponse(result)
