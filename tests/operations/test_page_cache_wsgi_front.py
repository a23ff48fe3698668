"""The page cache's front door (core/page_cache_front.py): a fresh cached page is answered before
Django's handler, byte for byte and header for header what the full path answers, and every
request it must not answer reaches Django untouched.

The test client does not pass through WSGI, so these tests call the wrapped application with
WSGI environments (RequestFactory's), as gunicorn does.
"""

import re
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from core import page_cache
from core.page_cache_front import PageCacheFront
from messaging.assignment import signed_visitor_cookie
from tests.messaging.conftest import BROWSER, CAMPAIGN, build_experiment_site
from tests.messaging.test_page_cache import ids_for
from tests.shared_rows import shared_by_module

pytestmark = pytest.mark.django_db

PAGE = "/nl/campagnes/echt-of-nep/"
#: Per request by nature: when it was sent, whether it came from the cache, the visitor's cookie.
PER_REQUEST = {"date", "x-page-cache", "set-cookie"}


@pytest.fixture(scope="module")
def experiment_site_rows(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker, build_experiment_site):
        yield


@pytest.fixture(autouse=True)
def experiment_site(experiment_site_rows, db):
    """The public site with "hero-ouders-vraag" running on CAMPAIGN."""


class Served:
    """What the application sent for one request, and whether Django's handler saw it."""

    def __init__(self, status, headers, body, reached_django):
        self.status_code = int(status.split()[0])
        self.headers = headers
        self.body = body
        self.reached_django = reached_django

    def __getitem__(self, name):
        return dict((key.lower(), value) for key, value in self.headers)[name.lower()]

    def get(self, name, default=None):
        try:
            return self[name]
        except KeyError:
            return default

    def cookies(self):
        return [value for key, value in self.headers if key.lower() == "set-cookie"]

    def comparable_headers(self):
        return {key.lower(): value for key, value in self.headers if key.lower() not in PER_REQUEST}


class Site:
    """The production WSGI stack (front door around Django's handler), noting what reached Django."""

    def __init__(self):
        self.django = WSGIHandler()
        self.reached = 0
        self.application = PageCacheFront(self._django)

    def _django(self, environ, start_response):
        self.reached += 1
        return self.django(environ, start_response)

    def request(self, path, method="GET", cookie="", **environ):
        environ.setdefault("HTTP_USER_AGENT", BROWSER)
        if cookie:
            environ["HTTP_COOKIE"] = cookie
        wsgi_environ = RequestFactory().generic(method, path, **environ).environ
        sent = {}

        def start_response(status, headers, exc_info=None):
            sent.update(status=status, headers=headers)

        before = self.reached
        body = self.application(wsgi_environ, start_response)
        try:
            content = b"".join(body)
        finally:
            body.close()
        return Served(sent["status"], sent["headers"], content, self.reached > before)


@pytest.fixture
def site():
    return Site()


