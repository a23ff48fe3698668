"""Accessibility hints while writing (vague link texts, skipped heading levels), and Wagtail's
checker with this site's extra rules."""

import json

import pytest

from editorial.accessibility import hints

pytestmark = pytest.mark.django_db


def state(blocks, links=()):
    entity_map = {str(n): {"type": "LINK", "data": {"url": url}} for n, (_text, url) in enumerate(links)}
    return json.dumps({"blocks": blocks, "entityMap": entity_map})


def paragraph(text, link_texts=()):
    ranges = [{"offset": text.index(link), "length": len(link), "key": n} for n, link in enumerate(link_texts)]
    return {"key": "k", "type": "unstyled", "text": text, "entityRanges": ranges, "inlineStyleRanges": []}


def heading(level, text):
    names = {2: "header-two", 3: "header-three", 4: "header-four"}
    return {"key": "h", "type": names[level], "text": text, "entityRanges": [], "inlineStyleRanges": []}


@pytest.mark.parametrize(
    "language, text, link",
    [
        ("nl", "Wil je hulp? Klik hier voor meer.", "Klik hier"),
        ("nl", "Alles over sextortion: lees meer.", "lees meer"),
        ("en", "Need help? Click here.", "Click here"),
    ],
)
def test_vague_link_texts_are_named(language, text, link):
    found = hints({f"intro_{language}": state([paragraph(text, [link])], [(link, "https://example.org")])}, language)
    assert link in found["intro"][0]


def test_descriptive_link_texts_pass():
    text = "Zoek hulp bij de chat van Helpwanted."
    link = "de chat van Helpwanted"
    assert hints({"intro_nl": state([paragraph(text, [link])], [(link, "https://helpwanted.nl")])}, "nl") == {}


def test_a_skipped_heading_level_is_named_across_stream_blocks():
    fields = {
        "body_nl-0-value": state([heading(2, "Wat is het?"), paragraph("Uitleg.")]),
        "body_nl-1-value": state([heading(4, "Te diep"), paragraph("Tekst.")]),
    }
    found = hints(fields, "nl")
    assert "Te diep" in found["body"][0] and "h2 → h4" in found["body"][0]
    assert hints({"body_nl-0-value": state([heading(2, "A"), heading(3, "B"), heading(2, "C")])}, "nl") == {}


def test_an_arabic_field_is_named_without_its_language():
    fields = {"body_ar-0-value": state([heading(2, "ما هو؟"), heading(4, "عميق جدا")])}
    assert list(hints(fields, "ar")) == ["body"]


def test_the_editor_endpoint_returns_the_hints(admin_client):
    link = "klik hier"
    payload = {
        "path": "/admin/pages/1/edit/",
        "fields": {"intro_nl": "Wil je weten wat je kunt doen? Lees de uitleg op deze pagina."},
        "rich_text": {
            "teacher_background_nl": state([paragraph("Meer weten: klik hier.", [link])], [(link, "https://x")])
        },
    }
    response = admin_client.post("/admin/editorial/readability/", json.dumps(payload), content_type="application/json")
    assert response.status_code == 200
    assert "klik hier" in response.json()["accessibility"]["nl"]["teacher_background"][0]


def test_wagtails_checker_stays_on_with_the_sites_extra_rules(admin_client, home_page):
    from wagtail.admin.userbar import ContentCheckerItem

    from editorial.wagtail_hooks import SiteContentChecker

    assert set(ContentCheckerItem.axe_run_only) < set(SiteContentChecker.axe_run_only)
    assert "image-alt" in SiteContentChecker.axe_run_only
    html = admin_client.get("/nl/").content.decode()
    assert "image-alt" in html  # the userbar's checker configuration on a live page, for editors
