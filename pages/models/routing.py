"""Serving a page in few queries: routing by slug, and what one request learns once.

Wagtail (as patched by wagtail-modeltranslation) routes a URL by loading every
child of each page on the way and comparing slugs in Python, so the campaign
overview's 200 children were read to serve one campaign. Here a page looks up
only the children that can carry the slug, and an overview whose children are
all of one type (``route_child_model``) reads the child in its own class at
once, with ``route_select_related`` joined in.

What a request learns while routing is kept on the request and reused:

* the pages the route passed through (the breadcrumb and the view-restriction
  check need exactly those ancestors);
* the home page's children (routing, main menu, footer, help link);
* the site's view restrictions, read once (Wagtail's ``.public()`` reads them
  again for every queryset it filters).
"""

from django.apps import apps
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import PageViewRestriction
from wagtail.url_routing import RouteResult

from .. import languages

__all__ = [
    "RoutingMixin",
    "install_routing",
    "ancestors_from_route",
    "children_of",
    "private_q",
    "is_public",
    "view_restrictions",
]

ROUTE_ANCESTORS = "_vib_route_ancestors"
RESTRICTIONS = "_vib_view_restrictions"
CHILDREN = "_vib_children"


def view_restrictions(request):
    """(restriction id, path of the restricted page) of every view restriction, once per request."""
    if request is None:
        return list(PageViewRestriction.objects.values_list("pk", "page__path"))
    if not hasattr(request, RESTRICTIONS):
        setattr(request, RESTRICTIONS, list(PageViewRestriction.objects.values_list("pk", "page__path")))
    return getattr(request, RESTRICTIONS)


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
    cache = getattr(request, CHILDREN, None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            setattr(request, CHILDREN, cache)
    if page.pk not in cache:
        cache[page.pk] = list(page.get_children())
    return cache[page.pk]


def ancestors_from_route(request, page):
    """The ancestors of ``page`` from the home page down (depth ≥ 2), as the route found them.

    None when the page was not reached by routing this request (a preview, a
    page rendered some other way): the caller then asks the database.
    """
    if request is None:
        return None
    chain = [
        ancestor
        for ancestor in getattr(request, ROUTE_ANCESTORS, [])
        if ancestor.depth < page.depth and page.path.startswith(ancestor.path)
    ]
    if [ancestor.depth for ancestor in chain] != list(range(2, page.depth)):
        return None
    return chain


def _slug_q(slug):
    # Any language column may hold the slug (the active one, or Dutch as its fallback);
    # the exact rule is then applied in Python, as Wagtail's route does.
    q = Q()
    for code in languages.codes():
        q |= Q(**{f"slug_{code}": slug})
    return q


def _specific(page):
    """``page.specific``, with the specific class's ``route_select_related`` joined in."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page
    related = getattr(model, "route_select_related", ())
    if not related:
        return page.specific
    specific = model._default_manager.select_related(*related).get(pk=page.pk)
    for name, value in page.__dict__.items():
        specific.__dict__.setdefault(name, value)
    return specific


class RoutingMixin:
    """Mixed into every public page type (through TranslatedPageMixin), before ``Page``."""

    #: On an overview whose children are all of one type: that model ("app.Model"), read directly.
    route_child_model = None
    #: Related objects the page shows, read with the page when it is served.
    route_select_related = ()

    def route(self, request, path_components):
        """Wagtail's route as wagtail-modeltranslation patches it (slugs in the active language,
        Dutch as the fallback; a routable page's own sub-URLs first), reading fewer rows."""
        self._vib_request = request
        if isinstance(self, RoutablePageMixin) and self.live:
            try:
                path = "/" + "".join(f"{component}/" for component in path_components)
                view, args, kwargs = self.resolve_subpage(path)
                return RouteResult(self, args=(view, args, kwargs))
            except Http404:
                pass
        if not path_components:
            if self.live:
                return RouteResult(self)
            raise Http404
        child = self._route_child(request, path_components[0])
        if child is None:
            raise Http404
        ancestors = getattr(request, ROUTE_ANCESTORS, None)
        if ancestors is None:
            ancestors = []
            setattr(request, ROUTE_ANCESTORS, ancestors)
        ancestors.append(self)
        child._vib_request = request
        return child.route(request, path_components[1:])

    def _route_child(self, request, slug):
        model = apps.get_model(self.route_child_model) if self.route_child_model else None
        if model is not None:
            candidates = model._default_manager.child_of(self).filter(_slug_q(slug)).order_by("path")
            if model.route_select_related:
                candidates = candidates.select_related(*model.route_select_related)
            for child in candidates:
                if child.slug == slug:
                    return child
        if self.depth <= 2:
            # The home page's children are few and the site frame needs them too.
            candidates = children_of(self, request)
        else:
            candidates = self.get_children().filter(_slug_q(slug)).order_by("path")
        for child in candidates:
            if child.slug == slug and not (model is not None and child.specific_class is model):
                return _specific(child)
        return None

    def _get_site_root_paths(self, request=None):
        """The site root paths in the active language, as wagtail-modeltranslation works them out,
        kept per request for each language: its own copy holds one language at a time, so a
        page's URL in both languages (language switcher, hreflang, sitemap) read them afresh
        from the cache for every other URL."""
        from wagtail_modeltranslation.patch_wagtailadmin import _localized_site_get_site_root_paths

        language = translation.get_language()
        holder = request if request is not None else self
        paths = holder.__dict__.setdefault("_vib_site_root_paths", {})
        if language not in paths:
            paths[language] = _localized_site_get_site_root_paths()
        # Where Wagtail (and the patch) expect them too, e.g. the redirects app's signal handler.
        holder._wagtail_cached_site_root_paths_language = language
        holder._wagtail_cached_site_root_paths = paths[language]
        return paths[language]

    def get_view_restrictions(self):
        """Wagtail's check before serving: the same restrictions, found from the routed ancestors
        and the request's list of restrictions instead of two more queries."""
        request = getattr(self, "_vib_request", None)
        ancestors = ancestors_from_route(request, self)
        if ancestors is None or self.alias_of_id or any(page.alias_of_id for page in ancestors):
            return super().get_view_restrictions()
        ids = [pk for pk, path in view_restrictions(request) if self.path.startswith(path)]
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)


def install_routing():
    """wagtail-modeltranslation sets its own ``route`` on every translated page class when it is
    ready (after our models are defined); put ours back. Called from HomeConfig.ready(), which
    runs after wagtail_modeltranslation's (INSTALLED_APPS order)."""
    from wagtail.models import get_page_models

    for model in get_page_models():
        if issubclass(model, RoutingMixin):
            model.route = RoutingMixin.route
            model._get_site_root_paths = RoutingMixin._get_site_root_paths
