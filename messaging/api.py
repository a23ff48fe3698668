"""The beacons: POST /api/ab/<slug>/exposure and POST /api/ab/<slug>/conversion.

Sent by site.js after a page with a slot under test has rendered (exposure) and
when the visitor reaches a goal (conversion, body {"goal": "<key>"}). The server
works out the arm from the visitor cookie; a request cannot name its arm. A
visitor is counted once per experiment for exposure and once per goal for
conversion, and a conversion only counts after an exposure; what was counted
is remembered in the visitor's own signed cookie, not in the database.

Only ids this site issued are counted: the visitor cookie must carry the
server's signature (messaging/assignment.py). A missing, malformed, unsigned,
tampered or foreign-key cookie answers 400 "no valid visitor cookie" and counts
nothing. 400 rather than 403: the server cannot tell a forged cookie from a
stale one (a key rotated without a fallback), the remedy is the same (load a
page, which issues a signed id), and 403 already means "from another site".

Answers: 204 counted or deliberately not counted (DNT/GPC/bot, already counted,
no exposure yet); 400 malformed body, unknown goal or no valid visitor cookie;
403 from another site; 404 unknown experiment; 405 not POST; 409 experiment not
running; 413 body over 1 kB; 415 not JSON. Never a 5xx for anything a client sends.
"""

import json
import re

from django.core import signing
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from core import languages

from .assignment import Visitor, set_experiment_cookie, set_visitor_cookie
from .models import Experiment, ExperimentCount
from .models.counters import EXPOSURE
from .running import running_experiment

MAX_BODY_BYTES = 1024
COUNTED_COOKIE = "vib_ab"
COUNTED_SALT = "messaging.counted"
MAX_MARKS = 200  # a visitor's cookie stays small even after many experiments
SLUG = re.compile(r"\A[-a-z0-9_]{1,60}\Z")  # \Z: "$" would also accept a trailing newline


def problem(status, message):
    return JsonResponse({"error": message}, status=status)


def counted_marks(request):
    raw = request.COOKIES.get(COUNTED_COOKIE)
    if not raw:
        return []
    try:
        marks = signing.loads(raw, salt=COUNTED_SALT)
    except signing.BadSignature:
        return []
    return [mark for mark in marks if isinstance(mark, str)] if isinstance(marks, list) else []


def same_site(request):
    """Beacons come from our own pages; a browser says so in Sec-Fetch-Site or Origin."""
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "same-site", "none")
    origin = request.META.get("HTTP_ORIGIN")
    if origin:
        return origin == f"{request.scheme}://{request.get_host()}"
    return True


def read_body(request):
    """The JSON object of the request ({} when empty), or an error response."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None, problem(400, "bad Content-Length")
    if length > MAX_BODY_BYTES:
        return None, problem(413, "body too large")
    body = request.read(MAX_BODY_BYTES + 1)
    if len(body) > MAX_BODY_BYTES:
        return None, problem(413, "body too large")
    if not body.strip():
        return {}, None
    content_type = request.META.get("CONTENT_TYPE", "").split(";")[0].strip()
    if content_type not in ("application/json", "text/plain", ""):
        return None, problem(415, "send JSON")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None, problem(400, "body is not JSON")
    if not isinstance(data, dict):
        return None, problem(400, "body must be a JSON object")
    return data, None


def beacon_body(request):
    """(the JSON object, None) of a POSTed beacon from this site, or (None, the 4xx answer): what every
    page-level beacon checks first (reach/api.py, messaging/guardrail_api.py)."""
    if request.method != "POST":
        response = problem(405, "use POST")
        response["Allow"] = "POST"
        return None, response
    if not same_site(request):
        return None, problem(403, "beacons come from this site's pages")
    return read_body(request)


@csrf_exempt
def beacon(request, slug, kind):
    if request.method != "POST":
        response = problem(405, "use POST")
        response["Allow"] = "POST"
        return response
    if not SLUG.match(slug):
        return problem(404, "unknown experiment")
    if not same_site(request):
        return problem(403, "beacons come from this site's pages")
    experiment = running_experiment(slug)
    if experiment is None:
        if not Experiment.objects.filter(slug=slug).exists():
            return problem(404, "unknown experiment")
        return problem(409, "experiment is not running")
    data, error = read_body(request)
    if error:
        return error

    goal = EXPOSURE
    if kind == "conversion":
        goal = data.get("goal", experiment["goals"][0])
        if not isinstance(goal, str) or goal not in experiment["goals"]:
            return problem(400, "unknown goal for this experiment")
    language = data.get("language", languages.default())
    # Any JSON may arrive here: a list or an object (not hashable) is no site language either.
    if not languages.is_site_language(language):
        return problem(400, "unknown language")

    visitor = Visitor(request)
    if not visitor.countable:
        return HttpResponse(status=204)  # DNT, GPC or a bot: never counted
    # No cookie, or one this site did not sign: never counted. Behind the edge, a visitor it
    # delivered a page to (its vib_bucket cookie) gets a signed id in that bucket now.
    if visitor.ensure_counted_id() is None:
        return problem(400, "no valid visitor cookie")

    marks = counted_marks(request)
    exposure_mark, mark = f"{slug}:{EXPOSURE}", f"{slug}:{goal}"
    if mark in marks or (goal != EXPOSURE and exposure_mark not in marks):
        return HttpResponse(status=204)  # counted before, or a conversion without exposure
    variant = visitor.variant_in(experiment)
    ExperimentCount.add_one(experiment["id"], variant, goal, language)
    response = HttpResponse(status=204)
    if visitor.is_new:
        set_visitor_cookie(response, visitor)
    set_experiment_cookie(
        response, COUNTED_COOKIE, signing.dumps((marks + [mark])[-MAX_MARKS:], salt=COUNTED_SALT, compress=True)
    )
    return response
