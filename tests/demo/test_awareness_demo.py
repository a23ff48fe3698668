"""The demo's awareness questions on "echt of nep", and the simulation that answers them through the
real answer beacon so the dashboard shows something, marked as demo data."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from awareness.models import AnswerCount, AwarenessQuestion
from demo.awareness_simulation import simulate
from messaging.models import Experiment
from messaging.results import experiment_results
from reach.models import ReachCount

pytestmark = pytest.mark.django_db


def test_three_questions_two_knowledge_one_attitude_are_asked_on_the_campaign_in_both_languages(client):
    questions = AwarenessQuestion.objects.filter(live=True)
    assert sorted(questions.values_list("kind", flat=True)) == ["attitude", "knowledge", "knowledge"]
    assert all(question.statement_nl and question.statement_en for question in questions)
    parents_nl = client.get("/nl/campagnes/echt-of-nep/ouders/").content.decode()
    assert "net zo strafbaar als een echt beeld" in parents_nl and 'action="/api/awareness"' in parents_nl
    parents_en = client.get("/en/campaigns/real-or-fake/parents/").content.decode()
    assert "as much a crime as a real one" in parents_en


def test_the_simulation_answers_through_the_beacon_and_the_dashboard_says_it_is_demo_data(django_user_model):
    counted = simulate(days=5, visitors_per_day=30, seed=1, say=lambda text: None)
    assert counted > 0
    comparing = AwarenessQuestion.objects.get(compare_before_after=True)
    halves = set(AnswerCount.objects.filter(question=comparing).values_list("half", flat=True))
    assert halves == {"before", "after"}  # the beacon put each answer in the half of the visitor's cookie
    assert AnswerCount.objects.filter(option="shown").exists()
    assert AnswerCount.objects.values("day").distinct().count() == 5
    views = ReachCount.objects.filter(event="view", page__slug_nl="echt-of-nep")
    assert views.values("day").distinct().count() == 5  # each visitor's page view, through the reach beacon
    assert sum(views.values_list("count", flat=True)) == 150
    expert = django_user_model.objects.create_user(username="demo-expert", password="x")
    expert.groups.add(Group.objects.get(name="Communicatie-experts"))
    browser = Client()
    browser.force_login(expert)
    html = browser.get("/admin/reports/awareness/", {"question": comparing.pk}).content.decode()
    assert "Demo data." in html or "Demogegevens." in html

    # The demo's knowledge experiment: parents who saw the message above the question were counted in
    # their arm, and its results page (marked as demo data) has answers and answer rates in both arms.
    experiment = Experiment.objects.get(slug="ouders-weten-het")
    assert experiment.primary_goal == "knowledge" and experiment.goal_question == comparing
    result = experiment_results(experiment)
    assert all(variant["exposures"] > variant["answered"] > 0 for variant in result["variants"])
    assert result["anytime"]["days"] == 5 and experiment_started_days_ago(experiment) == 4
    page = browser.get(f"/admin/messaging/experiments/{experiment.pk}/results/").content.decode()
    assert ("Demo data." in page or "Demogegevens." in page) and ("answer rate" in page or "antwoordpercentage" in page)


def experiment_started_days_ago(experiment):
    experiment.refresh_from_db()
    return (timezone.localdate() - timezone.localdate(experiment.started_at)).days


def test_the_simulation_refuses_on_a_production_like_site(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("simulate_awareness_answers")
    assert not AnswerCount.objects.exists()
