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
(Sec-GPC: 1), and bots (core/countable.py), get the control and are never
counted; no cookie is set for them.

Behind the Varnish edge (deploy/varnish/default.vcl) the edge assigns the
bucket: a number 0–255 from the signed cookie's id (the same hash as here,
edge_bucket_of_id), from its own ``vib_bucket`` cookie, or drawn at random for a
new visitor; "none" for DNT/GPC/bots. It sends it as ``X-VIB-Bucket`` together
with the shared secret ``X-VIB-Edge`` (EDGE_SHARED_SECRET); only then is the
bucket believed (edge_bucket). The arm is then a function of the bucket
(arm_for_bucket), so the edge can keep one copy per bucket instead of one per
visitor, and pages that used an experiment say so (declare_experiments:
``X-VIB-Experiments`` and ``Vary: X-VIB-Bucket``, never ``Vary: Cookie``).
Without the secret header everything works exactly as before.

All of this is read through one object per request, ExperimentAssignment
(``assignment_of(request)``, core/variant_assignment.py, registered in
messaging/apps.py): it fixes the arm of every running experiment before the
page renders, and the page (message_for), the page and fragment caches, the
edge headers and every beacon read it. Which experiments a page shows comes
from the page's content (page_experiments.experiments_on_page), set by
ExperimentAssignmentMiddleware before the template renders.
"""

import hashlib
import hmac
import re
import secrets
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from django.conf import settings
from django.core import signing
from django.utils.cache import patch_vary_headers
from django.utils.functional import cached_property
from wagtail.models import Page

from core.countable import is_countable
from core.variant_assignment import VariantAssignment, assignment_of
from pages.models.warning import EMBED_ATTRIBUTE

from .page_experiments import experiments_on_page

VISITOR_COOKIE = "vib_visitor"
VISITOR_SALT = "messaging.visitor"  # its own salt: no other signed value of the site passes as a visitor
# The whole cookie, checked before the HMAC, so garbage of any size or alphabet is refused cheaply.
# \Z, not $: "$" also matches before a trailing newline, which a quoted cookie ("...\012") can carry.
SIGNED_VISITOR = re.compile(r"\A[0-9a-f]{32}:[A-Za-z0-9_-]{43}\Z")
VISITOR_COOKIE_AGE = 180 * 24 * 60 * 60  # half a year; the privacy page says so


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


# -- the edge (deploy/varnish/default.vcl) ----------------------------------------------------

EDGE_BUCKETS = 256  # the edge keeps at most this many copies of a page with a running experiment
EDGE_BUCKET_HEADER = "HTTP_X_VIB_BUCKET"  # "0".."255" or "none"
EDGE_SOURCE_HEADER = "HTTP_X_VIB_BUCKET_SOURCE"  # "visitor" (signed cookie), "cookie" (vib_bucket), "new"
EDGE_SECRET_HEADER = "HTTP_X_VIB_EDGE"  # the shared secret the VCL sets; visitors' copies are dropped there
EXPERIMENTS_HEADER = "X-VIB-Experiments"  # on a page that used a running experiment: its slugs
EDGE_BUCKET_RESPONSE_VARY = "X-VIB-Bucket"
EDGE_BUCKET_PATTERN = re.compile(r"\A(?:none|[0-9]{1,3})\Z")


class EdgeBucket(NamedTuple):
    #: 0..EDGE_BUCKETS-1, or None: the edge shows this visitor the control (DNT, GPC, a bot)
    number: object
    #: where the edge took it from: "visitor", "cookie", "new" (drawn just now) or "none"
    source: str


def edge_bucket(request):
    """The bucket the trusted edge assigned, or None when the request did not come through it.

    Trusted only with the shared secret (settings.EDGE_SHARED_SECRET, compared in constant
    time); without that setting the header is never read, so the site works as without an edge.
    """
    secret = getattr(settings, "EDGE_SHARED_SECRET", "")
    sent = request.META.get(EDGE_SECRET_HEADER, "")
    if not secret or not sent or not hmac.compare_digest(sent.encode(), secret.encode()):
        return None
    value = request.META.get(EDGE_BUCKET_HEADER, "").strip()
    if not EDGE_BUCKET_PATTERN.match(value):
        return None
    if value == "none":
        return EdgeBucket(None, "none")
    number = int(value)
    if number >= EDGE_BUCKETS:
        return None
    return EdgeBucket(number, request.META.get(EDGE_SOURCE_HEADER, "new"))


def edge_bucket_of_id(visitor_id):
    """The bucket the edge computes from a signed cookie's id: Varnish's directors.shard().key(id)
    (the last four bytes of SHA-256, little-endian) modulo EDGE_BUCKETS. tests/edge/ check it
    against varnishd itself."""
    digest = hashlib.sha256(visitor_id.encode()).digest()
    return int.from_bytes(digest[28:32], "little") % EDGE_BUCKETS


def issue_visitor_id_in_bucket(number):
    """A new random id whose edge bucket is ``number`` (about EDGE_BUCKETS tries of SHA-256), so a
    visitor keeps the arm the edge gave them once the beacon has issued their signed cookie."""
    for _ in range(EDGE_BUCKETS * 200):
        visitor_id = issue_visitor_id()
        if edge_bucket_of_id(visitor_id) == number:
            return visitor_id
    raise RuntimeError("no visitor id found for an edge bucket")  # (255/256)^51200: never


@lru_cache(maxsize=128)
def _bucket_positions(salt):
    """Each bucket's place in this experiment's own shuffle of the buckets (sha256(salt:bucket))."""
    order = sorted(range(EDGE_BUCKETS), key=lambda n: hashlib.sha256(f"{salt}:bucket:{n}".encode()).digest())
    return {number: place for place, number in enumerate(order)}


def arm_for_bucket(number, salt, keys, weights):
    """The arm of an edge bucket: the buckets shuffled per experiment, then split by the weights, so
    each arm gets its share of buckets to within 1/256 and experiments are not aligned."""
    total = float(sum(weights))
    edges = [edge / total for edge in accumulate(weights)]
    point = (_bucket_positions(salt)[number] + 0.5) / EDGE_BUCKETS
    index = bisect_right(edges, point)
    return keys[min(index, len(keys) - 1)]


def declare_experiments(response, slugs):
    """A page that showed a running experiment says so, for the edge: its slugs, and Vary on the
    edge's bucket header (one copy per bucket at the edge; never Vary: Cookie)."""
    if not slugs:
        return
    response[EXPERIMENTS_HEADER] = " ".join(sorted(slugs))
    patch_vary_headers(response, [EDGE_BUCKET_RESPONSE_VARY])


