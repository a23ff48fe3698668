"""An adult on a partner's forum, drawn to what they should not look for, meets the warning.

The forum shows the link card its moderators copied from the warning's partners page (plain HTML, no
script of ours). One click on it opens the warning on our site; the second click, on its button or on
Stop it Now's chat link (both lead to the address in the help-service snippet), reaches Stop it Now.
Whichever framing the experiment shows, help is at most two clicks from the forum, in Dutch and in
English, and nothing on the way asks a third party for anything.
"""

import html
import re
import urllib.request
from urllib.parse import urlparse

import pytest

FORUM = "https://forum.example/"
STOP_IT_NOW = "https://stopitnow.nl/"  # the demo's Stop it Now (demo/data/help_services.yaml)
WORDS = {
    "nl": {
        "partners": "/nl/hulp/waarschuwing/partners/",
        "warning": "/nl/hulp/waarschuwing/",
        "card": "Lees waarom, en waar je anoniem hulp vindt",
        "button": "Praat anoniem met Stop it Now",
        "chat": "Chat met Stop it Now",
    },
    "en": {
        "partners": "/en/help/warning/partners/",
        "warning": "/en/help/warning/",
        "card": "Read why, and where to find anonymous help",
        "button": "Talk anonymously with Stop it Now",
        "chat": "Chat with Stop it Now",
    },
}


def copied_card(site_url, language):
    """The link card's HTML, as a partner copies it from the partners page."""
    page = urllib.request.urlopen(site_url + WORDS[language]["partners"], timeout=10).read().decode()
    return html.unescape(re.search(r"<pre[^>]*><code>(.*?)</code></pre>", page, re.S).group(1))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_adult_reaches_stop_it_now_from_a_partner_forum_in_two_clicks(visitor, site_url, language):
    words = WORDS[language]
    card = copied_card(site_url, language)
    forum = f"<!doctype html><html lang='{language}'><title>Forum</title><h1>Forum</h1>{card}"
    page = visitor()
    page.context.route(FORUM, lambda route: route.fulfill(status=200, content_type="text/html", body=forum))
    page.context.route(
        STOP_IT_NOW + "**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Stop it Now</title>"),
    )
    asked = []
    page.on("request", lambda request: None if request.is_navigation_request() else asked.append(request.url))
    page.goto(FORUM)
    assert "<script" not in forum

    page.get_by_role("link", name=words["card"]).click()  # click 1
    page.wait_for_url(site_url + words["warning"])
    assert page.locator("h1").is_visible()
    # Stop it Now is on the warning itself: its chat (anonymous, from the snippet) and the message's button.
    chat = page.get_by_role("link", name=words["chat"])
    assert chat.is_visible() and chat.get_attribute("href") == STOP_IT_NOW
    page.wait_for_load_state("networkidle")  # the exposure beacon first, as a visitor who reads a moment

    page.get_by_role("link", name=words["button"]).click()  # click 2
    page.wait_for_url(STOP_IT_NOW)
    third_parties = {urlparse(url).hostname for url in asked} - {urlparse(site_url).hostname}
    assert third_parties == set(), "our pages asked nothing of anyone else"
