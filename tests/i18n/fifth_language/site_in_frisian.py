"""Run by tests/i18n/test_fifth_language.py with tests/i18n/fifth_language/settings.py: the site in a
fifth language (Frisian, public) that only the settings list knows about.

The migration files know four languages; this process makes its tables from the models
(pytest-django's --nomigrations), which have the Frisian columns `makemigrations` would add, and
then runs the same follow-up commands as every test database (tests/conftest.py). What Wagtail's
data migrations would have made (the root page, the root collection, the default locale) is made
here.
"""

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Collection, Locale, Page

from pages.models import CampaignPage
from tests import factories
from tests.helpers import alternate_links, soup, switcher_links

pytestmark = pytest.mark.django_db

REPORT = "/admin/editorial/translations/"


@pytest.fixture(autouse=True)
def wagtail_roots(db):
    """What Wagtail's own data migrations make: the default locale, the root page and collection."""
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Page.objects.filter(depth=1).exists():
        with translation.override(settings.LANGUAGE_CODE):
            Page.add_root(instance=Page(title="Root", slug="root", title_nl="Root", slug_nl="root"))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")


@pytest.fixture
def campaign(home_page):
    """A campaign in Dutch and English, not (yet) in Frisian."""
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


def test_the_models_have_frisian_columns():
    assert CampaignPage._meta.get_field("hero_headline_fy")


def test_pages_answer_under_fy_with_the_dutch_text_and_a_notice(client, campaign):
    assert client.get("/fy/").status_code == 200
    url = url_in(campaign, "fy")
    assert url.startswith("/fy/")
    document = soup(client.get(url))
    assert document.html["lang"] == "fy" and document.html["dir"] == "ltr"
    notice = document.select_one(".notice--language")
    assert notice is not None and "Frysk" in notice.get_text()
    content = document.select_one(".page-content")
    assert content["lang"] == "nl" and "Echt of nep?" in content.get_text()


def test_the_switcher_and_hreflang_list_frisian(client, campaign):
    dutch = soup(client.get("/nl/campagnes/echt-of-nep/"))
    links = switcher_links(dutch)
    assert links["en"] == "/en/campaigns/real-or-fake/" and links["fy"] == url_in(campaign, "fy")
    assert list(links) == ["en", "tr", "ar", "fy"]  # in the list's order, the new one last
    assert dutch.select_one('nav.language-switcher a[hreflang="fy"]').get_text() == "Frysk"
    assert set(alternate_links(dutch)) == {"nl", "en", "tr", "ar", "fy", "x-default"}
    frisian = soup(client.get(url_in(campaign, "fy")))
    assert set(switcher_links(frisian)) == {"nl", "en", "tr", "ar"}


def test_the_sitemap_lists_frisian(client, campaign):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"http://testserver{url_in(campaign, 'fy')}" in sitemap
    assert 'hreflang="fy"' in sitemap


def test_the_translation_report_has_a_column_for_frisian(admin_client, campaign):
    response = admin_client.get(REPORT)
    assert [code for code, _name in response.context["language_columns"]] == ["en", "tr", "ar", "fy"]
    assert '<th scope="col" data-language="fy">' in response.content.decode()
    assert any(item.missing.get("fy") for item in response.context["items"])
