"""Audience views, the quiz without JavaScript, quick exit and keyboard order, in Chromium."""

from urllib.parse import urlparse

import pytest

from tests.browser.conftest import screenshot

NEUTRAL = "https://www.knmi.nl/"
BEFORE = "https://search.example/"  # where the visitor came from


def path_of(page):
    return urlparse(page.url).path


@pytest.fixture
def neutral_site(browser):
    """A browser context where the neutral site (and BEFORE, the page the visitor came from) answers
    locally (this machine has no internet)."""

    def make(javascript=True):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=javascript)
        for address in (NEUTRAL, BEFORE):
            context.route(
                address + "**",
                lambda route: route.fulfill(
                    status=200, content_type="text/html", body="<!doctype html><title>Weer</title><p>Het weer</p>"
                ),
            )
        return context

    contexts = []

    def factory(javascript=True):
        context = make(javascript)
        contexts.append(context)
        return context.new_page()

    yield factory
    for context in contexts:
        context.close()


def test_visitors_choose_an_audience_through_real_urls(page, site_url):
    page.goto(site_url + "/nl/campagnes/echt-of-nep/")
    nav = page.get_by_role("navigation", name="Voor wie is dit?")
    nav.get_by_role("link", name="Ouders").click()
    page.wait_for_load_state()
    assert path_of(page) == "/nl/campagnes/echt-of-nep/ouders/"
    assert nav.get_by_role("link", name="Ouders").get_attribute("aria-current") == "page"
    screenshot(page, "campaign-parents-nl")
    nav.get_by_role("link", name="Jongeren").click()
    page.wait_for_load_state()
    assert path_of(page) == "/nl/campagnes/echt-of-nep/jongeren/"
    # The language switcher keeps the audience.
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert path_of(page) == "/en/campaigns/real-or-fake/young-people/"
    assert (
        page.get_by_role("navigation", name="Who is this for?")
        .get_by_role("link", name="Young people")
        .get_attribute("aria-current")
        == "page"
    )
    screenshot(page, "campaign-young-people-en")


def test_the_quiz_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + "/en/campaigns/real-or-fake/young-people/")
        quiz = page.locator(".quiz").first
        groups = quiz.locator("fieldset")
        assert groups.count() >= 3
        for number in range(groups.count()):
            groups.nth(number).get_by_label("False").check()
        quiz.get_by_role("button", name="Check my answers").click()
        page.wait_for_load_state()
        assert "quiz=" in page.url and urlparse(page.url).fragment.endswith("-result")
        score = page.locator(".quiz__score").first.inner_text()
        assert score.startswith("You got ") and "statements right" in score
        assert page.locator(".quiz__feedback").count() == groups.count()
        # The visitor's answers stay selected, so they can change one and try again.
        assert page.locator(".quiz fieldset").first.get_by_label("False").is_checked()
        screenshot(page, "quiz-no-javascript-en")
    finally:
        context.close()


def test_quick_exit_by_click_leaves_and_back_does_not_return(neutral_site, site_url):
    page = neutral_site()
    page.goto(BEFORE)
    page.goto(site_url + "/nl/")
    page.get_by_role("link", name="Hulp nodig?").click()
    page.wait_for_url("**/nl/hulp/")
    assert page.evaluate("navigation.entries().length") == 1, "the visit keeps one history entry"
    page.get_by_role("link", name="Snel weg").click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    page.wait_for_load_state()
    assert page.url == BEFORE, "Back must skip every page of the visit"


def test_quick_exit_by_pressing_shift_three_times(neutral_site, site_url):
    page = neutral_site()
    page.goto(BEFORE)
    page.goto(site_url + "/en/help/")
    page.keyboard.press("Shift")
    status = page.locator("[data-quick-exit-status]")
    assert status.inner_text() == "Shift, press 2 more times to exit."
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    page.go_back()
    page.wait_for_load_state()
    assert page.url == BEFORE


def test_typing_capitals_does_not_leave(neutral_site, site_url):
    page = neutral_site()
    page.goto(site_url + "/en/")
    page.get_by_label("Search this site").type("AI Is Not OK")
    page.wait_for_timeout(200)
    assert path_of(page) == "/en/"


def test_quick_exit_is_a_plain_link_without_javascript(neutral_site, site_url):
    page = neutral_site(javascript=False)
    page.goto(site_url + "/en/campaigns/real-or-fake/")
    page.get_by_role("link", name="Exit this page").click()
    page.wait_for_url(NEUTRAL)


def test_keyboard_order_skip_link_quick_exit_switcher_then_content(page, site_url):
    page.goto(site_url + "/nl/campagnes/echt-of-nep/")
    order = []
    for _ in range(40):
        page.keyboard.press("Tab")
        order.append(
            page.evaluate(
                """() => {
                const el = document.activeElement;
                if (el.matches('.skip-link')) return 'skip';
                if (el.matches('[data-quick-exit]')) return 'exit';
                if (el.closest('.language-switcher')) return 'switcher';
                if (el.closest('main')) return 'main';
                return 'other';
            }"""
            )
        )
        if order[-1] == "main":
            break
    assert order[0] == "skip" and order[1] == "exit", order
    assert "switcher" in order and order.index("switcher") < order.index("main"), order
    # The quick exit is visible when focused, at the top of the window.
    box = page.locator("[data-quick-exit]").bounding_box()
    assert box["y"] < 100


def test_help_page_filter_works_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + "/nl/hulp/")
        page.get_by_label("Ik word afgeperst").check()
        page.get_by_role("button", name="Toon hulp").click()
        page.wait_for_load_state()
        assert "situation=blackmail" in page.url
        names = page.locator(".help-list .help-service__name").all_inner_texts()
        assert "Helpwanted" in names and len(names) < 10
        screenshot(page, "help-blackmail-nl")
    finally:
        context.close()
