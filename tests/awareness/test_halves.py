"""Before/after: a comparing question is asked before the module's message to one half of the
visitors and after it to the other, the half from the request's one assignment; the page cache
keeps a copy per half and the answer counts in the half the page showed (awareness/halves.py)."""

import pytest
from django.core.cache import cache

from awareness.halves import manifest_entry
from awareness.models import AnswerCount
from messaging.assignment import arm_for, signed_visitor_cookie
from pages.models import CampaignPage
from tests import factories
from tests.awareness.conftest import browser

ECHT_OF_NEP = "/nl/campagnes/echt-of-nep/"


@pytest.fixture
def comparing(db):
    factories.build_public_site()
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    question = factories.AwarenessQuestionFactory(name="Vergelijkt", compare_before_after=True, audiences=["everyone"])
    factories.CampaignModuleFactory(
        page=campaign, module=factories.module_with_question(question, audiences=["everyone"])
    )
    cache.clear()
    return question, campaign


def visitor_in(question, half):
    """A browser with a signed visitor id whose half of ``question`` is ``half``."""
    _slug, salt, keys, weights = manifest_entry(question.pk)
    for number in range(1000):
        visitor_id = f"{number:032x}"
        if arm_for(visitor_id, salt, keys, weights) == half:
            client = browser()
            client.cookies["vib_visitor"] = signed_visitor_cookie(visitor_id)
            return client
    raise AssertionError("no visitor found")


def order_on_page(client, question):
    """Whether the page asks ``question`` before or after the module's message ("Praat erover")."""
    html = client.get(ECHT_OF_NEP).content.decode()
    return "before" if html.index(f'id="question-{question.pk}"') < html.index("Praat erover") else "after"


def test_each_half_sees_the_question_on_its_side_of_the_message_and_keeps_it(comparing):
    question, _campaign = comparing
    before, after = visitor_in(question, "before"), visitor_in(question, "after")
    for _ in range(2):  # the second time from the page cache: still each half's own copy
        assert order_on_page(before, question) == "before"
        assert order_on_page(after, question) == "after"


def test_the_answer_counts_in_the_half_the_page_showed(comparing):
    question, campaign = comparing
    for half in ("before", "after"):
        client = visitor_in(question, half)
        client.get(ECHT_OF_NEP)
        body = {"question": question.pk, "option": "true", "page": campaign.pk, "language": "nl"}
        assert client.post("/api/awareness", body, content_type="application/json").status_code == 200
    answers = AnswerCount.objects.exclude(option="shown")
    assert dict(answers.values_list("half", "count")) == {"before": 1, "after": 1}


def test_a_new_visitor_gets_the_signed_cookie_that_keeps_their_half(comparing):
    question, _campaign = comparing
    client = browser()
    first = client.get(ECHT_OF_NEP)
    assert "vib_visitor" in first.cookies
    seen = order_on_page(client, question)
    assert all(order_on_page(client, question) == seen for _ in range(3))


def test_an_answer_without_the_visitor_cookie_counts_in_the_levels_but_in_no_half(comparing):
    question, campaign = comparing
    body = {"question": question.pk, "option": "false", "page": campaign.pk, "language": "nl"}
    assert browser().post("/api/awareness", body, content_type="application/json").status_code == 200
    assert set(AnswerCount.objects.values_list("half", "option", "count")) == {("", "false", 1), ("", "shown", 1)}


def test_a_question_that_does_not_compare_stays_where_the_editor_put_it(comparing):
    question, _campaign = comparing
    question.compare_before_after = False
    question.save()
    cache.clear()
    for half in ("before", "after"):
        assert order_on_page(visitor_in(question, half), question) == "after"  # placed after the message
