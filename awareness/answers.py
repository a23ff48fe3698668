"""The answer beacon: POST /api/awareness, from a question's form with or without JavaScript.

Without JavaScript the question is a plain form (application/x-www-form-urlencoded) that posts
here; the answer is a 303 to the page it came from with ``?answered=<question>.<option>``, which
shows the explanation in place of the question (a page of its own in the page cache: the plain
page stays one cached copy for everyone who has not answered). With JavaScript, site.js posts
the same fields as JSON and puts the returned HTML (the same template) in place of the form; it
also says once a day that a question was shown (``"event": "shown"``), which gives the answer
rate (answered / shown; docs/awareness.md).

Each counted beacon adds 1 to one AnswerCount row (awareness/models.py). One answer (and one
"shown") per visitor, question and day: what was counted today is kept in the visitor's own signed
cookie (``vib_aw``, until the day ends), never on the server. Nothing is counted for DNT, GPC or a
bot (core/countable.py), for a language the public does not read yet, or for a sender over the
limit per sender (reach/beacon_limit.py); they are answered alike, with the explanation.
An answer to a running experiment's goal question from a visitor who saw one of its variants also
counts for that experiment, in the visitor's arm (awareness/experiment_goals.py).

Answers: 200 with the result's HTML (JSON), 303 back to the page (a form), 204 for "shown";
400 unknown question, option, page, audience, language or return address, malformed body;
403 from another site; 405 not POST; 413 body over 1 kB; 415 neither JSON nor a form.
Never a 5xx for anything a client sends.
"""

import json
from urllib.parse import parse_qsl, urlencode

from django.core import signing
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.views.decorators.csrf import csrf_exempt

from core import languages
from core.beacons import MAX_BODY_BYTES, from_another_site, not_post, problem, same_site
from core.countable import is_countable
from core.variant_assignment import assignment_of
from pages.audiences import AUDIENCES
from reach.beacon_limit import may_count
from reach.lookup import site_facts
from reach.models import AWARENESS_BEACON

from .experiment_goals import count_answer, measuring_experiments
from .halves import half_of
from .models import SHOWN, AnswerCount, AwarenessQuestion

ANSWERED_COOKIE = "vib_aw"
ANSWERED_SALT = "awareness.answered"
MAX_MARKS = 100
ANSWER, SHOWN_EVENT = "answer", "shown"
FORM_TYPE = "application/x-www-form-urlencoded"
#: The query parameter of the page that shows an answer's explanation (awareness_tags.py reads it).
ANSWERED_PARAMETER = "answered"


def _positive_id(value):
    """An id a database can hold, from JSON (an int) or a form (digits), or None."""
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 11:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**31:
        return None
    return value


def _read(request):
    """(fields, is_form, None) or (None, None, the 4xx answer)."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None, None, problem(400, "bad Content-Length")
    body = request.read(MAX_BODY_BYTES + 1)
    if length > MAX_BODY_BYTES or len(body) > MAX_BODY_BYTES:
        return None, None, problem(413, "body too large")
    content_type = request.META.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
    try:
        text = body.decode()
    except UnicodeDecodeError:
        return None, None, problem(400, "body is not UTF-8")
    if content_type == FORM_TYPE:
        try:
            return dict(parse_qsl(text, max_num_fields=10)), True, None
        except ValueError:  # more fields than a question's form has
            return None, None, problem(400, "too many fields")
    if content_type not in ("application/json", "text/plain", ""):
        return None, None, problem(415, "send JSON or a form")
    try:
        data = json.loads(text) if text.strip() else {}
    except ValueError:
        return None, None, problem(400, "body is not JSON")
    if not isinstance(data, dict):
        return None, None, problem(400, "body must be a JSON object")
    return data, False, None


def _return_path(value):
    """The page to go back to: a path on this site, never another site's address."""
    if not isinstance(value, str) or not value.startswith("/") or value.startswith("//"):
        return None
    if "\\" in value or any(ord(character) < 33 for character in value) or "?" in value or "#" in value:
        return None
    return value


def today_marks(request, today):
    """What this visitor has been counted for today (``a<id>``, ``s<id>``), from their signed cookie."""
    raw = request.COOKIES.get(ANSWERED_COOKIE)
    if not raw:
        return []
    try:
        kept = signing.loads(raw, salt=ANSWERED_SALT)
    except signing.BadSignature:
        return []
    if not isinstance(kept, dict) or kept.get("day") != today.isoformat() or not isinstance(kept.get("marks"), list):
        return []
    return [mark for mark in kept["marks"] if isinstance(mark, str)]


