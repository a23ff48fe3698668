"""The reach dashboard: exact figures from known counts, filters, the CSV (injection-safe) and the report,
in Dutch and in English, and once end to end from beacons to the report."""

import csv
import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.users.models import UserProfile

from reach.dashboard.views import CSV_CHUNK, neutralised
from reach.models import ReachCount, RefusedBeaconCount
from tests import factories
from tests.helpers import soup
from tests.reach.conftest import CAMPAIGN, send

pytestmark = pytest.mark.usefixtures("reach_site")

TODAY = timezone.localdate
DATA = Path(__file__).parent / "data"


def expert(django_user_model, name="dash-expert", language=None):
    """A signed-in Communicatie-expert; ``language`` is their admin language preference (Account → Language)."""
    user = django_user_model.objects.create_user(username=name, password="x")
    user.groups.add(Group.objects.get(name="Communicatie-experts"))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client = Client()
    client.force_login(user)
    return client


def counted(page, event, times, *, days_ago=0, language="nl", **cell):
    """``times`` visits of one kind, on one day, as the beacon would have added them."""
    for _visit in range(times):
        ReachCount.add_one(
            page=page, event=event, language=language, day=TODAY() - datetime.timedelta(days=days_ago), **cell
        )


def campaign():
    return Page.objects.get(slug_nl="echt-of-nep").specific


def dashboard_url(name="reach_dashboard", **query):
    return f"{reverse(name)}?{urlencode(query)}"


def table(html, heading_id):
    """{row heading: [cell texts]} of the table in the section headed ``heading_id``."""
    section = soup_html(html).find("section", attrs={"aria-labelledby": heading_id})
    assert section is not None, heading_id
    rows = {}
    for tr in section.find_all("tr"):
        th = tr.find("th", scope="row")
        if th is not None:
            rows[th.get_text(" ", strip=True)] = [td.get_text(" ", strip=True) for td in tr.find_all("td")]
    return rows


def soup_html(html):
    return BeautifulSoup(html, "html.parser")


def csv_text(response):
    """The whole CSV as the browser receives it (the response is streamed: read once, kept for a second look)."""
    if not hasattr(response, "csv_text"):
        response.csv_text = b"".join(response.streaming_content).decode()
    return response.csv_text


def csv_rows(response, delimiter=","):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(csv_text(response).lstrip("\ufeff").splitlines(), delimiter=delimiter))


@pytest.fixture
def known_counts():
    """A campaign week with known numbers; the other campaign and an old day must never be counted in."""
    page = campaign()
    factories.ReachSourceFactory(
        kind="utm_campaign", value="mailing-maart", label_nl="Mailing maart", label_en="March mailing"
    )
    counted(page, "view", 6, days_ago=1, audience="parents")
    counted(page, "view", 2, days_ago=1, audience="parents", language="en")
    counted(page, "view", 3, days_ago=0, audience="schools", referrer="search")
    counted(page, "view", 4, days_ago=0, referrer="none", utm_campaign="mailing-maart")
    counted(page, "helpline_call", 2, days_ago=1, audience="parents")
    counted(page, "lesson_download", 1, days_ago=0, audience="schools", referrer="search")
    counted(page, "quick_exit", 1, days_ago=1, audience="parents", language="en")
    # Not in the campaign, or not in the period:
    counted(Page.objects.get(slug_nl="denk-na-voor-je-deelt"), "view", 50, days_ago=0, audience="parents")
    counted(page, "view", 70, days_ago=5, audience="parents")
    return page


def period(page, days_ago=1):
    return {"campaign": page.pk, "start": str(TODAY() - datetime.timedelta(days=days_ago)), "end": str(TODAY())}


