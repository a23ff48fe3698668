"""Both languages on every page: lang, language switcher, hreflang, canonical and fallback."""

import pytest
from django.utils import translation

from tests.helpers import alternate_links, soup, switcher_links

pytestmark = pytest.mark.django_db

LANGUAGES = ["nl", "en"]


def url_in(page, language):
    with translation.override(language):
        return page.get_url()


def test_every_live_page_of_every_type_answers_in_both_languages(client, every_page_type):
    pages = every_page_type
    types = {type(page).__name__ for page in pages}
    assert types >= {
        "HomePage",
        "CampaignIndexPage",
        "CampaignPage",
        "GuidanceIndexPage",
        "GuidancePage",
        "StandardPage",
    }
    for page in pages:
        for language in LANGUAGES:
            url = url_in(page, language)
            assert url.startswith(f"/{language}/"), url
            document = soup(client.get(url))
            assert document.html["lang"] == language
            assert len(document.find_all("h1")) == 1, f"exactly one h1 on {url}"
            assert document.select_one("a.skip-link[href='#main']")
            assert document.find("main", id="main")


def test_switcher_links_to_the_same_page_in_the_other_languages(client, every_page_type):
    for page in every_page_type:
        urls = {code: url_in(page, code) for code in ("nl", "en", "tr", "ar")}
        assert switcher_links(soup(client.get(urls["nl"]))) == {"en": urls["en"], "tr": urls["tr"], "ar": urls["ar"]}
        assert switcher_links(soup(client.get(urls["ar"]))) == {"nl": urls["nl"], "en": urls["en"], "tr": urls["tr"]}


def test_alternates_and_canonical_name_every_language_and_a_default(client, campaign):
    document = soup(client.get("/en/campaigns/real-or-fake/"))
    assert alternate_links(document) == {
        "nl": "http://testserver/nl/campagnes/echt-of-nep/",
        "en": "http://testserver/en/campaigns/real-or-fake/",
        "tr": f"http://testserver{url_in(campaign, 'tr')}",
        "ar": f"http://testserver{url_in(campaign, 'ar')}",
        "x-default": "http://testserver/nl/campagnes/echt-of-nep/",
    }
    assert document.select_one('link[rel="canonical"]')["href"] == ("http://testserver/en/campaigns/real-or-fake/")
    assert url_in(campaign, "nl") == "/nl/campagnes/echt-of-nep/"


def test_translated_slugs_give_each_language_its_own_address(client, campaign):
    assert client.get("/nl/campagnes/echt-of-nep/").status_code == 200
    assert client.get("/en/campaigns/real-or-fake/").status_code == 200
    # A slug belongs to its language.
    assert client.get("/en/campagnes/echt-of-nep/").status_code == 404


def test_content_appears_in_the_visitors_language(client, campaign):
    nl = soup(client.get("/nl/campagnes/echt-of-nep/"))
    en = soup(client.get("/en/campaigns/real-or-fake/"))
    assert nl.h1.get_text(strip=True) == campaign.hero_headline_nl
    assert en.h1.get_text(strip=True) == campaign.hero_headline_en
    assert campaign.hero_headline_nl != campaign.hero_headline_en


def test_page_without_english_shows_dutch_with_a_notice_and_lang_nl(client, untranslated_guidance):
    page = untranslated_guidance
    document = soup(client.get(url_in(page, "en")))
    notice = document.select_one(".notice--language")
    assert notice is not None
    assert "not yet available in English" in notice.get_text()
    content = document.select_one(".page-content")
    assert content["lang"] == "nl"
    assert page.title_nl in content.get_text()
    assert document.html["lang"] == "en"  # the interface around it stays English


def test_translated_pages_show_no_language_notice(client, campaign):
    for url in ["/en/campaigns/real-or-fake/", "/nl/campagnes/echt-of-nep/"]:
        document = soup(client.get(url))
        assert document.select_one(".notice--language") is None
        assert not document.select_one(".page-content").has_attr("lang")


def test_dutch_page_never_shows_the_notice(client, untranslated_guidance):
    document = soup(client.get(url_in(untranslated_guidance, "nl")))
    assert document.select_one(".notice--language") is None


def test_interface_strings_are_translated(client, home_page):
    nl = soup(client.get("/nl/"))
    en = soup(client.get("/en/"))
    assert nl.select_one("a.skip-link").get_text(strip=True) == "Direct naar de inhoud"
    assert en.select_one("a.skip-link").get_text(strip=True) == "Skip to main content"


def test_interface_labels_inside_fallback_content_keep_the_interface_language(client, untranslated_guidance):
    page = untranslated_guidance
    document = soup(client.get(url_in(page, "en")))
    assert document.select_one("#sources-heading")["lang"] == "en"
    assert document.select_one(".breadcrumb [aria-current=page]")["lang"] == "nl"


def test_a_field_left_empty_in_english_is_shown_in_dutch_and_marked_so(client, campaign):
    campaign.body_en = []
    campaign.save_revision().publish()
    document = soup(client.get("/en/campaigns/real-or-fake/"))
    assert document.select_one(".stream")["lang"] == "nl"
    assert document.select_one(".notice--language") is None  # the page itself is translated
    assert soup(client.get("/nl/campagnes/echt-of-nep/")).select_one(".stream")["lang"] == "nl"
