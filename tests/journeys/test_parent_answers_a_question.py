"""A parent on a phone without JavaScript reads the "echt of nep" campaign's page for parents and
answers its quick question: the form posts, the same page comes back with the explanation where the
question was, and the answer is counted once, as a total. With JavaScript the explanation takes the
form's place without leaving the page, and focus moves to it so a screen reader reads it."""

import json

from playwright.sync_api import expect

from tests.browser.site import screenshot
from tests.journeys.conftest import in_first_screen

PARENTS_VIEW = "/nl/campagnes/echt-of-nep/ouders/"
STATEMENT = "net zo strafbaar als een echt beeld"
EXPLANATION = "Ook een beeld dat met AI is gemaakt, is strafbaar"
COUNT_ANSWERS = (
    "import json; from awareness.models import AnswerCount; from django.db.models import Sum; "
    "print(json.dumps(AnswerCount.objects.filter(question__compare_before_after=True)"
    ".exclude(option='shown').aggregate(total=Sum('count'))))"
)


def answers_counted(live_site):
    return json.loads(live_site.manage("shell", "-c", COUNT_ANSWERS).strip().splitlines()[-1])["total"] or 0


def test_a_parent_without_javascript_answers_on_a_phone_and_reads_the_explanation(visitor, live_site):
    site_url, before = live_site.url, answers_counted(live_site)
    page = visitor(width=390, height=844, javascript=False)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + PARENTS_VIEW)
    question = page.locator("[data-awareness]").filter(has_text=STATEMENT)
    expect(question).to_be_visible()
    assert EXPLANATION not in page.content()  # the explanation comes after answering
    question.get_by_label("Waar", exact=True).check()
    question.get_by_role("button", name="Antwoord").click()
    page.wait_for_url("**answered=*")
    assert PARENTS_VIEW in page.url
    result = page.locator("[data-awareness-result]")
    expect(result).to_contain_text("Dat klopt.")
    expect(result).to_contain_text("Jouw antwoord: Waar.")
    expect(result).to_contain_text(EXPLANATION)
    assert in_first_screen(page, "[data-awareness-result]")  # opened at the answer, below the quick exit bar
    box = result.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # fits the phone's width
    screenshot(page, "journey-parent-answers-without-javascript")
    assert all(url.startswith(site_url) for url in requests)  # nothing from another site
    assert answers_counted(live_site) == before + 1


def test_with_javascript_the_explanation_takes_the_forms_place_and_gets_focus(visitor, live_site):
    page = visitor(width=390, height=844, javascript=True)
    page.goto(live_site.url + PARENTS_VIEW)
    question = page.locator("[data-awareness]").filter(has_text=STATEMENT)
    question.get_by_label("Niet waar", exact=True).check()
    question.get_by_role("button", name="Antwoord").click()
    result = page.locator("[data-awareness-result]")
    expect(result).to_be_focused()
    expect(result).to_contain_text("Niet helemaal.")
    expect(result).to_contain_text(EXPLANATION)
    assert "answered=" not in page.url  # answered in place: the same page, no new entry
