"""Finding the links in published content and checking whether they still work.

Help services move their websites, partners take campaign pages down, and an
editor unpublishes a page that other pages still point at. A visitor looking
for help who lands on a dead page loses time and trust, so
``manage.py check_links`` finds these links before visitors do.

Finding is generic (every StreamField, RichTextField, URLField and page
ForeignKey of live pages, help services, audience modules, live message
variants and site settings) so a new page type is covered without changes
here: links to pages come from Wagtail's reference index, web addresses from
walking the fields. Checking is polite: each distinct URL once, HEAD first, a pause between
requests to the same site, and a User-Agent that says who is asking.
"""

import ipaddress
import time
import urllib.request
from collections import defaultdict, deque
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from wagtail import blocks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, ReferenceIndex

from .models import DEAD, REDIRECTED, UNPUBLISHED

USER_AGENT = f"VeiligInBeeld-linkcheck/1.0 (+{settings.WAGTAILADMIN_BASE_URL})"
MAX_REDIRECTS = 10
#: Per-request override that drops the session's proxies (requests removes None values).
NO_PROXIES = {"http": None, "https": None}


@dataclass(frozen=True)
class Link:
    url: str  # the address, or "page:<id>" for an internal link
    kind: str  # "external" or "internal"
    source_label: str  # e.g. "Campaign: Echt of nep? [nl] body"
    edit_url: str  # where an editor fixes it
    language: str = ""  # "" when the field is shared by both languages
    page_id: int | None = None


class Result(NamedTuple):
    status_code: int | None
    final_url: str
    problem: str | None  # None when fine, otherwise REDIRECTED or DEAD
    detail: str = ""


# -- finding ---------------------------------------------------------------------------


class _LinkParser(HTMLParser):
    """The web links of rich text as stored: <a href="…"> and media embeds. Links to pages
    (<a linktype="page" id="12">, no href) come from Wagtail's reference index instead."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("linktype") != "page" and attrs.get("href"):
            self.found.append(attrs["href"])
        elif tag == "embed" and attrs.get("embedtype") == "media" and attrs.get("url"):
            self.found.append(attrs["url"])


def _rich_text_urls(html):
    parser = _LinkParser()
    parser.feed(html or "")
    parser.close()
    return parser.found


def _walk(block, raw, found):
    """Add the web addresses in a block's raw JSON value, guided by its definition: reading raw
    data costs no queries (bound values would fetch every chosen page and image). Wagtail's
    reference index does not record web addresses, so this walk stays for them alone."""
    if raw in (None, "", [], {}):
        return
    if isinstance(block, blocks.RichTextBlock):
        found.extend(_rich_text_urls(raw))
    elif isinstance(block, blocks.URLBlock):  # EmbedBlock is a URLBlock too
        found.append(str(raw))
    elif isinstance(block, blocks.BaseStreamBlock):
        for item in raw:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                _walk(child, item.get("value"), found)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]  # the newer list format: {"type": "item", "value": …, "id": …}
            _walk(block.child_block, item, found)
    elif isinstance(block, blocks.BaseStructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            _walk(child, raw.get(name), found)


def _is_page_fk(field):
    return (
        isinstance(field, models.ForeignKey)
        and not field.remote_field.parent_link
        and issubclass(field.related_model, Page)
    )


@cache
def _link_fields(model):
    """(field, language, field name) for each field of ``model`` that can hold a link.

    Wagtail's own Page fields are skipped (alias_of, locked_by… are not links), and so is the
    untranslated original of a translated field: it only mirrors the default language.
    """
    try:
        originals = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        originals = set()
    found = []
    for field in model._meta.concrete_fields:
        if field.model is Page or field.name in originals:
            continue
        if isinstance(field, (StreamField, RichTextField, models.URLField)) or _is_page_fk(field):
            language = field.language if isinstance(field, TranslationField) else ""
            base = field.translated_field if language else field
            found.append((field, language, str(base.verbose_name)))
    return found


def _web_addresses(obj, field):
    """The web addresses held by one field of one object."""
    if _is_page_fk(field):
        return []
    value = getattr(obj, field.attname)
    if isinstance(field, StreamField):
        found = []
        raw = getattr(value, "raw_data", None)
        _walk(field.stream_block, list(raw) if raw is not None else [], found)
        return found
    if isinstance(field, RichTextField):
        return _rich_text_urls(value)
    return [value]


def source_models():
    """The models whose content the link checker reads (see _sources)."""
    from home.models import SiteSettings
    from messaging.models import MessageSlot, MessageVariant
    from pages.models import AudienceModule, HelpService

    return [Page, HelpService, AudienceModule, MessageSlot, MessageVariant, SiteSettings]


def _sources():
    """(object, object to edit) for every place links live, in a handful of queries:
    one per page type, one per snippet or settings model."""
    from home.models import SiteSettings
    from messaging.models import MessageVariant
    from pages.models import AudienceModule, HelpService

    for page in Page.objects.live().specific().order_by("path"):
        yield page, page
    for obj in [*HelpService.objects.all(), *AudienceModule.objects.all()]:
        yield obj, obj
    for variant in MessageVariant.objects.filter(slot__live=True).select_related("slot"):
        yield variant, variant.slot
    for site_settings in SiteSettings.objects.select_related("site"):
        yield site_settings, site_settings


def _index_key(obj):
    """How Wagtail's reference index files an object: the content type of its topmost concrete
    model (Page for every page type) and its primary key as text."""
    parents = obj._meta.get_parent_list()
    model = parents[-1] if parents else type(obj)
    return ContentType.objects.get_for_model(model, for_concrete_model=False).pk, str(obj.pk)


def _page_references():
    """{index key of the linking object: [its references to pages]}, in one query."""
    page_type = ContentType.objects.get_for_model(Page)
    found = defaultdict(list)
    for reference in ReferenceIndex.objects.filter(to_content_type=page_type).order_by("pk"):
        found[(reference.base_content_type_id, reference.object_id)].append(reference)
    return found


def _linked_page_ids(obj, owner, references):
    """{field name: [page id, …]} of the pages ``obj`` links to, as the reference index has them.

    An inline child (a message variant) is indexed under its owner (the slot), with paths like
    "variants.item.cta_page" and "variants.<child pk>.cta_page".
    """
    found = defaultdict(list)
    for reference in references.get(_index_key(owner), ()):
        path, content_path = reference.model_path.split("."), reference.content_path.split(".")
        if obj is owner:
            name = path[0]
        elif len(path) > 2 and path[1] == "item" and content_path[1] == str(obj.pk):
            name = path[2]
        else:
            continue
        try:
            found[name].append(int(reference.to_object_id))
        except ValueError:
            continue
    return found


def _is_checkable(href):
    """Skip what is not a web link to check: e-mail, phone, anchors and site-relative paths.
    Anything else is checked, so "www.example.nl" without https:// shows up as dead."""
    href = href.strip().lower()
    return bool(href) and not href.startswith(("#", "/", "?", "mailto:", "tel:"))


