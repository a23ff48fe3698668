"""The demo's prevention routes: a bystander's steps and the "worried about what I look at" page, in both
languages, reachable where people look, written for their readers, and counting no help-seeking there."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from editorial.readability import plain_text, score_text
from pages.models import BystanderPage, HelpService, SelfHelpPage
from reach.models import ReachCount
from tests.reach.conftest import BROWSER, send

pytestmark = pytest.mark.django_db

BYSTANDER = {"nl": "/nl/hulp/naaktbeeld-gezien/", "en": "/en/help/saw-a-nude-image/"}
SELF_HELP = {"nl": "/nl/hulp/zorgen-over-wat-ik-bekijk/", "en": "/en/help/worried-about-what-i-look-at/"}
HELP = {"nl": "/nl/hulp/", "en": "/en/help/"}
YOUNG_PEOPLE = {"nl": "/nl/jongeren/", "en": "/en/young-people/"}
#: What a bystander needs, in the order to do it (step headings).
FIRST_STEPS = {
    "nl": [
        "Stuur het niet door, bewaar het niet en maak geen screenshot",
        "Meld het op het platform",
        "Steun de persoon",
    ],
    "en": ["Do not forward, save or screenshot it", "Report it on the platform", "Support the person"],
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def answer(client, response, value):
    """Submit the question's GET form as a browser would: its hidden fields plus the chosen radio."""
    form = soup(response).select_one("form.offline-question")
    assert form is not None and form["method"] == "get"
    fields = [(field["name"], field["value"]) for field in form.select("input[type=hidden]")]
    radio = form.select_one(f"input[type=radio][value='{value}']")
    assert radio is not None, f"no option {value!r}"
    fields.append((radio["name"], value))
    return client.get(form["action"].split("#")[0], dict(fields))


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_young_bystander_answers_two_questions_and_reads_do_not_forward_report_support_in_order(client, language):
    start = client.get(BYSTANDER[language])
    assert start.status_code == 200
    # The first thing to do is there before any question.
    assert ("stuur het beeld niet door" if language == "nl" else "do not forward the image") in soup(start).get_text()
    route = answer(client, answer(client, start, "young"), "not-sure")
    assert route.status_code == 200
    headings = [h.get_text(strip=True) for h in soup(route).select(".offline-steps h3")]
    positions = [headings.index(heading) for heading in FIRST_STEPS[language]]
    assert positions == sorted(positions), headings
    text = soup(route).get_text(" ")
    # Not sure of the age: treated as someone under 18, so the Meldpunt and the law on minors are there.
    assert "Meldpunt Kinderporno" in text and "240b" in text
    # A young reader is told to tell an adult, and given the Kindertelefoon from its help service.
    assert HelpService.objects.get(name="Kindertelefoon").phone in text
    assert ("Wat je kunt zeggen in de groepsapp" if language == "nl" else "What you can say in the group chat") in (
        headings
    )


def test_an_adult_bystander_about_an_adult_reads_the_adult_law_and_their_own_step(client):
    route = client.get(BYSTANDER["en"], {"reader": "adult", "age": "18-or-over"})
    headings = [h.get_text(strip=True) for h in soup(route).select(".offline-steps h3")]
    assert "If you are a parent, teacher or coach" in headings
    assert "Report it to Meldpunt Kinderporno" not in headings  # the Meldpunt is for material of under-18s
    assert "139h" in soup(route).get_text()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_bystander_route_is_one_tap_from_the_help_page_and_the_young_peoples_hub(client, language):
    for address in (HELP[language], YOUNG_PEOPLE[language]):
        links = [a["href"] for a in soup(client.get(address)).select("main a[href]")]
        assert BYSTANDER[language] in links, address


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_self_help_page_is_linked_from_the_help_page(client, language):
    links = [a["href"] for a in soup(client.get(HELP[language])).select("main a[href]")]
    assert SELF_HELP[language] in links


