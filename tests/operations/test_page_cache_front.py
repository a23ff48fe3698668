"""The page cache answers in front of the middleware stack (right after whitenoise) and still
gives every visitor exactly what the full path would: the same headers as first sent, never a
signed-in user's page or a cookie-setting response, one copy per experiment arm."""

import re

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from wagtail.models import Page, PageViewRestriction

from core.page_cache import response_is_cacheable
from home.models import HomePage
from messaging.models import Experiment
from tests.messaging.conftest import CAMPAIGN, build_experiment_site, visitor_client
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
    """The public site (factories.build_public_site) with "hero-ouders-vraag" running on CAMPAIGN."""
    return HomePage.objects.get()


def headers_of(response):
    return {name.lower(): value for name, value in response.items() if name.lower() not in PER_REQUEST}


def stored_pages():
    return [key for key in cache._cache if "page-cache:" in key and not key.endswith(":version")]  # noqa: SLF001


@pytest.mark.parametrize("path", [PAGE, "/en/guidance/", CAMPAIGN])
def test_a_hit_carries_exactly_the_headers_of_the_miss(path):
    browser = visitor_client()
    miss = browser.get(path)
    hit = browser.get(path)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit.content == miss.content
    assert headers_of(hit) == headers_of(miss)
    for header in ("Content-Security-Policy", "Content-Language", "Permissions-Policy", "X-Frame-Options"):
        assert header in hit, header
    # These pages carry their language in the URL, so the site sends no Vary at all; whatever it
    # sends, the hit repeats it and it never names Cookie (the cache must not split per visitor).
    assert hit.get("Vary") == miss.get("Vary")
    assert "cookie" not in hit.get("Vary", "").lower()


def test_the_language_of_the_cached_page_is_the_one_it_was_rendered_in():
    visitor_client().get("/en/guidance/")
    visitor_client().get("/nl/")
    assert visitor_client().get("/en/guidance/")["Content-Language"] == "en"
    assert visitor_client().get("/nl/")["Content-Language"] == "nl"


def test_a_signed_in_user_is_never_served_the_cached_copy(admin_client):
    visitor_client().get(PAGE)
    assert visitor_client().get(PAGE)["X-Page-Cache"] == "hit"
    response = admin_client.get(PAGE)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert "cookie" in response["Vary"].lower(), "rendered for this user, by the full stack"


def test_a_signed_in_users_page_is_never_stored(admin_client):
    assert admin_client.get(PAGE).status_code == 200
    assert stored_pages() == []
    assert visitor_client().get(PAGE)["X-Page-Cache"] == "miss"


def test_a_response_that_sets_a_csrf_cookie_is_not_stored():
    """A password-protected page answers with its password form, which sets the CSRF cookie."""
    page = Page.objects.get(url_path__endswith="/over-ons/")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    first = visitor_client().get("/nl/over-ons/")
    assert first.status_code == 200
    assert "csrftoken" in first.cookies
    assert stored_pages() == []
    second = visitor_client().get("/nl/over-ons/")
    assert second.get("X-Page-Cache") != "hit"
    assert "csrftoken" in second.cookies


def test_a_response_that_sets_a_session_cookie_is_not_stored(settings):
    response = HttpResponse("<p>hallo</p>", content_type="text/html; charset=utf-8")
    assert response_is_cacheable(response)
    response.set_cookie(settings.SESSION_COOKIE_NAME, "abc")
    assert not response_is_cacheable(response)


def test_visitors_in_different_arms_get_their_own_copy():
    experiment = Experiment.objects.get(slug="hero-ouders-vraag")
    seen = {}
    for arm in ("a", "b"):
        for visitor_id in ids_for(experiment, arm, 2):
            response = visitor_client(visitor_id).get(CAMPAIGN)
            shown = re.search(r'data-variant="(\w)"', response.content.decode()).group(1)
            seen.setdefault(arm, []).append((shown, response["X-Page-Cache"]))
    assert seen == {"a": [("a", "miss"), ("a", "hit")], "b": [("b", "miss"), ("b", "hit")]}
    assert len([key for key in stored_pages() if not key.endswith(":manifest")]) == 2
