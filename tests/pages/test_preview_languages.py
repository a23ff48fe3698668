"""An editor previews a page in each language, whatever the language of the admin they work in.

Wagtail's preview mode menu lists "Nederlands" (the default) and "Engels"; each mode renders the page
as a visitor of its address (/nl/… or /en/…) gets it, so the Checks panel counts that language's words.
"""

import re
from urllib.parse import urlparse

import pytest
from django.utils import translation

from tests import factories


@pytest.fixture
def guidance(guidance_index):
    return factories.GuidancePageFactory(
        parent=guidance_index,
        title_nl="Praten met je kind",
        title_en="Talking with your child",
        slug_nl="praten-met-je-kind",
        slug_en="talking-with-your-child",
    )


def test_the_mode_menu_names_each_language_dutch_first(guidance):
    with translation.override("nl"):
        modes = guidance.preview_modes
    assert modes[:2] == [("", "Nederlands"), ("language:en", "Engels")]
    assert guidance.default_preview_mode == ""


@pytest.mark.parametrize("admin_language", ["nl", "en"])
@pytest.mark.parametrize(
    "mode, code, title, path",
    [("", "nl", "Praten met je kind", "/nl/"), ("language:en", "en", "Talking with your child", "/en/")],
)
def test_each_mode_renders_the_page_in_its_language(guidance, admin_language, mode, code, title, path):
    with translation.override(admin_language):
        response = guidance.make_preview_request(preview_mode=mode)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}" dir="ltr">' in html
    assert title in html
    assert response["Content-Language"] == code
    # Rendered for the page's own address in that language, as a visitor there gets it.
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    assert urlparse(canonical).path.startswith(path)


def test_an_unknown_language_mode_is_shown_as_the_default_view(guidance):
    response = guidance.make_preview_request(preview_mode="language:xx")
    assert response.status_code == 200
