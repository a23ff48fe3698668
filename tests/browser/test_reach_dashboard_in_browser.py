"""The reach dashboard in Chromium: a counted visit shows up, the dashboard and the report pass axe
(WCAG 2.1 AA), and the report prints without its controls, with the day table open."""

import pytest
from playwright.sync_api import expect

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

        page.locator(".reach-actions a").nth(1).click()
        page.wait_for_load_state()
        expect(page.locator("h1")).to_be_visible()
        assert violations(page, axe_source, "body") == []
        expect(page.locator("[data-print]")).to_be_visible()
        page.emulate_media(media="print")
        expect(page.locator(".reach-report__controls")).to_be_hidden()
        expect(page.locator("details.reach-days table")).to_be_visible()
        expect(page.locator(".reach-chart svg")).to_be_visible()
        assert len(page.pdf()) > 1000
    finally:
        context.close()
