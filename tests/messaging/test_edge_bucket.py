"""The site side of the edge A/B bucket (messaging/assignment.py): X-VIB-Bucket is believed only
with the shared secret in X-VIB-Edge; then the bucket decides the arm, pages say which experiments
they used, and the beacon gives a visitor the edge served a signed id in that bucket. Without the
secret everything works as before. (The VCL itself is not tested here.)"""

import re

import pytest

from messaging.assignment import (
    EDGE_BUCKETS,
    VISITOR_COOKIE,
    arm_for,
    arm_for_bucket,
    edge_bucket_of_id,
    issue_visitor_id_in_bucket,
    visitor_id_from_cookie,
)
from messaging.models import ExperimentCount
from tests.messaging.conftest import CAMPAIGN, send, visitor_client

pytestmark = pytest.mark.django_db

SECRET = "edge-test-secret-5b1c0e"
VISITOR_ID = "0123456789abcdef0123456789abcdef"


def variant_shown(response):
    assert response.status_code == 200
    return re.search(r'data-experiment="hero-ouders-vraag" data-variant="(\w)"', response.content.decode()).group(1)


def split_of(experiment):
    return experiment.salt, experiment.arm_keys(), experiment.weight_list()


def bucket_with_arm(experiment, wanted):
    """A bucket whose arm is ``wanted``, so a test can tell the bucket's arm from the id's."""
    return next(n for n in range(EDGE_BUCKETS) if arm_for_bucket(n, *split_of(experiment)) == wanted)


def other_arm(experiment, arm):
    return next(key for key in experiment.arm_keys() if key != arm)


def edge_headers(bucket, secret=SECRET, source=None):
    headers = {"HTTP_X_VIB_BUCKET": str(bucket)}
    if secret is not None:
        headers["HTTP_X_VIB_EDGE"] = secret
    if source is not None:
        headers["HTTP_X_VIB_BUCKET_SOURCE"] = source
    return headers


def counts(experiment):
    return {(row.variant, row.goal): row.count for row in ExperimentCount.objects.filter(experiment=experiment)}


# -- trusting the header ----------------------------------------------------------------------


@pytest.mark.parametrize("sent_secret", [None, "", SECRET])
def test_without_the_setting_the_bucket_header_is_ignored(settings, experiment, sent_secret):
    settings.EDGE_SHARED_SECRET = ""
    own_arm = arm_for(VISITOR_ID, *split_of(experiment))
    bucket = bucket_with_arm(experiment, other_arm(experiment, own_arm))
    client = visitor_client(VISITOR_ID)
    assert variant_shown(client.get(CAMPAIGN)) == own_arm
    assert variant_shown(client.get(CAMPAIGN, **edge_headers(bucket, secret=sent_secret))) == own_arm


@pytest.mark.parametrize("sent_secret", [None, "", "wrong", SECRET[:-1], SECRET + "x"])
def test_a_wrong_or_missing_edge_secret_is_ignored(settings, experiment, sent_secret):
    settings.EDGE_SHARED_SECRET = SECRET
    own_arm = arm_for(VISITOR_ID, *split_of(experiment))
    bucket = bucket_with_arm(experiment, other_arm(experiment, own_arm))
    response = visitor_client(VISITOR_ID).get(CAMPAIGN, **edge_headers(bucket, secret=sent_secret))
    assert variant_shown(response) == own_arm


def test_with_the_right_secret_the_bucket_decides_the_arm(settings, experiment):
    settings.EDGE_SHARED_SECRET = SECRET
    own_arm = arm_for(VISITOR_ID, *split_of(experiment))
    for wanted in experiment.arm_keys():
        bucket = bucket_with_arm(experiment, wanted)
        response = visitor_client(VISITOR_ID).get(CAMPAIGN, **edge_headers(bucket))
        assert variant_shown(response) == wanted, f"bucket {bucket}, the id alone would give {own_arm}"


def test_bucket_none_gets_the_control(settings, experiment):
    settings.EDGE_SHARED_SECRET = SECRET
    control = experiment.arm_keys()[0]
    visitor_id = next(f"{n:032x}" for n in range(1000) if arm_for(f"{n:032x}", *split_of(experiment)) != control)
    response = visitor_client(visitor_id).get(CAMPAIGN, **edge_headers("none"))
    assert variant_shown(response) == control


@pytest.mark.parametrize("bad_bucket", ["300", "256", "abc", "-1", "", "1.5", "12 3", "0x10", "none;1"])
def test_a_malformed_bucket_is_ignored_without_an_error(settings, experiment, bad_bucket):
    settings.EDGE_SHARED_SECRET = SECRET
    own_arm = arm_for(VISITOR_ID, *split_of(experiment))
    response = visitor_client(VISITOR_ID).get(CAMPAIGN, **edge_headers(bad_bucket))
    assert variant_shown(response) == own_arm  # as without the edge; 200, not a 500
    beacon = send(
        visitor_client(VISITOR_ID), experiment.slug, "exposure", {"language": "nl"}, **edge_headers(bad_bucket)
    )
    assert beacon.status_code == 204
    assert counts(experiment) == {(own_arm, "exposure"): 1}