def collect_links():
    """Every link in live content, one Link per place it appears (duplicates within one
    place are dropped): editors fix links place by place, so the report lists places.

    Links to pages come from Wagtail's reference index (kept up to date on every save, and
    kept for deleted pages by editorial/deleted_page_links.py); web addresses are read from
    the fields themselves."""
    finder = AdminURLFinder()
    references = _page_references()
    links = []
    for obj, edit_obj in _sources():
        edit_url = finder.get_edit_url(edit_obj) or ""
        kind_label = capfirst(str(edit_obj._meta.verbose_name))
        linked_pages = _linked_page_ids(obj, edit_obj, references)
        for field, language, field_name in _link_fields(type(obj)):
            urls, page_ids = _web_addresses(obj, field), linked_pages.get(field.name, [])
            if not urls and not page_ids:
                continue
            title = (language and getattr(obj, f"title_{language}", "")) or str(obj)
            place = f"{kind_label}: {title}" + (f" [{language}]" if language else "") + f" {field_name}"
            for page_id in page_ids:
                links.append(Link(f"page:{page_id}", "internal", place, edit_url, language, page_id))
            for url in urls:
                if url and _is_checkable(str(url)):
                    links.append(Link(str(url).strip(), "external", place, edit_url, language))
    return list(dict.fromkeys(links))


# -- checking --------------------------------------------------------------------------


def make_session():
    """A requests session that sends our User-Agent and nothing from the environment
    (no .netrc passwords); the environment's proxies are kept, except for this machine."""
    session = requests.Session()
    session.trust_env = False
    session.headers["User-Agent"] = USER_AGENT
    session.proxies.update({k: v for k, v in urllib.request.getproxies().items() if k in ("http", "https")})
    return session


def _bypasses_proxy(host):
    try:
        if ipaddress.ip_address(host).is_loopback:
            return True
    except ValueError:
        if host == "localhost":
            return True
    return bool(urllib.request.proxy_bypass(host))


def _fetch(session, url, timeout, wait, host):
    """HEAD (cheap for the other site); GET when HEAD is refused or answered with an error,
    because many servers mishandle HEAD. The GET body is never read."""
    proxies = NO_PROXIES if _bypasses_proxy(host) else None
    try:
        response = session.head(url, allow_redirects=False, timeout=timeout, proxies=proxies)
        response.close()
        if response.status_code < 400:
            return response
    except requests.Timeout:
        raise  # a site that does not answer HEAD in time will not answer GET either
    except requests.RequestException:
        pass
    wait(host)
    response = session.get(url, allow_redirects=False, timeout=timeout, stream=True, proxies=proxies)
    response.close()
    return response


