"""Guardrail alerts: a variant that makes more people press the quick exit is flagged on the results
page, and cannot be promoted unless a campaign lead writes down why; the one-sided anytime test behind
the alert raises false alerts in at most α of A/A experiments, however often it is looked at."""

import numpy as np
import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import translation
from django.utils.formats import number_format
from wagtail.models import ModelLogEntry

from messaging import anytime
from messaging.guardrails import TYPICAL_RATES
from messaging.models import Experiment, ExperimentCount, GuardrailCount, TransitionError
from messaging.models.counters import QUICK_EXIT
from messaging.results import experiment_results

REASON = "De variant legt uit hoe je snel weg kunt; meer mensen proberen de knop uit. Besproken met het team."


def counted(experiment, variant, exposures, conversions, quick_exits):
    day = experiment.started_at.date()
    for goal, number in (("exposure", exposures), ("cta", conversions)):
        ExperimentCount.objects.create(
            experiment=experiment, variant=variant, goal=goal, language="nl", day=day, count=number
        )
    GuardrailCount.objects.create(
        experiment=experiment, variant=variant, event=QUICK_EXIT, language="nl", day=day, count=quick_exits
    )


def winner_with_quick_exits(experiment, control_share, variant_share):
    """B wins on the goal at the planned sample; the quick exits per arm as given."""
    planned = experiment.planned_per_arm
    counted(experiment, "a", planned, int(planned * 0.05), int(planned * control_share))
    counted(experiment, "b", planned, int(planned * 0.12), int(planned * variant_share))
    return experiment


def shares(experiment, language="en"):
    """The two quick-exit shares in percent, variant then control, written as the language writes numbers."""
    planned = experiment.planned_per_arm
    with translation.override(language):
        return [number_format(100 * int(planned * share) / planned, 1) for share in (0.10, 0.02)]


def fresh(experiment):
    return Experiment.objects.select_related("slot").get(pk=experiment.pk)


def test_many_more_quick_exits_with_the_variant_raise_an_alert(experiment):
    winner_with_quick_exits(experiment, 0.02, 0.10)
    with translation.override("en"):
        result = experiment_results(experiment)
    assert result["winner"] == "b"
    [alert] = result["guardrails"]["alerts"]
    assert (alert["guardrail"], alert["variant"]) == (QUICK_EXIT, "b")
    variant, control = shares(experiment)
    assert alert["text"] == (
        f"Variant B: more people pressed the quick exit ({variant} % of those who saw it, against {control} % "
        "with the control). Do not promote it without a reason."
    )
    assert alert["p_value"] <= result["guardrails"]["alpha_per_comparison"]


def test_equal_quick_exit_rates_raise_no_alert(experiment):
    winner_with_quick_exits(experiment, 0.03, 0.03)
    result = experiment_results(experiment)
    assert result["winner"] == "b"
    assert result["guardrails"]["alerts"] == []
    # Fewer quick exits with the variant is not "worse" either.
    GuardrailCount.objects.filter(experiment=experiment, variant="b").update(count=0)
    assert experiment_results(experiment)["guardrails"]["alerts"] == []


def test_aa_experiments_looked_at_every_day_raise_a_false_alert_in_at_most_alpha_of_cases():
    """1,000 A/A experiments (both arms 2 % quick exits), 40 daily looks each, 150 visitors per arm a day."""
    rng = np.random.default_rng(20261202)
    sims, days, per_day, rate, alpha = 1000, 40, 150, TYPICAL_RATES[QUICK_EXIT], 0.05
    n = np.cumsum(np.full((sims, days), per_day), axis=1)
    variant = np.cumsum(rng.binomial(per_day, rate, size=(sims, days)), axis=1)
    control = np.cumsum(rng.binomial(per_day, rate, size=(sims, days)), axis=1)
    tau2 = anytime.mixture_tau2(rate, days * per_day, alpha)
    p = anytime.one_sided_sequential_p(variant, n, control, n, tau2)
    false_alert_rate = float((p[:, -1] <= alpha).mean())
    assert false_alert_rate <= alpha, false_alert_rate
    # The same test does find a real difference: the variant at twice the rate.
    worse = np.cumsum(rng.binomial(per_day, 2 * rate, size=(sims, days)), axis=1)
    power = float((anytime.one_sided_sequential_p(worse, n, control, n, tau2)[:, -1] <= alpha).mean())
    assert power > 0.8, power


