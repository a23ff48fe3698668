"""A 14-year-old on a phone, JavaScript off, in a group chat where a nude image of a classmate turns up.

They open the young people's page (where young people look), tap the link for what to do when you get
a nude image of someone else, and answer two questions. Within a minute they must have read the three
things that stop the image spreading and help the classmate: do not forward it, report it, support the
person. The quick exit and the content warning are there on every screen of the route.
"""

import time

from tests.browser.site import screenshot
from tests.browser.test_audiences_and_safety_in_browser import BEFORE
from tests.journeys.conftest import in_first_screen

WORDS = {
    "link": "Wat doe je: niet doorsturen, melden, steunen",
    "first": "Eerst dit: stuur het beeld niet door",
    "answers": ["Ik ben jonger dan 18", "Ik weet het niet"],
    "next": "Volgende",
    "steps": [
        "Stuur het niet door, bewaar het niet en maak geen screenshot",
        "Meld het op het platform",
        "Steun de persoon",
    ],
    "warning": "Let op: gevoelig onderwerp",
    "exit": "Snel weg",
    "kindertelefoon": "0800-0432",
}


def test_a_14_year_old_bystander_without_javascript_reads_do_not_forward_report_support_within_a_minute(
    visitor, site_url
):
    page = visitor(width=360, height=740, javascript=False)
    page.goto(BEFORE)
    started = time.monotonic()
    page.goto(f"{site_url}/nl/jongeren/")
    page.get_by_role("link", name=WORDS["link"]).click()
    page.wait_for_load_state()
    # Before any question: the content warning, and the first thing to do, on the first screen.
    assert page.get_by_role("heading", name=WORDS["warning"]).is_visible()
    assert WORDS["first"] in page.locator("main").inner_text()
    for number, answer in enumerate(WORDS["answers"]):
        if number:  # after an answer the next page opens at its question (the form's #route-heading)
            assert in_first_screen(page, "#route-heading")
        assert page.get_by_role("link", name=WORDS["exit"]).is_visible()
        page.get_by_label(answer, exact=True).check()
        page.get_by_role("button", name=WORDS["next"]).click()
        page.wait_for_load_state()
    # The route opens at "What you can do now", with the quick exit and the warning still there.
    assert in_first_screen(page, "#route-heading")
    assert page.get_by_role("link", name=WORDS["exit"]).is_visible()
    assert page.get_by_role("heading", name=WORDS["warning"]).is_visible()
    headings = page.locator(".offline-steps h3").all_inner_texts()
    positions = [headings.index(step) for step in WORDS["steps"]]
    assert positions == sorted(positions), headings
    for step in WORDS["steps"]:
        assert page.get_by_role("heading", name=step).is_visible()
    # A 14-year-old is told to tell an adult, with a number they can call for free.
    assert WORDS["kindertelefoon"] in page.locator("#step-trusted-adult").inner_text()
    assert time.monotonic() - started < 60
    screenshot(page, "journey-bystander-teen-nl")
