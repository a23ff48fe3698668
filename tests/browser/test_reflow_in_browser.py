"""Every page readable on a small screen, with a reader's own text spacing, in forced colours and at 200 % text.

WCAG 2.1: 1.4.10 reflow (no sideways scrolling at 320 CSS px, which is 1280 px at 400 % zoom),
1.4.12 text spacing, 1.4.4 resize text, 1.4.11 non-text contrast in forced colours (Windows
high contrast), 2.3.3 reduced motion. axe and Lighthouse do not catch sideways scrolling.

Every live page of the demo in Dutch and English is visited, and each page type in every other public
language, right-to-left Arabic included (tests/browser/reflow_pages.py asks the served site's database),
with the views a page type has (audience views, filters, search results, the answered quiz) and the
404, 500 and 503 pages. Each address is loaded once per condition, in one browser context per condition.
"""

import pytest

from tests.browser.conftest import screenshot
from tests.browser.reflow_checks import (
    CONTROL_PROBLEMS,
    LARGE_TEXT_CSS,
    MOTION_PROBLEMS,
    SIDEWAYS_PROBLEMS,
    SKIP_LINK_PROBLEMS,
    TEXT_SPACING_CSS,
)
from tests.browser.reflow_pages import checked_addresses, read_listing, serve_error_pages

SMALL_SCREEN = {"width": 320, "height": 640}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def listing(live_site):
    return read_listing(live_site)


@pytest.fixture(scope="module")
def addresses(site_url, listing):
    return checked_addresses(site_url, listing)


def visit_all(browser, site_url, listing, addresses, name, evaluate, styles=(), **context_options):
    """Load each address once in one context; returns {path: [problem, …]} for the pages with problems."""
    context = browser.new_context(**context_options)
    serve_error_pages(context, site_url, listing)
    page = context.new_page()
    problems = {}
    try:
        for label, path in addresses:
            response = page.goto(site_url + path)
            expected = int(label.split()[-1]) if label.startswith("error page") else 200
            if response.status != expected:
                problems[path] = [f"answered {response.status}, expected {expected}"]
                continue
            for css in styles:
                page.add_style_tag(content=css)
            found = evaluate(page)
            if found:
                problems[f"{path} ({label})"] = found
                screenshot(page, f"reflow-{name}-{path.strip('/').replace('/', '_').replace('?', '_') or 'root'}")
    finally:
        context.close()
    return problems


def report(problems):
    return "\n".join(f"{path}\n  " + "\n  ".join(found) for path, found in problems.items())


def test_every_page_type_with_live_pages_is_checked_in_every_language(listing, addresses):
    checked = {label for label, _ in addresses}
    assert set(listing["live_models"]) <= checked, "page types with live pages missing from the check"
    languages = sorted(listing["search"])
    for model in listing["live_models"]:
        seen = {path.split("/")[1] for label, path in addresses if label == model}
        assert seen == set(languages), f"{model}: checked in {sorted(seen)}, not in every language {languages}"
    for extra in ("search results", "answered quiz", "error page 404", "error page 500", "error page 503"):
        assert sum(label == extra for label, _ in addresses) == len(languages), extra


def test_no_page_scrolls_sideways_at_320_css_pixels(browser, site_url, listing, addresses):
    problems = visit_all(
        browser,
        site_url,
        listing,
        addresses,
        "320px",
        lambda page: page.evaluate(SIDEWAYS_PROBLEMS),
        viewport=SMALL_SCREEN,
    )
    assert not problems, "at 320 CSS px:\n" + report(problems)


def test_no_page_scrolls_sideways_with_wcag_text_spacing_at_320_css_pixels(browser, site_url, listing, addresses):
    problems = visit_all(
        browser,
        site_url,
        listing,
        addresses,
        "text-spacing",
        lambda page: page.evaluate(SIDEWAYS_PROBLEMS),
        styles=[TEXT_SPACING_CSS],
        viewport=SMALL_SCREEN,
        bypass_csp=True,
    )
    assert not problems, "with line height 1.5, letter spacing 0.12em, word spacing 0.16em, paragraphs 2em:\n" + report(
        problems
    )


def controls_and_skip_link(page):
    problems = [] if page.evaluate("matchMedia('(forced-colors: active)').matches") else ["not in forced colours"]
    page.keyboard.press("Tab")
    return problems + page.evaluate(SKIP_LINK_PROBLEMS) + page.evaluate(CONTROL_PROBLEMS)


def test_every_control_stays_visible_in_forced_colours_at_200_percent_text(browser, site_url, listing, addresses):
    problems = visit_all(
        browser,
        site_url,
        listing,
        addresses,
        "forced-colours-200",
        controls_and_skip_link,
        styles=[LARGE_TEXT_CSS],
        viewport=DESKTOP,
        forced_colors="active",
        bypass_csp=True,
    )
    assert not problems, "in forced colours with 200 % text at 1280 px:\n" + report(problems)


def test_nothing_moves_when_reduced_motion_is_asked(browser, site_url, listing, addresses):
    problems = visit_all(
        browser,
        site_url,
        listing,
        addresses,
        "reduced-motion",
        lambda page: page.evaluate(MOTION_PROBLEMS),
        viewport=DESKTOP,
        reduced_motion="reduce",
    )
    assert not problems, "with prefers-reduced-motion: reduce:\n" + report(problems)
