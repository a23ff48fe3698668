"""Finding the links in published content and checking whether they still work.

Help services move their websites, partners take campaign pages down, and an
editor unpublishes a page that other pages still point at. A visitor looking
for help who lands on a dead page loses time and trust, so
``manage.py check_links`` finds these links before visitors do.

Finding is editorial/link_finding.py (links to pages from Wagtail's reference
index, web addresses from the fields). Checking is polite: each distinct URL
once, HEAD first, a pause between requests to the same site, and a User-Agent
that says who is asking.
"""

import ipaddress
import time
import urllib.request
from collections import defaultdict, deque
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from .link_finding import Link, collect_links
from .models import DEAD, REDIRECTED, UNPUBLISHED

__all__ = [
    "USER_AGENT",
    "Link",
    "LinkChecker",
    "check_url",
    "collect_links",
    "find_problems",
    "host_of",
    "make_session",
]

USER_AGENT = f"VeiligInBeeld-linkcheck/1.0 (+{settings.WAGTAILADMIN_BASE_URL})"
MAX_REDIRECTS = 10
#: Per-request override that drops the session's proxies (requests removes None values).
NO_PROXIES = {"http": None, "https": None}


class Result(NamedTuple):
    status_code: int | None
    final_url: str
    problem: str | None  # None when fine, otherwise REDIRECTED or DEAD
    detail: str = ""


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
