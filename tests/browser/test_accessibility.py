"""axe-core's WCAG 2.1 A and AA rules on every page type in Dutch and English, and on a parent's first
pages in Turkish and Arabic (right to left), in Chromium.

Machines find only part of the problems (see docs/accessibility.md for what we check by hand).
"""

import json
from pathlib import Path

import pytest

from tests.browser.conftest import browser_required
from tests.browser.reflow_pages import ERROR_PAGE_PATH, read_listing, serve_error_pages

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
PATHS = [
    "/nl/",
    "/en/",
    "/nl/campagnes/",
    "/en/campaigns/real-or-fake/",
    "/nl/campagnes/echt-of-nep/jongeren/",
    "/en/campaigns/real-or-fake/parents/",
    "/nl/campagnes/echt-of-nep/scholen/",
    "/nl/jongeren/",
    "/en/parents/",
    "/nl/scholen/",
    "/en/schools/",
    "/nl/hulp/",
    "/en/help/?situation=blackmail",
    "/nl/campagnes/denk-na-voor-je-deelt/",
    "/nl/informatie/",
    "/en/guidance/it-happened-to-you/",
    "/en/guidance/uitleg-voor-grootouders/",
    "/nl/toegankelijkheid/",
    "/en/accessibility/",
    "/en/search/?q=deepfake",
    "/nl/lesmateriaal/",
    "/en/lesson-materials/?level=vo&duration=50&age=ninety",
    "/nl/lesmateriaal/echt-of-nep-groep-7-8/",
    "/en/lesson-materials/consent-images-and-sextortion/",
    "/nl/hulp/beelden-offline/",
    "/en/help/get-images-offline/?who=me",
    "/nl/hulp/beelden-offline/?who=me&age=under-18&what=shared&platform=snapchat",
    "/en/help/get-images-offline/?who=me&age=18-or-over&what=shared&platform=x",
    "/nl/hulp/beelden-offline/?who=child&what=threatened&platform=other",
    "/en/help/get-images-offline/?who=nobody",
    "/nl/hulp/naaktbeeld-gezien/",
    "/en/help/saw-a-nude-image/?reader=young",
    "/nl/hulp/naaktbeeld-gezien/?reader=young&age=not-sure",
    "/en/help/saw-a-nude-image/?reader=adult&age=18-or-over",
    "/nl/hulp/naaktbeeld-gezien/?reader=young&age=twelve",
    "/nl/hulp/zorgen-over-wat-ik-bekijk/",
    "/en/help/worried-about-what-i-look-at/?reader=adult",
    "/nl/hulp/zorgen-over-wat-ik-bekijk/?reader=young",
    # The partner warning: its page, the embed partners frame, the splash and the partners page.
    "/nl/hulp/waarschuwing/",
    "/en/help/warning/embed/",
    "/nl/hulp/waarschuwing/splash/",
    "/en/help/warning/partners/",
]
#: The site's own error pages (the development server would show Django's debug 404 at an unknown
#: address); rendered by the site and served on its origin (tests/browser/reflow_pages.py).
ERROR_PAGES = [f"{status} {code}" for status in ("404", "500", "503") for code in ("nl", "en", "ar")]
#: A parent's way in, in Turkish and Arabic: home, the parents' hub, the help page, the route's first
#: step. Their addresses come from the Dutch page's switcher; where a text is not translated yet the
#: Dutch one is shown, marked lang="nl" dir="ltr", and must pass as well.
OTHER_LANGUAGE_PAGES = [
    (dutch_path, code)
    for code in ("tr", "ar")
    for dutch_path in ("/nl/", "/nl/ouders/", "/nl/hulp/", "/nl/hulp/beelden-offline/?who=child")
]

AXE_RUN = """async () => await axe.run(document, {
    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
    resultTypes: ['violations'],
})"""


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        message = "axe-core not installed (make test installs it with npm)"
        if browser_required():
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text()


def load_axe(page, axe_source):
    """axe-core runs through the DevTools protocol: the site's CSP (rightly) refuses an
    injected inline script, and the checks must see the pages under their real policy."""
    page.evaluate(f"() => {{ {axe_source}\n }}")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)


@pytest.fixture(scope="module")
def error_pages(live_site):
    return read_listing(live_site)


def violations(page, axe_source):
    load_axe(page, axe_source)
    result = page.evaluate(AXE_RUN)
    return [
        {"rule": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


@pytest.mark.parametrize("path", PATHS)
def test_page_has_no_wcag_aa_violations(page, site_url, axe_source, path):
    page.goto(site_url + path)
    problems = violations(page, axe_source)
    assert problems == [], json.dumps(problems, indent=2)


@pytest.mark.parametrize(("dutch_path", "code"), OTHER_LANGUAGE_PAGES)
def test_a_parents_pages_in_turkish_and_arabic_have_no_wcag_aa_violations(page, site_url, axe_source, dutch_path, code):
    path, _sep, query = dutch_path.partition("?")
    page.goto(site_url + path)
    href = page.locator(f'nav.language-switcher a[hreflang="{code}"]').get_attribute("href")
    page.goto(site_url + href + (f"?{query}" if query else ""))
    assert page.evaluate("document.documentElement.lang") == code
    problems = violations(page, axe_source)
    assert problems == [], json.dumps(problems, indent=2)


@pytest.mark.parametrize("name", ERROR_PAGES)
def test_error_page_has_no_wcag_aa_violations(page, site_url, axe_source, error_pages, name):
    status, code = name.split()
    serve_error_pages(page.context, site_url, error_pages)
    response = page.goto(site_url + ERROR_PAGE_PATH.format(code=code, status=status))
    assert response.status == int(status)
    assert page.locator("h1").count() == 1
    problems = violations(page, axe_source)
    assert problems == [], json.dumps(problems, indent=2)


def test_quiz_results_have_no_wcag_aa_violations(page, site_url, axe_source):
    page.goto(site_url + "/en/campaigns/real-or-fake/young-people/")
    quiz = page.locator(".quiz").first
    quiz.locator("fieldset").first.get_by_label("True").check()
    quiz.get_by_role("button", name="Check my answers").click()
    page.wait_for_load_state()
    assert page.locator(".quiz__feedback").count() >= 1
    load_axe(page, axe_source)
    result = page.evaluate(AXE_RUN)
    assert [v["id"] for v in result["violations"]] == []