def check_url(url, session=None, timeout=5, wait=None):
    """Check one URL: ok (2xx), redirected (3xx chain ending in 2xx, with the final URL so an
    editor can update the link) or dead (error status, no answer, not a web address).

    Redirects are followed by hand, one hop at a time, so a hop to a non-http(s) address is
    never followed and every hop waits its turn like any other request.
    """
    session = session or make_session()
    wait = wait or (lambda host: None)
    current, hops = url, 0
    while True:
        try:
            parts = urlsplit(current)
            host = parts.hostname
        except ValueError:
            parts, host = None, None
        if parts is None or parts.scheme not in ("http", "https") or not host:
            if hops:
                return Result(None, current, DEAD, _("Redirects to an address that is not a web page: %s") % current)
            return Result(None, current, DEAD, _("Not a web address (does it start with https://?)"))
        wait(host)
        try:
            response = _fetch(session, current, timeout, wait, host)
        except requests.Timeout:
            return Result(None, current, DEAD, _("No answer within %s seconds") % timeout)
        except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema):
            return Result(None, current, DEAD, _("Not a valid web address"))
        except requests.exceptions.SSLError:
            return Result(None, current, DEAD, _("The site's security certificate is not valid"))
        except requests.RequestException as error:
            return Result(None, current, DEAD, _("Could not connect to the site (%s)") % type(error).__name__)
        code, location = response.status_code, response.headers.get("Location")
        if not (300 <= code < 400 and location):
            break
        hops += 1
        if hops > MAX_REDIRECTS:
            return Result(code, current, DEAD, _("Too many redirects"))
        current = urljoin(current, location)
    if 200 <= code < 300:
        if hops:
            return Result(code, current, REDIRECTED, _("Redirects to %s") % current)
        return Result(code, current, None)
    detail = f"{code} {response.reason or ''}".strip()
    if code in (401, 403, 429):
        detail += " – " + _("the site refused the link checker; check it in a browser")
    if hops:
        detail += " – " + _("after a redirect to %s") % current
    return Result(code, current, DEAD, detail)


class LinkChecker:
    """Checks each distinct URL once, pausing ``delay`` seconds between requests to one host."""

    def __init__(self, timeout=5, delay=1.0, session=None):
        self.timeout, self.delay = timeout, delay
        self.session = session or make_session()
        self.results = {}
        self._last_request = {}

    def wait(self, host):
        last = self._last_request.get(host)
        if last is not None and self.delay > 0:
            time.sleep(max(0.0, last + self.delay - time.monotonic()))
        self._last_request[host] = time.monotonic()

    def check(self, url):
        if url not in self.results:
            self.results[url] = check_url(url, self.session, self.timeout, self.wait)
        return self.results[url]

    def check_all(self, urls, progress=None):
        """Check URLs taking hosts in turn, so the pause for one site is spent on the others."""
        by_host = defaultdict(deque)
        for url in dict.fromkeys(urls):
            by_host[host_of(url)].append(url)
        queues = deque(by_host.values())
        while queues:
            queue = queues.popleft()
            url = queue.popleft()
            result = self.check(url)
            if progress:
                progress(url, result)
            if queue:
                queues.append(queue)
        return self.results


def host_of(url):
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def find_problems(links, checker=None, only_internal=False, only_hosts=None, progress=None):
    """Check ``links``: (how many distinct links were checked, LinkProblem field dicts).

    ``only_hosts`` limits the external checks to those hosts (the tests use it so they never
    reach the internet; an editor can use it to recheck one partner's site).
    """
    page_ids = {link.page_id for link in links if link.kind == "internal"}
    pages = Page.objects.in_bulk(page_ids)
    hosts = {host.lower() for host in only_hosts or ()}
    external = [
        link.url
        for link in links
        if link.kind == "external" and not only_internal and (not hosts or host_of(link.url) in hosts)
    ]
    results = (checker or LinkChecker()).check_all(external, progress) if external else {}
    finder = AdminURLFinder()
    problems = []
    for link in links:
        place = {
            "url": link.url,
            "kind": link.kind,
            "source_label": link.source_label,
            "edit_url": link.edit_url,
            "language": link.language,
        }
        if link.kind == "internal":
            page = pages.get(link.page_id)
            if page is None:
                detail = _("Links to a page that no longer exists (id %s)") % link.page_id
                problems.append({**place, "status": DEAD, "detail": detail})
            elif not page.live:
                detail = _("Links to the unpublished page “%s”") % page.title
                url = finder.get_edit_url(page) or link.url
                problems.append({**place, "url": url, "status": UNPUBLISHED, "detail": detail})
        elif (result := results.get(link.url)) and result.problem:
            final_url = result.final_url if result.final_url != link.url else ""
            problems.append(
                {
                    **place,
                    "status": result.problem,
                    "status_code": result.status_code,
                    "final_url": final_url,
                    "detail": result.detail,
                }
            )
    return len(page_ids) + len(set(external)), problems
