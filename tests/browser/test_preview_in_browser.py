"""The editor's preview panel shows every page type, as visitors get it (Chromium, the demo site).

The preview is an iframe of the admin; with the public pages' "frame-ancestors 'none'" it stayed
blank. Each page type is opened in the editor, the preview panel shown, and its heading compared
with the live page's.
"""

import json

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.browser.test_editor_in_browser import log_in

ONE_PAGE_PER_TYPE = """
import json
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
    visitor = browser.new_page()
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
