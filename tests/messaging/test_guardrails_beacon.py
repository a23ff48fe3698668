"""The guardrail beacon (POST /api/ab/guardrail): quick exits and help-seeking counted per arm, exactly,
in the arm the server works out from the signed cookies, never the one a request names."""

import json
import re

import pytest
from wagtail.models import Page

from messaging.models import ExperimentCount, GuardrailCount
from pages.models import HelpPage

from .conftest import CAMPAIGN, send, visitor_client

GUARDRAIL = "/api/ab/guardrail"


def guardrail(client, body, **extra):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(GUARDRAIL, data=data, content_type="text/plain", **extra)


def counts(experiment):
    return {(row.variant, row.event): row.count for row in GuardrailCount.objects.filter(experiment=experiment)}


def exposed_visitor(experiment):
    """A browser that loaded the campaign page and whose exposure beacon was counted; and its arm."""
    client = visitor_client()
    page = client.get(CAMPAIGN).content.decode()
    arm = re.search(r'data-experiment="hero-ouders-vraag" data-variant="(\w)"', page).group(1)
    assert send(client, experiment.slug, "exposure", {"language": "nl"}).status_code == 204
    return client, arm


def help_page_id():
    return HelpPage.objects.live().first().pk


def test_a_quick_exit_and_help_seeking_count_once_per_visitor_in_its_own_arm(experiment):
    client, arm = exposed_visitor(experiment)
    for _ in range(3):
        assert guardrail(client, {"event": "quick_exit", "language": "nl"}).status_code == 204
    assert guardrail(client, {"event": "helpline_call", "language": "nl"}).status_code == 204
    assert guardrail(client, {"event": "help_page", "page": help_page_id(), "language": "nl"}).status_code == 204
    assert guardrail(client, {"event": "helpline_call", "language": "nl"}).status_code == 204
    # Each visitor once per event; "help_seeking" once, for the first help of any kind.
    assert counts(experiment) == {
        (arm, "quick_exit"): 1,
        (arm, "helpline_call"): 1,
        (arm, "help_page"): 1,
        (arm, "help_seeking"): 1,
    }
    assert {field.name for field in GuardrailCount._meta.get_fields()} == {
        "id",
        "experiment",
        "variant",
        "event",
        "language",
        "day",
        "count",
    }, "aggregates only: no visitor id, IP address or user agent"


def test_a_lesson_download_has_its_own_row_and_is_not_help_seeking(experiment):
    """A teacher who fetched a worksheet did not look for help: the help guardrail must not count it."""
    client, arm = exposed_visitor(experiment)
    assert guardrail(client, {"event": "lesson_download", "language": "nl"}).status_code == 204
    assert counts(experiment) == {(arm, "lesson_download"): 1}


def test_the_arm_comes_from_the_cookie_not_from_the_body(experiment):
    client, arm = exposed_visitor(experiment)
    other = "b" if arm == "a" else "a"
    body = {"event": "quick_exit", "variant": other, "arm": other, "experiment": "other", "language": "nl"}
    assert guardrail(client, body).status_code == 204
    assert counts(experiment) == {(arm, "quick_exit"): 1}


def test_nothing_counts_without_an_exposure_or_with_a_forged_counted_cookie(experiment):
    client = visitor_client()
    client.get(CAMPAIGN)  # a signed visitor id, but the exposure beacon never came
    assert guardrail(client, {"event": "quick_exit"}).status_code == 204
    client.cookies["vib_ab"] = "forged-value"
    assert guardrail(client, {"event": "quick_exit"}).status_code == 204
    assert counts(experiment) == {}


def test_a_visitor_cookie_the_site_did_not_sign_is_400_and_no_cookie_is_nothing_to_count(experiment):
    client, _arm = exposed_visitor(experiment)
    client.cookies["vib_visitor"] = "0" * 32 + ":" + "A" * 43
    assert guardrail(client, {"event": "quick_exit"}).status_code == 400
    assert guardrail(visitor_client(), {"event": "quick_exit"}).status_code == 204
    assert counts(experiment) == {}


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_DNT": "1"}, {"HTTP_SEC_GPC": "1"}, {"HTTP_USER_AGENT": "Googlebot/2.1"}, {"HTTP_USER_AGENT": ""}],
)
def test_dnt_gpc_and_bots_are_not_counted(experiment, headers):
    client, _arm = exposed_visitor(experiment)
    assert guardrail(client, {"event": "quick_exit"}, **headers).status_code == 204
    assert counts(experiment) == {}


def test_help_page_is_accepted_only_from_the_help_page(experiment):
    client, arm = exposed_visitor(experiment)
    campaign = Page.objects.get(url_path__endswith="/denk-na-voor-je-deelt/").pk
    for page in (campaign, None, "1", True, 2**40):
        assert guardrail(client, {"event": "help_page", "page": page}).status_code == 400
    assert counts(experiment) == {}
    assert guardrail(client, {"event": "help_page", "page": help_page_id()}).status_code == 204
    assert counts(experiment) == {(arm, "help_page"): 1, (arm, "help_seeking"): 1}


def test_an_experiment_that_is_not_running_counts_nothing(experiment):
    client, _arm = exposed_visitor(experiment)
    experiment.pause(None)
    from messaging.running import forget

    forget()  # the pause's on_commit never runs inside the test's transaction
    assert guardrail(client, {"event": "quick_exit"}).status_code == 204
    assert counts(experiment) == {}


@pytest.mark.parametrize(
    ("body", "extra", "status"),
    [
        ({"event": "view"}, {}, 400),
        ({"event": "help_seeking"}, {}, 400),  # the total is the server's, not a beacon's
        ({"event": ["quick_exit"]}, {}, 400),
        ({}, {}, 400),
        ({"event": "quick_exit", "language": "de"}, {}, 400),
        ({"event": "quick_exit", "language": {"nl": 1}}, {}, 400),
        ("[1, 2]", {}, 400),
        ("not json", {}, 400),
        ("x" * 2000, {}, 413),
        ({"event": "quick_exit"}, {"HTTP_SEC_FETCH_SITE": "cross-site"}, 403),
    ],
)
def test_hostile_beacons_get_a_4xx_and_count_nothing(experiment, body, extra, status):
    client, _arm = exposed_visitor(experiment)
    assert guardrail(client, body, **extra).status_code == status
    assert counts(experiment) == {}


def test_wrong_method_and_content_type(experiment):
    client, _arm = exposed_visitor(experiment)
    assert client.get(GUARDRAIL).status_code == 405
    response = client.post(GUARDRAIL, data='{"event": "quick_exit"}', content_type="application/xml")
    assert response.status_code == 415
    assert counts(experiment) == {}


def test_many_visitors_are_counted_exactly_per_arm(experiment):
    expected = {}
    for _ in range(40):
        client, arm = exposed_visitor(experiment)
        guardrail(client, {"event": "quick_exit", "language": "nl"})
        expected[(arm, "quick_exit")] = expected.get((arm, "quick_exit"), 0) + 1
    assert counts(experiment) == expected
    exposures = {row.variant: row.count for row in ExperimentCount.objects.filter(experiment=experiment)}
    assert sum(exposures.values()) == 40
