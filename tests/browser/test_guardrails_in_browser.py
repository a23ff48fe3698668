"""Guardrails in Chromium, as a communication expert meets them.

A visitor on the demo's campaign page with a running experiment presses the real quick exit: the
guardrail count of the visitor's own arm rises by one, the other arm's does not. Then visitors arrive
through a mailing link and the variant makes many more of them leave: the expert opens the results
page and reads the verdict in words, and a guardrail warning.
"""

import json
import re

from playwright.sync_api import expect

from tests.browser.conftest import screenshot
from tests.browser.test_ab_testing_in_browser import Visitor, log_in
from tests.browser.test_audiences_and_safety_in_browser import NEUTRAL, neutral_site  # noqa: F401 (fixture)
from tests.browser.test_reach_in_browser import wait_for

EXPERIMENT = "hero-ouders-vraag"  # running in the demo content (demo/data/messages.yaml)
CAMPAIGN = "/nl/campagnes/denk-na-voor-je-deelt/"
EXPERT, EXPERT_PASSWORD = "guardrail-expert", "a-long-password-for-the-guardrail-expert"


def quick_exits(live_site):
    """{variant: quick exits counted for the experiment} from ab_report --json."""
    report = json.loads(live_site.manage("ab_report", EXPERIMENT, "--json"))
    return {arm["key"]: arm["events"] for arm in report["guardrails"]["arms"]["quick_exit"]}


def test_the_real_quick_exit_counts_for_the_visitors_own_arm(neutral_site, live_site):  # noqa: F811
    before = quick_exits(live_site)
    page = neutral_site()
    with page.expect_response(re.compile(rf"/api/ab/{EXPERIMENT}/exposure$")) as exposure:
        page.goto(live_site.url + CAMPAIGN + "?utm_medium=email")
    assert exposure.value.status == 204
    variant = page.locator(f"[data-experiment={EXPERIMENT}]").first.get_attribute("data-variant")
    assert variant in before
    with page.expect_request(lambda request: request.url.endswith("/api/ab/guardrail")) as sent:
        page.locator("[data-quick-exit]").first.click()
    assert json.loads(sent.value.post_data)["event"] == "quick_exit"
    page.wait_for_url(NEUTRAL)

    expected = {**before, variant: before[variant] + 1}
    wait_for(lambda: quick_exits(live_site) == expected, seconds=5)
    assert quick_exits(live_site) == expected


def add_expert(live_site):
    live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.contrib.auth.models import Group, User; "
        f"user, _ = User.objects.get_or_create(username='{EXPERT}'); user.set_password('{EXPERT_PASSWORD}'); "
        "user.save(); user.groups.add(Group.objects.get(name='Communicatie-experts'))",
    )


def test_an_expert_sees_the_anytime_verdict_and_a_warning_when_the_variant_makes_more_people_leave(browser, live_site):
    # Visitors from a mailing, without JavaScript: each sends the beacons site.js would send. With
    # variant B two in five press the quick exit, with A one in fifty; B also converts more. (At one in
    # four the one-sided anytime p came out between 0.01 and 0.03 against α 0.025, depending on which
    # random ids fell in which arm: a coin toss in CI. Two in five leaves no doubt.)
    seen = {"a": 0, "b": 0}
    for number in range(400):
        visitor = Visitor(live_site.url)
        status, html = visitor.open(CAMPAIGN + "?utm_source=nieuwsbrief&utm_medium=email")
        assert status == 200
        slug, variant = re.search(r'data-experiment="([-\w]+)" data-variant="(\w)"', html).groups()
        assert slug == EXPERIMENT
        seen[variant] += 1
        assert visitor.open(f"/api/ab/{slug}/exposure", {"language": "nl"})[0] == 204
        if number % 10 < (2 if variant == "b" else 1):
            assert visitor.open(f"/api/ab/{slug}/conversion", {"goal": "cta", "language": "nl"})[0] == 204
        if number % 100 < (40 if variant == "b" else 2):
            assert visitor.open("/api/ab/guardrail", {"event": "quick_exit", "language": "nl"})[0] == 204
    assert min(seen.values()) > 150, f"the split is far from 50/50: {seen}"

    report = json.loads(live_site.manage("ab_report", EXPERIMENT, "--json"))
    [alert] = report["guardrails"]["alerts"]
    assert (alert["guardrail"], alert["variant"]) == ("quick_exit", "b")

    add_expert(live_site)
    expert = log_in(browser, live_site, EXPERT, EXPERT_PASSWORD)
    expert.goto(live_site.url + "/admin/snippets/messaging/experiment/")
    expert.get_by_role("row", name=re.compile("vraag als kop")).get_by_role("link", name="Results").click()
    expert.wait_for_load_state()
    main = expert.locator("main")
    expect(main.get_by_text("What we know now")).to_be_visible()
    expect(main.get_by_text(re.compile("Variant B: more people pressed the quick exit"))).to_be_visible()
    screenshot(expert, "guardrail-warning-on-results")
    # The expert may not promote; and nobody may promote B blindly while the warning stands.
    assert expert.get_by_role("button", name="Make the winner the default and conclude").count() == 0
    expert.context.close()
