"""A 15-year-old on a phone, JavaScript off (an old phone, a data saver, a school's locked browser).

A nude image of them, made with AI, is going round on Snapchat. They tap "Get images offline" in the
header, answer four questions and get the steps for Snapchat. On a small screen each step must start
with its question in view: a teen who has to scroll past a header on every screen gives up. When
someone comes near they press the quick exit. Without JavaScript the exit is an ordinary link, so
Back still shows what they saw; the help page (one tap away in the header) says so and how to delete
the history. The figures with JavaScript are in docs/get-it-offline.md.
"""

import pytest

from tests.browser.site import screenshot
from tests.browser.test_audiences_and_safety_in_browser import BEFORE, NEUTRAL
from tests.journeys.conftest import in_first_screen, site_pages_behind

ROUTE = {
    "nl": {
        "offline": "Beelden offline halen",
        "answers": ["Over mij", "Jonger dan 18", "Het beeld is gedeeld, of staat online", "Snapchat"],
        "next": "Volgende",
        "steps": ["Houd de Snap of het bericht ingedrukt.", "Take It Down", "Helpwanted"],
        "exit": "Snel weg",
        "help": "Hulp nodig?",
        "honest": "Staat JavaScript uit in je browser?",
    },
    "en": {
        "offline": "Get images offline",
        "answers": ["About me", "Under 18", "The image has been shared, or is online", "Snapchat"],
        "next": "Next",
        "steps": ["Press and hold the Snap or the message.", "Take It Down", "Helpwanted"],
        "exit": "Exit this page",
        "help": "Need help?",
        "honest": "Is JavaScript switched off in your browser?",
    },
}


@pytest.mark.parametrize(("width", "height"), [(360, 740), (320, 640)])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_teen_on_a_phone_without_javascript_gets_snapchat_steps_and_leaves(
    visitor, site_url, language, width, height
):
    words = ROUTE[language]
    page = visitor(width=width, height=height, javascript=False)
    page.goto(BEFORE)
    page.goto(f"{site_url}/{language}/")
    # The home page starts with its heading, not with the header.
    assert in_first_screen(page, "h1")
    # The menu and search fold away; the quick exit and both help links stay in view.
    assert not page.locator(".main-nav").is_visible()
    for name in (words["exit"], words["help"], words["offline"]):
        assert page.get_by_role("link", name=name, exact=True).is_visible(), name

    page.locator(".site-header").get_by_role("link", name=words["offline"], exact=True).click()
    page.wait_for_load_state()
    assert in_first_screen(page, "h1")  # the route's title, then its content warning
    # ... and the first question, before what the route is about: the teen can start at once.
    assert in_first_screen(page, "#offline-heading")
    for answer in words["answers"]:
        page.get_by_label(answer, exact=True).check()
        page.get_by_role("button", name=words["next"]).click()
        page.wait_for_load_state()
        # Each new page opens at its question (or, at the end, at "What you can do now").
        assert in_first_screen(page, "#offline-heading")
    steps = page.locator(".offline-steps").inner_text()
    for phrase in words["steps"]:
        assert phrase in steps, phrase
    screenshot(page, f"journey-teen-{language}-{width}")

    page.get_by_role("link", name=words["exit"]).click()
    page.wait_for_url(NEUTRAL)
    # Without JavaScript nothing can take the visited pages out of the tab's history: Back shows them.
    behind = site_pages_behind(page, site_url)
    assert behind and "platform=snapchat" in behind[0]
    # That is said honestly where help is offered, one tap away in the header.
    page.goto(f"{site_url}/{language}/")
    page.get_by_role("link", name=words["help"], exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_text(words["honest"]).is_visible()
