"""The routing workaround (upstream/routing.py) serves every page by its slug in both languages."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail_modeltranslation.patch_wagtailadmin import _new_route

from core.request_state import state_of
from tests.helpers import soup
from tests.upstream.project_parts import routing_parts
from upstream import routing
from upstream.routing import RoutingMixin

pytestmark = pytest.mark.django_db


def heading(client, url):
    return soup(client.get(url)).h1.get_text(strip=True)


def test_pages_are_served_by_their_own_slug_in_each_language(client, about):
    assert heading(client, "/nl/over-de-routes/") == "Over de routes"
    assert heading(client, "/en/about-the-routes/") == "About the routes"
    assert heading(client, "/nl/over-de-routes/het-team/") == "Het team"
    assert heading(client, "/en/about-the-routes/the-team/") == "The team"


def test_a_page_without_an_english_slug_answers_under_english_with_its_dutch_slug(client, about):
    assert heading(client, "/en/about-the-routes/alleen-in-het-nederlands/") == "Alleen in het Nederlands"


def test_the_dutch_slug_of_a_page_with_an_english_one_is_not_an_english_url(client, about):
    assert client.get("/en/over-de-routes/").status_code == 404
    assert client.get("/en/about-the-routes/het-team/").status_code == 404
    assert client.get("/nl/about-the-routes/").status_code == 404


def test_unpublished_and_unknown_pages_are_not_found(client, about):
    assert client.get("/nl/over-de-routes/nog-een-concept/").status_code == 404
    assert client.get("/nl/over-de-routes/bestaat-niet/").status_code == 404
    assert client.get("/nl/over-de-routes/het-team/dieper/").status_code == 404


def test_a_campaign_and_its_audience_view_are_served_in_both_languages(client, campaign):
    assert heading(client, "/nl/routecampagnes/kijk-twee-keer/") == "Kijk twee keer"
    assert heading(client, "/en/route-campaigns/look-twice/") == "Look twice"
    assert client.get("/nl/routecampagnes/kijk-twee-keer/ouders/").status_code == 200
    assert client.get("/en/route-campaigns/look-twice/parents/").status_code == 200
    # The Dutch segment under /en/ is routed too, and sent on to the English one.
    assert client.get("/en/route-campaigns/look-twice/ouders/")["Location"] == "/en/route-campaigns/look-twice/parents/"
    assert client.get("/nl/routecampagnes/kijk-twee-keer/grootouders/").status_code == 404


def test_the_route_keeps_the_pages_it_passed_on_the_request_state(home, about):
    request = RequestFactory().get("/en/about-the-routes/the-team/")
    with translation.override("en"):
        result = home.route(request, ["about-the-routes", "the-team"])
    assert result.page.title_en == "The team"
    assert [page.pk for page in state_of(request).route_ancestors] == [home.pk, about.pk]
    assert result.page.routed_request is request


def test_a_page_under_a_password_restriction_asks_for_the_password_in_both_languages(client, about):
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    for url in ("/nl/over-de-routes/het-team/", "/en/about-the-routes/the-team/"):
        response = client.get(url)
        assert b'name="password"' in response.content, url
        assert b"Het team" not in response.content and b"The team" not in response.content


def test_every_page_type_with_children_routes_with_the_workaround():
    with_children = {model for model in get_page_models() if model.allowed_subpage_models() and model is not Page}
    assert with_children, "no page type has children"
    for model in with_children:
        assert issubclass(model, RoutingMixin), f"{model.__name__} routes through every child"
        assert model.route is RoutingMixin.route, f"{model.__name__} lost its route to modeltranslation"


def test_install_puts_the_route_back_after_modeltranslation_replaced_it(monkeypatch):
    from pages.models import CampaignIndexPage

    monkeypatch.setattr(CampaignIndexPage, "route", _new_route)
    routing.install(**routing_parts())
    assert CampaignIndexPage.route is RoutingMixin.route


def test_install_refuses_to_run_before_modeltranslation_patched_the_pages(monkeypatch):
    monkeypatch.setattr(Page, "route", lambda self, request, path_components: None)
    with pytest.raises(ImproperlyConfigured, match="INSTALLED_APPS"):
        routing.install(**routing_parts())
