"""The reach beacon counts one aggregate number per (day, page, audience view, language, source, event)."""

import pytest
from django.utils import timezone
from wagtail.models import Page

from reach.models import ReachCount
from tests import factories
from tests.helpers import soup
from tests.reach.conftest import CAMPAIGN, page_id, send

pytestmark = pytest.mark.usefixtures("reach_site")


def counts(**filters):
    columns = ("page", "audience", "language", "referrer", "partner", "utm_source", "utm_medium", "utm_campaign")
    return list(ReachCount.objects.filter(**filters).values(*columns, "event", "count"))


def test_a_page_carries_what_the_beacon_sends_and_no_more(browser):
    page = soup(browser.get(f"{CAMPAIGN}ouders/"))
    body = page.find("body")
    assert body["data-reach-page"] == str(page_id("echt-of-nep"))
    assert body["data-reach-audience"] == "parents"
    assert soup(browser.get(CAMPAIGN)).find("body")["data-reach-audience"] == ""


def test_a_view_adds_one_to_its_cell_and_a_second_view_to_the_same_row(browser):
    campaign = page_id("echt-of-nep")
    body = {"page": campaign, "event": "view", "language": "nl", "audience": "parents", "referrer": ""}
    assert send(browser, body).status_code == 204
    assert send(browser, body).status_code == 204
    assert counts() == [
        {
            "page": campaign,
            "audience": "parents",
            "language": "nl",
            "referrer": "none",
            "partner": "",
            "utm_source": "",
            "utm_medium": "",
            "utm_campaign": "",
            "event": "view",
            "count": 2,
        }
    ]
    assert ReachCount.objects.get().day == timezone.localdate()
    assert "Set-Cookie" not in send(browser, body).headers
    assert not browser.cookies


@pytest.mark.parametrize(
    ("referrer", "category"),
    [
        ("", "none"),
        ("https://mail.google.com/mail/u/0/", "none"),
        ("http://testserver/nl/", "internal"),
        ("https://www.google.nl/", "search"),
        ("https://duckduckgo.com/?q=deepfake", "search"),
        ("https://l.instagram.com/?u=x", "social"),
        ("https://t.co/abc", "social"),
        ("https://blog.example.com/post", "other"),
        ("not a url at all", "none"),
    ],
)
def test_the_referrer_is_kept_as_a_category_only(browser, referrer, category):
    send(browser, {"page": page_id("echt-of-nep"), "language": "en", "referrer": referrer})
    row = ReachCount.objects.get()
    assert (row.referrer, row.partner) == (category, "")


def test_a_listed_partner_domain_is_kept_and_an_unlisted_one_is_not(browser):
    factories.ReachSourceFactory(kind="partner", value="school.example")
    page = page_id("echt-of-nep")
    send(browser, {"page": page, "language": "nl", "referrer": "https://www.school.example/nieuws?id=1"})
    send(browser, {"page": page, "language": "nl", "referrer": "https://otherschool.example/"})
    stored = sorted(ReachCount.objects.values_list("referrer", "partner"))
    assert stored == [("other", ""), ("partner", "school.example")]


def test_campaign_link_values_are_kept_only_when_listed(browser):
    factories.ReachSourceFactory(kind="utm_campaign", value="mailing-maart")
    factories.ReachSourceFactory(kind="utm_medium", value="email")
    page = page_id("echt-of-nep")
    send(browser, {"page": page, "language": "nl", "utm_campaign": "Mailing-Maart", "utm_medium": "email"})
    send(browser, {"page": page, "language": "nl", "utm_campaign": "Jan Jansen, 06-12345678", "utm_source": "x"})
    assert sorted(ReachCount.objects.values_list("utm_source", "utm_medium", "utm_campaign")) == [
        ("", "email", "mailing-maart"),
        ("other", "", "other"),
    ]


def test_a_help_page_view_also_counts_as_help_page_reached(browser):
    help_page = page_id("hulp")
    send(browser, {"page": help_page, "language": "nl"})
    assert sorted(ReachCount.objects.values_list("event", "count")) == [("help_page", 1), ("view", 1)]


