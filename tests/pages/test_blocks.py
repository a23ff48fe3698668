"""Content blocks render accessible HTML that loads nothing from other sites by itself."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from pages.blocks import CallToActionBlock, FaqBlock, VideoBlock

PLAYER = '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>'


@pytest.fixture
def provider_answers(monkeypatch):
    """The video provider's oEmbed answer, without asking the internet."""
    from wagtail.embeds import embeds

    monkeypatch.setattr(embeds, "get_embed", lambda url, **kwargs: SimpleNamespace(html=PLAYER))


def render(block, value):
    with translation.override("en"):
        return BeautifulSoup(block.render(block.to_python(value)), "html.parser")


@pytest.mark.django_db
def test_video_waits_for_a_click_and_always_offers_the_transcript(provider_answers):
    html = render(
        VideoBlock(),
        {
            "title": "What is a deepfake?",
            "video": "https://www.youtube.com/watch?v=abc",
            "transcript": "<p>Full transcript.</p>",
            "has_captions": True,
        },
    )
    # The player sits inert inside <template> until site.js moves it into the page.
    assert [frame for frame in html.find_all("iframe") if not frame.find_parent("template")] == []
    assert "youtube-nocookie" in html.select_one("template[data-video-embed]").decode_contents()
    assert html.select_one("button[data-video-load]").get_text(strip=True) == "Load the video"
    assert html.select_one("details summary").get_text(strip=True) == "Read the transcript"
    assert "Full transcript." in html.select_one("details").get_text()
    # Without JavaScript the visitor can still choose to go to the video.
    assert html.select_one("a[href='https://www.youtube.com/watch?v=abc']")


def test_faq_uses_details_and_summary():
    html = render(
        FaqBlock(),
        {"heading": "Questions", "items": [{"question": "Is it my fault?", "answer": "<p>No.</p>"}]},
    )
    assert html.select_one("details summary").get_text(strip=True) == "Is it my fault?"
    assert html.h2.get_text() == "Questions"


def test_call_to_action_needs_exactly_one_target():
    from django.core.exceptions import ValidationError

    block = CallToActionBlock()
    base = {"heading": "Get help", "text": "", "button_label": "Go"}
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**base, "page": None, "url": ""}))
    block.clean(block.to_python({**base, "page": None, "url": "https://www.helpwanted.nl"}))
