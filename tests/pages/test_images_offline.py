"""The "get images offline" triage without JavaScript: one GET form a question, a route per answer set."""

import pytest
from bs4 import BeautifulSoup

from tests import factories

pytestmark = pytest.mark.django_db

NL, EN = "/nl/hulp/beelden-offline/", "/en/help/get-images-offline/"


@pytest.fixture
def route_site(home_page):
    help_page = factories.HelpPageFactory(parent=home_page)
    services = {
        key: factories.HelpServiceFactory(name_nl=name, name_en=name, name=name)
        for key, name in [
            ("helpwanted", "Helpwanted"),
            ("take_it_down", "Take It Down"),
            ("stop_ncii", "StopNCII"),
            ("meldpunt", "Meldpunt Kinderporno"),
            ("police", "Politie"),
        ]
    }
    page = factories.ImagesOfflinePageFactory(
        parent=help_page, **{f"{key}_service": service for key, service in services.items()}
    )
    factories.PlatformFactory(
        key="snapchat",
        name_nl="Snapchat",
        name_en="Snapchat",
        name="Snapchat",
        in_app_steps_nl="Houd de Snap ingedrukt.\nTik op 'Rapporteren'.",
        in_app_steps_en="Press and hold the Snap.\nTap 'Report'.",
        take_it_down=True,
        stop_ncii=True,
    )
    factories.PlatformFactory(key="x", name_nl="X", name_en="X", name="X", report_url="", stop_ncii=False)
    factories.PlatformFactory(key="elsewhere", name="Elders", name_nl="Elders", in_eu=False)
    return page


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def answer(client, url, response, value):
    """Submit the question's form as a browser would: its hidden fields plus the chosen radio."""
    form = soup(response).select_one("form[data-offline-form]")
    assert form is not None and form["method"] == "get"
    fields = [(field["name"], field["value"]) for field in form.select("input[type=hidden]")]
    radio = form.select_one(f"input[type=radio][value='{value}']")
    assert radio is not None, f"no option {value!r}"
    fields.append((radio["name"], value))
    return client.get(form["action"] or url, dict(fields))


def walk(client, url, *values):
    response = client.get(url)
    for value in values:
        assert response.status_code == 200
        response = answer(client, url, response, value)
    return response


def steps(response):
    return [item["id"].removeprefix("step-") for item in soup(response).select(".offline-steps > li")]


def test_a_young_person_with_an_image_on_snapchat_reaches_take_it_down_in_four_answers(client, route_site):
    response = walk(client, NL, "me", "under-18", "shared", "snapchat")
    assert response.status_code == 200
    assert steps(response) == [
        "no-sharing-minor",
        "evidence",
        "police",  # before any report: a removed image is evidence lost
        "report",
        "notice",
        "take-it-down",
        "helpwanted",
        "meldpunt",
    ]
    text = soup(response).get_text(" ")
    assert "Houd de Snap ingedrukt." in text and "Take It Down" in text and "Helpwanted" in text
    assert "Nooit bewaren of doorsturen." in text and "StopNCII" not in text
    assert "Echt of nep, het is misbruik." in text
    # The address holds the chosen options and nothing else.
    assert dict(response.wsgi_request.GET.items()) == {
        "who": "me",
        "age": "under-18",
        "what": "shared",
        "platform": "snapchat",
    }


def test_the_same_route_in_english(client, route_site):
    response = walk(client, EN, "me", "under-18", "shared", "snapchat")
    text = soup(response).get_text(" ")
    assert "Press and hold the Snap." in text and "Never save or forward it." in text
    assert soup(response).html["lang"] == "en"


def test_a_parent_skips_the_age_question_and_a_threat_leads_to_the_sextortion_route(client, route_site):
    response = walk(client, NL, "child", "threatened", "other")
    assert steps(response)[0] == "stop-contact"
    assert "take-it-down" in steps(response) and "meldpunt" in steps(response)
    text = soup(response).get_text(" ")
    assert "Betaal niet." in text and "Blijf rustig." in text


