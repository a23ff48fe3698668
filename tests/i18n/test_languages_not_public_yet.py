"""A language in the settings list but not public yet: editors read it, visitors do not.

Turkish and Arabic went through this while they were written; here they are switched off again by
a settings override (``public: False`` in SITE_LANGUAGES), the step every next language takes. Its
columns, admin fields, preview and reports exist; the public site, the switcher, hreflang and the
sitemap show Dutch and English only, and /tr/ and /ar/ answer 404 to anyone but an editor.
"""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.utils import translation

from messaging.models import Experiment
from pages.search import ranked_matches
from tests import factories
from tests.helpers import alternate_links, soup, switcher_links

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("turkish_and_arabic_not_public")]


@pytest.fixture
def turkish_and_arabic_not_public(settings):
    """The settings list as it was before Turkish and Arabic were switched on (docs/development.md)."""
    settings.SITE_LANGUAGES = [
        {**language, "public": language["code"] not in ("tr", "ar")} for language in settings.SITE_LANGUAGES
    ]


@pytest.fixture
def campaign(home_page):
    """A campaign written in Dutch and English only."""
    return factories.CampaignPageFactory(
        parent=factories.CampaignIndexPageFactory(parent=home_page),
        slug_nl="echt-of-nep",
        slug_en="real-or-fake",
        hero_headline_nl="Echt of nep?",
        hero_headline_en="Real or fake?",
    )


def url_in(page, code):
    with translation.override(code):
        return page.get_url()


@pytest.mark.parametrize("code", ["tr", "ar"])
def test_a_visitor_gets_not_found_under_a_language_that_is_not_public(client, campaign, code):
    for url in (f"/{code}/", url_in(campaign, code)):
        assert url.startswith(f"/{code}/")
        response = client.get(url)
        assert response.status_code == 404
        # In the default language, not in one whose interface strings may not be complete yet.
        assert BeautifulSoup(response.content, "html.parser").html["lang"] == "nl"


def test_an_editor_reads_arabic_right_to_left_with_the_dutch_marked_as_dutch(admin_client, campaign):
    document = soup(admin_client.get(url_in(campaign, "ar")))
    assert document.html["lang"] == "ar" and document.html["dir"] == "rtl"
    notice = document.select_one(".notice--language")
    assert notice is not None and "العربية" in notice.get_text()  # names the language as its readers do
    content = document.select_one(".page-content")
    assert content["lang"] == "nl" and content["dir"] == "ltr"
    assert "Echt of nep?" in content.get_text()


def test_an_editor_in_turkish_sees_where_they_are_but_hreflang_names_only_public_languages(admin_client, campaign):
    document = soup(admin_client.get(url_in(campaign, "tr")))
    assert document.html["lang"] == "tr" and document.html["dir"] == "ltr"
    current = document.select_one("nav.language-switcher [aria-current]")
    assert current["lang"] == "tr" and current.get_text() == "Türkçe"
    assert set(switcher_links(document)) == {"nl", "en"}  # not Arabic: not public, not here
    assert set(alternate_links(document)) == {"nl", "en", "x-default"}


def test_the_public_site_lists_dutch_and_english_only(client, campaign):
    document = soup(client.get("/en/campaigns/real-or-fake/"))
    assert document.html["dir"] == "ltr"
    assert set(switcher_links(document)) == {"nl"}
    assert set(alternate_links(document)) == {"nl", "en", "x-default"}
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/campaigns/real-or-fake/" in sitemap
    assert "/tr/" not in sitemap and "/ar/" not in sitemap
    assert 'hreflang="tr"' not in sitemap and 'hreflang="ar"' not in sitemap


@pytest.mark.parametrize("accept", ["tr", "ar,en;q=0.5"])
def test_a_browser_asking_for_a_language_not_yet_public_is_sent_to_dutch(client, home_page, accept):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE=accept)["Location"] == "/nl/"
    login = client.get("/account/login/", HTTP_ACCEPT_LANGUAGE=accept)
    assert '<html lang="nl"' in login.content.decode()


def test_the_preview_shows_each_language_also_one_not_public_yet(campaign):
    with translation.override("nl"):
        modes = campaign.preview_modes
        assert [(mode, str(label)) for mode, label in modes[2:4]] == [
            ("language:tr", "Turks"),
            ("language:ar", "Arabisch"),
        ]
        response = campaign.make_preview_request(preview_mode="language:ar")
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_an_experiment_can_be_limited_to_any_language_of_the_list():
    field = Experiment._meta.get_field("languages")
    assert [code for code, _name in field.key_choices] == ["nl", "en", "tr", "ar"]


@pytest.mark.parametrize(
    ("file_language", "page_language", "said"), [("en", "nl", "in het Engels"), ("tr", "en", "in Turkish")]
)
def test_a_download_in_another_language_is_named_by_its_language(client, home_page, file_language, page_language, said):
    lesson = factories.LessonPageFactory(parent=factories.LessonIndexPageFactory(parent=home_page))
    factories.LessonDownloadFactory(page=lesson, language=file_language)
    document = soup(client.get(url_in(lesson, page_language)))
    assert said in document.select_one(".download__facts").get_text(" ", strip=True)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming needs PostgreSQL")
def test_turkish_and_arabic_are_searched_with_their_own_stemming(home_page):
    page = factories.GuidancePageFactory(
        parent=factories.GuidanceIndexPageFactory(parent=home_page),
        title_tr="Çocukların fotoğrafları",
        title_ar="صور أطفالكم",
    )
    page.save_revision().publish()
    # "fotoğraf" finds "fotoğrafları" ('turkish'), "أطفال" finds "أطفالكم" ('arabic').
    assert page.pk in [pk for pk, _score in ranked_matches("fotoğraf", "tr")]
    assert page.pk in [pk for pk, _score in ranked_matches("أطفال", "ar")]
    assert page.pk not in [pk for pk, _score in ranked_matches("fotoğraf", "nl")]


def test_the_lesson_filter_offers_only_the_languages_the_public_sees(client):
    from pages.lessons.filters import LessonFilterForm

    offered = [code for code, _name in LessonFilterForm().fields["language"].choices]
    assert offered == ["", "nl", "en"]
