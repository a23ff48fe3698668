"""Arabic, right to left, in Chromium at 320 CSS px: the page is the mirror image of the Dutch one.

One stylesheet serves both directions (logical properties, pages/static/css/site.css); <html dir> comes
from the settings list. What an Arabic reader recognises: the quick exit at the top left, where the line
ends for them (the Dutch page has it at the top right), working as it does in Dutch; no sideways
scrolling; phone numbers that read left to right inside the Arabic text, as they are dialled.

The Arabic addresses are taken from the Dutch page's language switcher, as a visitor finds them.
"""

import pytest

from tests.browser.conftest import screenshot
from tests.browser.test_audiences_and_safety_in_browser import BEFORE, NEUTRAL, neutral_site  # noqa: F401 (fixture)
from tests.journeys.conftest import in_first_screen

SMALL_SCREEN = {"width": 320, "height": 640}
HELP_NL = "/nl/hulp/"


def url_in(page, site_url, dutch_path, code):
    """The address of a Dutch page in another language, from its language switcher."""
    page.goto(site_url + dutch_path)
    return site_url + page.locator(f'nav.language-switcher a[hreflang="{code}"]').get_attribute("href")


@pytest.fixture
def small_page(browser):
    context = browser.new_context(viewport=SMALL_SCREEN)
    yield context.new_page()
    context.close()


def quick_exit_box(page):
    return page.locator("[data-quick-exit]").bounding_box()


def test_the_arabic_page_mirrors_the_dutch_one_at_320_px(small_page, site_url):
    page = small_page
    arabic_url = url_in(page, site_url, HELP_NL, "ar")
    dutch = quick_exit_box(page)
    dutch_brand = page.locator(".site-header__brand").bounding_box()
    page.goto(arabic_url)
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    arabic = quick_exit_box(page)
    arabic_brand = page.locator(".site-header__brand").bounding_box()
    screenshot(page, "help-ar-320")
    width = SMALL_SCREEN["width"]
    # Dutch: the quick exit at the top right; Arabic: at the top left, as far from the edge.
    # (By their middles: the Arabic label is longer than the Dutch one.)
    assert dutch["x"] + dutch["width"] / 2 > width / 2
    assert arabic["x"] + arabic["width"] / 2 < width / 2
    assert abs(arabic["x"] - (width - dutch["x"] - dutch["width"])) <= 2
    assert abs(arabic["y"] - dutch["y"]) <= 1
    # The site's name starts the header line: at the left in Dutch, at the right in Arabic.
    assert abs((arabic_brand["x"] + arabic_brand["width"]) - (width - dutch_brand["x"])) <= 2
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "the page scrolls sideways"


def test_the_quick_exit_in_arabic_leaves_and_back_does_not_return(neutral_site, site_url):  # noqa: F811
    page = neutral_site()
    page.set_viewport_size(SMALL_SCREEN)
    arabic_help = url_in(page, site_url, HELP_NL, "ar")
    page.goto(BEFORE)
    page.goto(arabic_help)
    page.locator("[data-quick-exit]").click()
    page.wait_for_url(NEUTRAL)
    page.go_back()
    page.wait_for_load_state()
    assert page.url == BEFORE, "Back must skip the Arabic page"


def test_shift_three_times_leaves_the_arabic_page_too(neutral_site, site_url):  # noqa: F811
    page = neutral_site()
    arabic_help = url_in(page, site_url, HELP_NL, "ar")
    page.goto(BEFORE)
    page.goto(arabic_help)
    for _press in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    page.go_back()
    page.wait_for_load_state()
    assert page.url == BEFORE


#: For each phone number on the page (cards and footer): its direction, whether the text around it is
#: right to left, and whether its first digit is drawn left of its last one.
PHONE_NUMBERS = """() => [...document.querySelectorAll('a[href^="tel:"]')].map((link) => {
  const text = link.firstChild;
  const range = document.createRange();
  range.setStart(text, 0); range.setEnd(text, 1);
  const first = range.getBoundingClientRect();
  range.setStart(text, text.length - 1); range.setEnd(text, text.length);
  const last = range.getBoundingClientRect();
  return {
    number: link.textContent,
    direction: getComputedStyle(link).direction,
    inRightToLeftText: getComputedStyle(link.parentElement).direction === 'rtl',
    leftToRight: first.left < last.left,
  };
})"""


def test_phone_numbers_on_the_arabic_help_page_read_left_to_right(small_page, site_url):
    page = small_page
    page.goto(url_in(page, site_url, HELP_NL, "ar"))
    numbers = page.evaluate(PHONE_NUMBERS)
    assert len(numbers) >= 3
    # The footer's numbers at least stand in Arabic text (the directory's cards too, once translated).
    assert any(number["inRightToLeftText"] for number in numbers)
    for number in numbers:
        # "0800-0432": its 0 at the left, as it is dialled, not "2340-0080" read from the right.
        assert number["direction"] == "ltr" and number["leftToRight"], number


def test_the_language_switcher_names_each_language_in_itself_and_fits_a_phone(small_page, site_url):
    page = small_page
    page.goto(url_in(page, site_url, HELP_NL, "ar"))
    page.locator(".site-menu__toggle").click()
    switcher = page.get_by_role("navigation", name=page.locator("nav.language-switcher").get_attribute("aria-label"))
    names = {
        link.get_attribute("hreflang"): (link.inner_text(), link.get_attribute("lang"))
        for link in switcher.locator("a").all()
    }
    assert names == {"nl": ("Nederlands", "nl"), "en": ("English", "en"), "tr": ("Türkçe", "tr")}
    current = switcher.locator("[aria-current]")
    assert current.inner_text() == "العربية" and current.get_attribute("lang") == "ar"
    for item in switcher.locator("li > *").all():
        box = item.bounding_box()
        assert box["height"] >= 44 and 0 <= box["x"] and box["x"] + box["width"] <= SMALL_SCREEN["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= SMALL_SCREEN["width"]
    switcher.get_by_role("link", name="Nederlands").click()
    page.wait_for_url(f"**{HELP_NL}")
    assert page.evaluate("document.documentElement.dir") == "ltr"


def test_an_arabic_parent_on_a_phone_sees_the_heading_and_the_routes_first_question_first(small_page, site_url):
    page = small_page
    page.goto(url_in(page, site_url, "/nl/", "ar"))
    assert in_first_screen(page, "h1")
    page.goto(url_in(page, site_url, "/nl/hulp/beelden-offline/", "ar"))
    assert in_first_screen(page, "h1")
    if page.locator(".notice--language").count() == 0:
        # Written in Arabic, the route starts with its first question like the Dutch one. (Shown in
        # Dutch, the notice saying so comes first and takes that room.)
        assert in_first_screen(page, "#offline-heading")
