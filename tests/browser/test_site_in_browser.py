"""The site as a visitor meets it in Chromium: keyboard, languages, no third parties."""

from urllib.parse import urlparse

from tests.browser.conftest import screenshot


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content(page, site_url):
    page.goto(site_url + "/nl/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Direct naar de inhoud"
    box = page.locator("a.skip-link").bounding_box()
    assert box["y"] >= 0 and box["height"] > 0  # visible when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_language_switcher_leads_to_the_same_campaign_in_english(page, site_url):
    page.goto(site_url + "/nl/campagnes/echt-of-nep/")
    screenshot(page, "campaign-nl")
    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == "/en/campaigns/real-or-fake/"
    assert page.evaluate("document.documentElement.lang") == "en"
    screenshot(page, "campaign-en")
    page.get_by_role("link", name="Nederlands").click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == "/nl/campagnes/echt-of-nep/"


def test_public_pages_make_no_third_party_requests(page, site_url):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname))
    paths = ["/nl/", "/en/", "/nl/campagnes/echt-of-nep/", "/en/guidance/", "/en/search/?q=deepfake"]
    # The prevention routes (docs/prevention.md): a bystander's route and the self-help page, as shown.
    paths += ["/nl/hulp/naaktbeeld-gezien/?reader=young&age=not-sure", "/en/help/saw-a-nude-image/"]
    paths += ["/nl/hulp/zorgen-over-wat-ik-bekijk/?reader=young", "/en/help/worried-about-what-i-look-at/?reader=adult"]
    # The partner warning: its page, the embed partners frame, the splash and the partners page.
    paths += [
        "/nl/hulp/waarschuwing/",
        "/en/help/warning/embed/",
        "/nl/hulp/waarschuwing/splash/",
        "/en/help/warning/partners/",
    ]
    for path in paths:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
    assert hosts == {"127.0.0.1"}


def test_faq_answers_open_with_the_keyboard(page, site_url):
    page.goto(site_url + "/nl/campagnes/echt-of-nep/")
    summary = page.locator("details.faq__item summary").first
    summary.focus()
    page.keyboard.press("Enter")
    assert page.locator("details.faq__item").first.evaluate("el => el.open") is True


def test_search_from_the_header_finds_the_campaign(page, site_url):
    page.goto(site_url + "/en/")
    page.get_by_label("Search this site").fill("fake")
    page.get_by_role("button", name="Search").click()
    page.wait_for_load_state()
    assert urlparse(page.url).path == "/en/search/"
    assert page.locator(".search-results a").count() >= 1


def test_public_pages_break_no_rule_of_their_content_security_policy(page, site_url):
    """Every script, style and image the pages use is allowed by the CSP header they carry."""
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    for path in [
        "/nl/",
        "/en/campaigns/real-or-fake/young-people/",
        "/nl/campagnes/denk-na-voor-je-deelt/",
        "/nl/hulp/",
        "/nl/lesmateriaal/?niveau=vo",
        "/en/search/?q=deepfake",
        "/nl/bestaat-niet/",
        "/en/help/warning/embed/",
        "/nl/hulp/waarschuwing/splash/",
    ]:
        response = page.goto(site_url + path)
        if response.status == 200:  # django-csp leaves out Django's debug 404 page (DEBUG in this server)
            assert "script-src 'self'" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    assert violations == []