@pytest.fixture(autouse=True)
def connection_kept_open():
    """As Django's test client does: the handler's request signals would close the database connection,
    which holds the test's transaction (on PostgreSQL the next query then fails)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_a_fresh_copy_is_answered_before_django_exactly_as_django_sent_it(site):
    miss = site.request(PAGE)
    hit = site.request(PAGE)
    assert (miss["X-Page-Cache"], miss.reached_django) == ("miss", True)
    assert (hit["X-Page-Cache"], hit.reached_django) == ("hit", False)
    assert hit.status_code == 200
    assert hit.body == miss.body
    assert hit.comparable_headers() == miss.comparable_headers()
    for header in ("Content-Security-Policy", "Content-Language", "Permissions-Policy", "X-Frame-Options"):
        assert hit.get(header), header


def test_head_is_answered_too(site):
    site.request(PAGE)
    head = site.request(PAGE, method="HEAD")
    assert (head.status_code, head["X-Page-Cache"], head.reached_django) == (200, "hit", False)
    assert head["Content-Type"].startswith("text/html")


def test_a_new_visitor_on_a_tested_page_gets_an_arm_and_its_cookie_from_the_front(site):
    site.request(CAMPAIGN)  # stores the copy for one arm
    # Until both arms' copies are kept, a new visitor's arm may still be rendered; ask until one is a hit.
    for _ in range(40):
        served = site.request(CAMPAIGN)
        if not served.reached_django:
            break
        # The front drew an arm whose copy is not kept yet; Django draws the new visitor's arm afresh
        # (a fresh request), which may be kept already (hit) or not (miss, then kept).
        assert served["X-Page-Cache"] in ("miss", "hit")
    assert served["X-Page-Cache"] == "hit"
    cookies = served.cookies()
    assert len(cookies) == 1 and cookies[0].strip().startswith("vib_visitor=")
    # The cookie names an arm, and the copy shown is that arm's.
    visitor_cookie = cookies[0].strip().split(";")[0]
    again = site.request(CAMPAIGN, cookie=visitor_cookie)
    assert again.reached_django is False
    assert again.cookies() == [], "a returning visitor's cookie is not sent again"
    shown = re.search(rb'data-variant="(\w)"', served.body).group(1)
    assert re.search(rb'data-variant="(\w)"', again.body).group(1) == shown


def test_each_arm_gets_its_own_copy_from_the_front(site, experiment):
    for arm in ("a", "b"):
        visitor_id = ids_for(experiment, arm, 1)[0]
        cookie = f"vib_visitor={signed_visitor_cookie(visitor_id)}"
        site.request(CAMPAIGN, cookie=cookie)
        hit = site.request(CAMPAIGN, cookie=cookie)
        assert hit.reached_django is False
        assert re.search(rb'data-variant="(\w)"', hit.body).group(1).decode() == arm


@pytest.fixture
def experiment(db):
    from messaging.models import Experiment

    return Experiment.objects.get(slug="hero-ouders-vraag")


def test_a_signed_in_visitor_and_a_post_reach_django(site, settings):
    site.request(PAGE)
    with_session = site.request(PAGE, cookie=f"{settings.SESSION_COOKIE_NAME}=whatever")
    assert with_session.reached_django is True
    assert with_session.get("X-Page-Cache") is None
    posted = site.request(PAGE, method="POST")
    assert posted.reached_django is True


def test_a_host_django_refuses_is_refused_by_django(site):
    site.request(PAGE)
    served = site.request(PAGE, HTTP_HOST="attacker.example")
    assert (served.status_code, served.reached_django) == (400, True)


def test_plain_http_is_redirected_by_django_when_the_site_wants_https(site, settings):
    site.request(PAGE)
    settings.SECURE_SSL_REDIRECT = True
    site = Site()  # SecurityMiddleware reads the setting when the handler is made
    served = site.request(PAGE)
    assert (served.status_code, served.reached_django) == (301, True)
    assert served["Location"].startswith("https://")


def test_a_secure_request_never_loses_hsts_to_a_copy_stored_over_http(settings):
    settings.SECURE_HSTS_SECONDS = 3600
    site = Site()  # SecurityMiddleware reads the setting when the handler is made
    assert site.request(PAGE).get("Strict-Transport-Security") is None  # stored over plain HTTP
    secure = site.request(PAGE, secure=True)
    assert secure.reached_django is True
    assert secure["Strict-Transport-Security"].startswith("max-age=3600")


def test_files_are_not_looked_up_in_the_page_cache(site, settings):
    with mock.patch.object(page_cache, "read_record", wraps=page_cache.read_record) as read:
        site.request(settings.STATIC_URL + "css/site.css")
    assert read.call_count == 0


def test_a_copy_past_its_fresh_time_is_rendered_again_with_one_cache_read(site):
    site.request(PAGE)
    with mock.patch.object(page_cache.time, "time", return_value=page_cache.time.time() + 10 * 60 * 60):
        with mock.patch.object(cache, "get_many", wraps=cache.get_many) as reads:
            served = site.request(PAGE)
    assert (served["X-Page-Cache"], served.reached_django) == ("miss", True)
    record_reads = [call for call in reads.call_args_list if page_cache.VERSION_KEY in call.args[0]]
    assert len(record_reads) == 1, "the front's read is handed on, not repeated by the middleware"


def test_a_page_changed_since_it_was_kept_is_not_answered_by_the_front(site):
    site.request(PAGE)
    page_cache.invalidate()
    served = site.request(PAGE)
    assert (served["X-Page-Cache"], served.reached_django) == ("miss", True)


def test_production_serves_through_the_front_door():
    from campaign import wsgi

    assert isinstance(wsgi.application, PageCacheFront)
