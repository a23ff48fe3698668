"""The site-root-path quirk (upstream/modeltranslation_quirks.py): URLs in both languages on one request."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, get_page_models

from core.request_state import state_of
from upstream import modeltranslation_quirks
from upstream.modeltranslation_quirks import localized_site_root_paths

pytestmark = pytest.mark.django_db


@pytest.fixture
def root_path_reads(monkeypatch):
    """How often the site root paths of the active language are worked out (a cache read each)."""
    reads = []
    original = modeltranslation_quirks._localized_site_get_site_root_paths

    def counted():
        reads.append(translation.get_language())
        return original()

    monkeypatch.setattr(modeltranslation_quirks, "_localized_site_get_site_root_paths", counted)
    return reads


def url_in(page, language, request):
    with translation.override(language):
        return page.get_url(request=request)


def test_urls_alternate_between_languages_correctly_on_one_request(about, root_path_reads):
    request = RequestFactory().get("/nl/over-de-routes/")
    urls = [url_in(about, language, request) for language in ("nl", "en", "nl", "en")]
    assert urls == ["/nl/over-de-routes/", "/en/about-the-routes/"] * 2


def test_each_language_s_root_paths_are_read_once_per_request(about, root_path_reads):
    request = RequestFactory().get("/nl/over-de-routes/")
    for language in ("nl", "en", "nl", "en", "nl"):
        url_in(about, language, request)
    assert root_path_reads == ["nl", "en"]
    assert set(state_of(request).site_root_paths) == {"nl", "en"}
    url_in(about, "en", RequestFactory().get("/en/"))  # another request reads afresh
    assert root_path_reads == ["nl", "en", "en"]


def test_wagtail_finds_the_active_language_s_root_paths_where_it_looks_for_them(home):
    # The redirects app's signal handler and the admin's page chooser read these request attributes.
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        paths = localized_site_root_paths(home, request)
    assert request._wagtail_cached_site_root_paths_language == "en"
    assert request._wagtail_cached_site_root_paths is paths
    assert any(path.root_path == home.url_path_en for path in paths)


def test_without_a_request_urls_are_still_right_in_both_languages(about):
    assert [url_in(about, language, None) for language in ("nl", "en", "nl")] == [
        "/nl/over-de-routes/",
        "/en/about-the-routes/",
        "/nl/over-de-routes/",
    ]


def test_every_page_type_uses_the_per_language_root_paths():
    for model in get_page_models():
        assert model._get_site_root_paths is localized_site_root_paths, model.__name__
    assert Page._get_site_root_paths is localized_site_root_paths
