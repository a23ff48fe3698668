"""An experiment's life as a campaign lead steers it: every allowed and every refused move.

Each test builds its own published slot (tests/factories.py) and approved experiment (nothing
from the demo), and takes them through the model's methods and through the admin's action
buttons. A refused move is a readable message for the lead, never a server error.
"""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from messaging.models import Experiment, ExperimentCount, MessageSlot, TransitionError
from pages.models import CampaignPage
from tests.factories import MessageSlotFactory

pytestmark = pytest.mark.django_db

MOVES = ("start", "pause", "resume", "conclude", "promote")


@pytest.fixture(autouse=True)
def in_english():
    """The refusals are matched in English; the admin tests accept either language."""
    with translation.override("en"):
        yield


def published_slot(key="lifecycle-slot", live=True, placed=True):
    """A slot with variants A and B, published (``live=False``: saved, never published), in the
    hero of a live campaign page (``placed=False``: on no page), so visitors can see it."""
    slot = MessageSlotFactory(key=key)
    if not live:
        MessageSlot.objects.filter(pk=slot.pk).update(live=False)
    if placed:
        CampaignPage.objects.filter(slug_nl="echt-of-nep").update(hero_message=slot)
    return MessageSlot.objects.get(pk=slot.pk)


def approved_experiment(slot=None, slug="levensloop", approved=True):
    experiment = Experiment(
        name="Levensloop",
        slug=slug,
        slot=slot or published_slot(),
        weights="50/50",
        baseline_rate=5.0,
        minimum_detectable_effect=2.0,
        live=approved,
    )
    experiment.full_clean()
    experiment.save()
    if approved:
        experiment.save_revision().publish()
    return fresh(experiment)


def fresh(experiment):
    return Experiment.objects.select_related("slot").get(pk=experiment.pk)


def in_phase(phase):
    """An experiment moved to ``phase`` the way a lead would."""
    experiment = approved_experiment()
    if phase in ("running", "paused", "concluded"):
        experiment.start(None)
    if phase == "paused":
        experiment.pause(None)
    if phase == "concluded":
        experiment.conclude(None)
    return fresh(experiment)


def count(experiment, variant, exposures, conversions):
    day = timezone.localdate()
    for goal, number in (("exposure", exposures), ("cta", conversions)):
        ExperimentCount.objects.create(
            experiment=experiment, variant=variant, goal=goal, language="nl", day=day, count=number
        )


def with_a_clear_winner(experiment):
    planned = experiment.planned_per_arm
    count(experiment, "a", planned, int(planned * 0.05))
    count(experiment, "b", planned, int(planned * 0.12))
    return experiment


def logged(experiment, move):
    return ModelLogEntry.objects.filter(action=f"messaging.{move}", object_id=str(experiment.pk)).count()


# -- through the model ------------------------------------------------------------------


def test_start_fixes_the_plan_and_the_arms_and_is_written_to_the_history():
    experiment = approved_experiment()
    assert experiment.status == "approved"
    experiment.start(None)
    stored = fresh(experiment)
    assert stored.phase == "running" and stored.started_at is not None
    assert stored.planned_per_arm == experiment.planned_sample() > 0
    assert stored.arm_order == "a,b"
    assert logged(stored, "start") == 1


def test_pause_resume_and_conclude_follow_each_other():
    experiment = in_phase("running")
    experiment.pause(None)
    assert fresh(experiment).phase == "paused"
    experiment.resume(None)
    assert fresh(experiment).phase == "running"
    experiment.conclude(None)
    stored = fresh(experiment)
    assert stored.phase == "concluded" and stored.concluded_at is not None and stored.winner == ""
    assert [logged(stored, move) for move in ("pause", "resume", "conclude")] == [1, 1, 1]


def test_a_paused_experiment_can_be_concluded():
    experiment = in_phase("paused")
    experiment.conclude(None)
    assert fresh(experiment).phase == "concluded"


