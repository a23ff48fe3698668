"""The help directory, the header's help link and helpline cards that follow the snippet."""

import pytest

from pages.models import HelpService
from pages.models.help import SITUATION_CHOICES
from tests.helpers import soup, switcher_links

pytestmark = pytest.mark.django_db


def service_names(document):
    return [h.get_text(strip=True) for h in document.select(".help-list .help-service__name")]


def test_help_page_lists_every_service_in_both_languages(client):
    nl = soup(client.get("/nl/hulp/"))
    en = soup(client.get("/en/help/"))
    assert switcher_links(nl) == {"en": "/en/help/"}
    assert len(service_names(nl)) == HelpService.objects.count() >= 10
    assert "Helpwanted" in service_names(nl)
    helpwanted = HelpService.objects.get(name_nl="Helpwanted")
    assert helpwanted.for_whom_nl in nl.get_text() and helpwanted.for_whom_en in en.get_text()
    # Every card shows when its details were last checked.
    assert len(nl.select(".help-list .help-service__checked time[datetime]")) == len(service_names(nl))


@pytest.mark.parametrize("situation", [key for key, _label in SITUATION_CHOICES])
def test_filter_by_situation_is_a_shareable_url(client, situation):
    document = soup(client.get(f"/nl/hulp/?situation={situation}"))
    expected = [service.name_nl for service in HelpService.objects.all() if situation in service.situations]
    assert expected, f"the demo has a service for {situation}"
    assert service_names(document) == expected
    assert document.select_one(f"input[name=situation][value={situation}]").has_attr("checked")


def test_the_four_situations_the_issue_names_are_offered(client):
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
def test_unknown_or_hostile_situations_show_everything(client, value):
    response = client.get("/nl/hulp/", {"situation": value})
    assert response.status_code == 200
    assert len(service_names(soup(response))) == HelpService.objects.count()


def test_help_page_is_honest_about_what_quick_exit_cannot_hide(client):
    text = soup(client.get("/en/help/")).get_text(" ")
    assert "does not erase your browser history" in text
    assert "niet uit" in soup(client.get("/nl/hulp/")).get_text(" ")


def test_every_page_has_a_need_help_link_in_the_header(client):
    for url, label, target in [
        ("/nl/", "Hulp nodig?", "/nl/hulp/"),
        ("/en/", "Need help?", "/en/help/"),
        ("/nl/campagnes/echt-of-nep/ouders/", "Hulp nodig?", "/nl/hulp/"),
        ("/en/guidance/", "Need help?", "/en/help/"),
    ]:
        link = soup(client.get(url)).select_one(".site-header a.site-header__help")
        assert link.get_text(strip=True) == label
        assert link["href"] == target


def test_a_helpline_card_shows_the_snippet_so_one_edit_updates_everywhere(client):
    service = HelpService.objects.get(name_nl="Helpwanted")
    service.phone = "020-000 00 00"
    service.save()
    for url in ["/nl/campagnes/echt-of-nep/", "/nl/jongeren/", "/nl/hulp/"]:
        document = soup(client.get(url))
        assert document.select_one('a[href="tel:0200000000"]'), url
        assert not document.select_one('a[href="tel:0202615275"]'), url


def test_footer_help_services_come_from_the_directory(client):
    service = HelpService.objects.get(name_nl="Kindertelefoon")
    service.for_whom_nl = "Gewijzigd voor de test"
    service.save()
    footer = soup(client.get("/nl/")).select_one("footer")
    assert "Gewijzigd voor de test" in footer.get_text()
