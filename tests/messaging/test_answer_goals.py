"""An experiment whose main goal is answers: right-answer share (a knowledge question) or mean agreement
(an attitude statement). The results divide by answers, show the answer rate per arm beside every
result, warn when the arms differ in who answers, check the split on who saw a variant, and give
the one anytime-valid verdict; the lead reads it on the results page, in the CSV and in ab_report."""

import csv
import datetime
import io
import json
from io import StringIO

import numpy as np
import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import Client
from django.utils import timezone, translation

from messaging.models import ExperimentCount
from messaging.planning import plan_for, plan_text
from messaging.results import experiment_results
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    """The words are checked in English here; the results page below is read in both languages."""
    with translation.override("en"):
        yield


@pytest.fixture
def knowledge_question():
    return factories.AwarenessQuestionFactory(name="Strafbaar")


@pytest.fixture
def attitude_statement():
    return factories.AwarenessQuestionFactory(
        name="Melden helpt", kind="attitude", right_answer="", explanation_nl="", explanation_en=""
    )


def answer_experiment(question, goal, **fields):
    return factories.ExperimentFactory(
        primary_goal=goal,
        goal_question=question,
        baseline_rate=50,
        minimum_detectable_effect=8,
        running=True,
        **fields,
    )


def count(experiment, variant, goal, number, day=0):
    if number:
        ExperimentCount.objects.create(
            experiment=experiment,
            variant=variant,
            goal=goal,
            language="nl",
            day=timezone.localdate() - datetime.timedelta(days=10 - day),
            count=number,
        )