def test_promotion_is_refused_while_the_alert_stands(lead, experiment):
    winner_with_quick_exits(experiment, 0.02, 0.10)
    with translation.override("en"), pytest.raises(TransitionError, match="A guardrail alert stands for variant B"):
        experiment.promote(lead[0])
    assert fresh(experiment).phase == "running"
    # Through the admin: a message on the results page, not a server error.
    promote = reverse("messaging_experiment_action", args=[experiment.pk, "promote"])
    response = lead[1].post(promote, follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "A guardrail alert stands for variant B" in response.content.decode()
    stored = fresh(experiment)
    assert stored.phase == "running" and stored.winner in ("", None)


def test_a_lead_with_a_reason_promotes_and_the_history_keeps_the_reason(lead, experiment):
    winner_with_quick_exits(experiment, 0.02, 0.10)
    promote = reverse("messaging_experiment_action", args=[experiment.pk, "promote"])
    assert lead[1].post(promote, {"reason": REASON}).status_code == 302
    stored = fresh(experiment)
    assert stored.phase == "concluded" and stored.winner == "b"
    entry = ModelLogEntry.objects.get(action="messaging.promote_despite_guardrail", object_id=str(experiment.pk))
    assert entry.user == lead[0]
    assert entry.data["reason"] == REASON and entry.data["winner"] == "b"
    assert "quick exit" in entry.data["alerts"][0] or "Snel weg" in entry.data["alerts"][0]


def test_a_reason_that_is_too_long_is_a_message_not_an_error(lead, experiment):
    winner_with_quick_exits(experiment, 0.02, 0.10)
    promote = reverse("messaging_experiment_action", args=[experiment.pk, "promote"])
    response = lead[1].post(promote, {"reason": "x" * 3000}, follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "Keep the reason under 2000 characters." in response.content.decode()
    assert fresh(experiment).phase == "running"


def test_someone_who_may_promote_but_is_not_a_lead_is_refused_even_with_a_reason(django_user_model, experiment):
    winner_with_quick_exits(experiment, 0.02, 0.10)
    promoter = django_user_model.objects.create_user(username="promoter", password="x")
    promoter.user_permissions.add(Permission.objects.get(codename="promote_experiment"))
    promoter = django_user_model.objects.get(pk=promoter.pk)  # a fresh permission cache
    assert promoter.has_perm("messaging.promote_experiment")
    with translation.override("en"), pytest.raises(TransitionError, match="Only a campaign lead"):
        experiment.promote(promoter, reason=REASON)
    assert fresh(experiment).phase == "running"
    assert not ModelLogEntry.objects.filter(action__startswith="messaging.promote", object_id=str(experiment.pk))


def test_the_results_page_shows_the_alert_in_dutch_and_english(lead, experiment):
    winner_with_quick_exits(experiment, 0.02, 0.10)
    url = reverse("messaging_experiment_results", args=[experiment.pk])
    english = lead[1].get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    variant, control = shares(experiment)
    assert (
        f"Variant B: more people pressed the quick exit ({variant} % of those who saw it, against {control} %"
        in english
    )
    assert "Do not promote it without a reason." in english
    assert "Why promote this variant despite the guardrail alert? (required)" in english
    dutch = lead[1].get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    variant, control = shares(experiment, "nl")
    assert (
        f"Variant B: meer mensen drukten op Snel weg ({variant} % van wie deze variant zag, tegenover {control} %"
        in dutch
    )
    assert "Kies deze variant niet zonder reden." in dutch
    assert "Vangrails: Snel weg en hulp" in dutch


def test_without_an_alert_the_results_page_says_so(lead, experiment):
    winner_with_quick_exits(experiment, 0.03, 0.03)
    url = reverse("messaging_experiment_results", args=[experiment.pk])
    dutch = lead[1].get(url, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Geen vangrail-waarschuwing" in dutch
    assert "Variant B: meer mensen drukten op Snel weg" not in dutch
