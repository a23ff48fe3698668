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
no exposure yet, a sender over the limit per sender: reach/beacon_limit.py); 400 malformed
body, unknown goal or no valid visitor cookie; 403 from another site; 404 unknown experiment;
405 not POST; 409 experiment not running; 413 body over 1 kB; 415 not JSON. Never a 5xx for
anything a client sends.
"""

import re

from django.core import signing
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from core import languages
from core.beacons import from_another_site, not_post, problem, read_body, same_site
from core.variant_assignment import assignment_of
from reach.beacon_limit import may_count
from reach.models import EXPERIMENT_BEACON

from .assignment import set_experiment_cookie, set_visitor_cookie
from .models import Experiment, ExperimentCount
from .models.counters import EXPOSURE
from .running import running_experiment

COUNTED_COOKIE = "vib_ab"
COUNTED_SALT = "messaging.counted"
MAX_MARKS = 200  # a visitor's cookie stays small even after many experiments
SLUG = re.compile(r"\A[-a-z0-9_]{1,60}\Z")  # \Z: "$" would also accept a trailing newline


def counted_marks(request):
    raw = request.COOKIES.get(COUNTED_COOKIE)
    if not raw:
        return []
    try:
        marks = signing.loads(raw, salt=COUNTED_SALT)
    except signing.BadSignature:
        return []
    return [mark for mark in marks if isinstance(mark, str)] if isinstance(marks, list) else []


def counting_visitor(request, data):
    """(language, assignment, None) for a beacon to count, or (None, None, the answer): what every A/B
    beacon checks once its own questions are answered (this one's, messaging/guardrail_api.py's)."""
    language = data.get("language", languages.default())
    # Any JSON may arrive here: a list or an object (not hashable) is no site language either.
    if not languages.is_site_language(language):
        return None, None, problem(400, "unknown language")
    assignment = assignment_of(request)
    if not assignment.countable:
        return None, None, HttpResponse(status=204)  # DNT, GPC or a bot: never counted
    return language, assignment, None


@csrf_exempt
def beacon(request, slug, kind):
    if request.method != "POST":
        return not_post()
    if not SLUG.match(slug):
        return problem(404, "unknown experiment")
    if not same_site(request):
        return from_another_site()
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
        goal = data.get("goal", (experiment["goals"] or [None])[0])
        if not isinstance(goal, str) or goal not in experiment["goals"]:
            return problem(400, "unknown goal for this experiment")
    language, assignment, answer = counting_visitor(request, data)
    if answer:
        return answer
    # No cookie, or one this site did not sign: never counted. Behind the edge, a visitor it
    # delivered a page to (its vib_bucket cookie) gets a signed id in that bucket now.
    if assignment.counted_id is None:
        return problem(400, "no valid visitor cookie")

    marks = counted_marks(request)
    exposure_mark, mark = f"{slug}:{EXPOSURE}", f"{slug}:{goal}"
    if mark in marks or (goal != EXPOSURE and exposure_mark not in marks):
        return HttpResponse(status=204)  # counted before, or a conversion without exposure
    if not may_count(request, EXPERIMENT_BEACON):
        # Over the limit: answered alike, not counted and not marked, so a later beacon may count.
        return HttpResponse(status=204)
    variant = assignment.arm(experiment)  # the arm the page showed (the same assignment)
    ExperimentCount.add_one(experiment["id"], variant, goal, language)
    response = HttpResponse(status=204)
    if assignment.counted_id != assignment.signed_id:
        set_visitor_cookie(response, assignment.counted_id)
    set_experiment_cookie(
        response, COUNTED_COOKIE, signing.dumps((marks + [mark])[-MAX_MARKS:], salt=COUNTED_SALT, compress=True)
    )
    return response
