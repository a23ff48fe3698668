"""The demo in Turkish and Arabic (issue 29): what parents need first, in their own language.

The parents' hub, the help page with every help service and the "get images offline" route answer
/tr/ and /ar/ in the language, lang and dir set; each of those texts is marked in the admin as a demo
translation, to be checked by a native speaker.
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.utils.html import strip_tags

from editorial.models import TranslationToCheck
from pages.models import AudienceHubPage, GuidancePage, HelpPage, HelpService, ImagesOfflinePage

pytestmark = pytest.mark.django_db

CODES = ["tr", "ar"]
DIRECTION = {"tr": "ltr", "ar": "rtl"}
PARENT_THREATENED = {"who": "child", "what": "threatened", "platform": "whatsapp"}


@pytest.fixture(autouse=True)
def every_language_public(settings):
    """Turkish and Arabic as the public sees them, whatever this branch's settings say about "public"."""
    settings.SITE_LANGUAGES = [{**language, "public": True} for language in settings.SITE_LANGUAGES]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def words(html):
    return " ".join(strip_tags(html).split())


def in_language(document, code):
    assert document.html["lang"] == code and document.html["dir"] == DIRECTION[code]
    assert document.select_one(".notice--language") is None  # the page is not a Dutch fallback


@pytest.mark.parametrize("code", CODES)
def test_the_parents_hub_speaks_the_language(client, code):
    hub = AudienceHubPage.objects.get(audience="parents")
    document = soup(client.get(f"/{code}/ouders/"))
    in_language(document, code)
    assert document.h1.get_text(strip=True) == getattr(hub, f"title_{code}")
    assert words(getattr(hub, f"intro_{code}")) in " ".join(document.get_text(" ").split())
    # The photo-safety guidance is linked under its own title in the language.
    guidance = GuidancePage.objects.get(slug_nl="voordat-je-een-foto-van-je-kind-deelt")
    assert getattr(guidance, f"title_{code}") in document.get_text(" ")
    # Its modules (photo checklist, what to do, helpline cards, the parents' message) too: none falls back.
    assert document.select("main section") and not document.select('main section[lang="nl"]')


@pytest.mark.parametrize("code", CODES)
def test_the_photo_safety_guidance_speaks_the_language(client, code):
    document = soup(client.get(f"/{code}/informatie/voordat-je-een-foto-van-je-kind-deelt/"))
    in_language(document, code)
    assert not document.select_one(".page-content").has_attr("lang")
    checklist = {"tr": "Gizli bir hesap kullanın.", "ar": "استخدموا حسابًا خاصًا."}[code]
    assert checklist in document.get_text(" ")


@pytest.mark.parametrize("code", CODES)
def test_the_help_page_lists_every_help_service_in_the_language(client, code):
    document = soup(client.get(f"/{code}/hulp/"))
    in_language(document, code)
    cards = {
        card.select_one(".help-service__name").get_text(strip=True): card for card in document.select(".help-service")
    }
    services = list(HelpService.objects.all())
    assert len(services) == 10 and {service.name_nl for service in services} <= set(cards)
    for service in services:
        card_text = " ".join(cards[service.name_nl].get_text(" ").split())
        assert getattr(service, f"for_whom_{code}") in card_text, service.name_nl
        assert getattr(service, f"description_{code}") in card_text, service.name_nl
        assert service.description_nl not in card_text


@pytest.mark.parametrize("code", CODES)
def test_the_route_asks_and_guides_a_parent_in_the_language(client, code):
    page = ImagesOfflinePage.objects.get()
    first_question = soup(client.get(f"/{code}/hulp/beelden-offline/"))
    in_language(first_question, code)
    assert getattr(page, f"who_help_{code}") in first_question.get_text(" ")
    route = soup(client.get(f"/{code}/hulp/beelden-offline/", PARENT_THREATENED))
    in_language(route, code)
    first_step = route.select_one(".offline-steps > li")
    assert first_step["id"] == "step-stop-contact"
    text = first_step.select_one("div[lang]")
    assert text["lang"] == code
    assert " ".join(text.get_text(" ").split()) == words(getattr(page, f"step_stop_contact_parent_{code}"))


def test_each_demo_text_in_turkish_and_arabic_is_marked_for_a_native_speakers_check(admin_client):
    marked = {
        (mark.content_type.model_class(), mark.object_id, mark.language)
        for mark in TranslationToCheck.objects.select_related("content_type")
    }
    objects = [
        AudienceHubPage.objects.get(audience="parents"),
        GuidancePage.objects.get(slug_nl="voordat-je-een-foto-van-je-kind-deelt"),
        HelpPage.objects.get(),
        ImagesOfflinePage.objects.get(),
        *HelpService.objects.all(),
    ]
    for obj in objects:
        for code in CODES:
            assert (type(obj), str(obj.pk), code) in marked, (obj, code)
    # Nothing the demo has only in Dutch and English is marked.
    hub = ContentType.objects.get_for_model(AudienceHubPage)
    young = AudienceHubPage.objects.get(audience="young-people")
    assert not TranslationToCheck.objects.filter(content_type=hub, object_id=str(young.pk)).exists()
    # The editor sees it: in the parents' hub's form, and in the report's Arabic column.
    form = admin_client.get(f"/admin/pages/{objects[0].pk}/edit/").content.decode()
    assert "Turks en Arabisch: demovertaling, nog te controleren door iemand met die moedertaal." in form
    report = admin_client.get("/admin/editorial/translations/", {"language": "ar"})
    marked_rows = [item.title for item, statuses in report.context["rows"] if statuses[0][3]]
    assert {"Voor ouders", "Hulp", "Beelden offline halen", "Helpwanted"} <= set(marked_rows)
