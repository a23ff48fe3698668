"""The campaign lead: approves a message and its experiment, starts it, and acts on the verdict.

Who: someone in the *Campagneleiding* group (the demo user ``lead``), working in the Dutch admin,
who is no statistician. Why: an expert submitted a new hero text and an experiment; the lead
approves both, starts the experiment once visitors can really see it, and then wants one answer
on the results page: what we know now, what to do, and when to look again, with no figure that
says the opposite. Early on (A 8.6 % against B 17.7 %, about 200 visitors each) that answer is
"no winner yet"; a week later B has clearly won and the lead makes it the default.
"""

import json
import re

from playwright.sync_api import expect

from tests.browser.site import screenshot
from tests.browser.test_ab_testing_in_browser import CAMPAIGN, Visitor, log_in, role_passwords

SLOT, SLOT_KEY = "Campagne-hero – Echt of nep: lead", "hero-echt-of-nep-lead"
EXPERIMENT, SLUG = "Echt of nep: hulp als kop", "echt-of-nep-hulp"


def submitted_by_the_expert(live_site):
    """What the expert's journey ends with: a slot and an experiment for it, submitted for approval."""
    live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.contrib.auth.models import User; "
        "from messaging.models import Experiment, MessageSlot, MessageVariant; "
        "expert = User.objects.get(username='expert'); "
        f"slot = MessageSlot(name='{SLOT}', key='{SLOT_KEY}', default_variant='a', live=False); "
        "slot.variants = [MessageVariant(key=k, headline_nl=h, headline_en=e, cta_label_nl='Wat kun je doen?', "
        f"cta_url='{live_site.url}/nl/hulp/') for k, h, e in "
        "[('a', 'Is dit beeld echt?', 'Is this image real?'), "
        "('b', 'Twijfel je? Hulp is dichtbij', 'Not sure? Help is close by')]]; "
        "slot.save(); slot.save_revision(user=expert); slot.get_workflow().start(slot, expert); "
        f"e = Experiment(name='{EXPERIMENT}', slug='{SLUG}', slot=slot, weights='50/50', primary_goal='cta', "
        "hypothesis='Hulp noemen helpt meer mensen verder.', baseline_rate=8, minimum_detectable_effect=3, "
        "live=False); e.save(); e.save_revision(user=expert); e.get_workflow().start(e, expert)",
    )


def report(live_site):
    return json.loads(live_site.manage("ab_report", SLUG, "--json"))


def add_counts(live_site, totals, days_after_start):
    """Top the counts up to ``totals`` = {variant: (visitors, reached the goal)}, counted on a day
    after the start: the rest of the visitors, without sending thousands of beacons."""
    now = {v["key"]: (v["exposures"], v["conversions"]) for v in report(live_site)["variants"]}
    rows = [
        (key, goal, wanted - now[key][index])
        for key, pair in totals.items()
        for index, (goal, wanted) in enumerate(zip(("exposure", "cta"), pair, strict=True))
        if wanted > now[key][index]
    ]
    live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "import datetime\n"
        "from django.db.models import F\n"
        "from messaging.models import Experiment, ExperimentCount\n"
        f"e = Experiment.objects.get(slug='{SLUG}')\n"
        f"day = e.started_at.date() + datetime.timedelta(days={days_after_start})\n"
        f"for k, g, n in {rows!r}:\n"
        "    row, _ = ExperimentCount.objects.get_or_create(\n"
        "        experiment=e, variant=k, goal=g, language='nl', day=day, defaults={'count': 0})\n"
        "    ExperimentCount.objects.filter(pk=row.pk).update(count=F('count') + n)\n",
    )


def approve(lead, name):
    lead.get_by_role("link", name=name).first.click()
    lead.wait_for_load_state()
    lead.get_by_role("button", name="Meer acties").click()
    lead.get_by_role("button", name=re.compile("^Goedkeuren")).first.click()
    lead.wait_for_load_state()


