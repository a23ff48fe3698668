"""The site frame and the content parts of pages are rendered once per content version and language
(core/fragment_cache.py), and visitors still see every edit at once, in both languages.

The page cache is off here, so every request renders the page and only the fragment cache can
answer. The version is bumped when the editor's transaction commits; each test runs in a
transaction that is rolled back, so the edits run inside
``django_capture_on_commit_callbacks(execute=True)``, which runs the callbacks as a commit would.
"""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core import page_cache
from messaging.assignment import signed_visitor_cookie
from pages.models import AudienceHubPage, HelpService, StandardPage
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("public_site", "no_page_cache")]


@pytest.fixture
def no_page_cache(settings):
    settings.PAGE_CACHE_ENABLED = False


@pytest.fixture
def footer_service(public_site):
    service = HelpService.objects.get()
    factories.site_settings(footer_help_services=[("service", service)], footer_text_nl="Oude voettekst")
    return service


def page(path, client=None):
    response = (client or Client()).get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def footer_text(path, client=None):
    return page(path, client).select_one("footer").get_text(" ", strip=True)


def menu(path):
    return [link.get_text(strip=True) for link in page(path).select(".main-nav a")]


def test_a_help_service_edit_shows_in_the_footer_of_the_next_page_in_both_languages(
    footer_service, django_capture_on_commit_callbacks
):
    assert footer_service.name_nl in footer_text("/nl/")
    assert footer_service.name_en in footer_text("/en/")
    footer_service.name_nl, footer_service.name_en = "Nieuwe hulplijn", "New helpline"
    with django_capture_on_commit_callbacks(execute=True):
        footer_service.save()
    for path in ("/nl/", "/nl/over-ons/"):
        assert "Nieuwe hulplijn" in footer_text(path), path
    for path in ("/en/", "/en/about/"):
        assert "New helpline" in footer_text(path), path


def test_the_footer_is_rendered_once_per_version_not_per_page(footer_service):
    """Without a version bump (a write no signal sees), the footer stays as it was rendered:
    it comes from the cache, on every page of that language; a new version renders it afresh."""
    assert footer_service.name_nl in footer_text("/nl/")
    HelpService.objects.filter(pk=footer_service.pk).update(name_nl="Stil gewijzigd")
    assert "Stil gewijzigd" not in footer_text("/nl/over-ons/")
    page_cache.invalidate()
    assert "Stil gewijzigd" in footer_text("/nl/over-ons/")


def test_a_page_from_a_kept_frame_does_not_read_the_help_services_or_the_settings(footer_service):
    Client().get("/nl/")
    with CaptureQueriesContext(connection) as queries:
        assert Client().get("/nl/over-ons/").status_code == 200
    tables = " ".join(query["sql"] for query in queries)
    assert "pages_helpservice" not in tables and "home_sitesettings" not in tables


def test_a_signed_in_editor_sees_the_frame_afresh(footer_service, django_user_model):
    footer_text("/nl/")
    HelpService.objects.filter(pk=footer_service.pk).update(name_nl="Stil gewijzigd")
    editor = Client()
    editor.force_login(django_user_model.objects.create_user(username="redacteur", password="x"))
    assert "Stil gewijzigd" in footer_text("/nl/over-ons/", editor)
    assert "Stil gewijzigd" not in footer_text("/nl/over-ons/")


def test_a_settings_edit_shows_at_once_in_both_languages(footer_service, django_capture_on_commit_callbacks):
    assert "Oude voettekst" in footer_text("/nl/")
    footer_text("/en/")
    with django_capture_on_commit_callbacks(execute=True):
        factories.site_settings(
            footer_text_nl="Nieuwe voettekst", footer_text_en="New footer text", quick_exit_url="https://nos.nl/"
        )
    assert "Nieuwe voettekst" in footer_text("/nl/over-ons/")
    assert "New footer text" in footer_text("/en/about/")
    for path in ("/nl/", "/en/"):
        assert page(path).select_one("[data-quick-exit]")["href"] == "https://nos.nl/", path


def test_a_menu_page_renamed_or_taken_out_of_the_menu_shows_on_every_page_in_both_languages(
    django_capture_on_commit_callbacks,
):
    about = StandardPage.objects.get(slug_nl="over-ons")
    about.show_in_menus = True
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    assert about.title_nl in menu("/nl/") and about.title_en in menu("/en/")
    about.refresh_from_db()
    about.title_nl, about.title_en = "Wie wij zijn", "Who we are"
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    assert "Wie wij zijn" in menu("/nl/hulp/") and "Who we are" in menu("/en/help/")
    about.refresh_from_db()
    about.show_in_menus = False
    with django_capture_on_commit_callbacks(execute=True):
        about.save_revision().publish()
    assert "Wie wij zijn" not in menu("/nl/") and "Who we are" not in menu("/en/")


def test_the_menu_marks_the_current_section_on_each_page_from_the_kept_menu(django_capture_on_commit_callbacks):
    hubs = AudienceHubPage.objects.all()
    with django_capture_on_commit_callbacks(execute=True):
        for hub in hubs:
            hub.show_in_menus = True
            hub.save_revision().publish()
    for hub in hubs:
        current = page(hub.get_url_in("nl")).select('.main-nav a[aria-current="page"]')
        assert [link.get_text(strip=True) for link in current] == [hub.title_nl]


