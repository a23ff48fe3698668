"""Hostile input to the reach beacon (POST /api/reach): never a 5xx, only documented answers, and
nothing a script sends is stored as it was sent: every stored column is one of a fixed set of
words, a listed value, "other" or empty."""

import json

from hypothesis import example, given
from hypothesis import strategies as st
from wagtail.models import Page

from pages.audiences import AUDIENCES
from reach.models import EVENTS, OTHER, REFERRER_CHOICES, ReachCount
from tests.security.conftest import hostile_client
from tests.security.test_hostile_input import assert_no_server_error, hostile, hostile_text, json_values, markers_in

REACH_ANSWERS = {204, 400, 413, 415}
CONTENT_TYPES = ["text/plain;charset=UTF-8", "application/json", "", "text/html", "multipart/form-data; boundary=x"]


def live_page_ids():
    return list(Page.objects.live().values_list("pk", flat=True)[:3])


@st.composite
def reach_bodies(draw, pages):
    shaped = st.fixed_dictionaries(
        {},
        optional={
            "page": st.one_of(st.sampled_from(pages), st.integers(), json_values, hostile_text),
            "event": st.one_of(st.sampled_from(sorted(EVENTS)), json_values, hostile_text),
            "language": st.one_of(st.sampled_from(["nl", "en", "de", ""]), json_values),
            "audience": st.one_of(st.sampled_from([*AUDIENCES, ""]), json_values, hostile_text),
            "referrer": st.one_of(st.sampled_from(["https://www.google.nl/", "http://[::1", "//x"]), hostile_text),
            "utm_source": st.one_of(json_values, hostile_text),
            "utm_medium": st.one_of(json_values, hostile_text),
            "utm_campaign": st.one_of(json_values, hostile_text),
        },
    )
    kind = draw(st.sampled_from(["shaped", "shaped", "json", "bytes"]))
    if kind == "shaped":
        return json.dumps(draw(shaped), ensure_ascii=draw(st.booleans())).encode()
    if kind == "json":
        return json.dumps(draw(json_values)).encode()
    return draw(st.binary(max_size=1500))


def assert_rows_hold_only_fixed_words():
    categories = {key for key, _label in REFERRER_CHOICES}
    for row in ReachCount.objects.values():
        assert row["event"] in EVENTS and row["referrer"] in categories
        assert row["audience"] in {*AUDIENCES, ""} and row["language"] in {"nl", "en"}
        assert row["partner"] == ""  # no partner is listed in this test
        assert {row["utm_source"], row["utm_medium"], row["utm_campaign"]} <= {"", OTHER}


@hostile(150)
@given(data=st.data(), content_type=st.sampled_from(CONTENT_TYPES))
@example(data=None, content_type="text/plain")
def test_the_reach_beacon_answers_any_body_with_a_documented_status(hostile_site, data, content_type):
    pages = live_page_ids()
    if data is None:  # the example: a well-formed beacon, counted
        body = json.dumps({"page": pages[0], "language": "nl", "utm_campaign": "<script>alert(1)</script>"}).encode()
    else:
        body = data.draw(reach_bodies(pages), label="body")
    response = hostile_client().generic(
        "POST", "/api/reach", body, content_type=content_type, HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert_no_server_error(response)
    assert response.status_code in REACH_ANSWERS, response.content
    assert (response.status_code == 413) == (len(body) > 1024)
    assert markers_in(response.content) == []
    assert_rows_hold_only_fixed_words()
