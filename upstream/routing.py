"""Workaround: route a URL by querying for the slug, not by reading every child page.

Why. Wagtail's own ``Page.route`` asks the database for the one child with the
slug. wagtail-modeltranslation replaces ``route`` on every translated page class
with its ``_new_route`` (slugs in the active language, Dutch as the fallback),
which reads *all* children of each page on the way and compares slugs in Python,
then reads the match again as ``.specific``: the campaign overview's 200 children
were read to serve one campaign. ``RoutingMixin.route`` keeps modeltranslation's
rules (the same fallback, a routable page's own sub-URLs first) and reads only
the children that can carry the slug; an overview whose children are all of one
type (``route_child_model``) reads the child in its own class at once, with
``route_select_related`` joined in. The pages on the way are kept in the
request's RequestState, for the breadcrumb and the view-restriction check.

It is mixed into the page types that have children (home, the section overviews,
standard pages). Leaf pages keep modeltranslation's route: with nothing left of
the path it reads nothing.

Upstream. wagtail-modeltranslation assigns its methods over those a page class
defines itself, so an overriding ``route`` is lost when it is ready:
infoportugal/wagtail-modeltranslation#92 ("Override Page.move, not a subclassed
move method", closed unmerged) describes the same overwrite for ``move``; the
routable-page handling its ``_new_route`` copies came with #119. ``install()``
therefore puts this route back after modeltranslation's patching (and refuses
to start when that has not happened yet).

Tested with wagtail 8.0.x and wagtail-modeltranslation 0.16.x (checked in
``install()``). What it needs of the project (the language codes, the request's
state, a page's children read once per request) is handed to ``install()`` by
pages/apps.py: this package imports no project code. Delete this module, and
``RoutingMixin`` from the page classes, when wagtail-modeltranslation routes by
a slug query (or no longer replaces ``route``): tests/pages/test_query_bounds.py
then still passes without it.
"""

from dataclasses import dataclass

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q
from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models
from wagtail.url_routing import RouteResult

from . import require_tested_versions
from .modeltranslation_quirks import require_modeltranslation_patched

__all__ = ["ProjectParts", "RoutingMixin", "install"]

TESTED = {"wagtail": ">=8.0,<8.1", "wagtail-modeltranslation": ">=0.16,<0.17"}


@dataclass(frozen=True)
class ProjectParts:
    """What the route needs of the project, handed to ``install()``."""

    #: () → the site's language codes, each a ``slug_<code>`` column
    language_codes: object
    #: request → its per-request state, with a ``route_ancestors`` list
    state_of: object
    #: (page, request) → the page's children (live or not) in tree order, read once per request
    children_of: object


#: Set by ``install()``.
project = None


def project_parts():
    if project is None:
        raise ImproperlyConfigured("upstream.routing.install() was not called (PagesConfig.ready() calls it).")
    return project


def slug_q(slug):
    # Any language column may hold the slug (the active one, or Dutch as its fallback);
    # the exact rule is then applied in Python, as modeltranslation's route does.
    q = Q()
    for code in project_parts().language_codes():
        q |= Q(**{f"slug_{code}": slug})
    return q


def specific_for_route(page):
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
    """Mixed into the page types that have children, before ``Page``."""

    #: On an overview whose children are all of one type: that model ("app.Model"), read directly.
    #: (A child page type names the related objects it shows in ``route_select_related``.)
    route_child_model = None

    def route(self, request, path_components):
        """Wagtail's route as wagtail-modeltranslation patches it (slugs in the active language,
        Dutch as the fallback; a routable page's own sub-URLs first), reading fewer rows."""
        self.routed_request = request
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
        child = self.route_child(request, path_components[0])
        if child is None:
            raise Http404
        project_parts().state_of(request).route_ancestors.append(self)
        child.routed_request = request
        return child.route(request, path_components[1:])

    def route_child(self, request, slug):
        """The child whose slug (in the active language, or its Dutch fallback) is ``slug``, or None."""
        model = apps.get_model(self.route_child_model) if self.route_child_model else None
        if model is not None:
            candidates = model._default_manager.child_of(self).filter(slug_q(slug)).order_by("path")
            related = getattr(model, "route_select_related", ())
            if related:
                candidates = candidates.select_related(*related)
            for child in candidates:
                if child.slug == slug:
                    return child
        if self.depth <= 2:
            # The home page's children are few and the site frame needs them too.
            candidates = project_parts().children_of(self, request)
        else:
            candidates = self.get_children().filter(slug_q(slug)).order_by("path")
        for child in candidates:
            if child.slug == slug and not (model is not None and child.specific_class is model):
                return specific_for_route(child)
        return None


def install(*, language_codes, state_of, children_of):
    """Put ``RoutingMixin.route`` back on every page class that mixes it in: wagtail-modeltranslation
    set its own ``route`` on each translated class when it was ready. Called from PagesConfig.ready(),
    with the project's parts the route uses (``ProjectParts``)."""
    global project
    require_tested_versions(TESTED)
    require_modeltranslation_patched()
    project = ProjectParts(language_codes=language_codes, state_of=state_of, children_of=children_of)
    for model in get_page_models():
        if issubclass(model, RoutingMixin):
            model.route = RoutingMixin.route