class ExperimentAssignment(VariantAssignment):
    """The request's A/B assignment: which arm of every running experiment this request sees.

    Made once per request (``assignment_of(request)``, core/variant_assignment.py) from the
    request alone: whether the visitor may be counted (core/countable.py), the id of a signed
    visitor cookie, the trusted edge's bucket. Those fix the arm of every running experiment
    (``arm``) before anything renders; nothing changes them later.
    The page's experiments (``page_experiments``, the manifest) are worked out from the page's
    content (``experiments_on_page``) by the middleware before the template renders. Templates
    (message_for), both caches, the edge headers and every beacon read this object; none of them
    decides an arm of its own, so each count lands on the arm the page showed.
    """

    cookie_names = (VISITOR_COOKIE,)

    def __init__(self, request):
        super().__init__(request)
        self.countable = is_countable(request)
        #: the random id of a cookie this site signed; None for no, or a forged, cookie
        self.signed_id = visitor_id_from_cookie(request.COOKIES.get(VISITOR_COOKIE, ""))
        #: the bucket the trusted edge assigned (EdgeBucket), or None without the edge
        self.edge = edge_bucket(request)
        # A new countable visitor off the edge gets its id now (set as a cookie only on a page with
        # an experiment); behind the edge the bucket decides and a new visitor has no id.
        self.id = self.signed_id
        if self.id is None and self.countable and self.edge is None:
            self.id = issue_visitor_id()

    @property
    def is_new(self):
        """Whether the id the arms come from is not yet in the visitor's cookie."""
        return self.id is not None and self.id != self.signed_id

    def arm(self, experiment):
        """The arm this request sees in a running experiment (messaging/running.py's data, or a
        manifest's). Behind the edge the bucket's arm (the edge's copy for that bucket must be
        right for everyone in it); otherwise the id's, and the control when not counted."""
        salt, keys, weights = experiment["salt"], experiment["keys"], experiment["weights"]
        if self.edge is not None:
            return keys[0] if self.edge.number is None else arm_for_bucket(self.edge.number, salt, keys, weights)
        if not self.countable or self.id is None:
            return keys[0]
        return arm_for(self.id, salt, keys, weights)

    def shown_arm(self, experiment):
        """The arm a message slot shows of a running experiment: its arm when this page shows the
        experiment, None when it does not (the slot then shows its default and counts nothing)."""
        if experiment["slug"] not in {slug for slug, *_rest in self.page_experiments}:
            return None
        return self.arm(experiment)

    def variant_key(self, manifest=None):
        manifest = self.page_experiments if manifest is None else manifest
        return ";".join(
            f"{slug}={self.arm({'salt': salt, 'keys': keys, 'weights': weights})}"
            for slug, salt, keys, weights in manifest
        )

    def mark(self, response, manifest=None):
        """A new visitor on a page with an experiment gets the signed cookie of its id."""
        manifest = self.page_experiments if manifest is None else manifest
        if manifest and self.is_new:
            set_visitor_cookie(response, self.id)

    @cached_property
    def counted_id(self):
        """The id a beacon counts: the signed cookie's; behind the edge, for a visitor the edge
        delivered a page to (its vib_bucket cookie), a new id in that bucket, to be set as the cookie."""
        if self.signed_id is None and self.edge is not None and self.edge.number is not None:
            if self.edge.source == "cookie":
                return issue_visitor_id_in_bucket(self.edge.number)
        return self.signed_id


