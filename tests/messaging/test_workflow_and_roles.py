"""Roles and workflow: experts write and submit, leads approve, start and promote; arms stay fixed."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from messaging.models import Experiment, ExperimentCount, MessageSlot
from pages.models import CampaignPage
from tests.messaging.conftest import CAMPAIGN, visitor_client

pytestmark = pytest.mark.django_db

ADD_URL = reverse("wagtailsnippets_messaging_experiment:add")


def denied(response):
    return response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home"))


def experiment_form(slot, slug="nieuwe-test", **overrides):
    data = {
        "name": "Nieuwe test",
        "slug": slug,
        "slot": slot.pk,
        "hypothesis": "Een vraag werkt beter.",
        "weights": "50/50",
        "primary_goal": "cta",
        "baseline_rate": "8",
        "minimum_detectable_effect": "3",
        "minimum_agreement_difference": "0.3",
        "alpha": "0.05",
        "power": "0.8",
    }
    data.update(overrides)
    return data


@pytest.fixture
def free_slot(experiment):
    """A second published slot nobody tests yet, in the hero of the campaign echt-of-nep (a live page)."""
    slot = experiment.slot
    copy = MessageSlot(name="Testslot", key="testslot", default_variant="a")
    copy.variants = [
        type(variant)(key=variant.key, headline_nl=variant.headline_nl, headline_en=variant.headline_en, sort_order=n)
        for n, variant in enumerate(slot.variants.all())
    ]
    copy.save()
    copy.save_revision().publish()
    CampaignPage.objects.filter(slug_nl="echt-of-nep").update(hero_message=copy)
    return copy


def test_an_expert_writes_and_submits_but_cannot_approve_or_start(expert, lead, free_slot):
    user, client = expert
    # Publishing (approving) directly is not offered to an expert: the snippet stays a draft.
    response = client.post(ADD_URL, {**experiment_form(free_slot), "action-publish": "publish"})
    experiment = Experiment.objects.get(slug="nieuwe-test")
    assert not experiment.live
    # Submitting starts the approval workflow.
    edit_url = reverse("wagtailsnippets_messaging_experiment:edit", args=[experiment.pk])
    response = client.post(edit_url, {**experiment_form(free_slot), "action-submit": "submit"})
    assert response.status_code == 302
    experiment.refresh_from_db()
    assert experiment.status == "in_review"
    # The expert cannot start it, nor promote anything (Wagtail answers "permission denied"
    # by sending the user to the dashboard with a message).
    start = reverse("messaging_experiment_action", args=[experiment.pk, "start"])
    assert denied(client.post(start))
    promote = reverse("messaging_experiment_action", args=[experiment.pk, "promote"])
    assert denied(client.post(promote))
    experiment.refresh_from_db()
    assert experiment.phase == "setup"

    # A campaign lead approves in the workflow; the experiment is then approved (published).
    lead_user, lead_client = lead
    task_state = experiment.current_workflow_task_state
    approve = reverse(
        "wagtailsnippets_messaging_experiment:workflow_action", args=[experiment.pk, "approve", task_state.pk]
    )
    assert lead_client.post(approve, {"comment": "Goed plan"}).status_code in (200, 302)
    experiment.refresh_from_db()
    assert experiment.live and experiment.status == "approved"
    # And starts it.
    assert lead_client.post(start).status_code == 302
    experiment.refresh_from_db()
    assert experiment.status == "running" and experiment.planned_per_arm == experiment.planned_sample() > 0
    assert ModelLogEntry.objects.filter(action="messaging.start", object_id=str(experiment.pk)).exists()


def test_an_experiment_cannot_start_before_approval(lead, free_slot):
    _user, client = lead
    client.post(ADD_URL, {**experiment_form(free_slot), "action-save": ""})  # saved as a draft
    experiment = Experiment.objects.get(slug="nieuwe-test")
    assert experiment.status == "draft"
    client.post(reverse("messaging_experiment_action", args=[experiment.pk, "start"]))
    experiment.refresh_from_db()
    assert experiment.phase == "setup"


def test_a_lead_pauses_resumes_and_concludes(lead, experiment):
    _user, client = lead
    for action, phase in [("pause", "paused"), ("resume", "running"), ("conclude", "concluded")]:
        assert client.post(reverse("messaging_experiment_action", args=[experiment.pk, action])).status_code == 302
        experiment.refresh_from_db()
        assert experiment.phase == phase
    # A concluded experiment shows the default variant to everyone again, without attributes.
    response = visitor_client().get(CAMPAIGN)
    assert "data-experiment" not in response.content.decode()


def test_the_traffic_split_and_the_variants_of_a_running_experiment_cannot_change(lead, experiment):
    _user, client = lead
    edit_url = reverse("wagtailsnippets_messaging_experiment:edit", args=[experiment.pk])
    form = experiment_form(
        experiment.slot,
        slug=experiment.slug,
        weights="80/20",
        goal_page=experiment.goal_page_id,
        secondary_goals=["page"],
    )
    response = client.post(edit_url, {**form, "action-publish": "publish"})
    assert response.status_code == 200  # the form again, with the error
    assert "traffic split" in response.content.decode() or "verdeling" in response.content.decode()
    experiment.refresh_from_db()
    assert experiment.weights == "50/50"

    slot = experiment.slot
    slot_url = reverse("wagtailsnippets_messaging_messageslot:edit", args=[slot.pk])
    variants = list(slot.variants.all())
    data = {
        "name": slot.name,
        "key": slot.key,
        "default_variant": "a",
        "variants-TOTAL_FORMS": str(len(variants)),
        "variants-INITIAL_FORMS": str(len(variants)),
        "variants-MIN_NUM_FORMS": "2",
        "variants-MAX_NUM_FORMS": "4",
        "action-publish": "publish",
    }
    for n, variant in enumerate(variants):
        data.update(
            {
                f"variants-{n}-id": variant.pk,
                f"variants-{n}-key": variant.key,
                f"variants-{n}-ORDER": n,
                f"variants-{n}-headline_nl": variant.headline_nl + " (gewijzigd)",
                f"variants-{n}-headline_en": variant.headline_en,
            }
        )
    response = client.post(slot_url, data)
    assert response.status_code == 200
    assert slot.variants.get(key="a").headline_nl == variants[0].headline_nl


def record(experiment, variant, goal, count):
    ExperimentCount.objects.create(
        experiment=experiment, variant=variant, goal=goal, language="nl", day=experiment.started_at.date(), count=count
    )


def test_promoting_the_winner_makes_it_the_default_and_concludes(lead, expert, experiment):
    planned = experiment.planned_per_arm
    record(experiment, "a", "exposure", planned)
    record(experiment, "a", "cta", int(planned * 0.08))
    record(experiment, "b", "exposure", planned)
    record(experiment, "b", "cta", int(planned * 0.14))
    promote = reverse("messaging_experiment_action", args=[experiment.pk, "promote"])
    assert denied(expert[1].post(promote))
    revisions_before = experiment.slot.revisions.count()
    assert lead[1].post(promote).status_code == 302
    experiment.refresh_from_db()
    slot = MessageSlot.objects.get(pk=experiment.slot_id)
    assert experiment.phase == "concluded" and experiment.winner == "b"
    assert slot.default_variant == "b" and slot.live
    assert slot.revisions.count() == revisions_before + 1  # a new, published revision
    assert ModelLogEntry.objects.filter(action="messaging.promote", object_id=str(experiment.pk)).exists()
    # Visitors now see B, with no experiment attributes.
    page = visitor_client().get(CAMPAIGN).content.decode()
    assert slot.variant("b").headline_nl in page and "data-experiment" not in page


def test_no_promotion_without_a_winner(lead, experiment):
    record(experiment, "a", "exposure", 10)
    record(experiment, "b", "exposure", 10)
    lead[1].post(reverse("messaging_experiment_action", args=[experiment.pk, "promote"]))
    experiment.refresh_from_db()
    assert experiment.phase == "running" and not experiment.winner


def test_publishing_an_old_revision_does_not_undo_the_start(lead, experiment):
    revision = experiment.revisions.order_by("-created_at").first()
    revision.publish()
    experiment.refresh_from_db()
    assert experiment.phase == "running" and experiment.planned_per_arm


def test_results_page_and_csv(lead, expert, experiment):
    record(experiment, "a", "exposure", 120)
    record(experiment, "a", "cta", 10)
    record(experiment, "b", "exposure", 118)
    record(experiment, "b", "cta", 15)
    url = reverse("messaging_experiment_results", args=[experiment.pk])
    for _user, client in (lead, expert):
        page = client.get(url)
        assert page.status_code == 200
        html = page.content.decode()
        assert "<svg" in html and 'role="img"' in html
        assert "Nog geen winnaar" in html or "No winner yet" in html
    csv_response = lead[1].get(url + "?format=csv")
    assert csv_response["Content-Type"].startswith("text/csv")
    lines = csv_response.content.decode().splitlines()
    assert lines[0].startswith("variant,exposures,conversions,rate")
    assert lines[1].startswith("a,120,10,") and lines[2].startswith("b,118,15,")
    assert visitor_client().get(url).status_code == 302  # visitors are sent to the login page


def test_ab_report_prints_the_numbers_as_json(experiment):
    import json
    from io import StringIO

    from django.core.management import call_command

    record(experiment, "a", "exposure", 200)
    record(experiment, "a", "cta", 20)
    record(experiment, "b", "exposure", 190)
    record(experiment, "b", "cta", 30)
    out = StringIO()
    call_command("ab_report", experiment.slug, "--json", stdout=out)
    report = json.loads(out.getvalue())
    assert set(report) == {
        "status",
        "verdict",
        "planned_per_arm",
        "srm_p_value",
        "winner",
        "verdict_text",
        "variants",
        "guardrails",
        "measure",
        "answer_rates_differ",
    }
    assert report["measure"] == "rate" and report["answer_rates_differ"] == []  # a click goal: no answers
    assert report["guardrails"]["alerts"] == []  # no quick exits or help counted: nothing to flag
    assert report["status"] == "running" and report["verdict"] == "no_winner_yet" and report["winner"] is None
    assert report["verdict_text"].startswith("No winner yet.")
    assert [variant["key"] for variant in report["variants"]] == ["a", "b"]  # the control first
    assert set(report["variants"][0]) == {
        "key",
        "exposures",
        "conversions",
        "rate",
        "ci_low",
        "ci_high",
        "anytime_p_value",
        "anytime_diff_low",
        "anytime_diff_high",
    }
    assert report["variants"][0]["anytime_p_value"] is None  # the control is not compared with itself
    # 15.8% against 10.0%, 190 and 200 visitors: far from enough to rule out chance at any look.
    assert 0.5 < report["variants"][1]["anytime_p_value"] <= 1
    assert report["variants"][1]["anytime_diff_low"] < 0 < report["variants"][1]["anytime_diff_high"]
    assert report["variants"][1]["exposures"] == 190 and report["variants"][1]["rate"] == pytest.approx(30 / 190)


def test_ab_report_names_an_unknown_experiment():
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="hero-ouders-vraag"):
        call_command("ab_report", "bestaat-niet")


def test_results_of_an_experiment_whose_split_no_longer_fits_its_slot_explain_what_to_fix(lead, experiment):
    Experiment.objects.filter(pk=experiment.pk).update(weights="40/30/30")
    response = lead[1].get(reverse("messaging_experiment_results", args=[experiment.pk]))
    assert response.status_code == 302
    assert response.url == reverse("wagtailsnippets_messaging_experiment:edit", args=[experiment.pk])


def test_the_goal_page_tells_site_js_which_experiments_count_reaching_it(experiment):
    goal_page = experiment.goal_page.specific
    html = visitor_client().get(goal_page.get_url_in("nl")).content.decode()
    assert '<script id="ab-goals" type="application/json">' in html
    assert '"page": ["hero-ouders-vraag"]' in html
    other = visitor_client().get("/nl/hulp/").content.decode()
    assert "ab-goals" not in other


def test_the_control_is_the_slots_default_variant(experiment):
    slot = experiment.slot
    assert experiment.arm_keys()[0] == slot.default_variant == "a"
    MessageSlot.objects.filter(pk=slot.pk).update(default_variant="b")
    experiment = Experiment.objects.select_related("slot").get(pk=experiment.pk)
    assert experiment.arm_keys() == ["a", "b"], "a started experiment keeps the arms it started with"
    Experiment.objects.filter(pk=experiment.pk).update(arm_order="")  # as before a start
    experiment = Experiment.objects.select_related("slot").get(pk=experiment.pk)
    assert experiment.arm_keys() == ["b", "a"]


def test_the_goals_and_the_plan_of_a_started_experiment_cannot_change(experiment):
    from django.core.exceptions import ValidationError

    for field, value in [("primary_goal", "page"), ("alpha", 0.1), ("minimum_detectable_effect", 1.0)]:
        changed = Experiment.objects.select_related("slot").get(pk=experiment.pk)
        setattr(changed, field, value)
        with pytest.raises(ValidationError) as raised:
            changed.full_clean()
        assert field in raised.value.message_dict


def test_a_winner_cannot_be_promoted_while_the_traffic_split_is_off(lead, experiment):
    planned = experiment.planned_per_arm
    record(experiment, "a", "exposure", planned)
    record(experiment, "a", "cta", int(planned * 0.05))
    record(experiment, "b", "exposure", planned * 2)  # far from 50/50
    record(experiment, "b", "cta", int(planned * 0.5))
    lead[1].post(reverse("messaging_experiment_action", args=[experiment.pk, "promote"]))
    experiment.refresh_from_db()
    assert experiment.phase == "running" and not experiment.winner


def test_after_promotion_the_results_still_compare_the_same_arms(lead, experiment):
    planned = experiment.planned_per_arm
    record(experiment, "a", "exposure", planned)
    record(experiment, "a", "cta", int(planned * 0.08))
    record(experiment, "b", "exposure", planned)
    record(experiment, "b", "cta", int(planned * 0.14))
    lead[1].post(reverse("messaging_experiment_action", args=[experiment.pk, "promote"]))
    from messaging.results import experiment_results

    experiment = Experiment.objects.select_related("slot").get(pk=experiment.pk)
    assert experiment.slot.default_variant == "b"
    result = experiment_results(experiment)
    assert [v["key"] for v in result["variants"]] == ["a", "b"]  # A stayed the control
    assert result["verdict"] == "variant_wins" and result["winner"] == "b"


def record_on(experiment, day, counts):
    """counts = {(variant, goal): n} on one day after the start."""
    for (variant, goal), count in counts.items():
        ExperimentCount.objects.create(
            experiment=experiment,
            variant=variant,
            goal=goal,
            language="nl",
            day=experiment.started_at.date() + datetime.timedelta(days=day),
            count=count,
        )


def test_a_clear_lift_before_the_planned_sample_is_a_winner_the_lead_can_promote(lead, experiment):
    """The one verdict is valid at every look: a clear lift is a winner before the planned sample."""
    planned = experiment.planned_per_arm
    per_day = planned // 3
    for day in range(2):
        record_on(
            experiment,
            day,
            {
                ("a", "exposure"): per_day,
                ("a", "cta"): per_day // 20,
                ("b", "exposure"): per_day,
                ("b", "cta"): per_day // 4,
            },
        )
    url = reverse("messaging_experiment_results", args=[experiment.pk])
    html = lead[1].get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Variant B works better than the control (A)" in html
    assert "A campaign lead can now make variant B the default" in html
    assert "Based on the numbers of 2 days so far." in html
    assert "Make the winner the default and conclude" in html
    dutch = lead[1].get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Variant B werkt beter dan de controle (A)" in dutch
    lines = lead[1].get(url + "?format=csv").content.decode().splitlines()
    assert (
        lines[0]
        == "variant,exposures,conversions,rate,ci_low,ci_high,anytime_p_value,anytime_diff_low,anytime_diff_high"
    )
    assert "verdict,variant_wins" in lines and "winner,b" in lines


def test_looking_early_never_makes_a_winner(lead, experiment):
    """An early lucky day is not a winner: the verdict allows for looking every day."""
    record_on(experiment, 0, {("a", "exposure"): 300, ("a", "cta"): 22, ("b", "exposure"): 300, ("b", "cta"): 36})
    from messaging.results import experiment_results

    result = experiment_results(Experiment.objects.select_related("slot").get(pk=experiment.pk))
    assert result["verdict"] == "no_winner_yet" and result["winner"] is None
    assert result["variants"][1]["anytime_p_value"] > 0.05


def test_ab_report_prints_the_verdict_in_words(experiment):
    from io import StringIO

    from django.core.management import call_command

    record_on(experiment, 0, {("a", "exposure"): 400, ("a", "cta"): 40, ("b", "exposure"): 410, ("b", "cta"): 45})
    out = StringIO()
    call_command("ab_report", experiment.slug, stdout=out)
    text = out.getvalue()
    assert "No winner yet." in text and "Keep the experiment running" in text
    assert "range, any time" in text and "B " in text
