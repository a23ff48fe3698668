"""What one request learns once and uses again, kept in one object: ``state_of(request)``.

Serving a page reads the pages on the route and the home page's children; the
site frame needs them again (menu, footer, breadcrumb, help link), Wagtail's
view-restriction check needs the site's restrictions, and every URL built in
either language needs the site root paths in that language. Each is read at
most once per request and kept here, named, instead of in attributes strewn
over the request. The request's A/B assignment (core/variant_assignment.py, made
by messaging/assignment.py) lives here too: made once, before anything renders,
and only read after that by the templates, both caches, the edge headers and
the beacons.

RequestStateMiddleware, first after SecurityMiddleware, gives every request a
fresh state as ``request.state``. A request that did not pass through it (RequestFactory in tests, a
page rendered by a command) gets one on first use.
"""

__all__ = ["RequestState", "RequestStateMiddleware", "state_of"]


class RequestState:
    """Everything this site keeps for the length of one request."""

    def __init__(self):
        #: the pages the route passed through, from the home page down (pages/models/routing.py)
        self.route_ancestors = []
        #: (restriction id, path of the restricted page) of every view restriction; None until read
        self.view_restrictions = None
        #: page id → that page's children, live or not, in tree order
        self.children = {}
        #: the help page's URL for the header's "Need help?" link; None until looked up
        self.help_page_url = None
        #: the "get images offline" route's URL (a child of the help page); None until looked up
        self.offline_route_url = None
        #: language code → the site root paths in that language (upstream/modeltranslation_quirks.py)
        self.site_root_paths = {}
        #: the request's A/B assignment (core.variant_assignment.VariantAssignment); None until
        #: ``assignment_of(request)`` first makes it
        self.assignment = None
        #: slot id → variant key chosen in a preview mode (messaging/preview.py); a preview shows these
        #: (or each slot's default) and never assigns or counts the visitor
        self.preview_variants = {}
        #: (address, record key, version) of a page the page cache missed and stores once it is sent
        #: (core/page_cache.py); None when the response is not to be stored
        self.page_cache_plan = None
        #: the page cache's content version, read once (core/fragment_cache.py); None until read
        self.content_version = None
        #: the site frame's kept parts, read together on first use (core/fragment_cache.py); None until read
        self.frame_parts = None


def state_of(request):
    """The request's RequestState, made on first use; a throwaway one for ``request=None``."""
    if request is None:
        return RequestState()
    state = getattr(request, "state", None)
    if not isinstance(state, RequestState):
        state = request.state = RequestState()
    return state


class RequestStateMiddleware:
    """Gives each request its own RequestState before any other part of the site reads one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.state = RequestState()
        return self.get_response(request)
