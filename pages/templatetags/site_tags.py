"""Template tags for the site frame: languages, navigation, breadcrumb.

The menu and the help links are the same on every page in one language: they are
worked out once per content version and language (core/fragment_cache.py).
"""

from django import template
from django.conf import settings
from django.urls import translate_url
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page, Site

from core import fragment_cache, languages
from core.request_state import state_of
from pages.models import BystanderPage, HelpPage, ImagesOfflinePage, SelfHelpPage, StandardPage
from pages.models.routing import ancestors_from_route, children_of, is_public

register = template.Library()


def _current_page(context):
    page = context.get("page")
    return page if isinstance(page, Page) else None


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The current page (or view) in each public language: code, name, direction, url, current.

    The language switcher and hreflang read these. A language the public does not see yet is left
    out, except where an editor is reading in it (its address answers editors only): the switcher
    then shows where they are, and hreflang still leaves it out (``is_public``).
    """
    request = context["request"]
    page = _current_page(context)
    current = languages.active()
    versions = []
    # A routed view (a campaign's audience view) gives its own URL per language.
    language_urls = context.get("language_urls") or {}
    for code in languages.codes():
        if not (languages.is_public(code) or code == current):
            continue
        if code in language_urls:
            url = language_urls[code]
        elif page is not None and hasattr(page, "get_url_in"):
            url = page.get_url_in(code, request)
        else:
            url = translate_url(request.get_full_path(), code)
        versions.append(
            {
                "code": code,
                "name": languages.name_in_itself(code),
                "direction": languages.direction(code),
                "is_public": languages.is_public(code),
                "url": url,
                "full_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def shows_fallback_language(context):
    """True when the page has no text of its own in the active language (Dutch shown)."""
    page = _current_page(context)
    if page is None or not hasattr(page, "is_translated_into"):
        return False
    return not page.is_translated_into(languages.active())


@register.simple_tag
def field_language(obj, field_name):
    """For lang="…": the language a translated field is shown in (Dutch when it falls back).

    Works for pages and for any object with modeltranslation columns (lesson phases, downloads).
    """
    return languages.shown_language(obj, field_name)


@register.simple_tag
def field_direction(obj, field_name):
    """For dir="…" beside field_language: "ltr" for Dutch text that falls back inside an Arabic page."""
    return languages.direction(languages.shown_language(obj, field_name))


@register.simple_tag
def fallback_language_code():
    return languages.default()


def _home_children(request):
    """The children of the site's home page, live or not, read once per request (routing
    the request usually read them already): the menu, the footer and the help link use them."""
    site = Site.find_for_request(request)
    return children_of(site.root_page, request) if site else []


def _live_public_home_children(request):
    return [page for page in _home_children(request) if page.live and is_public(page, request)]


def _menu_items(request):
    """(tree path, URL, title) of each menu page: the same on every page in one language."""
    items = [item for item in _live_public_home_children(request) if item.show_in_menus]
    return [(item.path, item.get_url(request=request), item.title) for item in items]


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    request = context["request"]
    page = _current_page(context)
    items = fragment_cache.cached_value(request, "menu", (), lambda: _menu_items(request))
    current_path = page.path if page else ""
    return {
        "request": request,
        "items": [
            {"url": url, "title": title, "is_current": current_path.startswith(path)} for path, url, title in items
        ],
    }


def _live_of_type(children, model):
    """The live pages among ``children`` whose type is ``model`` or a subclass, in order."""
    return (
        child for child in children if child.live and child.specific_class and issubclass(child.specific_class, model)
    )


def _help_page_under_home(request):
    return next(_live_of_type(_home_children(request), HelpPage), None)


@register.simple_tag(takes_context=True)
def help_page_url(context):
    """The help page (/nl/hulp/, /en/help/) for the header's "Need help?" link; once per request."""
    request = context.get("request")
    if request is None:
        return ""

    def find():
        # The help page lives under home (HelpPage.parent_page_types); elsewhere, look it up.
        help_page = _help_page_under_home(request)
        site = Site.find_for_request(request)
        if help_page is None and site:
            help_page = HelpPage.objects.live().descendant_of(site.root_page).first()
        return help_page.get_url(request=request) if help_page else ""

    state = state_of(request)
    if state.help_page_url is None:
        state.help_page_url = fragment_cache.cached_value(request, "help-page-url", (), find)
    return state.help_page_url


@register.simple_tag(takes_context=True)
def offline_route_url(context):
    """The "get images offline" route (a child of the help page), for the header, the help page and
    the home page; once per request, from the help page's children as routing read them."""
    request = context.get("request")
    if request is None:
        return ""

    def find():
        help_page = _help_page_under_home(request)
        route = None
        if help_page is not None:
            offline_pages = _live_of_type(children_of(help_page, request), ImagesOfflinePage)
            route = next((child for child in offline_pages if is_public(child, request)), None)
        return route.get_url(request=request) if route else ""

    state = state_of(request)
    if state.offline_route_url is None:
        state.offline_route_url = fragment_cache.cached_value(request, "offline-route-url", (), find)
    return state.offline_route_url


@register.simple_tag(takes_context=True)
def prevention_route_urls(context):
    """The prevention routes under the help page, {"bystander": url, "self_help": url} ("" when there is
    none), for the help page and the young people's hub; once per content version and language."""
    request = context.get("request")
    if request is None:
        return {"bystander": "", "self_help": ""}

    def find():
        help_page = _help_page_under_home(request)
        children = list(children_of(help_page, request)) if help_page is not None else []
        found = {}
        for name, model in (("bystander", BystanderPage), ("self_help", SelfHelpPage)):
            route = next((child for child in _live_of_type(children, model) if is_public(child, request)), None)
            found[name] = route.get_url(request=request) if route else ""
        return found

    return fragment_cache.cached_value(request, "prevention-route-urls", (), find)


@register.inclusion_tag("includes/breadcrumb.html", takes_context=True)
def breadcrumb(context):
    page = _current_page(context)
    if page is None or page.depth <= 2:
        return {"ancestors": [], "page": page}
    # An audience view: the campaign is a link, the audience the current step.
    sub_title = context.get("audience_heading")
    request = context.get("request")
    ancestors = ancestors_from_route(request, page)  # the pages routing went through, if it did
    if ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gte=2)
    ancestors = [ancestor for ancestor in ancestors if ancestor.live]
    # An untranslated page's title is Dutch inside an English breadcrumb.
    title_lang = languages.default() if shows_fallback_language(context) else None
    return {
        "ancestors": ancestors,
        "page": page,
        "title_lang": title_lang,
        "sub_title": sub_title,
        "request": context["request"],
    }


@register.inclusion_tag("includes/footer_pages.html", takes_context=True)
def footer_pages(context):
    """The about, privacy, accessibility and contact pages directly under home."""
    request = context["request"]
    pages = [
        child
        for child in _live_public_home_children(request)
        if child.specific_class is not None and issubclass(child.specific_class, StandardPage)
    ]
    return {"pages": pages, "request": request}


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    """``path`` on the address the visitor uses, for printed handouts (link targets on paper)."""
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None and path else path


@register.simple_tag(takes_context=True)
def editor_userbar(context, position="bottom-right"):
    """Wagtail's userbar (edit link, accessibility checker) for signed-in editors.

    Only asked for when the browser has a session cookie: looking up the user of
    every visitor would read the session and mark all pages "Vary: Cookie".
    """
    request = context.get("request")
    if request is None or settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    return wagtailuserbar(context, position)
