"""A teacher of groep 8, on a desktop with JavaScript, prepares a 45-minute lesson.

From the schools hub she goes to the lesson overview, filters on groep 8 and at most 45 minutes, opens
the lesson, downloads all its materials as one zip to put on the school's drive, and copies the
lesson's short link for the letter to parents. That link must lead to the lesson: in Dutch for her,
in English for a parent whose browser asks for English.
"""

import re
import zipfile
from urllib.parse import parse_qs, urlparse

from playwright.sync_api import expect

from tests.browser.site import screenshot


def test_teacher_finds_a_lesson_for_groep_8_downloads_it_and_shares_the_short_link(browser, site_url, tmp_path):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL", accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()

    # The schools hub points to all lesson materials, with filters.
    page.goto(site_url + "/nl/scholen/")
    page.get_by_role("link", name="Al het lesmateriaal, met filters voor niveau, leeftijd en duur").click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == "/nl/lesmateriaal/"
    every_lesson = page.locator(".lesson-list > li").count()

    # Groep 8, one lesson of at most 45 minutes.
    page.get_by_label("Schoolniveau").select_option("po-8")
    page.get_by_label("Duur").select_option("45")
    page.get_by_role("button", name="Toon lessen").click()
    page.wait_for_load_state()
    query = parse_qs(urlparse(page.url).query)
    assert query["level"] == ["po-8"] and query["duration"] == ["45"]  # a URL she can send a colleague
    cards = page.locator(".lesson-list > li")
    assert 1 <= cards.count() < every_lesson
    for card in cards.all():
        facts = card.locator(".lesson-facts").inner_text()
        low, high = re.search(r"PO groep (\d)(?:–(\d))?", facts).groups()
        assert int(low) <= 8 <= int(high or low), facts
        assert int(re.search(r"(\d+) minuten", facts).group(1)) <= 45
    screenshot(page, "journey-teacher-lessons-groep-8")

    # The lesson for groups 7 and 8 of the demo.
    card = cards.filter(has_text="Echt of nep?")
    title = card.locator(".card__title a").inner_text()
    card.locator(".card__title a").click()
    page.wait_for_load_state()
    expect(page.locator("h1")).to_have_text(title)
    lesson_url = page.url

    # All materials in one zip: a read-me and every file the page lists, each a real PDF.
    listed = {
        urlparse(href).path.rsplit("/", 1)[-1]
        for href in page.locator(".download a").evaluate_all("links => links.map(link => link.getAttribute('href'))")
    }
    assert len(listed) >= 2
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download al het materiaal (zip)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".zip")
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert zipfile.is_zipfile(saved)
    with zipfile.ZipFile(saved) as archive:
        assert archive.testzip() is None
        assert set(archive.namelist()) == listed | {"LEESMIJ.txt"}
        for name in listed:
            assert archive.read(name).startswith(b"%PDF-"), name
        readme = archive.read("LEESMIJ.txt").decode()

    # The short link, copied with the button; the read-me in the zip names the same link.
    short_link = page.locator("input[data-short-link-input]").input_value()
    assert re.fullmatch(re.escape(site_url) + r"/l/[a-z2-9]{6}/", short_link)
    assert title in readme and short_link in readme
    page.get_by_role("button", name="Kopieer link").click()
    expect(page.locator("[data-short-link-status]")).to_have_text("Link gekopieerd")
    assert page.evaluate("navigator.clipboard.readText()") == short_link
    screenshot(page, "journey-teacher-lesson")

    # The English version of the lesson, through the language switch.
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    english_url, english_title = page.url, page.locator("h1").inner_text()
    assert urlparse(english_url).path.startswith("/en/") and english_title != title
    assert page.locator("input[data-short-link-input]").input_value() == short_link  # one link for both

    # The copied link opens the lesson in Dutch for her ...
    page.goto(short_link)
    assert page.url == lesson_url
    expect(page.locator("h1")).to_have_text(title)
    context.close()

    # ... and in English for a parent whose browser asks for English.
    parent = browser.new_context(locale="en-GB")
    parent_page = parent.new_page()
    parent_page.goto(short_link)
    assert parent_page.url == english_url
    expect(parent_page.locator("h1")).to_have_text(english_title)
    parent.close()
