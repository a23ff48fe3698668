"""The reach dashboard in Chromium: a counted visit shows up, the dashboard and the report pass axe
(WCAG 2.1 AA), the report prints on A4 portrait without its controls, with the day table open and every
column on the paper, and the filter form's fields do not overlap on a laptop or a phone."""

import pytest
from playwright.sync_api import expect

from tests.browser.site import screenshot
from tests.browser.test_accessibility import axe_source, load_axe  # noqa: F401 (fixture)
from tests.browser.test_editor_in_browser import log_in

# Only the dashboard's own part of the admin page: Wagtail's frame is Wagtail's to keep accessible.
AXE_ON = """async (selector) => await axe.run(selector, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    resultTypes: ['violations'],
})"""


def violations(page, axe_source, selector):  # noqa: F811 (the fixture's value)
    load_axe(page, axe_source)
    result = page.evaluate(AXE_ON, selector)
    return [{"rule": v["id"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result["violations"]]


@pytest.mark.parametrize("locale", ["nl-NL", "en-GB"])
def test_the_dashboard_and_the_report_are_accessible_and_the_report_prints(browser, site_url, axe_source, locale):  # noqa: F811
    visitor = browser.new_page()
    with visitor.expect_response(lambda response: response.url.endswith("/api/reach")) as answer:
        visitor.goto(site_url + "/nl/campagnes/echt-of-nep/ouders/?utm_campaign=maart")
    assert answer.value.status == 204
    visitor.close()

    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale=locale)
    page = context.new_page()
    try:
        log_in(page, site_url)
        page.goto(site_url + "/admin/reports/reach/")
        audience = page.locator("section[aria-labelledby=reach-audience-heading]")
        expect(audience).to_be_visible()
        total_views = audience.locator("tfoot td").nth(2).inner_text()
        assert int(total_views.replace(".", "").replace(",", "")) >= 1
        assert violations(page, axe_source, ".reach-dashboard") == []

        page.locator(".reach-actions a[href*='/report/']").click()
        page.wait_for_load_state()
        expect(page.locator("h1")).to_be_visible()
        assert violations(page, axe_source, "body") == []
        expect(page.locator("[data-print]")).to_be_visible()
        page.emulate_media(media="print")
        expect(page.locator(".reach-report__controls")).to_be_hidden()
        expect(page.locator("details.reach-days table")).to_be_visible()
        expect(page.locator(".reach-chart svg")).to_be_visible()
        # On paper the page is as wide as A4 between the margins of report.css: every table fits in it.
        page.set_viewport_size({"width": A4_PRINTABLE_PX, "height": 1000})
        assert tables_wider_than_the_paper(page) == []
        assert page.locator("table").count() >= 3
        assert page.pdf(format="A4", prefer_css_page_size=True).startswith(b"%PDF-")
    finally:
        context.close()


#: A4 is 210 mm wide; report.css prints with 14 mm margins left and right: 182 mm at 96 px per inch.
A4_PRINTABLE_PX = round((210 - 2 * 14) / 25.4 * 96)

WIDE_TABLES = """(width) => [...document.querySelectorAll('table')]
    .map((table) => ({
        heading: table.closest('section').querySelector('h2').textContent,
        right: Math.ceil(table.getBoundingClientRect().right),
        scrolled: table.scrollWidth - table.clientWidth,
        lastColumn: Math.ceil(table.querySelector('thead th:last-child').getBoundingClientRect().right),
    }))
    .filter((table) => table.right > width || table.lastColumn > width || table.scrolled > 0
        || document.documentElement.scrollWidth > width)"""


def tables_wider_than_the_paper(page):
    return page.evaluate(WIDE_TABLES, A4_PRINTABLE_PX)


OVERLAPS = """() => {
    const boxes = [...document.querySelectorAll('.reach-filter .w-field__wrapper')].map((field) => {
        const parts = [...field.querySelectorAll('label, .help, select, input:not([type=hidden])')];
        return parts.map((part) => part.getBoundingClientRect());
    });
    const problems = [];
    const width = document.documentElement.clientWidth;
    boxes.forEach((parts, i) => parts.forEach((a) => {
        if (a.right > width + 0.5 || a.left < -0.5) problems.push(`field ${i} leaves the page`);
        boxes.forEach((others, j) => j > i && others.forEach((b) => {
            const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5
                || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
            if (!apart) problems.push(`field ${i} overlaps field ${j}`);
        }));
    }));
    document.querySelectorAll('.reach-actions a').forEach((link) => {
        const box = link.getBoundingClientRect();
        const cut = box.right > width + 0.5 || link.scrollWidth > link.clientWidth + 1;
        if (cut) problems.push(`${link.textContent} is cut off`);
    });
    return problems;
}"""


@pytest.mark.parametrize("width", [1366, 1280, 320])
def test_the_filter_form_does_not_overlap_and_the_header_names_the_report(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="nl-NL")
    page = context.new_page()
    try:
        log_in(page, site_url)
        page.goto(site_url + "/admin/reports/reach/")
        assert page.title().startswith("Bereik van campagnes")
        assert "Bereik van campagnes" in page.locator("header.w-slim-header").inner_text()
        assert page.evaluate(OVERLAPS) == []
        # Still usable on a phone: a campaign can be chosen and shown, with the campaign's own period.
        campaign = page.locator("select[name=campaign] option", has_text="Echt of nep").get_attribute("value")
        page.get_by_label("Campagne", exact=True).select_option(campaign)
        page.get_by_role("button", name="Toon", exact=True).click()
        page.wait_for_load_state()
        expect(page.locator(".reach-period-note")).to_contain_text("eigen periode van de campagne")
        assert page.evaluate(OVERLAPS) == []
        screenshot(page, f"reach-dashboard-{width}")
    finally:
        context.close()
