"""The campaign lead reads the reach figures before quoting them to the ministry.

Who: someone in the *Campagneleiding* group (the demo user ``lead``), in the Dutch admin. Why: a
parliamentary answer will quote how many people the campaign reached. Before quoting a total the
lead must see what could make it wrong: a day far above the campaign page's usual level (a mailing,
a script, a fault) and the beacons the site refused to count because one sender sent too many
(core/sender_limit.py). Both are on the dashboard and in the CSV the lead downloads, with the same
numbers, and the marked day is still counted in every figure (flagged, not hidden).
"""

import csv
import datetime
import io
import re

from playwright.sync_api import expect

from tests.browser.site import screenshot
from tests.browser.test_ab_testing_in_browser import log_in, role_passwords

CAMPAIGN_SLUG = "echt-of-nep"
USUAL, SPIKE, SPIKE_DAYS_AGO, REFUSED = 20, 400, 3, 1234


def counts_with_one_unusual_day(live_site):
    """70 days of the campaign page's views from e-mail and typed addresses, 20 a day, and 400 three
    days ago; 1,234 beacons refused today. The page has been public for 100 days (the demo's pages
    were made when the site was served, and a page's first week is never judged). Returns the
    site's refused total and the campaign's title, as the dashboard should show them."""
    return live_site.manage(
        "shell",
        "--no-imports",
        "-c",
        "import datetime\n"
        "from django.db.models import F, Sum\n"
        "from django.utils import timezone\n"
        "from pages.models import CampaignPage\n"
        "from reach.models import ReachCount, RefusedBeaconCount\n"
        f"page = CampaignPage.objects.get(slug_nl='{CAMPAIGN_SLUG}')\n"
        "long_ago = timezone.now() - datetime.timedelta(days=100)\n"
        "CampaignPage.objects.filter(pk=page.pk).update(first_published_at=long_ago)\n"
        "today = timezone.localdate()\n"
        "for ago in range(70):\n"
        f"    n = {SPIKE} if ago == {SPIKE_DAYS_AGO} else {USUAL}\n"
        "    row, _ = ReachCount.objects.get_or_create(day=today - datetime.timedelta(days=ago), page_id=page.pk,\n"
        "        audience='', language='nl', referrer='none', event='view', defaults={'count': 0})\n"
        "    ReachCount.objects.filter(pk=row.pk).update(count=F('count') + n)\n"
        "row, _ = RefusedBeaconCount.objects.get_or_create(day=today, kind='reach', defaults={'count': 0})\n"
        f"RefusedBeaconCount.objects.filter(pk=row.pk).update(count=F('count') + {REFUSED})\n"
        "print(RefusedBeaconCount.objects.aggregate(n=Sum('count'))['n'], page.title_nl)\n",
    ).split(maxsplit=1)


def dutch_number(value):
    return f"{value:,}".replace(",", ".")


def test_the_lead_sees_what_to_check_before_quoting_reach(browser, live_site):
    refused_total, campaign = counts_with_one_unusual_day(live_site)
    refused_total = int(refused_total)
    campaign = campaign.strip()
    spike_day = datetime.date.today() - datetime.timedelta(days=SPIKE_DAYS_AGO)

    # 1. From the admin's Reports menu to the reach dashboard (whole site, the last 28 days).
    lead = log_in(browser, live_site, "lead", role_passwords(live_site)["lead"], locale="nl-NL")
    lead.get_by_role("button", name="Rapporten").click()
    lead.get_by_role("link", name="Bereik van campagnes").click()
    lead.wait_for_load_state()

    # 2. Before any total: the day far above the page's usual level, with the page, the source, its
    #    views and the usual level, and how it was judged.
    spikes = lead.locator("section.reach-spikes")
    expect(spikes.get_by_role("heading", name="Uitzonderlijk hoge dagen")).to_be_visible()
    expect(spikes.locator(".reach-spikes__count")).to_contain_text(re.compile(r"^\d+ (dag|dagen) × pagina × bron"))
    # (Other tests on the shared demo site may have counted this page too: the row is the one of that day.)
    row = (
        spikes.get_by_role("row")
        .filter(has_text=campaign)
        .filter(has=lead.get_by_role("cell", name=str(SPIKE), exact=True))
    )
    expect(row).to_have_count(1)
    expect(row.get_by_role("rowheader")).to_contain_text(f"{spike_day.day} ")
    expect(row.get_by_role("cell", name=f"{USUAL},0", exact=True)).to_be_visible()  # a median, one decimal
    expect(spikes.get_by_text(re.compile("Poisson"))).to_be_visible()

    # 3. The beacons over the limit per sender: counted as a number of their own, not in the views.
    expect(lead.locator(".reach-refused")).to_contain_text(
        f"{dutch_number(refused_total)} telberichten boven de limiet per afzender zijn in deze periode niet meegeteld"
    )

    spikes.scroll_into_view_if_needed()
    screenshot(lead, "journey-lead-reach-unusual-day")

    # 4. Flagged, not hidden: the day by day table marks the day and still counts its views.
    lead.get_by_text("De grafiek als tabel").click()
    days = lead.locator("section.reach-section").filter(has=lead.locator("#reach-days-heading"))
    marked = days.get_by_role("row", name=re.compile("Uitzonderlijk hoog: controleer voor je dit citeert"))
    # (Other tests on the shared demo site may have an unusual day of their own: this one is ours.)
    day_header = re.compile(rf"\b{spike_day.day} \S+ {spike_day.year}\b")
    ours = marked.filter(has=lead.get_by_role("rowheader", name=day_header))
    expect(ours).to_have_count(1)
    all_views = int(ours.get_by_role("cell").first.inner_text().replace(".", ""))
    assert all_views >= SPIKE, "the marked day's views are still counted"

    # 5. The CSV for the spreadsheet says the same: the marked day, and the refused beacons.
    with lead.expect_download() as download:
        lead.get_by_role("link", name="CSV met decimale komma (Nederlandse spreadsheet)").click()
    text = open(download.value.path(), encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    flagged_at = next(i for i, cells in enumerate(rows) if cells and cells[0].startswith("Uitzonderlijk hoog"))
    flagged_rows = [cells for cells in rows[flagged_at + 2 :] if cells and cells[0] == spike_day.isoformat()]
    assert any(campaign in cells[1] and cells[3] == str(SPIKE) for cells in flagged_rows), rows[flagged_at:]
    refused_row = next(cells for cells in rows if cells and cells[0].startswith("Telberichten boven de limiet"))
    assert refused_row[1] == str(refused_total)
    lead.context.close()
