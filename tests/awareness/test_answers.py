"""Answering a question: without JavaScript (a form, the explanation in place) and with it, counted
once per visitor, question and day as a total, nothing for DNT, GPC or bots (awareness/answers.py)."""

import pytest
from django.core.cache import cache

from awareness.answers import ANSWERED_COOKIE
from awareness.models import SHOWN, AnswerCount
from tests.awareness.conftest import PARENTS_VIEW, answer_form, answer_json, browser, fields

pytestmark = pytest.mark.usefixtures("question_site")


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def counted(**cell):
    return sum(AnswerCount.objects.filter(**cell).values_list("count", flat=True))


def test_the_page_asks_the_question_as_a_form_that_works_without_javascript(question):
    page = browser().get(PARENTS_VIEW)
    html = page.content.decode()
    assert page.status_code == 200
    assert 'action="/api/awareness"' in html and 'method="post"' in html
    assert "Een nepnaaktfoto maken van iemand onder de 18 is strafbaar." in html
    assert 'name="option" value="true"' in html and 'name="option" value="false"' in html
    assert "ook een gemaakte afbeelding is strafbaar" not in html  # the explanation comes after answering


def test_a_form_answer_comes_back_to_the_page_with_the_explanation_in_place(question, campaign):
    client = browser()
    response = answer_form(client, fields(question, campaign, option="true"))
    assert response.status_code == 303
    assert response["Location"] == f"{PARENTS_VIEW}?answered={question.pk}.true#question-{question.pk}"
    page = client.get(response["Location"].split("#")[0])
    html = page.content.decode()
    assert "Dat klopt: ook een gemaakte afbeelding is strafbaar." in html
    assert "Dat klopt." in html
    assert 'name="option"' not in html.split(f'id="question-{question.pk}"')[1].split("</div>")[0]
    assert counted(question=question, option="true", page=campaign.pk, audience="parents", language="nl") == 1
    assert counted(question=question, option=SHOWN) == 1  # no "shown" from a page without JavaScript: counted here


def test_the_page_of_someone_who_has_not_answered_stays_one_copy_for_everyone(question, campaign):
    first = browser().get(PARENTS_VIEW)
    answered = browser()
    answer_form(answered, fields(question, campaign, option="false"))
    again = answered.get(PARENTS_VIEW)  # with the answered cookie: the same plain page
    assert again.content == first.content
    assert "no-store" not in again.get("Cache-Control", "")


def test_a_javascript_answer_gets_the_explanation_as_html_and_counts_once_a_day(question, campaign):
    client = browser()
    first = answer_json(client, fields(question, campaign, option="false", event="answer"))
    assert first.status_code == 200
    assert "Niet helemaal." in first.json()["html"]
    assert "ook een gemaakte afbeelding is strafbaar" in first.json()["html"]
    assert ANSWERED_COOKIE in first.cookies
    second = answer_json(client, fields(question, campaign, option="true", event="answer"))
    assert second.status_code == 200  # answered again: the explanation again, not counted again
    assert counted(question=question, option="false") == 1
    assert counted(question=question, option="true") == 0


def test_shown_is_counted_once_a_visitor_and_day_beside_the_answer(question, campaign):
    client = browser()
    for _ in range(3):
        assert answer_json(client, fields(question, campaign, event="shown")).status_code == 204
    answer_json(client, fields(question, campaign, option="true"))
    assert counted(question=question, option=SHOWN) == 1
    assert counted(question=question, option="true") == 1


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_DNT": "1"}, {"HTTP_SEC_GPC": "1"}, {"user_agent": "Googlebot/2.1 (+http://www.google.com/bot.html)"}],
    ids=["dnt", "gpc", "bot"],
)
def test_nothing_is_counted_for_dnt_gpc_or_a_bot_but_the_explanation_is_shown(question, campaign, headers):
    client = browser(**headers)
    response = answer_json(client, fields(question, campaign, option="true"))
    assert response.status_code == 200 and "gemaakte afbeelding" in response.json()["html"]
    assert answer_form(client, fields(question, campaign, option="true")).status_code == 303
    assert ANSWERED_COOKIE not in response.cookies
    assert not AnswerCount.objects.exists()


def test_a_question_in_draft_or_an_answer_it_does_not_have_is_refused(question, campaign):
    client = browser()
    assert answer_json(client, fields(question, campaign, option="maybe")).status_code == 400
    assert answer_json(client, fields(question, campaign, option="3")).status_code == 400
    question.live = False
    question.save()
    assert answer_json(client, fields(question, campaign, option="true")).status_code == 400
    assert not AnswerCount.objects.exists()


@pytest.mark.parametrize(
    ("change", "status"),
    [
        ({"page": 999999}, 400),
        ({"page": "1 OR 1=1"}, 400),
        ({"audience": "grandparents"}, 400),
        ({"language": "de"}, 400),
        ({"question": -1}, 400),
        ({"event": "click"}, 400),
        ({"back": "//evil.example/"}, 400),
        ({"back": "https://evil.example/"}, 400),
        ({"back": "/nl/\r\nSet-Cookie: x=1"}, 400),
    ],
)
def test_hostile_form_fields_get_a_4xx_and_count_nothing(question, campaign, change, status):
    response = answer_form(browser(), fields(question, campaign, option="true", **change))
    assert response.status_code == status
    assert not AnswerCount.objects.exists()


def test_other_methods_sites_sizes_and_types_are_refused(question, campaign):
    client = browser()
    assert client.get("/api/awareness").status_code == 405
    other_site = browser(HTTP_SEC_FETCH_SITE="cross-site")
    assert answer_form(other_site, fields(question, campaign, option="true")).status_code == 403
    big = fields(question, campaign, option="true", back="/" + "x" * 2000)
    assert answer_form(client, big).status_code == 413
    assert client.post("/api/awareness", "<a/>", content_type="application/xml").status_code == 415
    assert client.post("/api/awareness", "[1]", content_type="application/json").status_code == 400
    assert not AnswerCount.objects.exists()


def test_a_language_only_editors_read_yet_is_answered_but_not_counted(question, campaign, settings):
    settings.SITE_LANGUAGES = [{**language, "public": language["code"] != "tr"} for language in settings.SITE_LANGUAGES]
    response = answer_json(browser(), fields(question, campaign, option="true", language="tr"))
    assert response.status_code == 200
    assert not AnswerCount.objects.exists()
