"""The editor: writes a new campaign in the Dutch admin, in Dutch and English, checks it before publishing.

An editor of the campaign team signs in to the admin, which speaks Dutch, creates a campaign page
with a Dutch and an English title, headline and text, looks at it in the preview panel in both
languages, reads the figures in the Checks panel (words, reading time, readability) to see whether
the text is easy enough, publishes it, and opens it on the site in Dutch, then in English. What
they must be able to trust: the preview shows the page, the figures are real, and the admin tells
them nothing in English or untrue (no code asked at sign-in when none will be).
"""

import re
from urllib.parse import urlparse

from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.browser.test_editor_in_browser import log_in

DUTCH = {
    "title": "Samen sterk tegen nepbeelden",
    "hero_headline": "Een nepbeeld is nooit jouw schuld.",
    "hero_intro": "Iemand maakte een nepfoto van jou? Je staat er niet alleen voor.",
    "key_message": "Praat erover met iemand die je vertrouwt.",
    "body": "Zeg het tegen een volwassene. Bewaar wat je ziet. Meld het bij het platform.",
}
ENGLISH = {
    "title": "Stronger together against fake images",
    "hero_headline": "A fake image is never your fault.",
    "hero_intro": "Someone made a fake photo of you? You are not alone.",
    "key_message": "Talk about it with someone you trust.",
    "body": "Tell an adult you trust. Keep what you see. Report it to the platform.",
}


def fill_language(page, code, texts):
    """The title, hero and key message, and one text block in the body, in one language."""
    for name in ("title", "hero_headline", "hero_intro", "key_message"):
        page.fill(f"#id_{name}_{code}", texts[name])
    body = page.locator(f'[data-contentpath="body_{code}"]')
    body.get_by_role("button", name="Blok invoegen").first.click()
    page.get_by_role("option", name=re.compile("Tekst|Text")).first.click()
    editor = body.locator('[contenteditable="true"]').first
    expect(editor).to_be_visible()
    editor.click()
    editor.type(texts["body"])
    # Draftail keeps its value in a hidden input; wait until it holds the text.
    expect(body.locator("input[type=hidden][name$='-value']").first).to_have_value(re.compile(texts["body"][:20]))


def previewed_heading(page):
    return page.frame_locator("#w-preview-iframe").locator("h1")


def preview_settled(page):
    """Wait until Wagtail's preview panel has no update in flight. Its controller (w-preview) answers a
    mode change with the update already running, if one is: a mode chosen while the panel's own
    update on opening is in flight is never loaded (the iframe keeps the old mode)."""
    page.wait_for_function(
        """() => {
            const element = document.querySelector('[data-controller~="w-preview"]');
            const preview = window.wagtail?.app?.getControllerForElementAndIdentifier(element, "w-preview");
            return Boolean(preview && preview.ready && !preview.updatePromise && !preview.staleValue);
        }""",
        timeout=20_000,
    )


def listen_to_checks(page):
    """Keep what the Checks panel counted each time: Wagtail announces it as a "w-preview:content" event
    (the text it read in the preview's <main>, with its language, and the figures)."""
    page.evaluate(
        """() => { window.countedChecks = [];
        document.addEventListener('w-preview:content', (event) => window.countedChecks.push(
            {lang: event.detail.content.lang, words: event.detail.metrics.wordCount})); }"""
    )


def check_figures(page, language, console_problems):
    """Words, reading time and readability as the Checks panel shows them once it counted that language."""
    try:
        page.wait_for_function(
            "(language) => window.countedChecks.some((counted) => counted.lang === language)",
            arg=language,
            timeout=75_000,  # axe, which runs before the count, waits up to 60 s for a preview frame replaced meanwhile
        )
    except PlaywrightTimeoutError:
        # What the admin's console said, so a failure here says why Wagtail's checks did not run.
        counted = page.evaluate("() => window.countedChecks")
        raise AssertionError(f"no count in {language!r}; counted {counted}; console: {console_problems}") from None
    counted = page.evaluate("(language) => window.countedChecks.filter((c) => c.lang === language).pop()", language)
    panel = page.locator('[data-side-panel="checks"]')
    words = panel.locator("[data-content-word-count]")
    expect(words).to_have_text(str(counted["words"]))
    reading = panel.locator("[data-content-reading-time]")
    readability = panel.locator("[data-content-readability-score]")
    expect(reading).to_have_text(re.compile(r"^\d+ min$"))
    expect(readability).to_have_text(re.compile(r"^(Goed|Redelijk|Moeilijk)$"))
    return counted["words"], reading.inner_text(), readability.inner_text()


