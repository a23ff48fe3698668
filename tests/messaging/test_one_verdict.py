"""The results page gives one verdict a non-statistician can act on, and set-up fails early.

Issue 24: with A at 8.6 % and B at 17.7 % the page said "99 % chance it is better" next to "no
winner yet", "looking early gives false winners" next to "you may look every day". Now one
verdict (the anytime-valid one) says what we know, what to do and when to look again; every
number under it agrees. And a lead learns before filling in a form that a running experiment
locks a slot's variants, and cannot start an experiment that no visitor would see.
"""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from messaging.models import Experiment, ExperimentCount, MessageSlot

pytestmark = pytest.mark.django_db

#: What the old page said that contradicted "no winner yet", or was jargon, or formal Dutch.
CONTRADICTIONS = [
    "Chance to beat the control",
    "Kans dat het beter is",
    "99%",
    "99,",
    "Holm",
    "Not yet conclusive",
    "Nog niet beslist",
    "looking earlier gives false winners",
    "eerder kijken levert valse winnaars op",
    "You may look at these results every day",
    "Je mag elke dag naar deze uitkomsten kijken",
    "p-value at the planned sample",
    "p-waarde bij de geplande steekproef",
    "klopt altijd",
]


def count(experiment, counts, day=0):
    """counts = {(variant, goal): n}, on the given day after the start."""
    for (variant, goal), n in counts.items():
        ExperimentCount.objects.create(
            experiment=experiment,
            variant=variant,
            goal=goal,
            language="nl",
            day=experiment.started_at.date() + datetime.timedelta(days=day),
            count=n,
        )


def results_page(client, experiment, language):
    url = reverse("messaging_experiment_results", args=[experiment.pk])
    html = client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    return html[html.index('<div class="ab-results">') :]