# -- the arm of a bucket ----------------------------------------------------------------------


@pytest.mark.parametrize("weights", [[50, 50], [20, 80], [34, 33, 33], [10, 20, 30, 40], [1, 99]])
def test_buckets_split_by_the_weights_within_one_bucket(weights):
    keys = list("abcd"[: len(weights)])
    arms = [arm_for_bucket(n, "edge-split-salt", keys, weights) for n in range(EDGE_BUCKETS)]
    for key, weight in zip(keys, weights, strict=True):
        share = arms.count(key) / EDGE_BUCKETS
        assert abs(share - weight / sum(weights)) <= 1 / EDGE_BUCKETS, f"{key}: {share} for weight {weight}"


def test_two_experiments_split_the_buckets_differently():
    keys, weights = ["a", "b"], [50, 50]
    first = [arm_for_bucket(n, "salt-one", keys, weights) for n in range(EDGE_BUCKETS)]
    second = [arm_for_bucket(n, "salt-two", keys, weights) for n in range(EDGE_BUCKETS)]
    assert first != second
    # Not merely mirrored either: knowing one arm tells little about the other.
    same = sum(a == b for a, b in zip(first, second, strict=True))
    assert 64 < same < 192


@pytest.mark.parametrize("number", [0, 1, 17, 128, 254, 255])
def test_an_id_issued_in_a_bucket_lands_in_that_bucket(number):
    visitor_id = issue_visitor_id_in_bucket(number)
    assert re.fullmatch(r"[0-9a-f]{32}", visitor_id)
    assert edge_bucket_of_id(visitor_id) == number
    assert issue_visitor_id_in_bucket(number) != visitor_id  # random, not one fixed id per bucket


# -- what pages tell the edge ------------------------------------------------------------------


@pytest.mark.parametrize("behind_edge", [False, True])
def test_a_page_with_a_running_experiment_declares_it_and_varies_on_the_bucket(settings, experiment, behind_edge):
    settings.EDGE_SHARED_SECRET = SECRET
    headers = edge_headers(7) if behind_edge else {}
    client = visitor_client()
    for _ in range(2):  # rendered, then (same variant) from the app's page cache
        response = client.get(CAMPAIGN, **headers)
        assert response.status_code == 200
        assert response["X-VIB-Experiments"] == experiment.slug
        vary = [part.strip().lower() for part in response.get("Vary", "").split(",")]
        assert "x-vib-bucket" in vary
        assert "cookie" not in vary


def test_a_page_without_an_experiment_declares_nothing(settings):
    settings.EDGE_SHARED_SECRET = SECRET
    for headers in ({}, edge_headers(7)):
        response = visitor_client().get("/nl/hulp/", **headers)
        assert response.status_code == 200
        assert "X-VIB-Experiments" not in response
        assert "x-vib-bucket" not in response.get("Vary", "").lower()


# -- the beacon behind the edge ---------------------------------------------------------------


def test_a_beacon_from_an_edge_visitor_counts_once_and_issues_an_id_in_its_bucket(settings, experiment):
    settings.EDGE_SHARED_SECRET = SECRET
    arm = other_arm(experiment, experiment.arm_keys()[0])  # not the control: the bucket must count
    bucket = bucket_with_arm(experiment, arm)
    client = visitor_client()  # no vib_visitor yet: the edge served the page, the site never saw it
    first = send(client, experiment.slug, "exposure", {"language": "nl"}, **edge_headers(bucket, source="cookie"))
    assert first.status_code == 204
    assert counts(experiment) == {(arm, "exposure"): 1}
    cookie = first.cookies[VISITOR_COOKIE]
    visitor_id = visitor_id_from_cookie(cookie.value)
    assert visitor_id is not None, "the new cookie carries the site's signature"
    assert edge_bucket_of_id(visitor_id) == bucket  # so the edge keeps giving this visitor the same arm
    assert cookie["httponly"] and cookie["samesite"] == "Lax"

    # The same visitor again, now with the signed id (the edge derives the same bucket from it).
    second = send(client, experiment.slug, "exposure", {"language": "nl"}, **edge_headers(bucket, source="visitor"))
    assert second.status_code == 204
    assert VISITOR_COOKIE not in second.cookies
    assert counts(experiment) == {(arm, "exposure"): 1}


def test_a_beacon_with_a_bucket_the_edge_just_drew_is_refused(settings, experiment):
    settings.EDGE_SHARED_SECRET = SECRET
    client = visitor_client()
    response = send(client, experiment.slug, "exposure", {"language": "nl"}, **edge_headers(3, source="new"))
    assert response.status_code == 400
    assert VISITOR_COOKIE not in response.cookies
    assert counts(experiment) == {}


def test_a_beacon_with_an_untrusted_bucket_cookie_is_refused(settings, experiment):
    settings.EDGE_SHARED_SECRET = SECRET
    client = visitor_client()
    response = send(client, experiment.slug, "exposure", {"language": "nl"}, **edge_headers(3, "wrong", "cookie"))
    assert response.status_code == 400
    assert counts(experiment) == {}
