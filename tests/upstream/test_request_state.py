"""One RequestState per request (core/request_state.py) holds what the site learns once per request."""

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory

from core.request_state import RequestState, RequestStateMiddleware, state_of
from messaging.assignment import ExperimentAssignment

pytestmark = pytest.mark.django_db


def test_a_request_made_without_the_middleware_gets_its_state_on_first_use():
    request = RequestFactory().get("/nl/")
    state = state_of(request)
    assert isinstance(state, RequestState)
    assert state_of(request) is state
    assert state.route_ancestors == [] and state.children == {} and state.site_root_paths == {}
    assert state.view_restrictions is None and state.help_page_url is None and state.assignment is None


def test_without_a_request_each_use_gets_a_state_of_its_own():
    assert state_of(None) is not state_of(None)


def test_the_middleware_gives_every_request_a_fresh_state():
    seen = []
    middleware = RequestStateMiddleware(lambda request: seen.append(state_of(request)) or HttpResponse())
    first, second = RequestFactory().get("/nl/"), RequestFactory().get("/nl/")
    state_of(first).help_page_url = "/left/over/"
    middleware(first)
    middleware(second)
    assert seen[0] is not seen[1]
    assert seen[0].help_page_url is None


def test_the_state_is_set_before_any_other_middleware_of_the_site_runs():
    middleware = list(settings.MIDDLEWARE)
    # Only the page cache's store comes before, and it reads the state on the way out, once the
    # request has had its state (core/page_cache.py).
    assert middleware[0] == "core.page_cache.PageCacheStoreMiddleware"
    assert middleware[1] == "django.middleware.security.SecurityMiddleware"
    assert middleware.index("core.request_state.RequestStateMiddleware") == 2


def test_serving_a_page_fills_the_state_and_leaves_no_other_attribute_on_the_request(client, about, no_page_cache):
    response = client.get("/nl/over-de-routes/het-team/")
    assert response.status_code == 200
    request = response.wsgi_request
    state = state_of(request)
    assert [page.title_nl for page in state.route_ancestors][-1] == "Over de routes"
    assert state.route_ancestors[0].pk in state.children  # the home page's children, read once
    assert state.view_restrictions == []
    assert state.help_page_url is not None
    assert isinstance(state.assignment, ExperimentAssignment)
    assert {"nl", "en"} <= set(state.site_root_paths)  # the language switcher built the English URL
    ours = [name for name in vars(request) if name.startswith(("_vib", "_help"))]
    assert ours == []
