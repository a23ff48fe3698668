"""The editor's plain-language endpoint: scores per field and for the whole text, per audience."""

import html
import json
import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

URL = "/admin/editorial/readability/"
LONG_NL = (
    "Wanneer ouders foto's van hun kinderen op openbare socialemediaplatformen plaatsen zonder daarbij "
    "uitgebreid stil te staan bij de privacyinstellingen en de mogelijke verspreiding door onbekenden, "
    "ontstaat er een aanzienlijk risico op misbruik door kwaadwillenden met geavanceerde technologie."
)
SHORT_NL = "Zet je een foto van je kind online? Kijk eerst wie hem kan zien. Deel hem alleen met mensen die je kent."


def check(client, fields, path="/admin/pages/1/edit/"):
    return client.post(URL, json.dumps({"path": path, "fields": fields}), content_type="application/json")


def test_scores_per_field_and_for_the_page_in_both_languages(admin_client):
    response = check(
        admin_client,
        {
            "intro_nl": LONG_NL,
            "title_nl": "Foto's delen",
            "intro_en": "Do you post a photo of your child? First check who can see it.",
        },
    )
    assert response.status_code == 200
    result = response.json()
    nl, en = result["languages"]["nl"], result["languages"]["en"]
    assert nl["fields"]["intro"]["level"] == "hard" and nl["fields"]["intro"]["long_sentences"]
    assert nl["page"]["explanation"] and en["page"]["score"] is not None
    rewritten = check(admin_client, {"intro_nl": SHORT_NL, "title_nl": "Foto's delen"}).json()
    assert rewritten["languages"]["nl"]["page"]["score"] > nl["page"]["score"]
    assert not rewritten["languages"]["nl"]["fields"]["intro"]["long_sentences"]


def test_turkish_and_arabic_text_get_no_made_up_score(admin_client):
    response = check(
        admin_client,
        {
            "intro_nl": SHORT_NL,
            "intro_tr": "Çocuğunuzun fotoğrafını paylaşıyor musunuz?",
            "intro_ar": "هل تنشر صورة طفلك؟",
        },
    )
    assert response.status_code == 200
    result = response.json()["languages"]
    assert set(result) == {"nl", "tr", "ar"} and result["nl"]["page"]["score"] is not None
    for code, name in (("tr", "Turks"), ("ar", "Arabisch")):
        # No formula for the language: no score anywhere, and the editor reads why and what to do
        # (in the admin's language, Dutch here).
        assert result[code]["page"] is None and result[code]["fields"] == {}
        assert result[code]["explanation"] == (
            f"Geen leesbaarheidsformule voor het {name}, dus geen score. "
            "Vraag iemand met die moedertaal om te controleren of de tekst eenvoudig en duidelijk is."
        )


def test_a_language_without_text_gets_no_section_not_even_the_no_formula_notice(admin_client):
    result = check(admin_client, {"intro_nl": SHORT_NL, "intro_tr": "   "}).json()["languages"]
    assert set(result) == {"nl"}


def test_the_editor_script_reads_the_fields_of_every_site_language(admin_client):
    page = admin_client.get("/admin/").content.decode()
    names = re.search(r'data-languages="([^"]+)"', page).group(1)
    assert json.loads(html.unescape(names)) == {"nl": "Nederlands", "en": "Engels", "tr": "Turks", "ar": "Arabisch"}


def test_young_peoples_pages_get_the_stricter_target(admin_client, home_page):
    hub = factories.AudienceHubPageFactory(parent=home_page, audience="young-people")
    guidance = factories.GuidancePageFactory(parent=factories.GuidanceIndexPageFactory(parent=home_page))
    young = check(admin_client, {"intro_nl": SHORT_NL}, f"/admin/pages/{hub.pk}/edit/").json()
    parents = check(admin_client, {"intro_nl": SHORT_NL}, f"/admin/pages/{guidance.pk}/edit/").json()
    assert young["audience"] == "young-people" and parents["audience"] == "everyone"
    assert young["target"]["min_score"] > parents["target"]["min_score"]


def test_the_endpoint_is_for_signed_in_editors_and_refuses_bad_input(admin_client, client):
    assert check(client, {"intro_nl": SHORT_NL}).status_code == 302  # to the login page
    assert admin_client.post(URL, "{nope", content_type="application/json").status_code == 400
    assert admin_client.post(URL, json.dumps({"fields": ["x"]}), content_type="application/json").status_code == 400
    big = json.dumps({"fields": {"intro_nl": "woord " * 50_000}})
    assert admin_client.post(URL, big, content_type="application/json").status_code == 413
    assert admin_client.get(URL).status_code == 405
