"""The help directory, the header's help link and helpline cards that follow the snippet."""

import pytest

from pages import audiences
from pages.models import HelpService
from pages.models.help import SITUATION_CHOICES
from tests import factories
from tests.helpers import soup, switcher_links

pytestmark = pytest.mark.django_db


@pytest.fixture
def help_site(home_page):
    """The help page with a service for each situation (the first two named), a campaign with a
    helpline card for Helpwanted for everyone (so also gathered by the young people's hub), and a footer service."""
    factories.HelpPageFactory(parent=home_page)
    services = [
        factories.HelpServiceFactory(situations=[key], sort_order=order)
        for order, (key, _label) in enumerate(SITUATION_CHOICES)
    ]
    helpwanted, kindertelefoon = services[0], services[1]
    helpwanted.name = helpwanted.name_nl = helpwanted.name_en = "Helpwanted"
    helpwanted.phone = "020-261 52 75"
    helpwanted.save()
    kindertelefoon.name = kindertelefoon.name_nl = kindertelefoon.name_en = "Kindertelefoon"
    kindertelefoon.save()
    card = [("helpline_card", {"service": helpwanted, "note": ""})]
    module = factories.AudienceModuleFactory(audiences=[audiences.EVERYONE], content_nl=card, content_en=card)
    campaign = factories.CampaignPageFactory(
        parent=factories.CampaignIndexPageFactory(parent=home_page), slug_nl="echt-of-nep", slug_en="real-or-fake"
    )
    factories.CampaignModuleFactory(page=campaign, module=module)
    factories.AudienceHubPageFactory(parent=home_page, audience="young-people")
    factories.GuidanceIndexPageFactory(parent=home_page)
    factories.site_settings(footer_help_services=[("service", kindertelefoon)])
    return services


def service_names(document):
    return [h.get_text(strip=True) for h in document.select(".help-list .help-service__name")]


def test_help_page_lists_every_service_in_both_languages(client, help_site):
    nl = soup(client.get("/nl/hulp/"))
    en = soup(client.get("/en/help/"))
    assert switcher_links(nl)["en"] == "/en/help/"
    assert len(service_names(nl)) == HelpService.objects.count() == len(help_site)
    assert "Helpwanted" in service_names(nl)
    helpwanted = HelpService.objects.get(name_nl="Helpwanted")
    assert helpwanted.for_whom_nl in nl.get_text() and helpwanted.for_whom_en in en.get_text()
    # Every card shows when its details were last checked.
    assert len(nl.select(".help-list .help-service__checked time[datetime]")) == len(service_names(nl))


@pytest.mark.parametrize("situation", [key for key, _label in SITUATION_CHOICES])
def test_filter_by_situation_is_a_shareable_url(client, help_site, situation):
    document = soup(client.get(f"/nl/hulp/?situation={situation}"))
    expected = [service.name_nl for service in HelpService.objects.all() if situation in service.situations]
    assert expected, f"the test site has a service for {situation}"
    assert service_names(document) == expected
    assert document.select_one(f"input[name=situation][value={situation}]").has_attr("checked")


def test_the_four_situations_the_issue_names_are_offered(client, help_site):
    document = soup(client.get("/en/help/"))
    labels = [label.get_text(strip=True) for label in document.select(".filter-form label")]
    for wanted in [
        "Images of me are being shared",
        "I am being blackmailed",
        "I am worried about my child",
        "I want to report material",
    ]:
        assert wanted in labels


@pytest.mark.parametrize("value", ["nonsense", "<script>", "' OR 1=1 --", "x" * 5000, "%00"])
def test_unknown_or_hostile_situations_show_everything(client, help_site, value):
    response = client.get("/nl/hulp/", {"situation": value})
    assert response.status_code == 200
    assert len(service_names(soup(response))) == HelpService.objects.count()


def test_help_page_is_honest_about_what_quick_exit_cannot_hide(client, help_site):
    text = soup(client.get("/en/help/")).get_text(" ")
    assert "does not erase your browser history" in text
    assert "niet uit" in soup(client.get("/nl/hulp/")).get_text(" ")


def test_every_page_has_a_need_help_link_in_the_header(client, help_site):
    for url, label, target in [
        ("/nl/", "Hulp nodig?", "/nl/hulp/"),
        ("/en/", "Need help?", "/en/help/"),
        ("/nl/campagnes/echt-of-nep/ouders/", "Hulp nodig?", "/nl/hulp/"),
        ("/en/guidance/", "Need help?", "/en/help/"),
    ]:
        link = soup(client.get(url)).select_one(".site-header a.site-header__help")
        assert link.get_text(strip=True) == label
        assert link["href"] == target


def test_a_helpline_card_shows_the_snippet_so_one_edit_updates_everywhere(client, help_site):
    service = HelpService.objects.get(name_nl="Helpwanted")
    service.phone = "020-000 00 00"
    service.save()
    for url in ["/nl/campagnes/echt-of-nep/", "/nl/jongeren/", "/nl/hulp/"]:
        document = soup(client.get(url))
        assert document.select_one('a[href="tel:0200000000"]'), url
        assert not document.select_one('a[href="tel:0202615275"]'), url


def test_footer_help_services_come_from_the_directory(client, help_site):
    service = HelpService.objects.get(name_nl="Kindertelefoon")
    service.for_whom_nl = "Gewijzigd voor de test"
    service.save()
    footer = soup(client.get("/nl/")).select_one("footer")
    assert "Gewijzigd voor de test" in footer.get_text()
