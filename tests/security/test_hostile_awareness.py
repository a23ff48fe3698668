"""Hostile input to the awareness answer beacon (POST /api/awareness): never a 5xx, only documented
answers, never a redirect off the site, and every stored column is one of a fixed set of words or
an id the site made: nothing a script sends is stored as it was sent."""

import json
from urllib.parse import urlencode

from hypothesis import example, given
from hypothesis import strategies as st
from wagtail.models import Page

from awareness.models import SHOWN, AnswerCount, AwarenessQuestion
from pages.audiences import AUDIENCES
from tests import factories
from tests.security.conftest import hostile_client
from tests.security.profiles import hostile
from tests.security.test_hostile_input import assert_no_server_error, hostile_text, json_values, markers_in

ANSWERS = {200, 204, 303, 400, 413, 415}
CONTENT_TYPES = [
    "application/json",
    "application/x-www-form-urlencoded",
    "text/plain",
    "",
    "multipart/form-data; boundary=x",
]
OPTIONS = ["true", "false", "1", "5", SHOWN]


def the_question():
    question = AwarenessQuestion.objects.filter(name="Hostile").first()
    return question or factories.AwarenessQuestionFactory(name="Hostile")


@st.composite
def answer_bodies(draw, question_id, page_ids):
    value = st.one_of(json_values, hostile_text)
    shaped = st.fixed_dictionaries(
        {},
        optional={
            "question": st.one_of(st.just(question_id), st.just(str(question_id)), st.integers(), value),
            "option": st.one_of(st.sampled_from(OPTIONS), value),
            "event": st.one_of(st.sampled_from(["answer", "shown"]), value),
            "page": st.one_of(st.sampled_from(page_ids), st.integers(), value),
            "audience": st.one_of(st.sampled_from([*AUDIENCES, ""]), value),
            "language": st.one_of(st.sampled_from(["nl", "en", "tr", "ar", "de"]), value),
            "back": st.one_of(st.sampled_from(["/nl/", "//evil.example/", "https://evil.example/"]), hostile_text),
        },
    )
    kind = draw(st.sampled_from(["json", "form", "form", "any-json", "bytes"]))
    if kind == "json":
        return json.dumps(draw(shaped), ensure_ascii=draw(st.booleans())).encode()
    if kind == "form":
        fields = {name: str(item) for name, item in draw(shaped).items()}
        return urlencode(fields).encode()
    if kind == "any-json":
        return json.dumps(draw(json_values)).encode()
    return draw(st.binary(max_size=1500))


@hostile(150)
@given(data=st.data(), content_type=st.sampled_from(CONTENT_TYPES))
@example(data=None, content_type="application/x-www-form-urlencoded")
def test_the_answer_beacon_answers_any_body_with_a_documented_status(data, content_type):
    question = the_question()
    page_ids = list(Page.objects.live().values_list("pk", flat=True)[:3])
    if data is None:  # the example: a well-formed form answer, counted, back to the page
        fields = {"question": question.pk, "option": "true", "page": page_ids[0], "language": "nl", "back": "/nl/"}
        body = urlencode(fields).encode()
    else:
        body = data.draw(answer_bodies(question.pk, page_ids), label="body")
    response = hostile_client().generic(
        "POST", "/api/awareness", body, content_type=content_type, HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert_no_server_error(response)
    assert response.status_code in ANSWERS, response.content
    assert (response.status_code == 413) == (len(body) > 1024)
    if response.status_code == 303:
        location = response["Location"]
        assert location.startswith("/") and not location.startswith("//") and "\n" not in location
    assert markers_in(response.content) == []
    for row in AnswerCount.objects.values():
        assert row["question_id"] == question.pk and row["page"] in page_ids
        assert row["option"] in {"true", "false", SHOWN} and row["audience"] in {*AUDIENCES, ""}
        assert row["language"] in {"nl", "en", "tr", "ar"} and row["half"] == "" and row["experiment"] == ""
