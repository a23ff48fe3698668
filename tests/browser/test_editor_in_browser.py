"""An editor works in the real Wagtail admin, in Chromium, and visitors see the result."""

import re
from urllib.parse import urlparse

from playwright.sync_api import expect

from tests.browser.conftest import EDITOR_PASSWORD, EDITOR_USERNAME, screenshot


def log_in(page, site_url):
    page.goto(site_url + "/admin/login/")
    page.fill("#id_login", EDITOR_USERNAME)
    page.fill("#id_password", EDITOR_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_editor_publishes_a_guidance_page_in_dutch_and_english(browser, live_site):
    index_pk = live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from pages.models import GuidanceIndexPage; print(GuidanceIndexPage.objects.get().pk)",
    ).strip()
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
    page = context.new_page()
    log_in(page, live_site.url)
    page.goto(f"{live_site.url}/admin/pages/add/pages/guidancepage/{index_pk}/")

    # Dutch first: title (the slug follows it), introduction and one text block.
    page.fill("#id_title_nl", "Hulp bij pesten met nepbeelden")
    page.fill("#id_intro_nl", "Een korte uitleg voor leerlingen.")
    body = page.locator('[data-contentpath="body_nl"]')
    body.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Text").first.click()
    editor = body.locator('[contenteditable="true"]').first
    expect(editor).to_be_visible()
    editor.click()
    editor.type("Pesten met nepbeelden is nooit jouw schuld.")
    # Draftail keeps its value in a hidden input; wait until it holds the text.
    expect(body.locator("input[type=hidden][name$='-value']").first).to_have_value(re.compile("nooit jouw schuld"))

    # Then English, through the admin's language toggle.
    page.locator("button.locale-toggle", has_text="en").click()
    page.fill("#id_title_en", "Help with bullying with fake images")
    page.fill("#id_intro_en", "A short explanation for pupils.")
    screenshot(page, "admin-new-guidance")
    page.get_by_role("button", name="More actions").click()
    page.locator('button[name="action-publish"]').click()
    page.wait_for_load_state()
    assert "/admin/pages/" in page.url
    context.close()

    visitor = browser.new_page()
    visitor.goto(live_site.url + "/nl/informatie/hulp-bij-pesten-met-nepbeelden/")
    assert visitor.locator("h1").inner_text() == "Hulp bij pesten met nepbeelden"
    assert "nooit jouw schuld" in visitor.locator("main").inner_text()
    visitor.get_by_role("link", name="English").click()
    visitor.wait_for_load_state()
    assert urlparse(visitor.url).path == "/en/guidance/help-with-bullying-with-fake-images/"
    assert visitor.locator("h1").inner_text() == "Help with bullying with fake images"
    # The English body was left empty: the Dutch text stands in, marked as Dutch.
    stream = visitor.locator(".stream").first
    assert stream.inner_text().startswith("Pesten met nepbeelden")
    assert stream.get_attribute("lang") == "nl"
    assert visitor.locator(".intro").first.get_attribute("lang") == "en"
    visitor.close()