HELP_SEEKING = ["helpline_call", "helpline_chat", "helpline_website", "lesson_download", "quick_exit"]


@pytest.mark.parametrize("event", HELP_SEEKING)
def test_help_seeking_events_are_counted(browser, event):
    assert send(browser, {"page": page_id("hulp"), "language": "nl", "event": event}).status_code == 204
    assert list(ReachCount.objects.values_list("event", "count")) == [(event, 1)]


def test_help_page_reached_cannot_be_sent_by_a_page(browser):
    response = send(browser, {"page": page_id("echt-of-nep"), "language": "nl", "event": "help_page"})
    assert response.status_code == 400
    assert not ReachCount.objects.exists()


def test_the_help_page_marks_its_helpline_links(browser):
    page = soup(browser.get("/nl/hulp/"))
    events = {link["data-reach-event"] for link in page.select("main [data-reach-event]")}
    assert events >= {"helpline_call", "helpline_website"}


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_DNT": "1"},
        {"HTTP_SEC_GPC": "1"},
        {"HTTP_USER_AGENT": "Googlebot/2.1 (+http://www.google.com/bot.html)"},
        {"HTTP_USER_AGENT": ""},
    ],
)
def test_do_not_track_privacy_control_and_bots_are_not_counted(browser, headers):
    response = send(browser, {"page": page_id("echt-of-nep"), "language": "nl"}, **headers)
    assert response.status_code == 204
    assert not ReachCount.objects.exists()


def test_a_view_in_a_language_the_public_does_not_see_yet_is_not_reach(browser, settings):
    """A language being written (settings SITE_LANGUAGES, not public): only editors read its pages, so
    their views are not the public's reach; answered alike, counted nowhere."""
    settings.SITE_LANGUAGES = [
        {**language, "public": language["code"] not in ("tr", "ar")} for language in settings.SITE_LANGUAGES
    ]
    for language in ("tr", "ar"):
        assert send(browser, {"page": page_id("echt-of-nep"), "language": language}).status_code == 204
    assert not ReachCount.objects.exists()
    send(browser, {"page": page_id("echt-of-nep"), "language": "en"})
    assert [row["count"] for row in counts(language="en")] == [1]


def test_a_view_in_arabic_counts_once_it_is_public(browser):
    send(browser, {"page": page_id("echt-of-nep"), "language": "ar"})
    assert [row["count"] for row in counts(language="ar")] == [1]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("not json", 400),
        ("[1, 2]", 400),
        ({"page": "12", "language": "nl"}, 400),
        ({"page": 999999, "language": "nl"}, 400),
        ({"page": True, "language": "nl"}, 400),
        ({"language": "nl"}, 400),
        ({"page": 1, "language": "de"}, 400),
        ({"page": 1, "language": "nl", "event": "purchase"}, 400),
        ({"page": 1, "language": "nl", "audience": "grandparents"}, 400),
        ({"page": 1, "language": "nl", "audience": ["parents"]}, 400),
        ("x" * 2000, 413),
    ],
)
def test_malformed_beacons_are_refused_and_count_nothing(browser, body, status):
    assert send(browser, body).status_code == status
    assert not ReachCount.objects.exists()


def test_other_methods_and_other_sites_are_refused(browser):
    assert browser.get("/api/reach").status_code == 405
    response = send(browser, {"page": page_id("echt-of-nep"), "language": "nl"}, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    response = browser.post("/api/reach", "{}", content_type="application/xml", HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 415
    assert not ReachCount.objects.exists()


def test_an_unpublished_page_is_not_counted(browser):
    page = Page.objects.get(slug_nl="echt-of-nep")
    page.specific.unpublish()
    assert send(browser, {"page": page.pk, "language": "nl"}).status_code == 400


def test_the_beacon_is_not_cached_and_counts_every_time_behind_the_page_cache(browser):
    body = {"page": page_id("echt-of-nep"), "language": "nl"}
    for _ in range(3):
        browser.get(CAMPAIGN)
        send(browser, body)
    assert ReachCount.objects.get().count == 3