@pytest.mark.parametrize("phase", ["running", "paused"])
def test_promoting_the_winner_makes_it_the_slots_default_and_concludes(phase):
    experiment = in_phase(phase)
    with_a_clear_winner(experiment)
    revisions_before = experiment.slot.revisions.count()
    assert experiment.promote(None) == "b"
    stored = fresh(experiment)
    assert (stored.phase, stored.winner) == ("concluded", "b") and stored.concluded_at is not None
    slot = MessageSlot.objects.get(pk=experiment.slot_id)
    assert slot.default_variant == "b" and slot.live
    assert slot.revisions.count() == revisions_before + 1
    assert logged(stored, "promote") == 1


def test_promoting_the_named_winner_works_and_another_variant_is_refused():
    experiment = with_a_clear_winner(in_phase("running"))
    with pytest.raises(TransitionError, match="not the winner"):
        experiment.promote(None, "a")
    assert fresh(experiment).phase == "running"
    assert experiment.promote(None, "b") == "b"


REFUSED = [
    ("running", "start", "already started"),
    ("paused", "start", "already started"),
    ("concluded", "start", "already started"),
    ("approved", "pause", "Only a running experiment can be paused"),
    ("paused", "pause", "Only a running experiment can be paused"),
    ("concluded", "pause", "Only a running experiment can be paused"),
    ("approved", "resume", "Only a paused experiment can be resumed"),
    ("running", "resume", "Only a paused experiment can be resumed"),
    ("concluded", "resume", "Only a paused experiment can be resumed"),
    ("approved", "conclude", "Only a running or paused experiment can be concluded"),
    ("concluded", "conclude", "Only a running or paused experiment can be concluded"),
    ("approved", "promote", "can have a winner promoted"),
    ("concluded", "promote", "can have a winner promoted"),
]


@pytest.mark.parametrize("phase, move, message", REFUSED)
def test_a_move_the_phase_does_not_allow_is_refused_and_changes_nothing(phase, move, message):
    experiment = in_phase(phase)
    before = {name: getattr(experiment, name) for name in ("phase", "started_at", "concluded_at", "winner")}
    entries_before = logged(experiment, move)
    with pytest.raises(TransitionError, match=message):
        getattr(experiment, move)(None)
    stored = fresh(experiment)
    assert {name: getattr(stored, name) for name in before} == before
    assert logged(stored, move) == entries_before


def test_a_refused_move_is_explained_in_the_leads_language():
    experiment = in_phase("running")
    with translation.override("nl"), pytest.raises(TransitionError) as refused:
        experiment.start(None)
    assert str(refused.value) == "Dit experiment is al gestart."
    assert isinstance(refused.value, ValueError)


def test_a_draft_cannot_start():
    experiment = approved_experiment(approved=False)
    assert experiment.status == "draft"
    with pytest.raises(TransitionError, match="approved"):
        experiment.start(None)
    assert fresh(experiment).phase == "setup"


def test_an_experiment_in_review_cannot_start(django_user_model):
    experiment = approved_experiment()
    user = django_user_model.objects.create_superuser("reviewer", "", "pass-for-tests")
    experiment.get_workflow().start(experiment, user)
    experiment = fresh(experiment)
    assert experiment.workflow_in_progress
    with pytest.raises(TransitionError, match="approved"):
        experiment.start(None)


def test_an_experiment_cannot_start_while_its_slot_is_unpublished():
    experiment = approved_experiment(slot=published_slot(live=False))
    with pytest.raises(TransitionError, match="not published yet"):
        experiment.start(None)


def test_an_experiment_cannot_start_while_no_page_shows_its_slot():
    experiment = approved_experiment(slot=published_slot(placed=False))
    with pytest.raises(TransitionError, match="not on any published page"):
        experiment.start(None)
    assert fresh(experiment).phase == "setup"


def test_two_experiments_cannot_test_one_slot_at_once():
    first = in_phase("running")
    second = approved_experiment(slot=first.slot, slug="tweede")
    with pytest.raises(TransitionError, match="Another experiment"):
        second.start(None)
    first.conclude(None)
    second.start(None)  # the slot is free again
    assert fresh(second).phase == "running"