def test_the_lead_approves_starts_and_acts_on_one_clear_verdict(browser, live_site):
    site = live_site.url
    passwords = role_passwords(live_site)
    submitted_by_the_expert(live_site)

    # 1. The dashboard lists both for review; the lead approves the message, then the experiment.
    lead = log_in(browser, live_site, "lead", passwords["lead"], locale="nl-NL")
    expect(lead.get_by_text("In afwachting van jouw beoordeling")).to_be_visible()
    lead.goto(site + "/admin/snippets/messaging/messageslot/")
    approve(lead, SLOT)
    lead.goto(site + "/admin/snippets/messaging/experiment/")
    approve(lead, EXPERIMENT)

    # 2. Starting fails early, with the reason: no published page shows the message yet.
    lead.goto(site + "/admin/snippets/messaging/experiment/")
    lead.get_by_role("row", name=re.compile(EXPERIMENT)).get_by_role("link", name="Resultaten").click()
    lead.get_by_role("button", name="Start het experiment").click()
    lead.wait_for_load_state()
    expect(
        lead.get_by_text(re.compile(f"De berichtplek “{SLOT}” staat nog op geen gepubliceerde pagina"))
    ).to_be_visible()
    expect(lead.get_by_text("Bezoekers zien nu de varianten", exact=False)).to_have_count(0)

    # An editor places the slot in the campaign's hero (page editing is an editor's job); now it starts.
    live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "from messaging.models import MessageSlot; from pages.models import CampaignPage; "
        "page = CampaignPage.objects.get(slug_nl='echt-of-nep'); "
        f"page.hero_message = MessageSlot.objects.get(key='{SLOT_KEY}'); page.save_revision().publish()",
    )
    lead.get_by_role("button", name="Start het experiment").click()
    lead.wait_for_load_state()
    expect(lead.get_by_text("Het experiment loopt. Bezoekers zien nu de varianten.")).to_be_visible()
    results_url = lead.url

    # 3. Visitors arrive: the first ones through the real beacons, the rest of about 200 each added
    #    as counts, to A 18 of 210 (8.6 %) and B 35 of 198 (17.7 %).
    for number in range(8):
        visitor = Visitor(site)
        slug, _variant = visitor.visit()
        assert slug == SLUG, f"{CAMPAIGN} shows the new experiment"
        assert visitor.open(f"/api/ab/{slug}/exposure", {"language": "nl"})[0] == 204
        if number % 4 == 0:
            assert visitor.open(f"/api/ab/{slug}/conversion", {"goal": "cta", "language": "nl"})[0] == 204
    assert sum(v["exposures"] for v in report(live_site)["variants"]) == 8
    add_counts(live_site, {"a": (210, 18), "b": (198, 35)}, days_after_start=0)

    # 4. One verdict, in plain words: no winner yet, keep it running, when to look again.
    lead.goto(results_url)
    verdict = lead.locator("section.ab-results__verdict")
    expect(verdict.get_by_text(re.compile("^Nog geen winnaar\\."))).to_be_visible()
    expect(verdict.get_by_text("Laat het experiment doorlopen en laat de teksten zoals ze zijn.")).to_be_visible()
    expect(verdict.get_by_text(re.compile("Je mag zo vaak kijken als je wilt"))).to_be_visible()
    # The numbers are there under a disclosure, each with what it means, and none says "winner".
    verdict.get_by_text("De cijfers achter deze uitslag").click()
    expect(verdict.get_by_role("cell", name="8,6%")).to_be_visible()
    expect(verdict.get_by_role("cell", name="17,7%")).to_be_visible()
    expect(verdict.get_by_text(re.compile("zolang 0 erbinnen ligt, kan het verschil nog toeval zijn"))).to_be_visible()
    page_text = lead.locator("main").inner_text()
    for contradiction in ("Kans dat het beter is", "99%", "Holm", "Nog niet beslist", "valse winnaars", "klopt altijd"):
        assert contradiction not in page_text, contradiction
    expect(lead.get_by_role("button", name="Maak de winnaar standaard en rond af")).to_have_count(0)
    screenshot(lead, "journey-lead-no-winner-yet")
    assert report(live_site)["verdict"] == "no_winner_yet"

    # 5. A week later, 700 visitors each: B clearly helps more people on; the lead makes it the default.
    add_counts(live_site, {"a": (700, 60), "b": (700, 140)}, days_after_start=7)
    lead.goto(results_url)
    expect(verdict.get_by_text(re.compile("^Variant B werkt beter dan de controle \\(A\\)"))).to_be_visible()
    expect(verdict.get_by_text("Je hoeft niet langer te wachten: je kunt nu beslissen.")).to_be_visible()
    screenshot(lead, "journey-lead-winner")
    lead.get_by_role("button", name="Maak de winnaar standaard en rond af").click()
    lead.wait_for_load_state()
    expect(lead.get_by_text(re.compile("Variant B is nu de standaard"))).to_be_visible()
    _status, html = Visitor(site).open(CAMPAIGN)
    assert "Twijfel je? Hulp is dichtbij" in html and "data-experiment" not in html
    assert report(live_site)["status"] == "concluded"
    lead.context.close()
