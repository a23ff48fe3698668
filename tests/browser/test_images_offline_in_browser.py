"""The "get images offline" route in Chromium: without JavaScript (one GET form a question), with it
(one page, focus on the new step), at 320 px, and the evidence note and notice helper that never send
what is typed (every request recorded)."""

import time
from urllib.parse import parse_qsl, urlparse

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import screenshot

NEUTRAL = "https://www.knmi.nl/"
SECRET_URL = "https://abuse.example/p/Zq81-geheim"
SECRET_WORDS = "Noor-Vermeulen-7731"


@pytest.fixture
def context_for(browser):
    contexts = []

    def make(javascript=True, width=1280):
        context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=javascript)
        context.route(
            NEUTRAL + "**",
            lambda route: route.fulfill(status=200, content_type="text/html", body="<!doctype html><p>Het weer</p>"),
        )
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


def choose(page, label, button):
    page.get_by_label(label, exact=True).check()
    page.get_by_role("button", name=button).click()
    page.wait_for_load_state()


def steps_text(page):
    return page.locator(".offline-steps").inner_text()


@pytest.mark.parametrize(
    ("language", "link", "answers", "button", "expected"),
    [
        (
            "nl",
            "Beelden offline halen: wat doe je nu?",
            ["Over mij", "Jonger dan 18", "Het beeld is gedeeld, of staat online", "Snapchat"],
            "Volgende",
            ["Houd de Snap of het bericht ingedrukt.", "Take It Down", "Helpwanted", "Maak er geen screenshot van"],
        ),
        (
            "en",
            "Get images offline: what to do now",
            ["About me", "Under 18", "The image has been shared, or is online", "Snapchat"],
            "Next",
            ["Press and hold the Snap or the message.", "Take It Down", "Helpwanted", "Do not take a screenshot"],
        ),
    ],
)
def test_a_fifteen_year_old_on_snapchat_reaches_the_route_without_javascript(
    context_for, site_url, language, link, answers, button, expected
):
    page = context_for(javascript=False).new_page()
    started = time.monotonic()
    page.goto(f"{site_url}/{language}/")
    page.get_by_role("link", name=link).first.click()
    page.wait_for_load_state()
    for label in answers:
        choose(page, label, button)
    text = steps_text(page)
    for phrase in expected:
        assert phrase in text, phrase
    assert time.monotonic() - started < 60
    query = dict(parse_qsl(urlparse(page.url).query))
    assert query == {"who": "me", "age": "under-18", "what": "shared", "platform": "snapchat"}
    # Without JavaScript the evidence note is a list of what to write down, and no form shows.
    assert page.locator("[data-evidence-note] [data-tool-list]").is_visible()
    assert not page.locator("[data-evidence-note] [data-tool-form]").is_visible()
    assert page.locator("[data-quick-exit]").is_visible()
    screenshot(page, f"images-offline-snapchat-{language}")


def test_a_parent_whose_child_is_threatened_stays_on_one_page_with_javascript(context_for, site_url):
    page = context_for().new_page()
    page.goto(site_url + "/nl/hulp/beelden-offline/")
    page.evaluate("window.stayedOnThePage = true")
    for label in ["Over mijn kind", "Iemand dreigt het te delen, of vraagt om geld of meer beelden"]:
        page.get_by_label(label, exact=True).check()
        page.get_by_role("button", name="Volgende").click()
        expect(page.locator("#offline-heading")).to_be_focused()  # the next question, announced
    page.get_by_label("Instagram, Facebook of Messenger", exact=True).check()
    page.get_by_role("button", name="Volgende").click()
    page.wait_for_selector("#step-stop-contact")
    assert page.evaluate("window.stayedOnThePage") is True  # no page load: the route was swapped in
    assert page.evaluate("document.activeElement.id") == "offline-heading"
    assert page.locator("[data-offline-status]").inner_text() == "Wat je nu kunt doen"
    assert dict(parse_qsl(urlparse(page.url).query)) == {
        "who": "child",
        "what": "threatened",
        "platform": "instagram-facebook",
    }
    assert "Stop het contact en betaal niet" in steps_text(page)
    # The route is one entry in the tab's history (replaced per question, never added), so Back and
    # the quick exit do not replay the answers; the route's own links go back, still on one page.
    assert page.evaluate("navigation.entries().length") == 1
    page.get_by_role("link", name="Opnieuw beginnen").click()
    page.wait_for_selector("form[data-offline-form]")
    assert page.evaluate("window.stayedOnThePage") is True
    assert page.evaluate("navigation.entries().length") == 1


