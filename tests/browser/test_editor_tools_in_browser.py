"""An editor rewrites a long sentence and sees the plain-language (B1) score change while typing;
Turkish text gets no score, and the box says why."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.browser.test_editor_in_browser import log_in

LONG = (
    "Wanneer ouders foto's van hun kinderen op openbare socialemediaplatformen plaatsen zonder daarbij "
    "uitgebreid stil te staan bij de privacyinstellingen en de mogelijke verspreiding door onbekenden, "
    "ontstaat er een aanzienlijk risico op misbruik door kwaadwillenden met geavanceerde technologie."
)
SHORT = "Zet je een foto van je kind online? Kijk eerst wie hem kan zien. Deel hem alleen met mensen die je kent."


def dutch_score(page):
    heading = page.locator(".plain-language h3", has_text="Nederlands").first
    expect(heading).to_have_text(re.compile(r"Nederlands: \d+"))
    return int(re.search(r"(\d+)", heading.inner_text()).group(1))


def test_the_b1_score_changes_while_rewriting_a_long_sentence(browser, live_site):
    guidance_pk = live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from pages.models import GuidancePage; print(GuidancePage.objects.order_by('path').first().pk)",
    ).strip()
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    page = context.new_page()
    log_in(page, live_site.url)
    page.goto(f"{live_site.url}/admin/pages/{guidance_pk}/edit/")
    expect(page.locator(".plain-language")).to_be_visible()

    start = dutch_score(page)
    heading = page.locator(".plain-language h3").first
    intro_advice = page.locator(".plain-language section").first.locator("li", has_text="Inleiding")

    # One long, heavy sentence: the score drops and the introduction is named as hard to read.
    page.fill("#id_intro_nl", LONG)
    expect(heading).not_to_have_text(f"Nederlands: {start}", timeout=10_000)
    expect(intro_advice).to_be_visible()
    hard = dutch_score(page)
    assert hard < start
    screenshot(page, "plain-language-long-sentence")

    # Rewritten as three short sentences: the score rises and the advice disappears.
    page.fill("#id_intro_nl", SHORT)
    expect(heading).not_to_have_text(f"Nederlands: {hard}", timeout=10_000)
    expect(intro_advice).to_have_count(0)
    easier = dutch_score(page)
    assert easier > hard, f"{easier} should be higher than {hard} after splitting the sentence"
    screenshot(page, "plain-language-rewritten")

    # Turkish has no readability formula: the box says so and asks for a native speaker, with no score.
    page.locator("button.locale-toggle", has_text="tr").click()  # wagtail-modeltranslation's language picker
    page.fill("#id_intro_tr", "Çocuğunuzun fotoğrafını paylaşmadan önce kimlerin görebileceğine bakın.")
    turkish = page.locator(".plain-language section").filter(has=page.locator("h3", has_text="Turks"))
    expect(turkish).to_contain_text("Geen leesbaarheidsformule voor het Turks, dus geen score.", timeout=10_000)
    expect(turkish.locator("h3")).to_have_text("Turks")
    context.close()
