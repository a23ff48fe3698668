"""Every count lands on the arm the visitor saw: the page, the exposure and conversion beacons and
the guardrail beacon all take the arm from one decision (the request's ExperimentAssignment.arm), without the edge (the
signed id decides) and behind it (the trusted X-VIB-Bucket decides, and the id's own arm may differ).

Issue 24: the guardrail beacon used to recompute the arm from the id alone, so behind the edge about
half of the quick exits and help-seeking were counted on the other arm."""

import re

import pytest

from messaging.assignment import (
    EDGE_BUCKETS,
    VISITOR_COOKIE,
    arm_for,
    arm_for_bucket,
    edge_bucket_of_id,
    visitor_id_from_cookie,
)
from messaging.models import ExperimentCount, GuardrailCount
from tests.messaging.conftest import CAMPAIGN, send, visitor_client

pytestmark = pytest.mark.django_db

SECRET = "edge-test-secret-5b1c0e"
GUARDRAIL = "/api/ab/guardrail"


def split_of(experiment):
    return experiment.salt, experiment.arm_keys(), experiment.weight_list()


def edge_headers(bucket, source):
    return {"HTTP_X_VIB_BUCKET": str(bucket), "HTTP_X_VIB_EDGE": SECRET, "HTTP_X_VIB_BUCKET_SOURCE": source}


def variant_shown(response):
    assert response.status_code == 200
    return re.search(r'data-experiment="hero-ouders-vraag" data-variant="(\w)"', response.content.decode()).group(1)


def counted(experiment):
    """{(arm, goal or event): count} of both counters."""
    rows = {(r.variant, r.goal): r.count for r in ExperimentCount.objects.filter(experiment=experiment)}
    rows.update({(r.variant, r.event): r.count for r in GuardrailCount.objects.filter(experiment=experiment)})
    return rows


def beacons(client, experiment, **headers):
    """Exposure, conversion (the button) and a quick exit, as site.js sends them; each must be 204."""
    assert send(client, experiment.slug, "exposure", {"language": "nl"}, **headers).status_code == 204
    assert send(client, experiment.slug, "conversion", {"goal": "cta", "language": "nl"}, **headers).status_code == 204
    quick_exit = client.post(GUARDRAIL, '{"event": "quick_exit", "language": "nl"}', "text/plain", **headers)
    assert quick_exit.status_code == 204
    help_call = client.post(GUARDRAIL, '{"event": "helpline_call", "language": "nl"}', "text/plain", **headers)
    assert help_call.status_code == 204


def one_visitor_each(arm):
    return {(arm, row): 1 for row in ("exposure", "cta", "quick_exit", "helpline_call", "help_seeking")}


def test_without_the_edge_every_count_is_on_the_arm_the_page_showed(settings, experiment):
    settings.EDGE_SHARED_SECRET = ""
    for _ in range(12):
        ExperimentCount.objects.all().delete()
        GuardrailCount.objects.all().delete()
        client = visitor_client()
        arm = variant_shown(client.get(CAMPAIGN))  # the page issues the signed id
        beacons(client, experiment)
        assert counted(experiment) == one_visitor_each(arm)


def test_behind_the_edge_a_visitor_whose_id_alone_gives_the_other_arm_is_counted_on_the_bucket_arm(
    settings, experiment
):
    """The case the old guardrail beacon got wrong: the edge shows the bucket's arm, the id's own
    arm (arm_for) is the other one; every counter must follow the page."""
    settings.EDGE_SHARED_SECRET = SECRET
    salt, keys, weights = split_of(experiment)
    visitor_id = next(
        f"{n:032x}"
        for n in range(10_000)
        if arm_for(f"{n:032x}", salt, keys, weights)
        != arm_for_bucket(edge_bucket_of_id(f"{n:032x}"), *split_of(experiment))
    )
    bucket = edge_bucket_of_id(visitor_id)  # what varnishd computes from the signed cookie
    client = visitor_client(visitor_id)
    shown = variant_shown(client.get(CAMPAIGN, **edge_headers(bucket, "visitor")))
    assert shown == arm_for_bucket(bucket, salt, keys, weights) != arm_for(visitor_id, salt, keys, weights)
    beacons(client, experiment, **edge_headers(bucket, "visitor"))
    assert counted(experiment) == one_visitor_each(shown)


@pytest.mark.parametrize("bucket", range(0, EDGE_BUCKETS, 8))
def test_behind_the_edge_a_new_visitor_is_counted_on_its_bucket_arm_everywhere(settings, experiment, bucket):
    """As varnishd does it: the page for a bucket drawn at random, the exposure beacon with the edge's
    vib_bucket cookie (the site issues an id in that bucket), then the signed id's bucket."""
    settings.EDGE_SHARED_SECRET = SECRET
    client = visitor_client()
    shown = variant_shown(client.get(CAMPAIGN, **edge_headers(bucket, "new")))
    first = send(client, experiment.slug, "exposure", {"language": "nl"}, **edge_headers(bucket, "cookie"))
    assert first.status_code == 204
    visitor_id = visitor_id_from_cookie(first.cookies[VISITOR_COOKIE].value)
    assert edge_bucket_of_id(visitor_id) == bucket
    later = edge_headers(bucket, "visitor")
    assert variant_shown(client.get(CAMPAIGN, **later)) == shown
    assert send(client, experiment.slug, "conversion", {"goal": "cta"}, **later).status_code == 204
    for event in ("quick_exit", "helpline_call"):
        assert client.post(GUARDRAIL, f'{{"event": "{event}"}}', "text/plain", **later).status_code == 204
    assert counted(experiment) == one_visitor_each(shown)
