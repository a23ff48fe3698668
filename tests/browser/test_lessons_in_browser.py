"""A teacher finds a lesson, downloads a worksheet and shares its short link; an editor then
renames the lesson, and the shared link and the old address still lead to it."""

import re
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.browser.test_editor_in_browser import log_in


def test_teacher_finds_downloads_and_shares_a_lesson_that_survives_a_rename(browser, live_site, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="nl-NL", accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_site.url)
    page = context.new_page()

    # Filter: VO, at most 50 minutes (one lesson hour).
    page.goto(live_site.url + "/nl/lesmateriaal/")
    total = page.locator(".lesson-list > li").count()
    page.select_option("select[name=level]", "vo")
    page.select_option("select[name=duration]", "50")
    page.get_by_role("button", name="Toon lessen").click()
    page.wait_for_load_state()
    query = parse_qs(urlparse(page.url).query)
    assert query["level"] == ["vo"] and query["duration"] == ["50"]  # a URL to share
    results = page.locator(".lesson-list > li")
    assert 1 <= results.count() < total
    for card in results.all():
        facts = card.locator(".lesson-facts").inner_text()
        assert "VO" in facts
        minutes = int(re.search(r"(\d+) minuten", facts).group(1))
        assert minutes <= 50
    screenshot(page, "lessons-filtered-vo-50")

    # Open the lesson.
    link = results.first.locator(".card__title a")
    title = link.inner_text()
    link.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == title
    lesson_path = urlparse(page.url).path

    # Download a worksheet: a real PDF arrives as a download.
    worksheet = page.locator(".download a", has_text=re.compile("Werkblad", re.I)).first
    with page.expect_download() as download_info:
        worksheet.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")

    # Copy the short link with the button; the status says so.
    short_link = page.locator("input[data-short-link-input]").input_value()
    assert re.fullmatch(re.escape(live_site.url) + r"/l/[a-z2-9]{6}/", short_link)
    page.get_by_role("button", name="Kopieer link").click()
    expect(page.locator("[data-short-link-status]")).to_have_text("Link gekopieerd")
    assert page.evaluate("navigator.clipboard.readText()") == short_link
    screenshot(page, "lesson-page")

    # An editor renames the lesson in the admin (Promote tab) and publishes.
    lesson_pk = live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from pages.models import LessonPage; "
        f"print(LessonPage.objects.get(short_code='{short_link.rstrip('/').rsplit('/', 1)[-1]}').pk)",
    ).strip()
    editor_context = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
    editor = editor_context.new_page()
    log_in(editor, live_site.url)
    editor.goto(f"{live_site.url}/admin/pages/{lesson_pk}/edit/")
    editor.get_by_role("tab", name="Promote").click()
    editor.fill("#id_slug_nl", "les-met-nieuwe-naam")
    editor.get_by_role("button", name="More actions").click()
    editor.locator('button[name="action-publish"]').click()
    editor.wait_for_load_state()
    assert "/admin/pages/" in editor.url and "/edit/" not in editor.url, "published without errors"
    editor_context.close()

    # The shared short link and the old address both lead to the renamed lesson.
    new_path = "/nl/lesmateriaal/les-met-nieuwe-naam/"
    page.goto(short_link)
    assert urlparse(page.url).path == new_path
    assert page.locator("h1").inner_text() == title
    page.goto(live_site.url + lesson_path)
    assert urlparse(page.url).path == new_path
    assert page.locator("h1").inner_text() == title
    context.close()


def test_filters_work_without_javascript(browser, live_site):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    page.goto(live_site.url + "/en/lesson-materials/")
    page.select_option("select[name=level]", "mbo")
    page.get_by_role("button", name="Show lessons").click()
    page.wait_for_load_state()
    assert "level=mbo" in page.url
    cards = page.locator(".lesson-list > li")
    assert cards.count() >= 1
    for card in cards.all():
        assert "MBO" in card.locator(".lesson-facts").inner_text()
    # Without JavaScript the short link is a plain, selectable text field; no dead button.
    cards.first.locator(".card__title a").click()
    page.wait_for_load_state()
    expect(page.locator("input[data-short-link-input]")).to_be_visible()
    expect(page.locator("button[data-short-link-copy]")).to_be_hidden()
    context.close()


def test_lesson_prints_as_a_clean_handout(browser, live_site, tmp_path):
    page = browser.new_page()
    page.goto(live_site.url + "/en/lesson-materials/")
    page.locator(".lesson-list .card__title a").first.click()
    page.wait_for_load_state()
    page.emulate_media(media="print")
    for hidden in (".site-header", ".site-footer", ".quick-exit", ".short-link", ".breadcrumb"):
        if page.locator(hidden).count():
            expect(page.locator(hidden).first).to_be_hidden()
    expect(page.locator(".lesson__licence .print-only")).to_be_visible()
    after = page.evaluate("getComputedStyle(document.querySelector('.download a'), '::after').content")
    assert "/documents/" in after and after.startswith('" (http')
    page.pdf(path=str(tmp_path / "handout.pdf"))
    page.close()
