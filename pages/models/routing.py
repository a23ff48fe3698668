"""What serving a page learns once per request, and the page-side helpers that use it.

The faster route itself is an upstream workaround (upstream/routing.py);
what it learns is kept in the request's RequestState (core/request_state.py)
and read here:

* the pages the route passed through (the breadcrumb and the view-restriction
  check need exactly those ancestors);
* the home page's children (routing, main menu, footer, help link);
* the site's view restrictions, read once (Wagtail's ``.public()`` reads them
  again for every queryset it filters).
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from core.request_state import state_of

__all__ = [
    "RoutedPageMixin",
    "ancestors_from_route",
    "children_of",
    "private_q",
    "is_public",
    "view_restrictions",
]


def view_restrictions(request):
    """(restriction id, path of the restricted page) of every view restriction, once per request."""
    state = state_of(request)
    if state.view_restrictions is None:
        state.view_restrictions = list(PageViewRestriction.objects.values_list("pk", "page__path"))
    return state.view_restrictions


def private_q(request):
    """The same filter as Wagtail's ``PageQuerySet.private_q()``, from the request's restrictions.

    Use as ``queryset.exclude(private_q(request))`` in place of ``.public()``.
    """
    q = Q()
    for _pk, path in view_restrictions(request):
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


def is_public(page, request):
    return not any(page.path.startswith(path) for _pk, path in view_restrictions(request))


def children_of(page, request):
    """All children of ``page`` (live or not), in tree order, read once per request."""
    children = state_of(request).children
    if page.pk not in children:
        children[page.pk] = list(page.get_children())
    return children[page.pk]


def ancestors_from_route(request, page):
    """The ancestors of ``page`` from the home page down (depth ≥ 2), as the route found them.

    None when the page was not reached by routing this request (a preview, a
    page rendered some other way): the caller then asks the database.
    """
    if request is None:
        return None
    chain = [
        ancestor
        for ancestor in state_of(request).route_ancestors
        if ancestor.depth < page.depth and page.path.startswith(ancestor.path)
    ]
    if [ancestor.depth for ancestor in chain] != list(range(2, page.depth)):
        return None
    return chain


class RoutedPageMixin:
    """Mixed into every public page type (through TranslatedPageMixin), before ``Page``."""

    #: The request whose routing reached this page (set by the route, upstream/routing.py);
    #: None for a page found any other way. Wagtail asks a page for its view restrictions
    #: without the request, so the page carries it.
    routed_request = None

    def get_view_restrictions(self):
        """Wagtail's check before serving: the same restrictions, found from the routed ancestors
        and the request's list of restrictions instead of two more queries."""
        request = self.routed_request
        ancestors = ancestors_from_route(request, self)
        if ancestors is None or self.alias_of_id or any(page.alias_of_id for page in ancestors):
            return super().get_view_restrictions()
        ids = [pk for pk, path in view_restrictions(request) if self.path.startswith(path)]
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)
