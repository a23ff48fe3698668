"""Answers as an experiment's main goal (awareness/experiment_goals.py): a visitor who saw a variant
and then answers the experiment's question adds 1 to its own arm's answers (and right answers, or
the point chosen on the agree scale), once per experiment; nobody else does."""

import re

import pytest
from django.contrib.auth import get_user_model

from awareness.models import AnswerCount
from messaging.models import ExperimentCount
from tests import factories
from tests.messaging.test_edge_bucket import SECRET, bucket_with_arm, edge_headers

from .conftest import PARENTS_VIEW, answer_json, browser, fields


def counts(experiment):
    return {(row.variant, row.goal): row.count for row in ExperimentCount.objects.filter(experiment=experiment)}


@pytest.fixture
def knowledge_experiment(question):
    return factories.start_hero_experiment(
        "weten-na-de-kop",
        campaign_slug="echt-of-nep",
        primary_goal="knowledge",
        goal_question=question,
        secondary_goals=[],
        goal_page=None,
    )


def exposed(client, experiment):
    """The visitor loads the parents' view (hero under test, question below) and its exposure is counted."""
    page = client.get(PARENTS_VIEW).content.decode()
    arm = re.search(rf'data-experiment="{experiment.slug}" data-variant="(\w)"', page).group(1)
    response = client.post(
        f"/api/ab/{experiment.slug}/exposure", data='{"language": "nl"}', content_type="application/json"
    )
    assert response.status_code == 204
    return arm


def test_a_visitor_who_saw_a_variant_counts_its_answer_in_its_own_arm_once(knowledge_experiment, question, campaign):
    client = browser()
    arm = exposed(client, knowledge_experiment)
    assert answer_json(client, fields(question, campaign, option="true")).status_code == 200
    assert counts(knowledge_experiment) == {(arm, "exposure"): 1, (arm, "answered"): 1, (arm, "right"): 1}
    row = AnswerCount.objects.get(question=question, option="true")
    assert (row.experiment, row.arm) == (knowledge_experiment.slug, arm)

    # The next day (the day's cookie gone) the same visitor answers again: the question counts it
    # again, the experiment does not (one answer per visitor and experiment).
    del client.cookies["vib_aw"]
    assert answer_json(client, fields(question, campaign, option="false")).status_code == 200
    assert counts(knowledge_experiment)[(arm, "answered")] == 1
    assert (arm, "right") in counts(knowledge_experiment)


def test_a_wrong_answer_is_an_answer_without_a_right_one(knowledge_experiment, question, campaign):
    client = browser()
    arm = exposed(client, knowledge_experiment)
    answer_json(client, fields(question, campaign, option="false"))
    assert counts(knowledge_experiment) == {(arm, "exposure"): 1, (arm, "answered"): 1}


def test_answers_of_visitors_who_saw_no_variant_count_for_the_question_only(knowledge_experiment, question, campaign):
    client = browser()
    client.get(PARENTS_VIEW)  # the page, but no exposure counted (no JavaScript, or the hero not seen)
    assert answer_json(client, fields(question, campaign, option="true")).status_code == 200
    assert counts(knowledge_experiment) == {}
    row = AnswerCount.objects.get(question=question, option="true")
    assert (row.experiment, row.arm) == ("", "")


@pytest.mark.parametrize("headers", [{"HTTP_DNT": "1"}, {"HTTP_SEC_GPC": "1"}])
def test_nothing_is_counted_with_do_not_track(knowledge_experiment, question, campaign, headers):
    client = browser(**headers)
    client.get(PARENTS_VIEW)
    answer_json(client, fields(question, campaign, option="true"))
    assert counts(knowledge_experiment) == {} and not AnswerCount.objects.exists()


def test_the_arm_comes_from_the_visitors_cookie_not_from_the_body(knowledge_experiment, question, campaign):
    client = browser()
    arm = exposed(client, knowledge_experiment)
    other = "b" if arm == "a" else "a"
    answer_json(client, fields(question, campaign, option="true", arm=other, variant=other))
    assert {variant for variant, _goal in counts(knowledge_experiment)} == {arm}


def test_an_attitude_statement_counts_the_point_chosen(question_site, campaign):
    statement = factories.AwarenessQuestionFactory(
        name="Delen is meedoen", kind="attitude", right_answer="", explanation_nl="", explanation_en=""
    )
    factories.CampaignModuleFactory(page=campaign, module=factories.module_with_question(statement, message=False))
    experiment = factories.start_hero_experiment(
        "mening-na-de-kop",
        campaign_slug="echt-of-nep",
        primary_goal="attitude",
        goal_question=statement,
        secondary_goals=[],
        goal_page=None,
    )
    client = browser()
    arm = exposed(client, experiment)
    assert answer_json(client, fields(statement, campaign, option="4")).status_code == 200
    assert counts(experiment) == {(arm, "exposure"): 1, (arm, "answered"): 1, (arm, "agree_4"): 1}


def test_the_conversion_beacon_of_an_experiment_without_click_goals_is_a_400(knowledge_experiment):
    client = browser()
    exposed(client, knowledge_experiment)
    for body in ("{}", '{"goal": "knowledge"}', '{"goal": "answered"}'):
        response = client.post(
            f"/api/ab/{knowledge_experiment.slug}/conversion", data=body, content_type="application/json"
        )
        assert response.status_code == 400
    assert set(goal for _arm, goal in counts(knowledge_experiment)) == {"exposure"}


def test_behind_the_edge_the_answer_counts_on_the_buckets_arm(settings, knowledge_experiment, question, campaign):
    """Behind Varnish the bucket decides the arm (messaging/assignment.py): the exposure beacon gives
    the visitor a signed id in its bucket, and the answer counts on the bucket's arm, the one the
    edge's copy of the page showed, not on an arm of the id's own."""
    settings.EDGE_SHARED_SECRET = SECRET
    arm = knowledge_experiment.arm_keys()[1]  # not the control: the bucket must count
    bucket = bucket_with_arm(knowledge_experiment, arm)
    client = browser()  # the edge served the page: the site never saw this visitor
    exposure = client.post(
        f"/api/ab/{knowledge_experiment.slug}/exposure",
        data='{"language": "nl"}',
        content_type="application/json",
        **edge_headers(bucket, source="cookie"),
    )
    assert exposure.status_code == 204 and "vib_visitor" in exposure.cookies
    answered = answer_json(client, fields(question, campaign, option="true"), **edge_headers(bucket, source="visitor"))
    assert answered.status_code == 200
    assert counts(knowledge_experiment) == {(arm, "exposure"): 1, (arm, "answered"): 1, (arm, "right"): 1}


def test_a_question_an_experiment_counts_cannot_be_deleted_and_the_lead_is_told_why(knowledge_experiment, question):
    lead = get_user_model().objects.create_superuser("lead-delete", password="x")
    client = browser()
    client.force_login(lead)
    url = f"/admin/snippets/awareness/awarenessquestion/delete/{question.pk}/"
    for response in (client.get(url, follow=True), client.post(url, follow=True)):
        assert response.status_code == 200
        text = response.content.decode()
        assert knowledge_experiment.name in text and "kan niet worden verwijderd" in text
    assert type(question).objects.filter(pk=question.pk).exists()

    unused = factories.AwarenessQuestionFactory(name="Niet in een experiment")
    confirm = client.get(f"/admin/snippets/awareness/awarenessquestion/delete/{unused.pk}/")
    assert confirm.status_code == 200 and "Niet in een experiment" in confirm.content.decode()