def test_a_module_edit_shows_on_the_hub_at_once_in_both_languages(django_capture_on_commit_callbacks):
    from pages.models import AudienceModule

    module = next(module for module in AudienceModule.objects.all() if module.audiences == ["parents"])
    page("/nl/ouders/")
    page("/en/parents/")
    module.content_nl = [("checklist", {"heading": "Nieuw voor ouders", "items": ["Vraag het"]})]
    module.content_en = [("checklist", {"heading": "New for parents", "items": ["Ask"]})]
    with django_capture_on_commit_callbacks(execute=True):
        module.save()
    assert "Nieuw voor ouders" in page("/nl/ouders/").get_text()
    assert "New for parents" in page("/en/parents/").get_text()


def test_a_hub_module_with_a_running_experiment_shows_each_visitor_their_own_arm():
    """The arm is never kept in a fragment: visitors in either arm see their own headline, every time."""
    from pages.models import CampaignPage

    slot = factories.MessageSlotFactory(key="hub-module-slot")
    block = {"slot": "plek", "message": slot, "headline": "Terugval", "text": "", "button_label": ""}
    module = factories.AudienceModuleFactory(audiences=["parents"], content_nl=[("message_slot", block)])
    factories.CampaignModuleFactory(page=CampaignPage.objects.get(slug_nl="echt-of-nep"), module=module)
    factories.ExperimentFactory(slug="hub-module", slot=slot, running=True)
    seen = set()
    for number in range(24):
        client = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0")
        client.cookies["vib_visitor"] = signed_visitor_cookie(f"{number:032x}")
        headlines = {
            tag.get_text(strip=True)
            for _ in range(2)
            for tag in page("/nl/ouders/", client).select(".message-slot__headline")
        }
        assert len(headlines) == 1 and headlines <= {"Kop A", "Kop B"}, f"visitor {number}: {headlines}"
        seen |= headlines
    assert seen == {"Kop A", "Kop B"}, "24 visitors all saw one arm"


BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"


def campaign_with_hero_experiment(slug, module=None):
    """The demo campaign with a running experiment on its hero message (and ``module`` placed on it)."""
    from pages.models import CampaignPage

    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    if module is not None:
        factories.CampaignModuleFactory(page=campaign, module=module)
    slot = factories.MessageSlotFactory(key=f"{slug}-slot")
    campaign.hero_message = slot
    campaign.save_revision().publish()
    factories.ExperimentFactory(slug=slug, slot=slot, running=True)
    page_cache.invalidate()
    return campaign.get_url_in("nl")


def page_for_visitor(path, number):
    """The page as visitor ``number`` (a signed id of their own, so an arm of their own) sees it."""
    client = Client(HTTP_USER_AGENT=BROWSER)
    client.cookies["vib_visitor"] = signed_visitor_cookie(f"{number:032x}")
    return page(path, client)


def test_the_frame_is_rendered_once_for_every_arm_of_a_page_with_a_running_experiment(footer_service):
    """Visitors in either arm of a campaign page's experiment share one kept frame (the bench counts
    the queries of a first visit): a help service changed without a version bump (a write no signal
    sees) does not show in the footer for a visitor in the other arm either; each sees their own arm."""
    path = campaign_with_hero_experiment("frame-arms")

    def visit(number):
        soup = page_for_visitor(path, number)
        return soup.select_one(".hero").get_text(" ", strip=True), soup.select_one("footer").get_text(" ", strip=True)

    first_arm, footer = visit(0)
    assert footer_service.name_nl in footer
    HelpService.objects.filter(pk=footer_service.pk).update(name_nl="Stil gewijzigd")
    arms = {first_arm}
    for number in range(1, 24):
        arm, footer = visit(number)
        arms.add(arm)
        assert "Stil gewijzigd" not in footer, f"visitor {number} ({arm}): the frame was rendered again"
    assert len(arms) == 2, f"both arms shown: {sorted(arms)}"


def test_the_frame_templates_show_no_message_slot():
    """What lets one kept frame serve every arm (core/fragment_cache.py FRAME_PARTS): no part of it
    shows a message slot."""
    from pathlib import Path

    from django.conf import settings

    includes = Path(settings.BASE_DIR) / "pages" / "templates" / "includes"
    frame = ["header.html", "main_navigation.html", "footer.html", "footer_pages.html", "quick_exit.html"]
    frame += ["social_meta.html", "breadcrumb.html"]
    for name in frame:
        assert "message_for" not in (includes / name).read_text(), name


def test_a_campaign_s_content_parts_are_kept_once_for_both_arms_of_its_hero_message():
    """A hero message's arm is rendered outside the kept parts, so they are not kept per arm: a module
    changed without a version bump (a write no signal sees) stays as kept for a visitor in the other
    arm too, and each visitor still sees their own hero."""
    import json

    from pages.models import AudienceModule

    module = factories.AudienceModuleFactory(
        audiences=["everyone"], content_nl=[("checklist", {"heading": "Bewaarde lijst", "items": ["Vraag het"]})]
    )
    path = campaign_with_hero_experiment("hero-arms", module)

    def visit(number):
        soup = page_for_visitor(path, number)
        return soup.select_one(".hero h1").get_text(strip=True), soup.select_one("main").get_text(" ", strip=True)

    first_arm, text = visit(0)
    assert "Bewaarde lijst" in text
    changed = [{"type": "checklist", "value": {"heading": "Stil gewijzigd", "items": ["Vraag het"]}}]
    AudienceModule.objects.filter(pk=module.pk).update(content_nl=json.dumps(changed))
    arms = {first_arm}
    for number in range(1, 24):
        arm, text = visit(number)
        arms.add(arm)
        assert "Bewaarde lijst" in text and "Stil gewijzigd" not in text, (
            f"visitor {number} ({arm}): parts rendered again"
        )
    assert len(arms) == 2, f"both arms shown: {sorted(arms)}"
    page_cache.invalidate()
    assert "Stil gewijzigd" in visit(0)[1], "the silent change was not written: the test proves nothing"