def test_views_per_audience_and_language_are_exact(django_user_model, known_counts):
    html = expert(django_user_model).get(dashboard_url(**period(known_counts)), HTTP_ACCEPT_LANGUAGE="en")
    assert html.status_code == 200
    rows = table(html.content.decode(), "reach-audience-heading")
    # Columns: Dutch, English, Turkish, Arabic, views, help-seeking per 1,000, quick exits per 1,000.
    assert rows["Parents"] == ["6", "2", "0", "0", "8", "250.0", "125.0"]
    assert rows["Schools"] == ["3", "0", "0", "0", "3", "0.0", "0.0"]  # a lesson download is not help-seeking
    assert rows["Young people"] == ["0", "0", "0", "0", "0", "–", "–"]
    assert rows["No audience view (overview and other pages)"] == ["4", "0", "0", "0", "4", "0.0", "0.0"]
    assert rows["Total"] == ["13", "2", "0", "0", "15", "133.3", "66.7"]


def test_help_seeking_is_counted_per_kind_and_per_thousand_views(django_user_model, known_counts):
    html = expert(django_user_model).get(dashboard_url(**period(known_counts)), HTTP_ACCEPT_LANGUAGE="en")
    rows = table(html.content.decode(), "reach-help-heading")
    assert rows["Helpline called"] == ["2", "133.3"]
    assert rows["Help page reached"] == ["0", "0.0"]
    assert rows["All help-seeking"] == ["2", "133.3"]
    assert rows["Quick exit used"] == ["1", "66.7"]


def test_views_per_source_and_campaign_link(django_user_model, known_counts):
    html = expert(django_user_model).get(dashboard_url(**period(known_counts)), HTTP_ACCEPT_LANGUAGE="en").content
    sources = table(html.decode(), "reach-sources-heading")
    assert sources == {
        "E-mail, app or typed address": ["12", "166.7", "83.3"],
        "Search engine": ["3", "0.0", "0.0"],
    }
    links = table(html.decode(), "reach-links-heading")
    assert links["– · – · March mailing"] == ["4", "0.0", "0.0"]
    assert links["No campaign link"] == ["11", "181.8", "90.9"]


def test_views_per_day(django_user_model, known_counts):
    html = expert(django_user_model).get(dashboard_url(**period(known_counts)), HTTP_ACCEPT_LANGUAGE="en").content
    days = table(html.decode(), "reach-days-heading")
    yesterday, today = TODAY() - datetime.timedelta(days=1), TODAY()
    # Day, all views, young people, parents, schools, no audience view, help-seeking, quick exits, downloads.
    assert days[yesterday.strftime("%a %-d %b %Y")] == ["8", "0", "8", "0", "0", "2", "1", "0"]
    assert days[today.strftime("%a %-d %b %Y")] == ["7", "0", "0", "3", "4", "0", "0", "1"]
    assert len(days) == 2
    svg = soup_html(html.decode()).find("figure", class_="reach-chart").find("svg")
    assert svg["role"] == "img" and svg.find("title").get_text() == "Page views per day"


def test_a_longer_period_takes_in_the_older_day_and_the_campaign_filter_keeps_others_out(
    django_user_model, known_counts
):
    client = expert(django_user_model)
    html = client.get(dashboard_url(**period(known_counts, days_ago=5)), HTTP_ACCEPT_LANGUAGE="en").content
    assert table(html.decode(), "reach-audience-heading")["Parents"][:5] == ["76", "2", "0", "0", "78"]
    whole_site = {"start": str(TODAY()), "end": str(TODAY())}
    html = client.get(dashboard_url(**whole_site), HTTP_ACCEPT_LANGUAGE="en").content
    assert table(html.decode(), "reach-audience-heading")["Parents"][:5] == ["50", "0", "0", "0", "50"]