def _set_marks(response, request, today, marks):
    response.set_cookie(
        ANSWERED_COOKIE,
        signing.dumps({"day": today.isoformat(), "marks": marks[-MAX_MARKS:]}, salt=ANSWERED_SALT, compress=True),
        max_age=24 * 60 * 60,
        secure=request.is_secure(),
        httponly=True,
        samesite="Lax",
    )


def known_half(request, question):
    """The half the page showed this visitor, or "" when it cannot be known here: a visitor without
    the signed cookie the page set (cookies refused) would get a half drawn afresh, not the one seen.
    Left out of the comparison alike in both halves, such an answer still counts in the levels."""
    half = half_of(request, question)
    if not half:
        return ""
    assignment = assignment_of(request)
    edge = getattr(assignment, "edge", None)
    if edge is not None:
        return half if edge.number is not None and edge.source in ("visitor", "cookie") else ""
    return half if getattr(assignment, "signed_id", None) else ""


@csrf_exempt
def answer_beacon(request):
    if request.method != "POST":
        return not_post()
    if not same_site(request):
        return from_another_site()
    data, is_form, error = _read(request)
    if error:
        return error
    event = data.get("event", ANSWER)
    if event not in (ANSWER, SHOWN_EVENT):
        return problem(400, "unknown event")
    question_id = _positive_id(data.get("question"))
    question = AwarenessQuestion.objects.filter(pk=question_id, live=True).first() if question_id else None
    if question is None:
        return problem(400, "unknown question")
    option = data.get("option")
    if event == ANSWER and (not isinstance(option, str) or option not in question.answer_keys()):
        return problem(400, "unknown option")
    page_id = _positive_id(data.get("page"))
    if page_id is None or site_facts(page_id)[0] is None:
        return problem(400, "unknown page")
    audience = data.get("audience") or ""
    if not isinstance(audience, str) or (audience and audience not in AUDIENCES):
        return problem(400, "unknown audience")
    language = data.get("language")
    if not languages.is_site_language(language):
        return problem(400, "unknown language")
    back = _return_path(data.get("back")) if is_form else None
    if is_form and back is None:
        return problem(400, "unknown return address")

    if event == SHOWN_EVENT:
        response = HttpResponse(status=204)
    elif is_form:
        query = urlencode({ANSWERED_PARAMETER: f"{question.pk}.{option}"})
        response = HttpResponseRedirect(f"{back}?{query}#question-{question.pk}", status=303)
    else:
        with translation.override(language):
            html = render_to_string("awareness/result.html", {"question": question, "option": option})
        response = JsonResponse({"html": html})
    response["Cache-Control"] = "no-store"
    _count(request, response, question, "s" if event == SHOWN_EVENT else "a", option, page_id, audience, language)
    return response


def _count(request, response, question, kind, option, page_id, audience, language):
    """+1 on the answer's row, unless this visitor may not be counted or was counted today."""
    if not is_countable(request) or not languages.is_public(language):
        return
    today = timezone.localdate()
    marks = today_marks(request, today)
    mark, shown_mark = f"{kind}{question.pk}", f"s{question.pk}"
    if mark in marks or not may_count(request, AWARENESS_BEACON):
        return
    measuring = measuring_experiments(request, question)
    experiment, arm = (measuring[0][0]["slug"], measuring[0][1]) if measuring else ("", "")
    cell = {
        "question": question.pk,
        "day": today,
        "page": page_id,
        "audience": audience,
        "language": language,
        "half": known_half(request, question),
        "experiment": experiment,
        "arm": arm,
    }
    new_marks = [mark]
    if kind == "a":
        AnswerCount.add_one(option=option, **cell)
        count_answer(request, response, measuring, question, option, language)
        # An answer from a page that sent no "shown" (no JavaScript) was shown too: so answered ≤ shown
        # holds per visitor, and the answer rate counts visitors without JavaScript alike.
        if shown_mark not in marks:
            new_marks.append(shown_mark)
            AnswerCount.add_one(option=SHOWN, **cell)
    else:
        AnswerCount.add_one(option=SHOWN, **cell)
    _set_marks(response, request, today, marks + new_marks)
