"""The editor's preview panel shows every page type, as visitors get it (Chromium, the demo site).

The preview is an iframe of the admin; with the public pages' "frame-ancestors 'none'" it stayed
blank. Each page type is opened in the editor, the preview panel shown, and its heading compared
with the live page's.
"""

import json
import time
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.browser.test_editor_in_browser import log_in

ONE_PAGE_PER_TYPE = """
import json
import time
from wagtail.models import Page
found = {}
for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
    found.setdefault(type(page).__name__, [page.pk, page.get_url_in("nl")])
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def pages(live_site):
    return json.loads(live_site.manage("shell", "--no-imports", "-c", ONE_PAGE_PER_TYPE))


def test_the_preview_panel_shows_every_page_type(browser, live_site, pages):
    assert len(pages) >= 10, sorted(pages)
    # A visitor who asks not to be tracked is in no experiment and sees each message's default variant,
    # as the preview does (the partner warning's headline is a tested message).
    visitor = browser.new_page(extra_http_headers={"DNT": "1"})
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    editor = context.new_page()
    log_in(editor, live_site.url)
    for page_type, (pk, url) in sorted(pages.items()):
        visitor.goto(live_site.url + url)
        heading = visitor.locator("main h1").first.inner_text()
        editor.goto(f"{live_site.url}/admin/pages/{pk}/edit/")
        editor.locator('[data-side-panel-toggle="preview"]').click()
        frame = editor.frame_locator("#w-preview-iframe")
        expect(frame.locator("main h1").first, page_type).to_have_text(heading, timeout=20_000)
        expect(frame.locator("html"), page_type).to_have_attribute("lang", "nl")
    screenshot(editor, "preview-panel-last-page-type")
    context.close()
    visitor.close()


# The editor asks for the Dutch page again (an update of the preview starts); when its page has started
# loading they pick English. In the page itself, so the pick comes while this test holds that load back.
DUTCH_THEN_ENGLISH_WHILE_IT_LOADS = """() => {
    const menu = document.getElementById("id_preview_mode");
    const pick = (label) => {
        menu.value = [...menu.options].find((option) => option.text.trim() === label).value;
        menu.dispatchEvent(new Event("change", {bubbles: true}));
    };
    document.addEventListener("w-preview:load", () => setTimeout(() => pick("Engels"), 200), {once: true});
    pick("Nederlands");
}"""


def test_a_language_picked_while_the_preview_loads_is_the_one_it_shows(browser, live_site, pages):
    """Wagtail 8.0 answered a mode picked during an update with that update, in the old language:
    the menu said "Engels", the preview (and the word count of the Checks panel) stayed Dutch."""
    pk, _url = pages["CampaignPage"]
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    editor = context.new_page()
    log_in(editor, live_site.url)
    editor.goto(f"{live_site.url}/admin/pages/{pk}/edit/")
    editor.locator('[data-side-panel-toggle="preview"]').click()
    frame = editor.frame_locator("#w-preview-iframe")
    expect(frame.locator("html")).to_have_attribute("lang", "nl", timeout=20_000)

    held = []

    def hold_the_first_preview_load(route):
        if not held:
            held.append(route.request.url)
            time.sleep(2)  # the browser goes on meanwhile: the editor's pick lands during this load
        route.continue_()

    editor.route(lambda url: "in_preview_panel=true" in url, hold_the_first_preview_load)
    editor.evaluate(DUTCH_THEN_ENGLISH_WHILE_IT_LOADS)

    expect(editor.locator("#id_preview_mode option:checked")).to_have_text("Engels", timeout=20_000)
    assert held and parse_qs(urlparse(held[0]).query, keep_blank_values=True)["mode"] == [""], held  # Dutch
    expect(frame.locator("html")).to_have_attribute("lang", "en", timeout=20_000)
    context.close()
