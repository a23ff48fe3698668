"""A communication expert writes a two-variant message and an experiment, a campaign lead approves
and starts it, visitors arrive, the verdict comes in and the lead promotes the winner — in the real
admin, in Chromium, with the real beacons."""

import http.cookiejar
import json
import re
import urllib.request

from playwright.sync_api import expect

from tests.browser.conftest import screenshot

CAMPAIGN = "/nl/campagnes/echt-of-nep/"
BROWSER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"


#: The demo role users' passwords per served site: create_role_users shows each only once.
_PASSWORDS = {}


def role_passwords(live_site):
    """{"expert": password, "lead": password} of the demo users, as `make run` creates them. The
    command prints a password only when it creates the user, so the first caller's are kept for
    the session (the browser tests and the journeys share one served site)."""
    if live_site.url not in _PASSWORDS:
        output = live_site.manage("create_role_users")
        found = dict(re.findall(r"Created demo user\s+(\w+) .*password: (\S+)", output))
        assert set(found) == {"expert", "lead"}, output
        _PASSWORDS[live_site.url] = found
    return _PASSWORDS[live_site.url]


def log_in(browser, live_site, username, password, locale="en-GB"):
    """A new browser window signed in to the admin; its language follows ``locale`` (nl-NL: Dutch)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale=locale)
    page = context.new_page()
    page.goto(live_site.url + "/admin/login/")
    page.fill("#id_login", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    return page


def more_actions(page, button):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=button).click()
    page.wait_for_load_state()


class Visitor:
    """A visitor without JavaScript: loads the page and sends the beacons site.js would send."""

    def __init__(self, site_url):
        self.site_url = site_url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def open(self, path, body=None):
        request = urllib.request.Request(
            self.site_url + path,
            data=None if body is None else json.dumps(body).encode(),
            headers={"User-Agent": BROWSER_AGENT, "Content-Type": "application/json"},
            method="GET" if body is None else "POST",
        )
        with self.opener.open(request, timeout=10) as response:
            return response.status, response.read().decode()

    def visit(self):
        _status, html = self.open(CAMPAIGN)
        return re.search(r'data-experiment="([-\w]+)" data-variant="(\w)"', html).groups()


def test_expert_and_lead_run_an_experiment_from_message_to_promoted_winner(browser, live_site):
    passwords = role_passwords(live_site)
    site = live_site.url

    # 1. The expert writes a message slot with two bilingual variants and submits it.
    expert = log_in(browser, live_site, "expert", passwords["expert"])
    expert.goto(site + "/admin/snippets/messaging/messageslot/add/")
    expert.fill("#id_name", "Campagne-hero – Echt of nep?")
    expert.fill("#id_key", "hero-echt-of-nep")
    variants = [
        ("a", "Is dit beeld echt?", "Is this image real?"),
        ("b", "Een nepbeeld is nooit jouw schuld", "A fake image is never your fault"),
    ]
    for number, (key, dutch, _english) in enumerate(variants):
        expert.select_option(f"#id_variants-{number}-key", key)
        expert.fill(f"#id_variants-{number}-headline_nl", dutch)
        expert.fill(f"#id_variants-{number}-cta_label_nl", "Wat kun je doen?")
        expert.fill(f"#id_variants-{number}-cta_url", site + "/nl/hulp/")
    expert.locator("button.locale-toggle", has_text="en").first.click()
    for number, (_key, _dutch, english) in enumerate(variants):
        expert.fill(f"#id_variants-{number}-headline_en", english)
        expert.fill(f"#id_variants-{number}-cta_label_en", "What can you do?")
    more_actions(expert, "Submit to Berichten en experimenten goedkeuren")
    assert expert.url.endswith("/admin/snippets/messaging/messageslot/")

    # 2. The lead sees it awaiting review and approves it.
    lead = log_in(browser, live_site, "lead", passwords["lead"])
    expect(lead.get_by_text("Awaiting your review")).to_be_visible()
    lead.get_by_role("link", name="Campagne-hero – Echt of nep?").first.click()
    lead.wait_for_load_state()
    more_actions(lead, "Approve and Publish")

    # An editor places the slot in the campaign's hero (page editing is an editor's job).
    live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from messaging.models import MessageSlot; from pages.models import CampaignPage; "
        "page = CampaignPage.objects.get(slug_nl='echt-of-nep'); "
        "page.hero_message = MessageSlot.objects.get(key='hero-echt-of-nep'); page.save_revision().publish()",
    )

    # 3. The expert writes the experiment (small planned sample for the test) and submits it.
    expert.goto(site + "/admin/snippets/messaging/experiment/add/")
    expert.fill("#id_name", "Echt of nep: schuld als kop")
    expert.fill("#id_slug", "echt-of-nep-schuld")
    # (The chooser button's label is fixed in the language the form was first built in.)
    expert.get_by_role("button", name=re.compile("Choose message slot|Kies berichtplek", re.I)).click()
    expert.get_by_role("link", name="Campagne-hero – Echt of nep?").click()
    expert.fill("#id_weights", "50/50")
    expert.select_option("#id_primary_goal", "cta")
    expert.fill("#id_baseline_rate", "20")
    expert.fill("#id_minimum_detectable_effect", "25")
    more_actions(expert, "Submit to Berichten en experimenten goedkeuren")
    assert expert.url.endswith("/admin/snippets/messaging/experiment/"), "submitted without form errors"

    # 4. The lead approves and starts it on the results page.
    lead.goto(site + "/admin/snippets/messaging/experiment/")
    lead.get_by_role("link", name="Echt of nep: schuld als kop").click()
    lead.wait_for_load_state()
    more_actions(lead, "Approve and Publish")
    lead.goto(site + "/admin/snippets/messaging/experiment/")
    lead.get_by_role("row", name=re.compile("Echt of nep: schuld als kop")).get_by_role("link", name="Results").click()
    lead.get_by_role("button", name="Start the experiment").click()
    lead.wait_for_load_state()
    expect(lead.get_by_text("The experiment is running")).to_be_visible()
    planned = int(re.search(r"Planned: (\d+) visitors", lead.locator("main").inner_text()).group(1))

    # 5. A visitor with JavaScript: site.js sends the exposure, then the conversion on the button.
    visitor_page = browser.new_context(locale="nl-NL").new_page()
    with visitor_page.expect_response(re.compile(r"/api/ab/echt-of-nep-schuld/exposure$")) as exposure:
        visitor_page.goto(site + CAMPAIGN)
    assert exposure.value.status == 204
    hero = visitor_page.locator("header.hero")
    assert hero.get_attribute("data-experiment") == "echt-of-nep-schuld"
    # The click leaves the page: the beacon is sent as it goes (its answer may reach a page that is
    # gone, so the count is checked in the database below).
    with visitor_page.expect_request(re.compile(r"/api/ab/echt-of-nep-schuld/conversion$")) as conversion:
        hero.locator("a[data-ab-goal=cta]").click()
    assert json.loads(conversion.value.post_data)["goal"] == "cta"
    visitor_page.context.close()

    # More visitors, until both variants reached the planned sample and the 100 visitors a look
    # needs before it counts (messaging/anytime.py): B moves more people.
    seen = {"a": 0, "b": 0}
    converted = 0
    number = 0
    while min(seen.values()) < max(planned, 100):
        number += 1
        visitor = Visitor(site)
        slug, variant = visitor.visit()
        seen[variant] += 1
        assert visitor.open(f"/api/ab/{slug}/exposure", {"language": "nl"})[0] == 204
        converts = (number % 10 < 2) if variant == "a" else (number % 10 < 6)
        if converts:
            assert visitor.open(f"/api/ab/{slug}/conversion", {"goal": "cta", "language": "nl"})[0] == 204
            converted += 1
        assert number < 20 * planned, "the split is far from 50/50"

    # 6. The expert reads the verdict (and cannot promote); the lead promotes the winner.
    expert.goto(lead.url)
    expect(expert.get_by_text(re.compile("Variant B works better than the control"))).to_be_visible()
    assert expert.get_by_role("button", name="Make the winner the default and conclude").count() == 0
    # One verdict: nothing on the page says there is no winner.
    expect(expert.get_by_text(re.compile("No winner yet"))).to_have_count(0)
    lead.reload()
    expect(lead.get_by_text(re.compile("Variant B works better than the control"))).to_be_visible()
    expect(lead.locator("svg[role=img]")).to_be_visible()
    screenshot(lead, "ab-results-before-promotion")
    lead.get_by_role("button", name="Make the winner the default and conclude").click()
    lead.wait_for_load_state()
    expect(lead.get_by_text(re.compile("Variant B is now the default"))).to_be_visible()

    # Every visitor now sees B, and nothing is tested any more.
    _status, html = Visitor(site).open(CAMPAIGN)
    assert "Een nepbeeld is nooit jouw schuld" in html and "data-experiment" not in html
    report = json.loads(live_site.manage("ab_report", "echt-of-nep-schuld", "--json"))
    assert report["status"] == "concluded" and report["verdict"] == "variant_wins"
    # Every beacon counted exactly once: the simulated visitors plus the one with JavaScript.
    assert sum(variant["exposures"] for variant in report["variants"]) == sum(seen.values()) + 1
    assert sum(variant["conversions"] for variant in report["variants"]) == converted + 1