def manifest_entry(experiment):
    """One experiment of a manifest (core/variant_assignment.py): what picks its arm, nothing else."""
    return (experiment["slug"], experiment["salt"], list(experiment["keys"]), list(experiment["weights"]))


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


def set_visitor_cookie(response, visitor_id):
    set_experiment_cookie(response, VISITOR_COOKIE, signed_visitor_cookie(visitor_id))


class ExperimentAssignmentMiddleware:
    """Gives a rendered page its experiments: works out which running experiments the page shows
    from its content before the template renders (process_template_response), then sets a new
    visitor's cookie and the edge headers when it shows one. A cached page is answered before this
    middleware (core/page_cache.py) and reads the same assignment."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        assignment = assignment_of(request)
        response = self.get_response(request)
        if assignment.page_experiments:
            assignment.mark(response)
            declare_experiments(response, [slug for slug, *_rest in assignment.page_experiments])
        return response

    def process_template_response(self, request, response):
        context = response.context_data or {}
        page = context.get("page")
        # The partner warning's embed is framed by other sites: it shows the default, sets no cookie.
        embed = getattr(request, EMBED_ATTRIBUTE, False)
        if isinstance(page, Page) and not getattr(request, "is_preview", False) and not embed:
            shown = experiments_on_page(request, page, context.get("audience"))
            assignment = assignment_of(request)
            assignment.page_experiments = tuple(manifest_entry(experiment) for experiment, _in_module in shown)
            assignment.content_part_experiments = tuple(
                manifest_entry(experiment) for experiment, in_module in shown if in_module
            )
        return response
