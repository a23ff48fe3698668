"""The guardrail beacon: POST /api/ab/guardrail, body {"event": "quick_exit", "language": "nl", "page": <id>}.

Sent by js/site.js (with navigator.sendBeacon, so leaving is never slowed) next to the reach beacon
when a visitor presses the quick exit, uses a helpline link, downloads a lesson or reaches the help
page. It adds 1, per experiment the visitor has seen, to the count of the visitor's own arm
(GuardrailCount), so the results can say whether a variant makes more people leave or fewer find help.

Nothing in the body names an experiment or a variant (any such key is ignored). The server takes:
- the experiments from the visitor's signed ``vib_ab`` cookie: only those it marked as shown
  ("<slug>:exposure", set by the exposure beacon) and still running today;
- the arm the visitor saw: the request's ExperimentAssignment (messaging/assignment.py), the one
  decision the page and the exposure and conversion beacons read (the signed ``vib_visitor`` id;
  behind the edge, its trusted bucket).
So a visitor counts only for an experiment it was counted as having seen, only in its own arm, and
once per experiment and event (remembered in ``vib_ab``, as the goals are). A help-page visit counts
whenever it comes after the exposure while the experiment runs, on any page or in any tab: the
server checks that ``page`` is a live help page. No other identifier is used or stored.

Answers: 204 counted, nothing to count (no experiment seen, already counted), or deliberately not
counted (DNT/GPC/bot, a sender over the limit per sender: reach/beacon_limit.py); 400 malformed
body, unknown event or language, help_page on a page that is not the help page, or a visitor cookie
this site did not sign; 403 from another site; 405 not POST; 413 body over 1 kB; 415 not JSON.
Never a 5xx for anything a client sends.
"""

from django.core import signing
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page

from core.beacons import beacon_body, problem
from reach.beacon_limit import may_count
from reach.models import GUARDRAIL_BEACON

from .api import COUNTED_COOKIE, COUNTED_SALT, MAX_MARKS, counted_marks, counting_visitor
from .assignment import VISITOR_COOKIE, set_experiment_cookie
from .models import GuardrailCount
from .models.counters import EXPOSURE, GUARDRAIL_EVENTS, HELP_EVENTS, HELP_SEEKING
from .running import running_experiments

HELP_PAGE = "help_page"
HELP_PAGE_MODEL = ("pages", "helppage")


def is_live_help_page(value):
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**31:
        return False
    kind = Page.objects.filter(pk=value, live=True).values_list("content_type__app_label", "content_type__model")
    return kind.first() == HELP_PAGE_MODEL


def rows_for(event):
    """The counters one event adds to: itself, and 'help_seeking' for any kind of help."""
    return (event, HELP_SEEKING) if event in HELP_EVENTS else (event,)


@csrf_exempt
def guardrail_beacon(request):
    data, error = beacon_body(request)
    if error:
        return error
    event = data.get("event")
    if not isinstance(event, str) or event not in GUARDRAIL_EVENTS:
        return problem(400, "unknown event")
    language, assignment, answer = counting_visitor(request, data)
    if answer:
        return answer
    if assignment.signed_id is None:
        if request.COOKIES.get(VISITOR_COOKIE):
            return problem(400, "no valid visitor cookie")
        return HttpResponse(status=204)  # never saw an experiment: nothing to count
    if event == HELP_PAGE and not is_live_help_page(data.get("page")):
        return problem(400, "help_page is sent from the help page only")

    marks = counted_marks(request)
    seen = {mark.removesuffix(f":{EXPOSURE}") for mark in marks if mark.endswith(f":{EXPOSURE}")}
    to_count = {}  # mark: (experiment id, variant, row)
    for slug, experiment in running_experiments().items():
        if slug not in seen:
            continue
        variant = assignment.arm(experiment)  # the arm the page showed, as the exposure beacon counts it
        for row in rows_for(event):
            if f"{slug}:{row}" not in marks:
                to_count[f"{slug}:{row}"] = (experiment["id"], variant, row)
    # One beacon is one against the limit, whatever number of rows it adds to; one with nothing left
    # to count does not ask. Over the limit: answered alike, not counted and not marked.
    if to_count and not may_count(request, GUARDRAIL_BEACON):
        return HttpResponse(status=204)
    for experiment_id, variant, row in to_count.values():
        GuardrailCount.add_one(experiment_id, variant, row, language)
    new_marks = list(to_count)
    response = HttpResponse(status=204)
    if new_marks:
        kept = (marks + new_marks)[-MAX_MARKS:]
        set_experiment_cookie(response, COUNTED_COOKIE, signing.dumps(kept, salt=COUNTED_SALT, compress=True))
    return response
