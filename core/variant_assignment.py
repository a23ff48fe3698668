"""The one thing core knows about A/B tests: the request's variant assignment, as an interface.

The page cache (core/page_cache.py) keeps one copy of a page per combination of
variants it shows, and the fragment cache (core/fragment_cache.py) keys the parts
of a page the same way; neither may import the app that runs experiments
(messaging). So core defines what it needs here, ``VariantAssignment``, and the
experiments app registers its implementation at start-up
(``register_assignment``, from messaging/apps.py). Without one registered, every
request gets this base class: a site without experiments, the same page for
everyone.

One assignment per request, made on first use and kept on the request state
(``assignment_of(request)``): the page cache makes it on a hit (from the request
alone: no session, no database), the experiments middleware on a rendered page,
a beacon for itself. Whoever reads it gets the same object, so the page, both
caches, the edge headers and every beacon agree on the arm.

A *manifest* is the plain data of the experiments a page shows: a list of
``(slug, salt, keys, weights)``, stored with a cached page so a later request
can work out its own variants without rendering (``variant_key(manifest)``).
"""

from core.request_state import state_of

__all__ = ["VariantAssignment", "assignment_of", "assignment_class", "register_assignment"]


class VariantAssignment:
    """What the caches need of the request's assignment. This base: no experiments at all."""

    #: cookies the assignment may set on a page; a response setting only these may still be cached
    #: (they are the visitor's own: never stored, set afresh on a hit by ``mark``)
    cookie_names = ()

    def __init__(self, request):
        #: the experiments the page of this request shows (a manifest), fixed before it renders
        self.page_experiments = ()
        #: those of them shown inside the page's content parts (its modules), which the fragment
        #: cache keeps: only these make a kept part differ from one arm to another
        self.content_part_experiments = ()

    def variant_key(self, manifest=None):
        """The variants this request sees of ``manifest`` (default: this page's), as a cache-key part
        ("slug=variant;…"); "" when there are none, so a page without experiments has one key."""
        return ""

    def manifest(self):
        """This page's experiments as plain, picklable data, to keep with the cached copy."""
        return [tuple(item) for item in self.page_experiments]

    def mark(self, response, manifest=None):
        """What a response of a page with ``manifest``'s experiments needs for this visitor alone
        (e.g. a new visitor's cookie); never stored in a cache."""


_registered = VariantAssignment


def register_assignment(factory):
    """Installs the site's assignment: a VariantAssignment subclass, made with the request."""
    global _registered
    _registered = factory


def assignment_class():
    return _registered


def assignment_of(request):
    """The request's one assignment, made on first use (the same object for everyone after)."""
    state = state_of(request)
    if state.assignment is None:
        state.assignment = _registered(request)
    return state.assignment