def knowledge_counts(experiment, arms, days=5):
    """``arms``: {key: (saw it, answered, right)}, spread evenly over ``days`` days."""
    for day in range(days):
        for key, numbers in arms.items():
            for goal, number in zip(("exposure", "answered", "right"), numbers, strict=True):
                count(experiment, key, goal, number // days, day)


# -- the form ------------------------------------------------------------------------------------


def test_an_awareness_goal_needs_a_question_of_its_kind(knowledge_question, attitude_statement):
    experiment = factories.ExperimentFactory.build(slot=factories.MessageSlotFactory(), primary_goal="knowledge")
    with pytest.raises(ValidationError) as refused:
        experiment.full_clean()
    assert "goal_question" in refused.value.message_dict
    experiment.goal_question = attitude_statement
    with pytest.raises(ValidationError) as refused:
        experiment.full_clean()
    assert "knowledge question" in " ".join(refused.value.message_dict["goal_question"])
    experiment.goal_question = knowledge_question
    experiment.full_clean()
    experiment.primary_goal = "attitude"
    with pytest.raises(ValidationError):
        experiment.full_clean()
    experiment.goal_question = attitude_statement
    experiment.full_clean()


def test_knowledge_or_attitude_is_never_a_secondary_goal(knowledge_question):
    experiment = factories.ExperimentFactory.build(
        slot=factories.MessageSlotFactory(), primary_goal="cta", secondary_goals=["knowledge"]
    )
    with pytest.raises(ValidationError) as refused:
        experiment.full_clean()
    assert "secondary_goals" in refused.value.message_dict


def test_the_plan_counts_answers(knowledge_question, attitude_statement):
    knowledge = answer_experiment(knowledge_question, "knowledge")
    # 50 % right, 8 points to find, α 0.05, power 0.8: the two-proportion sample, now in answers.
    assert knowledge.planned_sample() == 609
    attitude = answer_experiment(attitude_statement, "attitude", minimum_agreement_difference=0.3)
    # σ 1.2 on the scale, 0.3 points: 2 · 1.2² · (1.96 + 0.84)² / 0.3² = 252.
    assert attitude.planned_sample() == 252
    text = plan_text(plan_for(attitude))
    assert "252 answers per variant" in text and "answer rate" in text


# -- right-answer share -----------------------------------------------------------------------------


def test_right_answers_are_divided_by_answers_and_the_answer_rate_stands_beside_them(knowledge_question):
    experiment = answer_experiment(knowledge_question, "knowledge")
    knowledge_counts(experiment, {"a": (2000, 1000, 500), "b": (2000, 1000, 650)})
    result = experiment_results(experiment)
    a, b = result["variants"]
    assert result["measure"] == "share_right" and result["sample"] == "answered"
    assert (a["answered"], a["conversions"], a["rate"]) == (1000, 500, 0.5)
    assert (b["answered"], b["conversions"], b["rate"]) == (1000, 650, 0.65)
    assert a["answer_rate"] == b["answer_rate"] == 0.5 and result["selection"] == []
    assert result["verdict"] == "variant_wins" and result["winner"] == "b"
    assert b["anytime_diff_low"] > 0 and "knew the right answer" in result["words"]["known"]
    assert [item["count"] for item in result["progress"]] == [1000, 1000]


def test_arms_that_differ_in_who_answers_are_warned_about_and_the_split_is_checked_on_visitors(knowledge_question):
    experiment = answer_experiment(knowledge_question, "knowledge")
    # The same visitors per arm (the split is fine), but B makes far more of them answer.
    knowledge_counts(experiment, {"a": (2000, 400, 200), "b": (2000, 1000, 500)})
    result = experiment_results(experiment)
    assert result["selection"] == ["b"] and "changes how many visitors answer" in result["selection_text"]
    assert result["srm_warning"] is False  # 2000 against 2000 who saw it: the split holds
    assert result["verdict"] == "no_winner_yet"  # 50 % right in both


def test_a_true_lift_of_eight_points_is_found_with_an_interval_that_covers_it(knowledge_question):
    """1,000 answers per arm, 50 % against 58 % right, drawn day by day with a fixed seed."""
    experiment = answer_experiment(knowledge_question, "knowledge")
    rng = np.random.default_rng(26)
    for day in range(10):
        for key, share in (("a", 0.50), ("b", 0.58)):
            count(experiment, key, "exposure", 200, day)
            count(experiment, key, "answered", 100, day)
            count(experiment, key, "right", int(rng.binomial(100, share)), day)
    b = experiment_results(experiment)["variants"][1]
    assert b["anytime_diff_low"] <= 0.08 <= b["anytime_diff_high"]
    assert b["anytime_diff_low"] > 0  # found: the whole interval above no difference


# -- mean agreement ---------------------------------------------------------------------------------


def scale_counts(experiment, key, per_point, days=4, exposures=0):
    for day in range(days):
        count(experiment, key, "exposure", exposures // days, day)
        count(experiment, key, "answered", sum(per_point) // days, day)
        for point, number in enumerate(per_point, start=1):
            count(experiment, key, f"agree_{point}", number // days, day)


def test_mean_agreement_per_arm_with_its_interval_and_the_anytime_difference(attitude_statement):
    experiment = answer_experiment(attitude_statement, "attitude")
    scale_counts(experiment, "a", [80, 160, 320, 160, 80], exposures=1600)  # mean 3.0
    scale_counts(experiment, "b", [40, 80, 240, 320, 120], exposures=1600)  # mean 3.5
    result = experiment_results(experiment)
    a, b = result["variants"]
    assert result["measure"] == "mean_agreement" and result["series"] is None
    assert a["rate"] == pytest.approx(3.0) and b["rate"] == pytest.approx(3.5)
    assert a["ci_low"] < 3.0 < a["ci_high"]
    assert b["difference"] == pytest.approx(0.5) and b["anytime_diff_low"] > 0
    assert result["winner"] == "b" and "agreed" in result["words"]["known"]
    assert a["answer_rate"] == b["answer_rate"] == 0.5


def test_the_results_page_csv_and_report_show_answers_in_both_languages(attitude_statement, django_user_model):
    lead = django_user_model.objects.create_superuser("lead-answers", password="x")
    client = Client()
    client.force_login(lead)
    experiment = answer_experiment(attitude_statement, "attitude")
    scale_counts(experiment, "a", [80, 160, 320, 160, 80], exposures=2000)
    scale_counts(experiment, "b", [40, 80, 240, 320, 120], exposures=1600)
    url = f"/admin/messaging/experiments/{experiment.pk}/results/"
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Mean agreement (1–5)" in english and "Answered (answer rate)" in english
    assert "3.00" in english and "3.50" in english and "800 (40.0%)" in english
    assert "Melden helpt" not in english  # the statement is quoted, not the editor's name for it
    dutch = client.get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Gemiddelde instemming (1–5)" in dutch and "3,50" in dutch

    rows = list(csv.reader(io.StringIO(client.get(url + "?format=csv").content.decode())))
    assert rows[0][-2:] == ["answered", "answer_rate"]
    assert rows[2][0] == "b" and float(rows[2][3]) == pytest.approx(3.5) and rows[2][-2] == "800"
    assert ["measure", "mean_agreement"] in rows

    out = StringIO()
    call_command("ab_report", experiment.slug, "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert report["measure"] == "mean_agreement" and report["variants"][1]["answered"] == 800
    out = StringIO()
    call_command("ab_report", experiment.slug, stdout=out)
    assert "answered" in out.getvalue() and "3.50" in out.getvalue()
