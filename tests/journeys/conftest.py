"""What the journeys share: a browser context per visitor (screen size, JavaScript on or off) in which
the neutral site of the quick exit, and the page the visitor came from, answer locally (this machine has
no internet), and the helpers that measure what that visitor sees and what Back shows."""

import pytest

from tests.browser.test_audiences_and_safety_in_browser import BEFORE, NEUTRAL

ELSEWHERE = "<!doctype html><title>Elders</title><p>Een andere site</p>"


@pytest.fixture
def visitor(browser):
    contexts = []

    def make(width=1280, height=900, javascript=True):
        context = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=javascript)
        for address in (NEUTRAL, BEFORE):
            context.route(
                address + "**", lambda route: route.fulfill(status=200, content_type="text/html", body=ELSEWHERE)
            )
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def in_first_screen(page, locator):
    """The element is wholly in the first screen of the window, below the quick exit bar that sticks to
    the top (so not hidden under it)."""
    box = page.locator(locator).first.bounding_box()
    bar = page.locator(".quick-exit").bounding_box()
    height = page.viewport_size["height"]
    # A bool: a (bool, details) pair would make every `assert in_first_screen(…)` pass.
    return bar["y"] + bar["height"] <= box["y"] and box["y"] + box["height"] <= height


def site_pages_behind(page, site_url):
    """Press Back until the browser has nothing before; the addresses of our site it showed."""
    shown = []
    for _ in range(12):
        here = page.url
        page.go_back()
        page.wait_for_load_state()
        if page.url == here:  # nothing further back
            break
        shown.append(page.url)
        if page.url == BEFORE:
            break
    return [url for url in shown if url.startswith(site_url)]
