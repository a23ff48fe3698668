"""An editor can publish Turkish without Arabic (issue 29): each language is available on its own.

A page with its Turkish written answers /tr/ in Turkish; the same page under /ar/, Arabic still
empty, shows the Dutch text marked lang="nl" with the fallback notice, in an Arabic (rtl) frame.
"""

import pytest
from django.utils import translation

from tests import factories
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def every_language_public(settings):
    """Turkish and Arabic as the public sees them, whatever this branch's settings say about "public"."""
    settings.SITE_LANGUAGES = [{**language, "public": True} for language in settings.SITE_LANGUAGES]


@pytest.fixture
def turkish_only(guidance_index):
    return factories.GuidancePageFactory(
        parent=guidance_index,
        title_nl="Voordat je een foto van je kind deelt",
        title_tr="Çocuğunuzun fotoğrafını paylaşmadan önce",
        intro_tr="Çocuğunuzun fotoğraflarını paylaşmak çok normaldir.",
        body_tr=[("text", "<p>Fotoğrafı kim görebilir? Ayarlarınıza iyi bakın.</p>")],
        title_ar=None,
        intro_ar="",
        body_ar=[],
    )


def url_in(page, code):
    with translation.override(code):
        return page.get_url()


def test_turkish_is_shown_in_turkish_while_arabic_falls_back_to_dutch_with_the_notice(client, turkish_only):
    page = turkish_only
    turkish = soup(client.get(url_in(page, "tr")))
    assert turkish.html["lang"] == "tr" and turkish.html["dir"] == "ltr"
    assert turkish.select_one(".notice--language") is None
    assert turkish.h1.get_text(strip=True) == page.title_tr
    assert "Ayarlarınıza iyi bakın." in turkish.select_one(".page-content").get_text()
    assert not turkish.select_one(".page-content").has_attr("lang")

    response = client.get(url_in(page, "ar"))
    assert response.status_code == 200
    arabic = soup(response)
    assert arabic.html["lang"] == "ar" and arabic.html["dir"] == "rtl"
    assert arabic.select_one(".notice--language") is not None
    content = arabic.select_one(".page-content")
    assert content["lang"] == "nl" and page.title_nl in content.get_text()
    assert "Ayarlarınıza" not in arabic.get_text()  # never the Turkish in the Arabic page


def test_the_page_is_translated_into_turkish_and_not_into_arabic(turkish_only):
    assert turkish_only.is_translated_into("tr") and not turkish_only.is_translated_into("ar")
