"""The communication expert: writes a new message and hands it over for approval.

Who: someone in the *Communicatie-experts* group (the demo user ``expert``), who works in the
Dutch admin. Why: to test a better text, they write the message slot with its variants (the
current text as A, the new one as B, both in Dutch and English) and submit it to the campaign
lead; they may not publish it themselves. On the way they meet a slot a running experiment is
testing: the edit page says so before they change anything, not after they filled in the form.
"""

import json
import re

from playwright.sync_api import expect

from tests.browser.site import screenshot
from tests.browser.test_ab_testing_in_browser import log_in, role_passwords

SUBMIT = "Ter goedkeuring sturen (Berichten en experimenten goedkeuren)"
RUNNING_SLOT = "Campagne-hero – Denk na voor je deelt"  # the demo experiment tests it (demo/data/messages.yaml)
NEW_SLOT = "Campagne-hero – Echt of nep: hulp"


def slot_state(live_site, key):
    """(live, workflow in progress, headlines in Dutch) of a slot, read from the site's database."""
    output = live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "import json; from messaging.models import MessageSlot; "
        f"s = MessageSlot.objects.get(key='{key}'); r = s.latest_revision.as_object(); "
        "print(json.dumps([s.live, s.workflow_in_progress, [v.headline_nl for v in r.variants.all()]]))",
    )
    return json.loads(output.strip().splitlines()[-1])


def test_the_expert_writes_a_message_with_two_variants_and_submits_it_for_approval(browser, live_site):
    site = live_site.url
    expert = log_in(browser, live_site, "expert", role_passwords(live_site)["expert"], locale="nl-NL")
    expect(expert.get_by_role("button", name="Geteste berichten")).to_be_visible()

    # A slot that is being tested: the page says up front that its variants are locked.
    expert.goto(site + "/admin/snippets/messaging/messageslot/")
    expert.get_by_role("link", name=RUNNING_SLOT).first.click()
    expert.wait_for_load_state()
    notice = expert.get_by_text(re.compile(r"Het experiment “.+” test deze berichtplek\."))
    expect(notice).to_be_visible()
    expect(expert.get_by_text(re.compile("kun je geen varianten toevoegen, wijzigen of verwijderen"))).to_be_visible()
    screenshot(expert, "journey-expert-locked-slot")

    # A new slot: the current text as A (the control), the new idea as B, in Dutch and English.
    expert.goto(site + "/admin/snippets/messaging/messageslot/add/")
    expect(expert.get_by_role("heading", name=re.compile("Berichtplek"))).to_be_visible()
    expect(expert.get_by_text(re.compile("test deze berichtplek"))).to_have_count(0)  # nothing is locked here
    expert.fill("#id_name", NEW_SLOT)
    expert.fill("#id_key", "hero-echt-of-nep-hulp")
    variants = [
        ("a", "Is dit beeld echt?", "Is this image real?"),
        ("b", "Twijfel je? Hulp is dichtbij", "Not sure? Help is close by"),
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

    # An expert can only submit: publishing is the campaign lead's approval.
    expert.get_by_role("button", name="Meer acties").click()
    expect(expert.get_by_role("button", name=re.compile("^Publiceren$"))).to_have_count(0)
    expert.get_by_role("button", name=SUBMIT).click()
    expert.wait_for_load_state()
    assert expert.url.endswith("/admin/snippets/messaging/messageslot/"), "submitted without form errors"
    expect(expert.get_by_role("link", name=NEW_SLOT)).to_be_visible()

    live, in_review, headlines = slot_state(live_site, "hero-echt-of-nep-hulp")
    assert (live, in_review) == (False, True), "waiting for the lead's approval, not shown to visitors"
    assert headlines == ["Is dit beeld echt?", "Twijfel je? Hulp is dichtbij"]
    expert.context.close()
