"""The reach beacon: POST /api/reach, body {"page": <id>, "event": "view", "audience": …, "language": …,
"referrer": …, "utm_source": …, "utm_medium": …, "utm_campaign": …}.

Sent by js/site.js with navigator.sendBeacon after a page has rendered (so a
page served from the cache counts too) and when a visitor uses a helpline link,
downloads a lesson or presses the quick exit. It adds 1 to one aggregate row
(reach/models.py); nothing about the visitor is kept: no cookie is read or set,
and the referrer is reduced to a category first (reach/sources.py). A view of a
help page also counts as "help page reached" (decided here, from the page's type).

Answers, as the A/B beacons (messaging/api.py; the common checks are core/beacons.py): 204 counted or deliberately not
counted (DNT/GPC/bot, or a sender over the limit per sender: reach/beacon_limit.py); 400 malformed
body, unknown page, event, audience or language; 403 from another site; 405 not POST; 413 body over
1 kB; 415 not JSON. Never a 5xx for anything a client sends.
"""

from dataclasses import dataclass

from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from core import languages
from core.beacon_count import STALE, Count, count_beacon, prepared
from core.beacons import beacon_body, problem
from core.buffered_counting import redis_buffer
from core.countable import is_countable
from pages.audiences import AUDIENCES

from .lookup import remembered_facts, site_facts
from .models import EVENTS, HELP_PAGE_REACHED, REACH_BEACON, VIEW, ReachCount, RefusedBeaconCount
from .sources import source_of

#: What a page may say; "help page reached" is decided here from the page's type.
BEACON_EVENTS = EVENTS - {HELP_PAGE_REACHED}
#: The help-seeking a page sends itself: a helpline's phone, chat or website link.
HELP_SEEKING_EVENTS = {"helpline_call", "helpline_chat", "helpline_website"}


def _page_id(value):
    """A page id a database can hold, or None."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 2**31:
        return None
    return value


@csrf_exempt
def reach_beacon(request):
    return _answer(request)


@dataclass(frozen=True)
class ToCount:
    """A beacon judged from memory whose count is still to be sent (core/beacon_batch.py)."""

    count: Count

    def answer(self, result):
        """The answer once the count is back: None when it was STALE (reach_beacon() answers then)."""
        return None if result == STALE else HttpResponse(status=204)


def answer_from_memory(request, buffer):
    """The answer to a reach beacon from this worker's memory, a ToCount (answer it once its count is
    back from Redis), or None when it needs more (facts not remembered, a cell Redis cannot hold):
    then reach_beacon() answers it. The beacon pool's fast path (campaign/beacon_asgi.py), which must
    not wait on the database; ``buffer``: the Redis cache it counts in."""
    return _answer(request, buffer)


def _answer(request, buffer=None):
    data, error = beacon_body(request)
    if error:
        return error
    event = data.get("event", VIEW)
    if not isinstance(event, str) or event not in BEACON_EVENTS:
        return problem(400, "unknown event")
    audience = data.get("audience") or ""
    if not isinstance(audience, str) or (audience and audience not in AUDIENCES):
        return problem(400, "unknown audience")
    language = data.get("language")
    if not languages.is_site_language(language):
        return problem(400, "unknown language")
    if not is_countable(request):
        return HttpResponse(status=204)  # DNT, GPC or a bot: never counted
    if not languages.is_public(language):
        return HttpResponse(status=204)  # a language only editors read yet: not the public's reach
    page_id = _page_id(data.get("page"))
    if page_id is None:
        return problem(400, "unknown page")
    # First on the facts this worker remembers, checked against the content version in the count's
    # own round trip (core/beacon_count.py); when they are out of date, on facts read afresh.
    remembered = remembered_facts(page_id) if (buffer or redis_buffer()) is not None else None
    if remembered is not None:
        version, page, listed = remembered
        answer = _count(request, data, page_id, page, listed, event, audience, language, version, buffer)
        if answer is not None:
            return answer
    if buffer is not None:
        return None  # the fast path reads no facts: the view does
    page, listed = site_facts(page_id)  # from the cache when warm (reach/lookup.py)
    return _count(request, data, page_id, page, listed, event, audience, language)


def _count(request, data, page_id, page, listed, event, audience, language, version=None, buffer=None):
    """The answer to a beacon judged on these facts, or None: ``version`` is no longer current."""
    if page is None:
        return problem(400, "unknown page")
    if event in HELP_SEEKING_EVENTS and page.get("hides_help_seeking"):
        # site.js sends none from such a page; one that arrives anyway is not counted either, so no
        # report names the page as where help was sought (docs/prevention.md).
        return HttpResponse(status=204)
    cell = {
        "day": timezone.localdate(),
        "page": page_id,
        "audience": audience,
        "language": language,
        **source_of(data, split_domain_port(request.get_host())[0], listed),
    }
    counts = [(ReachCount, {**cell, "event": event})]
    if event == VIEW and page["help"]:
        counts.append((ReachCount, {**cell, "event": HELP_PAGE_REACHED}))
    # Over the limit per sender (core/sender_limit.py) it is answered alike and only counted as refused.
    refused = (RefusedBeaconCount, {"day": cell["day"], "kind": REACH_BEACON})
    if buffer is not None:  # the beacon pool's fast path sends the count with others (core/beacon_batch.py)
        count = prepared(request, counts, refused, version, buffer)
        return None if count is None else ToCount(count)
    if count_beacon(request, counts, refused, version) == STALE:
        return None
    return HttpResponse(status=204)
