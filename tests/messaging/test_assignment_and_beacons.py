"""Assignment (deterministic, weighted, privacy-respecting) and the beacon API."""

import re
import secrets

import pytest
from scipy import stats as scipy_stats

from messaging.assignment import VISITOR_COOKIE, arm_for, bucket, visitor_id_from_cookie
from messaging.models import Experiment, ExperimentCount
from tests.messaging.conftest import CAMPAIGN, send, visitor_client

pytestmark = pytest.mark.django_db


# -- assignment ------------------------------------------------------------------------------


def test_the_same_visitor_always_gets_the_same_bucket_and_arm():
    visitor_id = "0123456789abcdef0123456789abcdef"
    # A fixed vector: if this changes, every running experiment would reshuffle its visitors.
    assert bucket(visitor_id, "salt") == pytest.approx(0.8898728541199953, abs=1e-15)
    arms = {arm_for(visitor_id, "salt", ["a", "b"], [50, 50]) for _ in range(100)}
    assert len(arms) == 1
    # Another experiment (another salt) assigns independently.
    assert bucket(visitor_id, "other-salt") != bucket(visitor_id, "salt")


@pytest.mark.parametrize("weights", [[50, 50], [20, 80], [34, 33, 33], [10, 20, 30, 40]])
def test_arms_follow_the_weights_over_10000_visitors(weights):
    keys = "abcd"[: len(weights)]
    counts = dict.fromkeys(keys, 0)
    rng = secrets.SystemRandom()
    for _ in range(10_000):
        counts[arm_for(f"{rng.getrandbits(128):032x}", "test-salt", list(keys), weights)] += 1
    expected = [10_000 * weight / sum(weights) for weight in weights]
    result = scipy_stats.chisquare([counts[key] for key in keys], expected)
    assert result.pvalue > 0.001, f"{counts} is not a {weights} split (p={result.pvalue:.2g})"


def variant_shown(response):
    return re.search(r'data-experiment="hero-ouders-vraag" data-variant="(\w)"', response.content.decode()).group(1)


def test_a_new_visitor_gets_a_random_id_cookie_and_a_variant_that_matches_it(experiment):
    client = visitor_client()
    response = client.get(CAMPAIGN)
    cookie = response.cookies[VISITOR_COOKIE]
    assert re.fullmatch(r"[0-9a-f]{32}:[A-Za-z0-9_-]{43}", cookie.value)  # the random id, signed
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert cookie["max-age"] == 180 * 24 * 60 * 60
    keys = experiment.arm_keys()
    visitor_id = visitor_id_from_cookie(cookie.value)
    assert variant_shown(response) == arm_for(visitor_id, experiment.salt, keys, experiment.weight_list())
    # The page carries no personal data, and the whole page does not vary on Cookie.
    assert "Cookie" not in response.get("Vary", "")


def test_pages_without_an_experiment_set_no_cookie():
    response = visitor_client().get("/nl/hulp/")
    assert VISITOR_COOKIE not in response.cookies


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_DNT": "1"},
        {"HTTP_SEC_GPC": "1"},
        {"user_agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"},
        {"user_agent": "facebookexternalhit/1.1"},
        {"user_agent": ""},
    ],
)
def test_dnt_gpc_and_bots_get_the_control_and_are_never_counted(experiment, headers):
    visitor_id = next(
        f"{n:032x}"
        for n in range(1000)
        if arm_for(f"{n:032x}", experiment.salt, experiment.arm_keys(), experiment.weight_list()) == "b"
    )
    client = visitor_client(visitor_id, **headers)
    response = client.get(CAMPAIGN)
    assert variant_shown(response) == experiment.arm_keys()[0]  # the control, whatever the cookie says
    assert VISITOR_COOKIE not in response.cookies
    assert send(client, experiment.slug, "exposure", {"language": "nl"}).status_code == 204
    assert not ExperimentCount.objects.filter(experiment=experiment).exists()


# -- counting ------------------------------------------------------------------------------


def counts(experiment):
    return {(row.variant, row.goal): row.count for row in ExperimentCount.objects.filter(experiment=experiment)}


def test_exposure_and_conversion_are_counted_once_for_the_visitors_own_arm(experiment):
    client = visitor_client()
    arm = variant_shown(client.get(CAMPAIGN))
    for _ in range(3):
        assert send(client, experiment.slug, "exposure", {"language": "nl"}).status_code == 204
    for _ in range(3):
        assert send(client, experiment.slug, "conversion", {"goal": "cta", "language": "nl"}).status_code == 204
    assert send(client, experiment.slug, "conversion", {"goal": "page"}).status_code == 204
    assert counts(experiment) == {(arm, "exposure"): 1, (arm, "cta"): 1, (arm, "page"): 1}
    row = ExperimentCount.objects.filter(experiment=experiment).first()
    assert {field.name for field in ExperimentCount._meta.get_fields()} == {
        "id",
        "experiment",
        "variant",
        "goal",
        "language",
        "day",
        "count",
    }, "aggregates only: no visitor id, IP address or user agent"
    assert row.language == "nl"