def test_an_adult_on_x_gets_stopncii_and_a_notice_to_copy_that_no_request_carries(context_for, site_url):
    context = context_for()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request))
    page.goto(site_url + "/en/help/get-images-offline/?who=me&age=18-or-over&what=shared&platform=x")
    assert "Block the image with StopNCII" in steps_text(page)
    notice = page.locator("[data-notice-helper]")
    notice.get_by_label("Exact addresses (URLs), one per line").fill(SECRET_URL)
    notice.get_by_label("Your name").fill(SECRET_WORDS)
    notice.get_by_label("More explanation (optional)").press_sequentially("It is me " + SECRET_WORDS)
    notice.get_by_label("More explanation (optional)").press("Enter")
    text = notice.get_by_label("Your notice (to copy)").input_value()
    assert SECRET_URL in text and "accurate and complete" in text and "To: X" in text
    notice.get_by_role("button", name="Copy the notice").click()
    expect(notice.locator("[data-tool-status]")).to_have_text("Copied. Paste it into the platform’s form.")
    assert SECRET_URL in page.evaluate("navigator.clipboard.readText()")
    note = page.locator("[data-evidence-note]")
    note.get_by_label("Account name or ID").fill(SECRET_WORDS)
    note.get_by_label("Address (URL)").fill(SECRET_URL)
    note.get_by_label("Address (URL)").press("Enter")  # submitting the note sends nothing
    page.wait_for_timeout(300)
    assert urlparse(page.url).query == "who=me&age=18-or-over&what=shared&platform=x"
    assert page.evaluate("Object.keys(localStorage).length") == 0  # nothing kept unless asked
    for request in requests:
        carried = " ".join([request.url, str(request.headers), request.post_data or ""])
        assert SECRET_WORDS not in carried and "Zq81" not in carried, request.url
    assert requests, "the page itself was requested"


def test_a_kept_note_warns_first_and_the_quick_exit_clears_it(context_for, site_url):
    page = context_for().new_page()
    route = site_url + "/nl/hulp/beelden-offline/?who=me&age=18-or-over&what=threatened&platform=discord"
    page.goto(route)
    note = page.locator("[data-evidence-note]")
    note.get_by_label("Accountnaam of ID").fill(SECRET_WORDS)
    note.get_by_role("button", name="Bewaren op dit apparaat").click()
    assert note.locator("[data-keep-warning]").is_visible()
    assert page.evaluate("localStorage.length") == 0  # only the warning so far
    note.get_by_role("button", name="Ja, bewaar het op dit apparaat").click()
    assert SECRET_WORDS in page.evaluate("localStorage.getItem('veiliginbeeld:evidence-note')")
    page.reload()
    assert page.locator("[data-evidence-note]").get_by_label("Accountnaam of ID").input_value() == SECRET_WORDS
    page.get_by_role("link", name="Snel weg").click()
    page.wait_for_url(NEUTRAL)
    page.goto(route)
    assert page.evaluate("localStorage.length") == 0
    assert page.locator("[data-evidence-note]").get_by_label("Accountnaam of ID").input_value() == ""


@pytest.mark.parametrize("javascript", [False, True])
def test_the_route_does_not_scroll_sideways_at_320_px(context_for, site_url, javascript):
    page = context_for(javascript=javascript, width=320).new_page()
    for path in (
        "/nl/hulp/beelden-offline/",
        "/en/help/get-images-offline/?who=me&age=18-or-over&what=shared&platform=pornhub-aylo",
        "/nl/hulp/beelden-offline/?who=child&what=shared&platform=google-search",
    ):
        page.goto(site_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, (path, width)
