"""The partner warning in another site's frame, in Chromium.

Two partner pages on another local origin (127.0.0.2, each on its own port), each with an ``<iframe>``
of the warning's embed, as the copy-paste HTML of the partners page gives it. An editor lists the first
origin under Snippets → Warning partners; that page then shows the warning in its frame, counted by
reach with the partner as source. The second origin is not listed: Chromium refuses to show the embed
there (frame-ancestors), so its frame stays empty.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.browser.test_editor_in_browser import log_in

PARTNER_HOST = "127.0.0.2"
EMBED = "/nl/hulp/waarschuwing/embed/"
HEADLINE = "Wat je zoekt, kan strafbaar zijn"  # the slot's default variant: the embed shows it to everyone


def partner_page(embed_url):
    return (
        "<!doctype html><html lang='nl'><title>Voorbeeldforum</title><h1>Een forum</h1>"
        f"<iframe src='{embed_url}' title='Waarschuwing van Veilig in Beeld' width='100%' height='600'"
        " referrerpolicy='origin'></iframe></html>"
    ).encode()


@pytest.fixture(scope="module")
def partner_sites(site_url):
    """Two plain HTTP servers on 127.0.0.2 serving the partner page; yields their origins."""
    body = partner_page(site_url + EMBED)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    servers = [ThreadingHTTPServer((PARTNER_HOST, 0), Handler) for _ in range(2)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield [f"http://{PARTNER_HOST}:{server.server_address[1]}" for server in servers]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def list_partner(browser, site_url, origin):
    """An editor adds the partner's address under Snippets → Warning partners."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
    page = context.new_page()
    log_in(page, site_url)
    page.goto(site_url + "/admin/snippets/pages/warningpartner/add/")
    page.fill("#id_name", "Testforum")
    page.fill("#id_origins", origin)
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert "/admin/snippets/pages/warningpartner/" in page.url and "/add/" not in page.url, page.url
    context.close()


def test_a_listed_partner_frames_the_warning_and_an_unlisted_one_is_refused(browser, live_site, partner_sites):
    listed, unlisted = partner_sites
    list_partner(browser, live_site.url, listed)

    context = browser.new_context(viewport={"width": 1024, "height": 900})
    page = context.new_page()
    hosts, refusals, beacons = set(), [], []
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname))
    page.on("console", lambda message: refusals.append(message.text) if "frame-ancestors" in message.text else None)

    def reach_sent(request):
        if urlparse(request.url).path == "/api/reach":
            beacons.append(json.loads(request.post_data))

    page.on("request", reach_sent)
    try:
        # On the list: the warning renders in the frame, with Stop it Now's chat one click away.
        with page.expect_response(lambda response: response.url.endswith("/api/reach")) as counted:
            page.goto(listed)
            frame = page.frame_locator("iframe")
            expect(frame.locator("h1")).to_have_text(HEADLINE)
        expect(frame.get_by_role("link", name="Chat met Stop it Now")).to_be_visible()
        assert counted.value.status == 204
        assert beacons[0]["referrer"] == listed + "/"  # the partner's origin, nothing of its page's path
        assert refusals == []
        assert context.cookies() == [], "the embed sets no cookie"
        screenshot(page, "partner-warning-framed")

        # Not on the list: Chromium fetches the embed but refuses to show it.
        with page.expect_response(lambda response: response.url.endswith(EMBED)) as fetched:
            page.goto(unlisted)
        page.wait_for_load_state("networkidle")
        assert fetched.value.status == 200
        # Chromium says so in the console: framing the embed violates frame-ancestors, which names only the list.
        assert len(refusals) == 1 and "has been blocked" in refusals[0], refusals
        assert listed in refusals[0] and unlisted not in refusals[0]
        child = page.frames[1]
        assert not child.url.startswith(live_site.url)  # an error page of the browser's, not the warning
        assert HEADLINE not in child.content() and "Stop it Now" not in child.content()
        screenshot(page, "partner-warning-refused")
        assert hosts <= {PARTNER_HOST, urlparse(live_site.url).hostname}, hosts
    finally:
        context.close()

    # Counted by reach with the listed partner as source, and never under the unlisted one.
    rows = json.loads(
        live_site.manage(
            "shell",
            "--no-imports",
            "-c",
            "import json; from reach.models import ReachCount; from pages.models import PartnerWarningPage; "
            "page = PartnerWarningPage.objects.get(); "
            "print(json.dumps(list(ReachCount.objects.filter(page=page, event='view')"
            ".values_list('referrer', 'partner'))))",
        ).strip()
    )
    assert ["partner", PARTNER_HOST] in rows