def test_the_demo_situation_gives_one_consistent_verdict(lead, experiment):
    """A 8.6 % (18 of 210) against B 17.7 % (35 of 198), over three days: no winner yet, in words."""
    for day, (a, a_goal, b, b_goal) in enumerate([(70, 6, 66, 12), (70, 6, 66, 11), (70, 6, 66, 12)]):
        count(experiment, {("a", "exposure"): a, ("a", "cta"): a_goal, ("b", "exposure"): b, ("b", "cta"): b_goal}, day)
    english = results_page(lead[1], experiment, "en")
    assert english.count('aria-labelledby="verdict-heading"') == 1
    assert "No winner yet. The differences between the variants so far can still be chance" in english
    assert "Keep the experiment running and leave the texts as they are." in english
    assert "You may look as often as you like." in english
    assert f"The plan counts on about {experiment.planned_per_arm} visitors per variant (now at least 198)" in english
    assert "8.6%" in english and "17.7%" in english  # the numbers, under the disclosure
    assert "<details" in english and "The numbers behind this verdict" in english
    # The range of the real difference includes 0, so nothing shown claims a winner.
    assert "while it includes 0, the difference can still be chance" in english
    assert "Make the winner the default and conclude" not in english
    dutch = results_page(lead[1], experiment, "nl")
    assert "Nog geen winnaar." in dutch and "Laat het experiment doorlopen" in dutch
    assert "Je mag zo vaak kijken als je wilt." in dutch
    for phrase in CONTRADICTIONS:
        assert phrase not in english and phrase not in dutch, phrase
    for formal in (" u ", " uw ", "U kunt", "Kijkt u"):
        assert formal not in dutch, formal

    # The CSV and ab_report say the same.
    csv_lines = lead[1].get(reverse("messaging_experiment_results", args=[experiment.pk]) + "?format=csv")
    lines = csv_lines.content.decode().splitlines()
    assert "verdict,no_winner_yet" in lines and "winner," in lines
    assert not any("chance_to_beat" in line for line in lines)
    out = StringIO()
    call_command("ab_report", experiment.slug, "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert (report["verdict"], report["winner"]) == ("no_winner_yet", None)
    b = report["variants"][1]
    assert b["anytime_diff_low"] < 0 < b["anytime_diff_high"] and b["anytime_p_value"] > 0.05


@pytest.mark.parametrize(
    ("a_goal", "b_goal", "verdict", "english", "dutch"),
    [
        (100, 110, "no_winner_yet", "No winner yet.", "Nog geen winnaar."),
        (
            150,
            50,
            "variant_worse",
            "Variant B works worse than the control (A)",
            "Variant B werkt slechter dan de controle (A)",
        ),
        (
            50,
            150,
            "variant_wins",
            "Variant B works better than the control (A): 15.0% of visitors reached the goal, against 5.0%.",
            "Variant B werkt beter dan de controle (A): 15,0% van de bezoekers haalde het doel, tegen 5,0%.",
        ),
    ],
)
def test_each_kind_of_verdict_appears_in_its_situation(lead, experiment, a_goal, b_goal, verdict, english, dutch):
    count(experiment, {("a", "exposure"): 1000, ("a", "cta"): a_goal, ("b", "exposure"): 1000, ("b", "cta"): b_goal})
    page = results_page(lead[1], experiment, "en")
    assert f"ab-results__verdict--{verdict}" in page
    assert english in page
    assert dutch in results_page(lead[1], experiment, "nl")
    todo = {
        # 1,000 visitors each is past the plan: no winner, and the advice says the test has had its chance.
        "no_winner_yet": "a large difference would have shown by now. You can conclude without promoting",
        "variant_worse": "Consider stopping the experiment (Conclude without promoting)",
        "variant_wins": "A campaign lead can now make variant B the default",
    }[verdict]
    assert todo in page
    # Only a winner can be promoted, and then the button is there.
    assert ("Make the winner the default and conclude" in page) == (verdict == "variant_wins")
    if verdict != "no_winner_yet":
        assert "No need to wait any longer: you can decide now." in page


# -- set-up that fails early --------------------------------------------------------------------


def test_the_slot_edit_page_says_up_front_that_a_running_experiment_locks_the_variants(expert, experiment):
    url = reverse("wagtailsnippets_messaging_messageslot:edit", args=[experiment.slot_id])
    english = expert[1].get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"The experiment “{experiment.name}” is testing this message slot." in english
    assert "you cannot add, change or remove variants" in english
    dutch = expert[1].get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert f"Het experiment “{experiment.name}” test deze berichtplek." in dutch
    # Once it is concluded, the notice is gone.
    Experiment.objects.filter(pk=experiment.pk).update(phase="concluded")
    assert "is testing this message slot" not in expert[1].get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()


def approved_experiment_on_a_new_slot(**fields):
    """A published slot on no page, and an approved experiment for it (not started)."""
    slot = MessageSlot(name="Nergens geplaatst", key="nergens", default_variant="a")
    source = MessageSlot.objects.get(key="hero-denk-na-voor-je-deelt")
    slot.variants = [
        type(variant)(key=variant.key, headline_nl=variant.headline_nl, sort_order=n)
        for n, variant in enumerate(source.variants.all())
    ]
    slot.save()
    slot.save_revision().publish()
    experiment = Experiment(
        name="Nergens te zien",
        slug="nergens-te-zien",
        slot=slot,
        weights="50/50",
        primary_goal="cta",
        baseline_rate=8,
        minimum_detectable_effect=3,
        **fields,
    )
    experiment.save()
    experiment.save_revision().publish()
    return experiment


def start(client, experiment, language):
    url = reverse("messaging_experiment_action", args=[experiment.pk, "start"])
    return client.post(url, HTTP_ACCEPT_LANGUAGE=language, follow=True).content.decode()


def test_an_experiment_nobody_would_see_cannot_start(lead):
    experiment = approved_experiment_on_a_new_slot()
    english = start(lead[1], experiment, "en")
    assert "The message slot “Nergens geplaatst” is not on any published page" in english
    assert "Visitors now see the variants" not in english
    dutch = start(lead[1], experiment, "nl")
    assert "staat nog op geen gepubliceerde pagina" in dutch and "Bezoekers zien nu de varianten" not in dutch
    experiment.refresh_from_db()
    assert experiment.phase == "setup"

    # Placed in a live campaign page's hero, it starts, and visitors do see the variants now.
    from pages.models import CampaignPage

    CampaignPage.objects.filter(slug_nl="echt-of-nep").update(hero_message=experiment.slot)
    assert "The experiment is running. Visitors now see the variants." in start(lead[1], experiment, "en")
    experiment.refresh_from_db()
    assert experiment.phase == "running"


def test_a_start_with_a_later_first_day_does_not_claim_that_visitors_see_the_variants(lead):
    from pages.models import CampaignPage

    first_day = timezone.localdate() + datetime.timedelta(days=3)
    experiment = approved_experiment_on_a_new_slot(starts_on=first_day)
    CampaignPage.objects.filter(slug_nl="echt-of-nep").update(hero_message=experiment.slot)
    english = start(lead[1], experiment, "en")
    assert "Visitors now see the variants" not in english
    assert "The experiment is started. Visitors see the variants from" in english
    experiment.refresh_from_db()
    assert experiment.phase == "running"