@pytest.mark.parametrize(("reader", "phrase"), [("adult", "240b"), ("young", "per ongeluk")])
def test_each_self_help_version_hands_off_to_stop_it_now_from_its_help_service(client, reader, phrase):
    response = client.get(SELF_HELP["nl"], {"reader": reader})
    assert response.status_code == 200
    text = soup(response).get_text(" ")
    assert phrase in text
    stop_it_now = HelpService.objects.get(name="Stop it Now")
    links = [a["href"] for a in soup(response).select("main a[href]")]
    assert stop_it_now.chat_url in links
    # Help is there on the first screen too, before choosing a version.
    assert stop_it_now.chat_url in [a["href"] for a in soup(client.get(SELF_HELP["nl"])).select("main a[href]")]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_self_help_page_sends_no_help_seeking_event_unless_an_editor_chooses_to(client, language):
    """site.js sends no help-seeking beacon from a page whose body says so (docs/prevention.md): using Stop
    it Now's links here would otherwise name the page in the reach reports."""
    body = soup(client.get(SELF_HELP[language], {"reader": "adult"})).body
    assert body["data-reach-help-seeking"] == "off"
    assert body.select("a[data-reach-event^=helpline]")  # the links are the usual ones; the page says "off"
    page = SelfHelpPage.objects.get()
    page.count_help_seeking = True
    page.save_revision().publish()
    assert not soup(client.get(SELF_HELP[language])).body.has_attr("data-reach-help-seeking")
    page.count_help_seeking = False
    page.save_revision().publish()
    # Other pages keep counting help-seeking.
    assert not soup(client.get(BYSTANDER[language])).body.has_attr("data-reach-help-seeking")


def test_the_reach_beacon_counts_no_help_seeking_for_the_self_help_page_unless_an_editor_chooses_to(
    django_capture_on_commit_callbacks,
):
    """The server's side of it: a help-seeking beacon naming the self-help page (an old script, a crafted
    request) is answered like any other and not counted; its views are counted as on every page."""
    page, browser = SelfHelpPage.objects.get(), Client(HTTP_USER_AGENT=BROWSER)
    for event in ("view", "helpline_chat", "helpline_call", "helpline_website"):
        assert send(browser, {"page": page.pk, "event": event, "language": "nl"}).status_code == 204
    assert set(ReachCount.objects.filter(page=page.pk).values_list("event", flat=True)) == {"view"}
    bystander = BystanderPage.objects.get()
    send(browser, {"page": bystander.pk, "event": "helpline_chat", "language": "nl"})
    assert ReachCount.objects.filter(page=bystander.pk, event="helpline_chat").exists()  # other pages count it

    page.count_help_seeking = True
    with django_capture_on_commit_callbacks(execute=True):  # the commit starts a new content version,
        page.save_revision().publish()  # so the cached fact about the page is read again
    send(browser, {"page": page.pk, "event": "helpline_chat", "language": "nl"})
    assert ReachCount.objects.filter(page=page.pk, event="helpline_chat").exists()


def test_a_bad_answer_is_asked_again_with_a_message_and_a_400(client):
    response = client.get(BYSTANDER["en"], {"reader": "young", "age": "twelve"})
    assert response.status_code == 400
    assert "We did not understand that answer" in soup(response).get_text()
    assert soup(response).select_one("input[name=age]") is not None
    assert client.get(SELF_HELP["en"], {"reader": "someone"}).status_code == 400


def test_the_route_addresses_hold_only_the_chosen_options_and_are_cacheable(client):
    response = client.get(BYSTANDER["nl"], {"reader": "young", "age": "under-18"})
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "") and "private" not in response.get("Cache-Control", "")
    change = [a["href"] for a in soup(response).select(".offline-route__answers a")]
    assert change == [
        "/nl/hulp/naaktbeeld-gezien/#route-heading",
        "/nl/hulp/naaktbeeld-gezien/?reader=young#route-heading",
    ]


def test_the_texts_meet_the_editor_tools_targets():
    """A2 (the young people's target) for the bystander route and the young people's self-help; B1 for the rest."""
    bystander, self_help = BystanderPage.objects.get(), SelfHelpPage.objects.get()
    young = [(bystander, name) for name in ("intro", "first_minute", "reader_help", "age_help", "route_intro")]
    young += [(bystander, name) for name in ("step_no_forward", "step_law_minor", "step_report", "step_meldpunt")]
    young += [(bystander, name) for name in ("step_support", "step_group_chat", "step_trusted_adult")]
    young += [(self_help, "young_text"), (self_help, "reader_help")]
    everyone = [(bystander, "step_law_adult"), (bystander, "step_adult_role"), (bystander, "content_warning")]
    everyone += [(self_help, name) for name in ("intro", "content_warning", "adult_text", "help_intro")]
    for code in ("nl", "en"):
        for target, fields in (("young-people", young), ("everyone", everyone)):
            for page, name in fields:
                score = score_text(plain_text(getattr(page, f"{name}_{code}")), code, target)
                assert score.level in ("easy", "fine"), (name, code, score.score, score.long_sentences)


def test_an_editor_opens_both_pages_with_the_help_seeking_choice_on_the_settings_tab(admin_client):
    for page in (BystanderPage.objects.get(), SelfHelpPage.objects.get()):
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__
    assert (
        'name="count_help_seeking"'
        in admin_client.get(f"/admin/pages/{SelfHelpPage.objects.get().pk}/edit/").content.decode()
    )
