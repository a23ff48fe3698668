"""Only visitor ids the site issued are counted: the vib_visitor cookie carries the server's signature.

Made-up ids used to be counted like real ones, so anyone could inflate an experiment's numbers.
"""

import re
from http.cookies import SimpleCookie

import pytest
from django.core import signing
from django.db.models import Sum
from django.test import override_settings

from messaging.api import COUNTED_SALT
from messaging.assignment import (
    VISITOR_COOKIE,
    arm_for,
    issue_visitor_id,
    signed_visitor_cookie,
    visitor_id_from_cookie,
)
from messaging.models import ExperimentCount
from tests.messaging.conftest import CAMPAIGN, send, visitor_client

pytestmark = pytest.mark.django_db

VISITOR_ID = "0123456789abcdef0123456789abcdef"


def total_counted(experiment):
    return ExperimentCount.objects.filter(experiment=experiment).aggregate(n=Sum("count"))["n"] or 0


def variant_shown(response):
    return re.search(r'data-experiment="hero-ouders-vraag" data-variant="(\w)"', response.content.decode()).group(1)


def with_cookie(value):
    client = visitor_client()
    client.cookies[VISITOR_COOKIE] = value
    return client


def tampered(cookie):
    """The same cookie with the last character of its signature changed."""
    return cookie[:-1] + ("A" if cookie[-1] != "A" else "B")


def test_an_issued_cookie_is_short_cookie_safe_and_gives_back_its_id():
    cookie = signed_visitor_cookie(VISITOR_ID)
    assert cookie.startswith(VISITOR_ID + ":") and len(cookie) == 76
    jar = SimpleCookie()
    jar[VISITOR_COOKIE] = cookie
    assert jar[VISITOR_COOKIE].coded_value == cookie, "no quoting needed in a Cookie header"
    assert visitor_id_from_cookie(cookie) == VISITOR_ID
    fresh = issue_visitor_id()
    assert re.fullmatch(r"[0-9a-f]{32}", fresh) and fresh != issue_visitor_id()


def made_up_cookies():
    """Cookies a client could invent, each with its reason to be refused."""
    signed = signed_visitor_cookie(VISITOR_ID)
    other_id = "f" * 32
    return {
        "unsigned id": VISITOR_ID,
        "tampered signature": tampered(signed),
        "another id under this signature": other_id + signed[32:],
        "signature cut short": signed[:-1],
        "the vib_ab salt": signing.Signer(salt=COUNTED_SALT, algorithm="sha256").sign(VISITOR_ID),
        "no salt": signing.Signer(algorithm="sha256").sign(VISITOR_ID),
        "upper-case id": signed_visitor_cookie(VISITOR_ID.upper()),
        "empty": "",
    }


@pytest.mark.parametrize("reason", list(made_up_cookies()))
def test_a_beacon_with_a_made_up_cookie_is_refused_and_counts_nothing(experiment, reason):
    client = with_cookie(made_up_cookies()[reason])
    for kind, body in (("exposure", {"language": "nl"}), ("conversion", {"goal": "cta"})):
        response = send(client, experiment.slug, kind, body)
        assert response.status_code == 400, reason
        assert response.json() == {"error": "no valid visitor cookie"}
        assert "vib_ab" not in response.cookies
    assert total_counted(experiment) == 0


def test_an_id_signed_with_another_secret_key_is_refused(experiment):
    with override_settings(SECRET_KEY="another-site-" + "k" * 50):
        foreign = signed_visitor_cookie(VISITOR_ID)
    assert foreign != signed_visitor_cookie(VISITOR_ID)
    assert send(with_cookie(foreign), experiment.slug, "exposure").status_code == 400
    assert total_counted(experiment) == 0


def test_after_a_key_rotation_ids_signed_with_a_fallback_key_still_count(experiment, settings):
    old = signed_visitor_cookie(VISITOR_ID)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "the-new-key-" + "n" * 50
    assert send(with_cookie(old), experiment.slug, "exposure").status_code == 204
    assert total_counted(experiment) == 1


def test_a_valid_issued_id_is_counted_once_in_its_own_arm(experiment):
    client = visitor_client(VISITOR_ID)
    arm = arm_for(VISITOR_ID, experiment.salt, experiment.arm_keys(), experiment.weight_list())
    for _ in range(3):
        assert send(client, experiment.slug, "exposure", {"language": "nl"}).status_code == 204
    rows = list(ExperimentCount.objects.filter(experiment=experiment).values_list("variant", "goal", "count"))
    assert rows == [(arm, "exposure", 1)]


@pytest.mark.parametrize("reason", ["unsigned id", "tampered signature", "signature cut short"])
def test_a_page_visit_with_a_forged_cookie_gets_a_fresh_signed_id(experiment, reason):
    client = with_cookie(made_up_cookies()[reason])
    response = client.get(CAMPAIGN)
    fresh = response.cookies[VISITOR_COOKIE].value
    fresh_id = visitor_id_from_cookie(fresh)
    assert fresh_id is not None and fresh_id != VISITOR_ID, "a new id, not the forged one signed"
    assert variant_shown(response) == arm_for(
        fresh_id, experiment.salt, experiment.arm_keys(), experiment.weight_list()
    )
    # With the cookie the page gave it, the same browser is counted.
    assert send(client, experiment.slug, "exposure").status_code == 204
    assert total_counted(experiment) == 1


def test_a_page_visit_with_an_issued_cookie_keeps_it_and_its_arm(experiment):
    response = visitor_client(VISITOR_ID).get(CAMPAIGN)
    assert VISITOR_COOKIE not in response.cookies
    assert variant_shown(response) == arm_for(
        VISITOR_ID, experiment.salt, experiment.arm_keys(), experiment.weight_list()
    )
