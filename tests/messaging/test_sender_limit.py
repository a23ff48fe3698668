"""The A/B beacons pass the same limit per sender as the reach beacon (core/sender_limit.py): a script
that fetches fresh signed visitor ids cannot inflate an experiment from one address either."""

import re
import secrets

import pytest

from messaging.models import ExperimentCount, GuardrailCount
from reach.models import RefusedBeaconCount
from tests.reach.conftest import page_id
from tests.reach.conftest import send as reach_beacon

from .conftest import CAMPAIGN, send, visitor_client
from .test_guardrails_beacon import guardrail

FLOODER = "203.0.113.66"


@pytest.fixture(autouse=True)
def small_limit(settings):
    settings.BEACON_SENDER_LIMIT = 5
    settings.BEACON_SENDER_WINDOW_SECONDS = 60
    return 5


def total(model, **filters):
    return sum(model.objects.filter(**filters).values_list("count", flat=True))


def refused(kind):
    return total(RefusedBeaconCount, kind=kind)


def fresh_visitor(address=FLOODER):
    """What a script can do: a new visitor id the site signed, for every beacon."""
    return visitor_client(secrets.token_hex(16), REMOTE_ADDR=address)


def test_exposures_from_one_sender_count_up_to_the_limit_and_other_senders_all_count(experiment, small_limit):
    answers = [send(fresh_visitor(), experiment.slug, "exposure", {"language": "nl"}) for _ in range(20)]
    assert {answer.status_code for answer in answers} == {204}
    assert total(ExperimentCount, experiment=experiment, goal="exposure") == small_limit
    assert refused("experiment") == 15
    # A refused exposure is not marked as counted in the visitor's cookie: a later one may count.
    assert all("vib_ab" in answer.cookies for answer in answers[:small_limit])
    assert not any("vib_ab" in answer.cookies for answer in answers[small_limit:])

    for number in range(30):
        assert send(fresh_visitor(f"198.51.100.{number + 1}"), experiment.slug, "exposure").status_code == 204
    assert total(ExperimentCount, experiment=experiment, goal="exposure") == small_limit + 30
    assert refused("reach") == refused("guardrail") == 0


def test_conversions_share_the_senders_budget_with_exposures_and_reach(experiment, small_limit):
    visitor = fresh_visitor()
    assert reach_beacon(visitor, {"page": page_id("denk-na-voor-je-deelt"), "language": "nl"}).status_code == 204
    send(visitor, experiment.slug, "exposure", {"language": "nl"})
    send(visitor, experiment.slug, "conversion", {"goal": "cta", "language": "nl"})
    assert total(ExperimentCount, experiment=experiment) == 2
    # Three of the sender's five are used: two more exposures fit, the third does not.
    for _ in range(3):
        other = fresh_visitor()
        send(other, experiment.slug, "exposure", {"language": "nl"})
    assert total(ExperimentCount, experiment=experiment, goal="exposure") == 3
    assert refused("experiment") == 1


def exposed_visitor(address):
    """A visitor from its own address who loaded the campaign page and whose exposure was counted."""
    client = visitor_client(REMOTE_ADDR=address)
    page = client.get(CAMPAIGN).content.decode()
    arm = re.search(r'data-experiment="hero-ouders-vraag" data-variant="(\w)"', page).group(1)
    assert send(client, "hero-ouders-vraag", "exposure", {"language": "nl"}).status_code == 204
    return client, arm


def test_guardrail_beacons_from_one_sender_count_up_to_the_limit(experiment, small_limit):
    visitors = [exposed_visitor(f"198.51.100.{number + 1}") for number in range(12)]
    # A script that collected these visitors' cookies sends all their quick exits from one address.
    quick_exit = {"event": "quick_exit", "language": "nl"}
    answers = [guardrail(client, quick_exit, REMOTE_ADDR=FLOODER) for client, _arm in visitors]
    assert {answer.status_code for answer in answers} == {204}
    assert total(GuardrailCount, experiment=experiment, event="quick_exit") == small_limit
    assert refused("guardrail") == 12 - small_limit
    assert not any("vib_ab" in answer.cookies for answer in answers[small_limit:]), "not marked: may count later"

    # The visitors themselves, each from its own address, are counted: a refusal took nothing from them.
    for client, _arm in visitors[small_limit:]:
        assert guardrail(client, quick_exit).status_code == 204
    assert total(GuardrailCount, experiment=experiment, event="quick_exit") == 12


def test_one_guardrail_beacon_is_one_against_the_limit_whatever_rows_it_adds_to(experiment, small_limit):
    """A helpline call adds to "helpline_call" and "help_seeking": still one beacon of the budget."""
    visitors = [exposed_visitor(f"198.51.100.{number + 1}") for number in range(small_limit + 1)]
    for client, _arm in visitors:
        guardrail(client, {"event": "helpline_call", "language": "nl"}, REMOTE_ADDR=FLOODER)
    assert total(GuardrailCount, experiment=experiment, event="helpline_call") == small_limit
    assert total(GuardrailCount, experiment=experiment, event="help_seeking") == small_limit
    assert refused("guardrail") == 1
