"""The partner warning: only listed partner sites may frame its embed, every other page of the site still
refuses every frame; the embed sets no cookie and shows everyone the same text; the splash has no image
and no site navigation; the link card and frame snippet need no script; help is Stop it Now's, from the
help-service snippet; a visit through a listed partner is counted by reach with that partner as source."""

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from messaging.placement import shown_to_visitors
from pages.models import PartnerWarningPage, WarningPartner
from pages.models.warning import embed_frame_ancestors
from reach.models import ReachCount
from tests import factories
from tests.helpers import soup
from tests.reach.conftest import BROWSER, send

pytestmark = pytest.mark.django_db

WARNING = "/nl/hulp/waarschuwing/"
WARNING_EN = "/en/help/warning/"


def policy(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


@pytest.fixture
def warning(home_page):
    help_page = factories.HelpPageFactory(parent=home_page)
    stop_it_now = factories.HelpServiceFactory(
        name="Stop it Now",
        name_nl="Stop it Now",
        name_en="Stop it Now",
        chat_url="https://stopitnow.example/chat/",
        website_url="https://stopitnow.example/",
        situations=["own-behaviour"],
        anonymous=True,
    )
    return factories.PartnerWarningPageFactory(parent=help_page, help_service=stop_it_now)


@pytest.fixture
def visitor():
    return Client(HTTP_USER_AGENT=BROWSER)


def test_only_the_listed_partners_may_frame_the_embed(warning, visitor):
    factories.WarningPartnerFactory(name="Forum", origins="https://forum.example\nhttp://127.0.0.2:8123")
    factories.WarningPartnerFactory(name="Zoekmachine", origins="https://search.example")
    response = visitor.get(f"{WARNING}embed/")
    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == [
        "http://127.0.0.2:8123",
        "https://forum.example",
        "https://search.example",
    ]
    # X-Frame-Options cannot name several sites; DENY would overrule the list in older browsers.
    assert "X-Frame-Options" not in response
    # The rest of the policy is the site's: no script from elsewhere, nothing inline.
    assert policy(response)["script-src"] == ["'self'"]


def test_without_partners_nobody_may_frame_the_embed(warning, visitor):
    assert embed_frame_ancestors() == ["'none'"]
    assert policy(visitor.get(f"{WARNING}embed/"))["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("route", ["", "splash/", "partners/"])
def test_every_other_form_of_the_warning_refuses_every_frame(warning, visitor, route):
    factories.WarningPartnerFactory(origins="https://forum.example")
    response = visitor.get(f"{WARNING}{route}")
    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_a_partner_added_later_may_frame_the_embed_at_once_even_after_it_was_cached(
    warning, visitor, django_capture_on_commit_callbacks
):
    first = visitor.get(f"{WARNING}embed/")
    assert policy(first)["frame-ancestors"] == ["'none'"]
    assert visitor.get(f"{WARNING}embed/")["X-Page-Cache"] == "hit"
    partner = WarningPartner(name="Nieuw", origins="https://nieuw.example/")
    partner.full_clean()
    with django_capture_on_commit_callbacks(execute=True):  # the page cache is cleared when it commits
        partner.save()
    assert policy(visitor.get(f"{WARNING}embed/"))["frame-ancestors"] == ["https://nieuw.example"]


@pytest.mark.parametrize(
    "origins",
    [
        "https://forum.example/pagina",  # a path: frame-ancestors compares origins only
        "javascript:alert(1)",
        "forum.example",  # no scheme
        "https://*.example",
        "https://forum.example; script-src *",  # an attempt to add a directive
        "https://forum.example?x=1",
        "",
    ],
)
def test_an_address_that_is_not_an_origin_is_refused(home_page, origins):
    partner = WarningPartner(name="Forum", origins=origins)
    with pytest.raises(ValidationError) as error:
        partner.full_clean()
    assert "origins" in error.value.message_dict


def test_addresses_are_kept_as_origins_once_each(home_page):
    partner = WarningPartner(
        name="Forum", origins="HTTPS://Forum.Example/\n\nhttps://forum.example\nhttp://127.0.0.2:8123"
    )
    partner.full_clean()
    assert partner.origins == "https://forum.example\nhttp://127.0.0.2:8123"


def test_the_embed_sets_no_cookie_and_shows_the_default_text_while_an_experiment_runs(warning, visitor):
    experiment = factories.ExperimentFactory(running=True)
    PartnerWarningPage.objects.filter(pk=warning.pk).update(message=experiment.slot)
    # The experiment runs on the warning's own address: it is shown there, with a variant.
    assert shown_to_visitors(experiment)
    page = visitor.get(WARNING)
    assert soup(page).select_one("[data-experiment]")["data-experiment"] == experiment.slug
    fresh = Client(HTTP_USER_AGENT=BROWSER)
    embed = fresh.get(f"{WARNING}embed/")
    assert "Set-Cookie" not in embed
    assert not fresh.cookies
    html = soup(embed)
    assert html.select_one("[data-experiment]") is None
    assert html.h1.get_text(strip=True) == "Kop A"  # the slot's default variant, for everyone
    assert "X-VIB-Experiments" not in embed


@pytest.mark.parametrize(
    ("address", "chat"), [(WARNING, "Chat met Stop it Now"), (WARNING_EN, "Chat with Stop it Now")]
)
@pytest.mark.parametrize("route", ["", "embed/", "splash/"])
def test_every_form_offers_stop_it_now_from_the_snippet(warning, visitor, address, chat, route):
    html = soup(visitor.get(f"{address}{route}"))
    link = html.find("a", string=chat)
    assert link is not None, (address, route)
    assert link["href"] == "https://stopitnow.example/chat/"
    assert link["data-reach-event"] == "helpline_chat"


def test_the_embed_and_splash_have_no_image_and_no_site_navigation(warning, visitor):
    for route in ("embed/", "splash/"):
        html = soup(visitor.get(f"{WARNING}{route}"))
        assert html.find("img") is None and html.find("picture") is None, route
        assert html.select_one(".site-header, .main-nav, footer") is None, route
        assert html.h1.get_text(strip=True) == "Dit kan strafbaar zijn"
    embed = soup(visitor.get(f"{WARNING}embed/"))
    # Links leave the partner's frame for the whole window, never inside a small frame.
    assert embed.find("base")["target"] == "_top"
    assert embed.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_the_partners_page_gives_a_card_and_a_frame_that_need_no_script(warning, visitor):
    html = soup(visitor.get(f"{WARNING_EN}partners/"))
    codes = [code.get_text() for code in html.select("pre code")]
    card, frame = codes
    assert "<script" not in card and "<img" not in card and "style=" not in card
    assert 'href="http://testserver/en/help/warning/"' in card
    assert "This may be illegal" in card
    assert "<script" not in frame
    assert 'src="http://testserver/en/help/warning/embed/"' in frame
    assert 'referrerpolicy="origin"' in frame  # so the visit counts with the partner as source
    assert "http://testserver/en/help/warning/splash/" in html.get_text()


def test_a_view_of_the_embed_on_a_listed_partner_counts_with_that_partner_as_source(warning, visitor):
    factories.WarningPartnerFactory(name="Forum", origins="https://forum.example")
    body = {"page": warning.pk, "event": "view", "language": "nl", "referrer": "https://www.forum.example/"}
    assert send(visitor, body).status_code == 204
    unlisted = {**body, "referrer": "https://elders.example/"}
    assert send(visitor, unlisted).status_code == 204
    rows = sorted(ReachCount.objects.values_list("referrer", "partner", "count"))
    assert rows == [("other", "", 1), ("partner", "forum.example", 1)]


def test_a_publish_or_a_new_partner_purges_every_form_of_the_warning_at_the_edge(
    warning, settings, monkeypatch, django_capture_on_commit_callbacks
):
    from core import frontend_cache

    settings.WAGTAILFRONTENDCACHE = {"edge": {"BACKEND": "core.frontend_cache.EdgePurgeBackend", "LOCATION": "x"}}
    addresses = frontend_cache.addresses_to_purge(warning)
    for path in ("/nl/hulp/waarschuwing/embed/", "/en/help/warning/embed/", "/nl/hulp/waarschuwing/splash/"):
        assert any(address.endswith(path) for address in addresses), path
    purged = []
    monkeypatch.setattr(frontend_cache, "purge_page", lambda page: purged.append(page.pk))
    with django_capture_on_commit_callbacks(execute=True):
        factories.WarningPartnerFactory()
    assert purged == [warning.pk]
