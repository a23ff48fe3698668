"""Audience views on campaign pages and the audience hubs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from pages.models import (
    AudienceHubPage,
    AudienceModule,
    CampaignIndexPage,
    CampaignModule,
    CampaignPage,
)
from tests import factories
from tests.helpers import alternate_links, soup, switcher_links

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("audience_site")]

CAMPAIGN_NL = "/nl/campagnes/echt-of-nep/"
CAMPAIGN_EN = "/en/campaigns/real-or-fake/"
AUDIENCE_URLS = [
    ("jongeren", "young-people"),
    ("ouders", "parents"),
    ("scholen", "schools"),
]


@pytest.fixture
def audience_site(home_page, campaign):
    """The campaign with a module for each audience and one for everyone, a hub for each audience,
    and a second campaign to add modules to."""
    for audience in ("young-people", "parents", "schools", "everyone"):
        factories.CampaignModuleFactory(page=campaign, module=factories.AudienceModuleFactory(audiences=[audience]))
    for audience in ("young-people", "parents", "schools"):
        factories.AudienceHubPageFactory(parent=home_page, audience=audience)
    return factories.CampaignPageFactory(parent=campaign.get_parent(), slug_nl="denk-na-voor-je-deelt")


def module_ids(document):
    return [int(section["data-module"]) for section in document.select("section.module")]


def modules_for(*keys):
    from pages.fields import has_key_q

    return set(AudienceModule.objects.filter(has_key_q("audiences", *keys)).values_list("pk", flat=True))


@pytest.mark.parametrize("nl_segment,en_segment", AUDIENCE_URLS)
def test_each_audience_has_a_real_url_in_both_languages(client, nl_segment, en_segment):
    nl = soup(client.get(f"{CAMPAIGN_NL}{nl_segment}/"))
    en = soup(client.get(f"{CAMPAIGN_EN}{en_segment}/"))
    assert nl.html["lang"] == "nl" and en.html["lang"] == "en"
    # The switcher and the alternates lead to the same audience view.
    assert switcher_links(nl)["en"] == f"{CAMPAIGN_EN}{en_segment}/"
    assert switcher_links(en)["nl"] == f"{CAMPAIGN_NL}{nl_segment}/"
    assert set(switcher_links(en)) == {"nl", "tr", "ar"}
    assert alternate_links(en)["nl"] == f"http://testserver{CAMPAIGN_NL}{nl_segment}/"
    assert en.select_one('link[rel="canonical"]')["href"] == f"http://testserver{CAMPAIGN_EN}{en_segment}/"
    current = nl.select_one(".audience-nav a[aria-current]")
    assert current["href"] == f"{CAMPAIGN_NL}{nl_segment}/"


def test_an_audience_view_shows_that_audiences_modules_and_everyones(client):
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")  # the campaign fixture's
    placed = {placement.module_id for placement in campaign.module_placements.all()}
    parents = set(module_ids(soup(client.get(f"{CAMPAIGN_NL}ouders/"))))
    young = set(module_ids(soup(client.get(f"{CAMPAIGN_NL}jongeren/"))))
    assert parents == placed & modules_for("parents", "everyone")
    assert young == placed & modules_for("young-people", "everyone")
    assert parents != young
    # The plain URL is the overview: the campaign body plus the modules for everyone.
    overview = soup(client.get(CAMPAIGN_NL))
    assert overview.select_one(".stream")
    assert set(module_ids(overview)) == placed & modules_for("everyone")


def test_the_audience_lives_in_the_url_not_in_a_cookie(client):
    response = client.get(f"{CAMPAIGN_NL}ouders/")
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


def test_a_segment_in_the_other_language_redirects_and_unknown_ones_are_404(client):
    response = client.get(f"{CAMPAIGN_EN}ouders/")
    assert response.status_code == 301
    assert response["Location"] == f"{CAMPAIGN_EN}parents/"
    for path in [f"{CAMPAIGN_NL}iedereen/", f"{CAMPAIGN_NL}ouders/extra/", f"{CAMPAIGN_NL}%00/"]:
        assert client.get(path).status_code == 404, path


def test_audience_views_are_in_the_sitemap(client):
    body = client.get("/sitemap.xml").content.decode()
    for nl_segment, en_segment in AUDIENCE_URLS:
        assert f"http://testserver{CAMPAIGN_NL}{nl_segment}/" in body
        assert f"http://testserver{CAMPAIGN_EN}{en_segment}/" in body


@pytest.mark.parametrize(
    "nl_url,en_url,audience",
    [
        ("/nl/jongeren/", "/en/young-people/", "young-people"),
        ("/nl/ouders/", "/en/parents/", "parents"),
        ("/nl/scholen/", "/en/schools/", "schools"),
    ],
)
def test_hubs_answer_in_both_languages_with_their_audiences_modules(client, nl_url, en_url, audience):
    nl = soup(client.get(nl_url))
    en = soup(client.get(en_url))
    assert switcher_links(nl)["en"] == en_url
    expected = set(CampaignModule.objects.filter(page__live=True).values_list("module_id", flat=True)) & modules_for(
        audience, "everyone"
    )
    assert expected, "the test site has modules for every audience"
    assert expected <= set(module_ids(nl))
    assert set(module_ids(nl)) <= modules_for(audience, "everyone")
    assert module_ids(nl) == module_ids(en)
    # Each module says where it comes from, linking to that campaign's audience view.
    source_links = [a["href"] for a in nl.select(".module__source a")]
    assert any(href.startswith("/nl/campagnes/") and href != "/nl/campagnes/" for href in source_links)


def test_hub_shows_only_modules_of_published_campaigns(client, django_capture_on_commit_callbacks):
    campaign = CampaignPage.objects.get(slug_nl="denk-na-voor-je-deelt")
    module = AudienceModule.objects.create(
        name="Alleen hier",
        audiences=["parents"],
        content_nl=[("checklist", {"heading": "Alleen hier", "intro": "", "items": ["Punt"]})],
    )
    campaign.module_placements.add(CampaignModule(module=module))
    campaign.save_revision()  # a draft: not on the hub yet
    assert module.pk not in module_ids(soup(client.get("/nl/ouders/")))
    with django_capture_on_commit_callbacks(execute=True):  # the page cache is cleared on commit
        campaign.get_latest_revision().publish()
    assert module.pk in module_ids(soup(client.get("/nl/ouders/")))
    assert module.pk not in module_ids(soup(client.get("/nl/jongeren/")))
    campaign.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        campaign.unpublish()
    assert module.pk not in module_ids(soup(client.get("/nl/ouders/")))


def make_campaigns(count):
    index = CampaignIndexPage.objects.get()
    modules = list(AudienceModule.objects.all())
    start = CampaignPage.objects.count()
    for number in range(start, start + count):
        campaign = CampaignPage(
            title=f"Extra campagne {number}",
            slug=f"extra-{number}",
            hero_headline="Kop",
            hero_intro="Intro",
            key_message="Boodschap",
        )
        with translation.override("nl"):
            index.add_child(instance=campaign)
        for order, module in enumerate(modules):
            CampaignModule.objects.create(page=campaign, module=module, sort_order=order)


def count_queries(client, url):
    client.get(url)  # warm caches (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_hub_queries_do_not_grow_with_the_number_of_campaigns(client, no_page_cache):
    make_campaigns(2)
    few = count_queries(client, "/nl/ouders/")
    make_campaigns(30)
    many = count_queries(client, "/nl/ouders/")
    assert many == few, f"{few} queries with 4 campaigns, {many} with 34"


def test_a_hub_for_each_audience_at_most():
    from django.core.exceptions import ValidationError

    hub = AudienceHubPage(title="Nog een", slug="nog-een", audience="parents")
    with pytest.raises(ValidationError):
        hub.full_clean()