def test_the_campaign_link_filter_counts_only_that_mailing(django_user_model, known_counts):
    query = {**period(known_counts), "utm_campaign": "mailing-maart"}
    html = expert(django_user_model).get(dashboard_url(**query), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert table(html, "reach-audience-heading")["Total"] == ["4", "0", "0", "0", "4", "0.0", "0.0"]


def test_an_end_before_the_start_is_a_message_next_to_the_field(django_user_model):
    client = expert(django_user_model)
    query = {"start": str(TODAY()), "end": str(TODAY() - datetime.timedelta(days=2))}
    response = client.get(dashboard_url(**query), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "The end date is before the start date." in response.content.decode()
    assert soup(response).find("section", attrs={"aria-labelledby": "reach-audience-heading"}) is None
    dutch = client.get(dashboard_url(**query), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "De einddatum ligt vóór de begindatum." in dutch
    # The CSV and the report do not answer with an error page either: they send the user back.
    for name in ("reach_dashboard_csv", "reach_report"):
        back = client.get(dashboard_url(name, **query))
        assert back.status_code == 302 and back["Location"].startswith(reverse("reach_dashboard"))


def test_bad_input_is_a_form_error(django_user_model):
    client = expert(django_user_model)
    response = client.get(dashboard_url(campaign=999999, start="garbage"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "please correct the choice below" in response.content.decode()
    assert client.get(dashboard_url(end=str(TODAY() + datetime.timedelta(days=1)))).status_code == 200


def test_a_user_without_the_permission_is_turned_away(django_user_model):
    user = django_user_model.objects.create_user(username="nobody", password="x")
    client = Client()
    client.force_login(user)
    for name in ("reach_dashboard", "reach_dashboard_csv", "reach_report"):
        assert client.get(reverse(name)).status_code in (302, 403)


def test_csv_in_dutch_and_in_english_follows_the_users_admin_language(django_user_model, known_counts):
    query = period(known_counts)
    english = csv_rows(expert(django_user_model, "csv-en", "en").get(dashboard_url("reach_dashboard_csv", **query)))
    dutch = csv_rows(
        expert(django_user_model, "csv-nl", "nl").get(dashboard_url("reach_dashboard_csv", **query)), delimiter=";"
    )
    assert english[4][:3] == ["Day", "Views", "Young people"]
    assert dutch[4][:3] == ["Dag", "Weergaven", "Jongeren"]
    assert ["Total", "15"] == english[7][:2] and ["Totaal", "15"] == dutch[7][:2]
    assert english[0][0] == "Campaign" and dutch[0][0] == "Campagne"
    assert "Help-seeking per 1,000 views" in english[11]
    assert "Hulp zoeken per 1.000 weergaven" in dutch[11]
    parents_en = next(row for row in english if row[:1] == ["Parents"])
    parents_nl = next(row for row in dutch if row[:1] == ["Ouders"])
    assert parents_en[1:] == ["6", "2", "0", "0", "8", "250.0", "125.0"]
    assert parents_nl[1:] == ["6", "2", "0", "0", "8", "250,0", "125,0"]  # what a Dutch spreadsheet reads as numbers


@pytest.mark.parametrize("csv_format, delimiter", [("nl", ";"), ("en", ",")])
def test_csv_neutralises_formulas_in_both_formats(django_user_model, csv_format, delimiter):
    factories.ReachSourceFactory(
        kind="utm_campaign", value="maart", label_nl="=HYPERLINK(1)", label_en="=HYPERLINK(1)", label="=HYPERLINK(1)"
    )
    ReachCount.add_one(page=campaign(), event="view", language="nl", utm_campaign="maart")
    response = expert(django_user_model).get(dashboard_url("reach_dashboard_csv", format=csv_format))
    cells = [cell for row in csv_rows(response, delimiter) for cell in row]
    assert any("=HYPERLINK(1)" in cell for cell in cells)
    assert not any(cell[:1] in "=+-@" and cell for cell in cells)
    assert neutralised("=HYPERLINK(1)") == "'=HYPERLINK(1)"


def test_the_report_shows_the_figures_in_dutch_and_in_english(django_user_model, known_counts):
    client = expert(django_user_model)
    url = dashboard_url("reach_report", **period(known_counts))
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert english.status_code == 200
    html = english.content.decode()
    assert soup(english).find("h1").get_text(strip=True).startswith("Reach report:")
    assert table(html, "reach-audience-heading")["Parents"] == ["6", "2", "0", "0", "8", "250.0", "125.0"]
    assert table(html, "reach-help-heading")["All help-seeking"] == ["2", "133.3"]
    assert table(html, "reach-help-heading")["Lesson downloaded"] == ["1", "66.7"]
    assert "How this was counted" in html
    dutch = client.get(url, HTTP_ACCEPT_LANGUAGE="nl")
    html = dutch.content.decode()
    assert soup(dutch).find("h1").get_text(strip=True).startswith("Bereikrapport:")
    assert soup(dutch).find("html")["lang"] == "nl"
    assert table(html, "reach-audience-heading")["Ouders"] == ["6", "2", "0", "0", "8", "250,0", "125,0"]
    assert table(html, "reach-help-heading")["Hulp zoeken in totaal"] == ["2", "133,3"]
    assert table(html, "reach-help-heading")["Les gedownload"] == ["1", "66,7"]
    assert "Zo is er geteld" in html


def test_a_mailing_through_to_the_report(django_user_model, browser):
    """As a communication expert tries it: a mailing link with utm_campaign, visits, then the dashboard."""
    factories.ReachSourceFactory(kind="utm_campaign", value="nieuwsbrief-maart", label_nl="Nieuwsbrief maart")
    factories.ReachSourceFactory(kind="utm_source", value="nieuwsbrief", label_nl="Nieuwsbrief")
    factories.ReachSourceFactory(kind="utm_medium", value="email", label_nl="E-mail")
    page = campaign()
    mailing = {"utm_source": "nieuwsbrief", "utm_medium": "email", "utm_campaign": "nieuwsbrief-maart"}
    webmail = "https://mail.google.com/mail/u/0/"

    def visit(path, event="view", audience="", language="nl", referrer=webmail, **extra):
        # The page itself (cached or not), then its beacon as reach.js sends it.
        assert browser.get(path, mailing).status_code == 200
        body = {"page": page.pk, "event": event, "language": language, "audience": audience, "referrer": referrer}
        response = send(browser, {**body, **mailing, **extra}, HTTP_ORIGIN="http://testserver")
        assert response.status_code == 204

    for _parent in range(3):
        visit(f"{CAMPAIGN}ouders/", audience="parents")
    visit(f"{CAMPAIGN}ouders/", event="helpline_call", audience="parents")
    visit(f"{CAMPAIGN}ouders/", event="quick_exit", audience="parents")
    visit(CAMPAIGN)
    visit("/en/campaigns/real-or-fake/", language="en")
    # A visitor who asks not to be tracked is not counted.
    send(browser, {"page": page.pk, "language": "nl", **mailing}, HTTP_DNT="1")

    client = expert(django_user_model)
    query = {"campaign": page.pk, "utm_campaign": "nieuwsbrief-maart"}
    html = client.get(dashboard_url(**query), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    audiences = table(html, "reach-audience-heading")
    assert audiences["Ouders"] == ["3", "0", "0", "0", "3", "333,3", "333,3"]
    assert audiences["Totaal"] == ["4", "1", "0", "0", "5", "200,0", "200,0"]
    assert table(html, "reach-sources-heading") == {"E-mail, app of ingetypt adres": ["5", "200,0", "200,0"]}
    assert table(html, "reach-links-heading") == {"Nieuwsbrief · E-mail · Nieuwsbrief maart": ["5", "200,0", "200,0"]}
    totals = soup_html(html).find("dl", class_="reach-totals").get_text(" ", strip=True)
    assert "Hulp zoeken per 1.000 weergaven 200,0" in totals

    report = client.get(dashboard_url("reach_report", **query), HTTP_ACCEPT_LANGUAGE="nl")
    assert report.status_code == 200
    assert table(report.content.decode(), "reach-audience-heading")["Ouders"][:5] == ["3", "0", "0", "0", "3"]
    assert page.title in soup(report).find("h1").get_text()


def test_lesson_downloads_have_their_own_row_and_are_not_help_seeking(django_user_model, known_counts):
    """A ministry quotes help-seeking: a teacher downloading a lesson must not raise it."""
    client = expert(django_user_model, language="en")
    html = client.get(dashboard_url(**period(known_counts))).content.decode()
    totals = soup_html(html).find("dl", class_="reach-totals").get_text(" ", strip=True)
    assert "Help-seeking per 1,000 views 133.3 (2 times)" in totals
    assert "Lesson downloads 1 (not part of help-seeking)" in totals
    help_rows = table(html, "reach-help-heading")
    assert help_rows["All help-seeking"] == ["2", "133.3"] and help_rows["Lesson downloaded"] == ["1", "66.7"]
    # The download row comes after the sum, not above it among the kinds of help.
    order = list(help_rows)
    assert order.index("Lesson downloaded") > order.index("All help-seeking")

    rows = csv_rows(client.get(dashboard_url("reach_dashboard_csv", format="en", **period(known_counts))))
    header, total = rows[4], rows[7]
    assert header[-1] == "Lesson downloaded" and "Lesson downloaded" not in header[: header.index("Quick exit used")]
    assert total[0] == "Total" and total[header.index("Help-seeking")] == "2" and total[-1] == "1"
    per_thousand = rows[9]
    assert per_thousand[header.index("Help-seeking")] == "133.3" and per_thousand[-1] == "66.7"

    report = client.get(dashboard_url("reach_report", **period(known_counts))).content.decode()
    assert table(report, "reach-help-heading")["Lesson downloaded"] == ["1", "66.7"]
    assert table(report, "reach-help-heading")["All help-seeking"] == ["2", "133.3"]


def form_values(html):
    """The values the dashboard's filter form would send again, as a browser submits it."""
    form = soup_html(html).find("form", class_="reach-filter")
    values = {field["name"]: field.get("value", "") for field in form.find_all("input")}
    for select in form.find_all("select"):
        selected = select.find("option", selected=True)
        values[select["name"]] = selected["value"] if selected else ""
    return values


def test_choosing_a_campaign_uses_its_own_period_even_with_the_pre_filled_dates(django_user_model, known_counts):
    """The form shows the last 28 days; choosing a campaign then must not keep those 28 days."""
    CampaignPage = type(known_counts)
    CampaignPage.objects.filter(pk=known_counts.pk).update(start_date=TODAY() - datetime.timedelta(days=3))
    client = expert(django_user_model, language="en")
    first = client.get(reverse("reach_dashboard")).content.decode()
    values = form_values(first)
    assert values["start"] == str(TODAY() - datetime.timedelta(days=27)) and values["end"] == str(TODAY())
    assert "These are the last 28 days." in first

    chosen = client.get(dashboard_url(**{**values, "campaign": known_counts.pk})).content.decode()
    # The campaign started 3 days ago: the 70 views of 5 days ago are not in it.
    assert table(chosen, "reach-audience-heading")["Parents"][:5] == ["6", "2", "0", "0", "8"]
    assert form_values(chosen)["start"] == str(TODAY() - datetime.timedelta(days=3))
    assert "This is the campaign’s own period" in chosen

    # The report's way back to the dashboard keeps knowing that nobody chose these dates.
    report_url = soup_html(chosen).select_one(".reach-actions a[href*='/report/']")["href"]
    back = soup_html(client.get(report_url).content.decode()).select_one(".reach-report__controls a")["href"]
    assert form_values(client.get(back).content.decode())["prefilled"] == form_values(chosen)["prefilled"] != ""

    # Back to the whole site with the campaign's dates still in the fields: the last 28 days again.
    whole_site = client.get(dashboard_url(**{**form_values(chosen), "campaign": ""})).content.decode()
    assert form_values(whole_site)["start"] == str(TODAY() - datetime.timedelta(days=27))

    # Dates the user changed are the user's: kept for the campaign, and the note is not shown.
    own = {**values, "campaign": known_counts.pk, "start": str(TODAY() - datetime.timedelta(days=5))}
    html = client.get(dashboard_url(**own)).content.decode()
    assert table(html, "reach-audience-heading")["Parents"][:5] == ["76", "2", "0", "0", "78"]
    assert form_values(html)["start"] == own["start"] and "reach-period-note" not in html

    dutch = expert(django_user_model, "period-nl", "nl").get(dashboard_url(campaign=known_counts.pk))
    assert "Dit is de eigen periode van de campagne" in dutch.content.decode()
    report = client.get(dashboard_url("reach_report", campaign=known_counts.pk)).content.decode()
    assert "This is the campaign’s own period" in report


def test_the_dutch_csv_opens_with_decimal_commas_and_the_english_one_with_points(django_user_model, known_counts):
    query = period(known_counts)
    dutch_user = expert(django_user_model, "csv-nl", "nl")
    response = dutch_user.get(dashboard_url("reach_dashboard_csv", **query))
    text = csv_text(response).lstrip("\ufeff")
    assert text.splitlines()[4].startswith("Dag;Weergaven;Jongeren;")
    per_thousand = csv_rows(response, ";")[9]
    assert per_thousand[0] == "Per 1.000 weergaven" and "133,3" in per_thousand and "66,7" in per_thousand
    # The other format is one click away, for a spreadsheet set to English.
    page = dutch_user.get(dashboard_url(**query)).content.decode()
    links = [a["href"] for a in soup_html(page).select(".reach-actions a[href*=csv]")]
    assert [parse_qs(urlparse(link).query)["format"] for link in links] == [["nl"], ["en"]]
    english = csv_rows(dutch_user.get(links[1]))
    assert english[4][:2] == ["Dag", "Weergaven"] and "133.3" in english[9]


@pytest.mark.parametrize("language, title", [("nl", "Bereik van campagnes"), ("en", "Campaign reach")])
def test_the_page_is_titled_by_the_report_not_home(django_user_model, language, title):
    response = expert(django_user_model, language=language).get(reverse("reach_dashboard"))
    page = soup(response)
    assert page.find("title").get_text(strip=True).startswith(title)
    assert page.find("h1").get_text(strip=True) == title
    # The visible header is the breadcrumb trail: it ends in the report's name.
    crumbs = [item.get_text(" ", strip=True) for item in page.select("[data-w-breadcrumbs-target] li, nav ol li")]
    assert crumbs and crumbs[-1] == title


def test_the_beacons_over_the_limit_per_sender_are_shown_for_the_period_in_both_languages(django_user_model, settings):
    """The dashboard says how many beacons one sender sent beyond the limit, so a team can tell a
    flood from a campaign: in the dashboard, the report and the CSV, for the whole site."""
    settings.BEACON_SENDER_LIMIT = 3
    page = Page.objects.get(slug_nl="echt-of-nep").pk
    flooder = Client(HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0", REMOTE_ADDR="203.0.113.66")
    for _ in range(1003):
        assert send(flooder, {"page": page, "language": "nl"}).status_code == 204
    RefusedBeaconCount.add_one("experiment", day=TODAY() - datetime.timedelta(days=1))
    RefusedBeaconCount.add_one("guardrail", day=TODAY() - datetime.timedelta(days=40))  # outside the period

    two_days = {"start": str(TODAY() - datetime.timedelta(days=1)), "end": str(TODAY())}
    english = expert(django_user_model, "refused-en", "en")
    html = english.get(dashboard_url(**two_days)).content.decode()
    line = soup_html(html).find(class_="reach-refused").get_text(" ", strip=True)
    assert line.startswith("1,001 beacons over the limit per sender were not counted in this period (whole site).")
    assert "Reach: 1,000 · A/B test exposure and conversion: 1 · A/B test guardrails: 0 · Awareness answers: 0" in line
    assert "3 counts in 60 seconds" in soup_html(html).find(id="reach-counted-heading").parent.get_text(" ")

    # A campaign's view says the same whole-site number: a beacon over the limit is not kept per page.
    campaign_html = english.get(dashboard_url(campaign=page, **two_days)).content.decode()
    assert "1,001 beacons over the limit" in soup_html(campaign_html).find(class_="reach-refused").get_text()

    dutch = expert(django_user_model, "refused-nl", "nl")
    dutch_line = soup_html(dutch.get(dashboard_url(**two_days)).content.decode()).find(class_="reach-refused")
    assert dutch_line.get_text(" ", strip=True).startswith(
        "1.001 telberichten boven de limiet per afzender zijn in deze periode niet meegeteld (hele site)."
    )
    assert "Bereik: 1.000" in dutch_line.get_text()

    report = english.get(dashboard_url("reach_report", **two_days)).content.decode()
    assert "1,001 beacons over the limit per sender" in soup_html(report).find(class_="reach-refused").get_text()

    rows = csv_rows(english.get(dashboard_url("reach_dashboard_csv", format="en", **two_days)))
    assert rows[-5:] == [
        ["Beacons over the limit per sender, not counted (whole site)", "1001"],
        ["Reach", "1000"],
        ["A/B test exposure and conversion", "1"],
        ["A/B test guardrails", "0"],
        ["Awareness answers", "0"],
    ]


def test_no_beacon_over_the_limit_says_so(django_user_model):
    html = expert(django_user_model, language="en").get(dashboard_url()).content.decode()
    line = soup_html(html).find(class_="reach-refused").get_text(" ", strip=True)
    assert line == "0 beacons over the limit per sender were not counted in this period (whole site)."


@pytest.mark.parametrize(
    "admin_language, csv_format, expected",
    [
        ("nl", "nl", "csv-nl-admin-nl-format.csv"),
        ("nl", "en", "csv-nl-admin-en-format.csv"),
        ("en", "en", "csv-en-admin-en-format.csv"),
    ],
)
def test_the_csv_is_streamed_with_the_same_bytes_as_before(
    django_user_model, known_counts, admin_language, csv_format, expected
):
    """tests/reach/data/ holds the files the CSV view made before it streamed (built whole in memory),
    for these counts, with the two days of the period as {yesterday} and {today} and the campaign as {campaign}."""
    client = expert(django_user_model, f"csv-{admin_language}-{csv_format}", admin_language)
    response = client.get(dashboard_url("reach_dashboard_csv", format=csv_format, **period(known_counts)))
    assert response.status_code == 200 and response.streaming
    assert not response.has_header("Content-Length")
    yesterday, today = TODAY() - datetime.timedelta(days=1), TODAY()
    assert response["Content-Disposition"].startswith('attachment; filename="reach-')
    assert response["Content-Disposition"].endswith(f'-{yesterday:%Y-%m-%d}-{today:%Y-%m-%d}.csv"')
    before = (DATA / expected).read_bytes().decode()
    before = before.replace("{yesterday}", yesterday.isoformat()).replace("{today}", today.isoformat())
    # The campaign's title, in the admin's language (the test data numbers its pages as it makes them).
    before = before.replace("{campaign}", getattr(known_counts, f"title_{admin_language}"))
    assert csv_text(response) == before


def test_a_long_csv_is_sent_in_several_chunks(django_user_model):
    """Two years of days: the rows go out in pieces as they are written, not as one block."""
    page = campaign()
    for days_ago in range(0, 730, 3):
        counted(page, "view", 1, days_ago=days_ago)
    start = TODAY() - datetime.timedelta(days=729)
    response = expert(django_user_model).get(
        dashboard_url("reach_dashboard_csv", format="en", start=str(start), end=str(TODAY()))
    )
    chunks = list(response.streaming_content)
    assert len(chunks) > 1 and all(len(chunk) < 2 * CSV_CHUNK for chunk in chunks)
    rows = list(csv.reader(b"".join(chunks).decode().lstrip("\ufeff").splitlines()))
    days = [row for row in rows if len(row) == 13 and row[0][:2] == "20"]
    assert len(days) == 730 and sum(int(row[1]) for row in days) == len(range(0, 730, 3))
