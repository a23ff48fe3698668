"""A parent, on a laptop with JavaScript, whose child is being blackmailed with a fake nude image.

They go from the home page to "get images offline", answer three questions on one page and get the
steps for sextortion on Instagram. They write down what they saw in the evidence note: it is put
together in the browser and never sent, so nothing they type is in any request. Then the child walks
in, and they press the quick exit: the neutral site opens and Back goes to where they were before
the site (a search page), not to any page of ours, not to the route and not to its answers.
"""

from playwright.sync_api import expect

from tests.browser.site import screenshot
from tests.browser.test_audiences_and_safety_in_browser import BEFORE, NEUTRAL
from tests.journeys.conftest import site_pages_behind

ACCOUNT = "sneaky.fox-4471"
THREAT = "Betaal 200 euro of ik stuur het naar zijn school"


def test_a_parent_walks_the_sextortion_route_writes_a_note_that_is_never_sent_and_leaves(visitor, site_url):
    page = visitor(javascript=True)
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.goto(BEFORE)
    page.goto(site_url + "/nl/")
    page.locator(".site-header").get_by_role("link", name="Beelden offline halen", exact=True).click()
    page.wait_for_url("**/nl/hulp/beelden-offline/")

    for answer in [
        "Over mijn kind",
        "Iemand dreigt het te delen, of vraagt om geld of meer beelden",
        "Instagram, Facebook of Messenger",
    ]:
        page.get_by_label(answer, exact=True).check()
        page.get_by_role("button", name="Volgende").click()
        expect(page.locator("#offline-heading")).to_be_focused()  # the next screen, announced
    page.wait_for_selector("#step-stop-contact")
    assert "Stop het contact en betaal niet" in page.locator(".offline-steps").inner_text()
    # Home page, route and three answers: still one entry in the tab's history.
    assert page.evaluate("navigation.entries().length") == 1

    note = page.locator("[data-evidence-note]")
    note.get_by_label("Accountnaam of ID").fill(ACCOUNT)
    note.get_by_label("Wat er werd gezegd of gedreigd").press_sequentially(THREAT)
    note.get_by_label("Wat er werd gezegd of gedreigd").press("Enter")
    page.wait_for_timeout(300)  # time for a request, if anything tried to send
    assert note.get_by_label("Accountnaam of ID").input_value() == ACCOUNT
    screenshot(page, "journey-parent-note")
    for request in requests:
        carried = " ".join([request.url, str(request.headers), request.post_data or ""])
        assert ACCOUNT not in carried and "200 euro" not in carried, request.url
    assert any(request.url.startswith(site_url) for request in requests)

    page.get_by_role("link", name="Snel weg").click()
    page.wait_for_url(NEUTRAL)
    assert site_pages_behind(page, site_url) == []
    assert page.url == BEFORE
    # Nor is anything of ours ahead: Forward shows the neutral site, and then nothing more.
    for _ in range(2):
        page.go_forward()
        page.wait_for_load_state()
        assert page.url == NEUTRAL
    for request in requests:
        carried = " ".join([request.url, str(request.headers), request.post_data or ""])
        assert ACCOUNT not in carried and "200 euro" not in carried, request.url
