"""The communication expert reads what people know, and prints the campaign effect report.

Who: the demo user ``expert`` (Communicatie-experts), in the Dutch admin. Why: the campaign lead
asks whether "echt of nep" changed what parents know. They open Reports → Awareness, choose the
parents' question that compares before and after the message, and read the share of right answers
with its interval, per audience view and week, and the difference the message made, marked as demo
data. Then they open the campaign effect report and print it on A4: every column on the paper.
Last, the results of the message experiment whose goal is that question (``ouders-weten-het``): do
parents know it better after variant B? Per variant the visitors, how many of them answered (the
answer rate) and the share right, with the table readable beside the menu.
"""

import re

from playwright.sync_api import expect

from tests.browser.site import screenshot
from tests.browser.test_ab_testing_in_browser import log_in, role_passwords
from tests.browser.test_reach_dashboard_in_browser import A4_PRINTABLE_PX, tables_wider_than_the_paper

QUESTION = "Kennis: een AI-naaktbeeld van een kind is strafbaar"


def test_an_expert_reads_the_awareness_dashboard_and_prints_the_campaign_report_on_a4(browser, live_site):
    # The served site has the demo but no simulated answers (a journey may have answered one already).
    # No page views: the reach reader's journey reads exact view counts of this campaign.
    live_site.manage("simulate_awareness_answers", "--days", "21", "--visitors", "40", "--without-reach")
    page = log_in(browser, live_site, "expert", role_passwords(live_site)["expert"], locale="nl-NL")
    try:
        page.goto(live_site.url + "/admin/")
        page.get_by_role("button", name="Rapporten").click()
        page.get_by_role("link", name="Bewustzijn", exact=True).click()
        page.wait_for_url("**/admin/reports/awareness/**")
        page.get_by_label("Vraag").select_option(label=QUESTION)
        page.get_by_role("button", name="Toon", exact=True).click()
        page.wait_for_load_state()
        expect(page.get_by_text("Demogegevens.")).to_be_visible()
        expect(page.get_by_role("heading", name="Voor en na de boodschap")).to_be_visible()
        lift = page.locator("section[aria-labelledby=lift-heading]")
        expect(lift).to_contain_text("Verschil (na − voor):")
        expect(lift).to_contain_text("Gevraagd vóór de boodschap")
        weeks = page.locator("section", has=page.get_by_role("heading", name="Per week (vanaf maandag)"))
        assert weeks.locator("tbody tr").count() >= 3  # three weeks of answers
        expect(page.get_by_text("geen bevolkingsonderzoek", exact=False).first).to_be_visible()
        screenshot(page, "journey-expert-awareness-dashboard")

        page.get_by_role("link", name="Rapport campagne-effect (om te printen)").click()
        page.get_by_label("Campagne").select_option(
            label=page.locator("#id_campaign option", has_text="Echt of nep").first.inner_text()
        )
        page.get_by_role("button", name="Toon", exact=True).click()
        page.wait_for_load_state()
        table = page.locator(".awareness-report__table")
        for stage in ("Bereik", "Kennis", "Houding", "Gedrag"):
            expect(table.get_by_role("columnheader", name=stage, exact=True)).to_be_visible()
        expect(table).to_contain_text("Verandering door de boodschap")
        page.emulate_media(media="print")
        expect(page.locator(".reach-report__controls").first).to_be_hidden()
        page.set_viewport_size({"width": A4_PRINTABLE_PX, "height": 1000})
        assert tables_wider_than_the_paper(page) == []
        for header in ("Maat", "Aantal", "Cijfer", "95%-interval", "Opmerking"):
            expect(table.get_by_role("columnheader", name=header, exact=True)).to_be_visible()
        assert page.pdf(format="A4", prefer_css_page_size=True).startswith(b"%PDF-")
        screenshot(page, "journey-expert-campaign-report-print")

        page.emulate_media(media="screen")
        page.set_viewport_size({"width": 1280, "height": 900})
        page.goto(live_site.url + "/admin/snippets/messaging/experiment/")
        page.get_by_role("row", name=re.compile("weten ze dat een AI-beeld strafbaar")).get_by_role(
            "link", name="Resultaten"
        ).click()
        page.wait_for_url("**/results/")
        expect(page.get_by_text("Demogegevens.")).to_be_visible()
        expect(page.get_by_text("het deel dat het goede antwoord wist")).to_be_visible()
        numbers = page.get_by_role("region", name="De cijfers achter deze uitslag")
        for header in ("Bezoekers", "Beantwoord (antwoordpercentage)", "Aandeel goed"):
            expect(numbers.get_by_role("columnheader", name=header, exact=True)).to_be_visible()
        for row in ("Variant A (controle)", "Variant B"):
            expect(numbers.get_by_role("row", name=re.compile(re.escape(row)))).to_contain_text("%)")
        screenshot(page, "journey-expert-knowledge-experiment-results")
    finally:
        page.context.close()