def test_an_adult_on_x_gets_stopncii_with_who_takes_part_and_the_notice_for_the_eu(client, route_site):
    on_x = walk(client, EN, "me", "18-or-over", "shared", "x")
    assert "stop-ncii" in steps(on_x) and "notice" in steps(on_x) and "take-it-down" not in steps(on_x)
    text = soup(on_x).get_text(" ")
    assert "We do not know a web form of X" in text
    assert "As far as we know, X does not take part." in text and "include: Snapchat." in text
    on_snapchat = client.get(EN, {"who": "me", "age": "18-or-over", "what": "shared", "platform": "snapchat"})
    assert "stop-ncii" in steps(on_snapchat) and "no-sharing" in steps(on_snapchat)
    outside_eu = client.get(EN, {"who": "me", "age": "18-or-over", "what": "shared", "platform": "elsewhere"})
    assert "notice" not in steps(outside_eu)


def test_each_question_is_one_screen_with_its_number(client, route_site):
    first = soup(client.get(NL))
    assert first.select_one("legend h2").get_text() and len(first.select("form[data-offline-form]")) == 1
    assert "Vraag 1 van 4" in first.get_text()
    parent = soup(client.get(NL, {"who": "child"}))
    assert "Vraag 2 van 3" in parent.get_text()  # a parent is not asked the age
    assert [i["value"] for i in parent.select("input[type=hidden]")] == ["child"]


@pytest.mark.parametrize(
    "query",
    [
        {"who": "<script>alert(1)</script>"},
        {"who": "me", "age": "twelve"},
        {"who": "me", "age": "under-18", "what": "shared", "platform": "myspace"},
        {"who": ["me", "child"], "age": "x" * 5000},
    ],
)
def test_an_unknown_answer_asks_the_question_again_with_a_message(client, route_site, query):
    response = client.get(NL, query)
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one(".form-error") and page.select_one("form[data-offline-form]")
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert page.select_one("a[href='/nl/hulp/beelden-offline/']")  # start again


def test_no_answer_chosen_asks_the_same_question_again(client, route_site):
    response = client.get(NL, {"who": "me", "age": ""})
    assert response.status_code == 200 and "Vraag 2 van 4" in soup(response).get_text()


def test_the_route_lets_each_answer_be_changed(client, route_site):
    route = soup(client.get(NL, {"who": "me", "age": "under-18", "what": "shared", "platform": "snapchat"}))
    changes = [a["href"] for a in route.select(".offline-route__answers a")]
    # Each opens at its question (#offline-heading), also without JavaScript.
    assert changes == [
        f"{NL}#offline-heading",
        f"{NL}?who=me#offline-heading",
        f"{NL}?who=me&age=under-18#offline-heading",
        f"{NL}?who=me&age=under-18&what=shared#offline-heading",
    ]


def test_help_details_come_from_the_help_services(client, route_site):
    from pages.models import HelpService

    HelpService.objects.filter(name_nl="Helpwanted").update(phone="0800-1111")
    route = client.get(NL, {"who": "me", "age": "under-18", "what": "shared", "platform": "snapchat"})
    assert 'href="tel:08001111"' in route.content.decode()


def test_the_help_page_the_header_and_the_home_page_link_to_the_route(client, route_site, home_page):
    for url in ("/nl/hulp/", "/nl/"):
        document = soup(client.get(url))
        assert document.select(f"a[href='{NL}']"), url
    assert soup(client.get("/en/help/")).select_one(f"header a[href='{EN}']")


def test_each_route_is_cached_under_its_own_address(client, route_site, settings):
    settings.PAGE_CACHE_ENABLED = True
    child = {"who": "child", "what": "threatened", "platform": "x"}
    adult = {"who": "me", "age": "18-or-over", "what": "shared", "platform": "snapchat"}
    first = client.get(NL, child)
    assert client.get(NL, child).get("X-Page-Cache") == "hit"
    other = client.get(NL, adult)
    assert other.get("X-Page-Cache") != "hit"
    assert steps(other) != steps(first) and client.get(NL, adult).get("X-Page-Cache") == "hit"
    assert steps(client.get(NL, child)) == steps(first)