def test_a_client_cannot_choose_its_arm(experiment):
    client = visitor_client()
    arm = variant_shown(client.get(CAMPAIGN))
    other = "b" if arm == "a" else "a"
    # Whatever the request claims, the server counts the arm of the visitor cookie.
    send(client, experiment.slug, "exposure", {"variant": other, "arm": other, "language": "nl"})
    send(client, experiment.slug, "conversion", {"goal": "cta", "variant": other})
    assert counts(experiment) == {(arm, "exposure"): 1, (arm, "cta"): 1}


def test_a_forged_counted_cookie_is_ignored_and_a_conversion_needs_an_exposure(experiment):
    client = visitor_client()
    client.get(CAMPAIGN)
    client.cookies["vib_ab"] = "forged-value"
    assert send(client, experiment.slug, "conversion", {"goal": "cta"}).status_code == 204
    assert counts(experiment) == {}  # no exposure yet: not counted


def test_many_visitors_are_counted_exactly(experiment):
    expected = {}
    for _ in range(40):
        client = visitor_client()
        arm = variant_shown(client.get(CAMPAIGN))
        send(client, experiment.slug, "exposure", {"language": "nl"})
        expected[(arm, "exposure")] = expected.get((arm, "exposure"), 0) + 1
    assert counts(experiment) == expected


# -- every 4xx ------------------------------------------------------------------------------


@pytest.fixture
def counted_visitor(experiment):
    client = visitor_client()
    client.get(CAMPAIGN)
    return client


@pytest.mark.parametrize(
    "kind, body, extra, status",
    [
        ("exposure", "{not json", {}, 400),
        ("exposure", "[1, 2]", {}, 400),
        ("exposure", '"text"', {}, 400),
        ("conversion", {"goal": "download"}, {}, 400),  # not a goal of this experiment
        ("conversion", {"goal": ["cta"]}, {}, 400),
        ("exposure", {"language": "de"}, {}, 400),
        ("exposure", {"language": "nl", "padding": "x" * 2000}, {}, 413),
        ("exposure", {}, {"HTTP_SEC_FETCH_SITE": "cross-site"}, 403),
        ("exposure", {}, {"HTTP_ORIGIN": "https://evil.example"}, 403),
        ("exposure", {}, {"CONTENT_LENGTH": "99999999"}, 413),
    ],
)
def test_malformed_requests_get_a_4xx(experiment, counted_visitor, kind, body, extra, status):
    response = send(counted_visitor, experiment.slug, kind, body, **extra)
    assert response.status_code == status
    assert response.json()["error"]
    assert counts(experiment) == {}


def test_wrong_content_type_is_415(experiment, counted_visitor):
    response = counted_visitor.post(
        f"/api/ab/{experiment.slug}/exposure", data="a=b", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 415


def test_get_is_405(experiment, counted_visitor):
    response = counted_visitor.get(f"/api/ab/{experiment.slug}/exposure")
    assert response.status_code == 405 and response["Allow"] == "POST"


@pytest.mark.parametrize("slug", ["no-such-test", "UPPER", "x" * 61, "a%20b", "..", "%00"])
def test_unknown_experiments_are_404(counted_visitor, slug):
    assert send(counted_visitor, slug, "exposure").status_code == 404


def test_an_unknown_kind_of_beacon_is_404(experiment, counted_visitor):
    assert send(counted_visitor, experiment.slug, "click").status_code == 404


@pytest.mark.parametrize("phase", ["setup", "paused", "concluded"])
def test_experiments_that_are_not_running_are_409(experiment, counted_visitor, phase):
    Experiment.objects.filter(pk=experiment.pk).update(phase=phase)
    from messaging.running import forget

    forget()
    assert send(counted_visitor, experiment.slug, "exposure").status_code == 409


def test_no_visitor_cookie_is_400(experiment):
    client = visitor_client()
    assert send(client, experiment.slug, "exposure").status_code == 400


def test_an_empty_body_is_fine_and_uses_the_primary_goal(experiment, counted_visitor):
    assert send(counted_visitor, experiment.slug, "exposure").status_code == 204
    assert send(counted_visitor, experiment.slug, "conversion").status_code == 204
    assert sorted(goal for _variant, goal in counts(experiment)) == ["cta", "exposure"]
