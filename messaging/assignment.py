"""Which variant a visitor sees: deterministic, from a random first-party id.

The visitor cookie is ``<id>:<signature>``: 32 random hex digits (the id) and
Django's Signer signature of them (HMAC-SHA256 with SECRET_KEY, salt
"messaging.visitor", 43 base64url characters), 76 cookie-safe characters in
all. It is set only on pages that show a running experiment. Only an id this
site signed is a visitor: a made-up, unsigned, tampered or foreign-key cookie
is no cookie (a page gives such a visitor a fresh id; a beacon refuses it), so
nobody can inflate the counts by inventing ids. Old keys in
SECRET_KEY_FALLBACKS still verify, so rotating the key keeps the visitors.

The arm is a function of the id alone and the experiment's salt:
sha256(salt:id) → a number in [0, 1) → the arm whose share of the traffic
split contains it. The same visitor keeps the same arm on every page and in
every worker, and the server can recompute it from the cookie, so a beacon
cannot choose its arm.

Visitors who send Do Not Track (DNT: 1) or Global Privacy Control
(Sec-GPC: 1), and bots, get the control and are never counted; no cookie is
set for them.
"""

import hashlib
import re
import secrets
from bisect import bisect_right
from itertools import accumulate

from django.conf import settings
from django.core import signing

from campaign.request_state import state_of

VISITOR_COOKIE = "vib_visitor"
VISITOR_SALT = "messaging.visitor"  # its own salt: no other signed value of the site passes as a visitor
# The whole cookie, checked before the HMAC, so garbage of any size or alphabet is refused cheaply.
# \Z, not $: "$" also matches before a trailing newline, which a quoted cookie ("...\012") can carry.
SIGNED_VISITOR = re.compile(r"\A[0-9a-f]{32}:[A-Za-z0-9_-]{43}\Z")
VISITOR_COOKIE_AGE = 180 * 24 * 60 * 60  # half a year; the privacy page says so

# Crawlers, link previews, monitors and command-line clients. A visitor without
# a user agent is treated as a bot as well.
BOT_PATTERN = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|preview|facebookexternalhit|embedly|whatsapp|lighthouse|"
    r"pingdom|uptime|monitor|curl/|wget/|python-|httpx|go-http-client|java/|libwww|okhttp|headless-?shell",
    re.IGNORECASE,
)


def visitor_signer():
    # Built per call: it reads SECRET_KEY (and its fallbacks) now, not at import.
    return signing.Signer(salt=VISITOR_SALT, algorithm="sha256")


def issue_visitor_id():
    """A new visitor id: 128 random bits as 32 hex digits, the part the arm is computed from."""
    return secrets.token_hex(16)


def signed_visitor_cookie(visitor_id):
    """The ``vib_visitor`` value for an id: ``<id>:<signature>``. The one place ids are signed."""
    return visitor_signer().sign(visitor_id)


def visitor_id_from_cookie(value):
    """The id of a cookie this site signed, or None: missing, malformed, unsigned, tampered, another key."""
    if not SIGNED_VISITOR.match(value or ""):
        return None
    try:
        return visitor_signer().unsign(value)
    except signing.BadSignature:
        return None


def opted_out(request):
    return request.META.get("HTTP_DNT") == "1" or request.META.get("HTTP_SEC_GPC") == "1"


def is_bot(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    return not agent.strip() or bool(BOT_PATTERN.search(agent))


def bucket(visitor_id, salt):
    """A number in [0, 1), the same for the same id and salt everywhere."""
    digest = hashlib.sha256(f"{salt}:{visitor_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def arm_for(visitor_id, salt, keys, weights):
    """The arm whose share of the split contains this visitor's bucket."""
    total = float(sum(weights))
    edges = [edge / total for edge in accumulate(weights)]
    index = bisect_right(edges, bucket(visitor_id, salt))
    return keys[min(index, len(keys) - 1)]


class Visitor:
    """What the request knows about its visitor for experiments: ``state_of(request).visitor``."""

    def __init__(self, request):
        self.countable = not (opted_out(request) or is_bot(request))
        #: the random id of a cookie this site signed; None for no, or a forged, cookie
        self.id = visitor_id_from_cookie(request.COOKIES.get(VISITOR_COOKIE, ""))
        self.is_new = False
        #: slug → (salt, keys, weights, shown variant) of the experiments the page rendered
        self.used = {}

    def ensure_id(self):
        if self.countable and self.id is None:
            self.id = issue_visitor_id()
            self.is_new = True
        return self.id

    def arm(self, slug, salt, keys, weights):
        """The variant this visitor sees; the control (first arm) when not counted."""
        if not self.countable:
            variant = keys[0]
        else:
            variant = arm_for(self.ensure_id(), salt, keys, weights)
        self.used[slug] = (salt, list(keys), list(weights), variant)
        return variant

    def signature(self, manifest):
        """The variants this visitor sees for the experiments of a cached page, as a cache-key part."""
        parts = []
        for slug, salt, keys, weights in manifest:
            if not self.countable:
                parts.append(f"{slug}={keys[0]}")
            else:
                parts.append(f"{slug}={arm_for(self.ensure_id(), salt, keys, weights)}")
        return ";".join(parts)


def set_experiment_cookie(response, name, value):
    """The A/B cookies: first-party, half a year, not readable by scripts, not sent cross-site."""
    response.set_cookie(
        name,
        value,
        max_age=VISITOR_COOKIE_AGE,
        secure=getattr(settings, "SESSION_COOKIE_SECURE", False),
        httponly=True,
        samesite="Lax",
    )


def set_visitor_cookie(response, visitor):
    set_experiment_cookie(response, VISITOR_COOKIE, signed_visitor_cookie(visitor.id))


class VisitorMiddleware:
    """Gives the request its Visitor (campaign/request_state.py); gives a new visitor the cookie once a
    page used an experiment."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        visitor = state_of(request).visitor = Visitor(request)
        response = self.get_response(request)
        if visitor.is_new and visitor.id and (visitor.used or getattr(response, "ab_used", None)):
            set_visitor_cookie(response, visitor)
        return response