def test_an_editor_writes_previews_checks_and_publishes_a_bilingual_campaign(browser, live_site):
    index_pk = live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from pages.models import CampaignIndexPage; print(CampaignIndexPage.objects.get().pk)",
    ).strip()
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = context.new_page()
    console_problems = []  # shown if the Checks panel never counts (check_figures)
    page.on("console", lambda message: message.type == "error" and console_problems.append(message.text[:300]))
    page.on("pageerror", lambda error: console_problems.append(str(error)[:300]))

    # Signing in: the page promises a code only when one will be asked (not on this local site).
    page.goto(live_site.url + "/admin/login/")
    intro = page.locator("main p").first.inner_text()
    assert "Heb je een authenticator-app ingesteld?" in intro
    log_in(page, live_site.url)
    expect(page).to_have_url(re.compile(r"/admin/$"))

    # A new campaign, Dutch first; the language toggle is in Dutch too.
    page.goto(f"{live_site.url}/admin/pages/add/pages/campaignpage/{index_pk}/")
    expect(page.get_by_text("Velden bekijken en bewerken in")).to_be_visible()
    assert "View / edit fields for" not in page.content()
    listen_to_checks(page)
    fill_language(page, "nl", DUTCH)
    page.locator("button.locale-toggle", has_text="en").click()
    fill_language(page, "en", ENGLISH)

    # The preview panel shows the page as visitors will get it, in Dutch first.
    page.locator('[data-side-panel-toggle="preview"]').click()
    expect(previewed_heading(page)).to_have_text(DUTCH["hero_headline"], timeout=20_000)
    screenshot(page, "journey-editor-preview-nl")

    # The Checks panel counts the words of that preview: figures, not "-".
    page.locator('[data-side-panel-toggle="checks"]').click()
    expect(page.locator('[data-side-panel="checks"]')).to_contain_text("Inhoud in cijfers")
    dutch_words, dutch_reading, dutch_readability = check_figures(page, "nl", console_problems)
    assert dutch_words >= len(DUTCH["body"].split())
    screenshot(page, "journey-editor-checks-nl")

    # The same for the English page: the preview's mode menu has a mode per language.
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview_settled(page)
    page.select_option("#id_preview_mode", label="Engels")
    expect(previewed_heading(page)).to_have_text(ENGLISH["hero_headline"], timeout=20_000)
    page.locator('[data-side-panel-toggle="checks"]').click()
    english_words, english_reading, english_readability = check_figures(page, "en", console_problems)
    assert english_words >= len(ENGLISH["body"].split())
    # The English body is two words longer, and so is what the panel counts: it read the English page.
    assert english_words == dutch_words + 2
    screenshot(page, "journey-editor-checks-en")
    print(
        f"checks nl: {dutch_words} words, {dutch_reading}, {dutch_readability}; "
        f"en: {english_words} words, {english_reading}, {english_readability}"
    )

    # Publishing: the menu speaks Dutch, the workflow included.
    page.get_by_role("button", name="Meer acties").click()
    submit = page.locator('button[name="action-submit"]')
    expect(submit).to_have_text(re.compile(r"^\s*Ter goedkeuring sturen \(Pagina's goedkeuren\)\s*$"))
    page.locator('button[name="action-publish"]').click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/$"))
    context.close()

    # A visitor reads it in Dutch, then switches to English.
    visitor = browser.new_page()
    visitor.goto(live_site.url + "/nl/campagnes/samen-sterk-tegen-nepbeelden/")
    expect(visitor.locator("h1")).to_have_text(DUTCH["hero_headline"])
    expect(visitor.locator("main")).to_contain_text("Bewaar wat je ziet.")
    visitor.get_by_role("link", name="English").click()
    visitor.wait_for_load_state()
    assert urlparse(visitor.url).path == "/en/campaigns/stronger-together-against-fake-images/"
    expect(visitor.locator("h1")).to_have_text(ENGLISH["hero_headline"])
    expect(visitor.locator("main")).to_contain_text("Keep what you see.")
    visitor.close()