def test_an_incomplete_experiment_cannot_start():
    experiment = approved_experiment()
    Experiment.objects.filter(pk=experiment.pk).update(weights="40/30/30")  # three numbers, two variants
    with pytest.raises(TransitionError, match="not complete"):
        fresh(experiment).start(None)


def test_no_promotion_without_a_winner_or_with_a_broken_traffic_split():
    experiment = in_phase("running")
    count(experiment, "a", 10, 1)
    count(experiment, "b", 10, 2)
    with pytest.raises(TransitionError, match="no winner"):
        experiment.promote(None)
    ExperimentCount.objects.all().delete()
    planned = experiment.planned_per_arm
    count(experiment, "a", planned, int(planned * 0.05))
    count(experiment, "b", planned * 2, int(planned * 0.5))  # far from 50/50
    with pytest.raises(TransitionError, match="traffic split is off"):
        experiment.promote(None)
    assert (
        fresh(experiment).phase == "running" and MessageSlot.objects.get(pk=experiment.slot_id).default_variant == "a"
    )


def test_a_stale_copy_cannot_start_an_experiment_twice():
    experiment = approved_experiment()
    stale = fresh(experiment)
    experiment.start(None)
    with pytest.raises(TransitionError, match="already started"):
        stale.start(None)
    assert logged(experiment, "start") == 1


# -- through the admin ------------------------------------------------------------------


def act(client, experiment, move):
    response = client.post(reverse("messaging_experiment_action", args=[experiment.pk, move]))
    return response, [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize(
    "phase, move, after",
    [
        ("approved", "start", "running"),
        ("running", "pause", "paused"),
        ("paused", "resume", "running"),
        ("running", "conclude", "concluded"),
        ("paused", "conclude", "concluded"),
    ],
)
def test_a_lead_moves_an_experiment_with_the_buttons(lead, phase, move, after):
    experiment = in_phase(phase)
    response, shown = act(lead[1], experiment, move)
    assert response.status_code == 302
    assert response.url == reverse("messaging_experiment_results", args=[experiment.pk])
    assert fresh(experiment).phase == after
    assert [level for level, _text in shown] == ["success"]
    entry = ModelLogEntry.objects.get(action=f"messaging.{move}", object_id=str(experiment.pk))
    assert entry.user_id == lead[0].pk


def test_a_lead_promotes_the_winner_with_the_button(lead):
    experiment = with_a_clear_winner(in_phase("running"))
    response, shown = act(lead[1], experiment, "promote")
    assert response.status_code == 302
    assert fresh(experiment).winner == "b"
    [(level, text)] = shown
    assert level == "success" and "B" in text and experiment.slot.name in text


@pytest.mark.parametrize("phase, move, message", REFUSED)
def test_a_refused_button_shows_the_reason_and_never_fails(lead, phase, move, message):
    experiment = in_phase(phase)
    response, shown = act(lead[1], experiment, move)
    assert response.status_code == 302
    assert response.url == reverse("messaging_experiment_results", args=[experiment.pk])
    assert fresh(experiment).phase == experiment.phase
    reasons = set()
    for language in ("nl", "en"):
        with translation.override(language), pytest.raises(TransitionError) as refused:
            getattr(fresh(experiment), move)(None)
        reasons.add(str(refused.value))
    [(level, text)] = shown
    assert level == "error" and text in reasons


def denied(response):
    """Wagtail answers "permission denied" in the admin by sending the user to the dashboard."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def test_an_expert_cannot_use_the_buttons_and_an_unknown_move_is_refused(expert, lead):
    experiment = in_phase("approved")
    for move in MOVES:
        assert denied(act(expert[1], experiment, move)[0])
        assert fresh(experiment).phase == "setup"
    assert denied(act(lead[1], experiment, "delete")[0])
    assert Experiment.objects.filter(pk=experiment.pk).exists()
