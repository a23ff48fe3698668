"""django-axes pauses signing in after five mistakes, at the password step and at the code step."""

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import Client

from tests.second_factor.conftest import sign_in_with_password
from tests.second_factor.totp import totp, wrong_code

pytestmark = pytest.mark.django_db


def test_five_wrong_passwords_pause_signing_in_even_with_the_right_one(enrolled_editor):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    for _ in range(4):
        assert sign_in_with_password(client, password="wrong").status_code == 200
    assert sign_in_with_password(client, password="wrong").status_code == 429
    response = sign_in_with_password(client)
    assert response.status_code == 429
    assert "Inloggen staat even stil" in response.content.decode()


def test_five_wrong_codes_pause_signing_in_even_with_the_right_code(enrolled_editor):
    secret, codes = enrolled_editor
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    assert sign_in_with_password(client)["Location"] == "/account/2fa/authenticate/"
    wrong = wrong_code(secret)
    for _ in range(4):
        assert client.post("/account/2fa/authenticate/", {"code": wrong}).status_code == 200
    assert client.post("/account/2fa/authenticate/", {"code": wrong}).status_code == 429
    assert AccessAttempt.objects.get(username="redacteur").failures_since_start == 5
    for code in (totp(secret), codes[0]):
        response = client.post("/account/2fa/authenticate/", {"code": code})
        assert response.status_code == 429
        assert "Signing in is paused" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_wrong_code_counts_for_the_user_name_from_another_address_too(enrolled_editor):
    secret, _codes = enrolled_editor
    for address in ("198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4", "198.51.100.5"):
        client = Client(REMOTE_ADDR=address)
        sign_in_with_password(client)
        client.post("/account/2fa/authenticate/", {"code": wrong_code(secret)})
    client = Client(REMOTE_ADDR="198.51.100.6")
    assert sign_in_with_password(client).status_code == 429


def test_the_right_code_clears_earlier_mistakes(enrolled_editor):
    secret, _codes = enrolled_editor
    client = Client()
    sign_in_with_password(client)
    for _ in range(3):
        client.post("/account/2fa/authenticate/", {"code": wrong_code(secret)})
    assert client.post("/account/2fa/authenticate/", {"code": totp(secret)})["Location"] == "/admin/"
    assert not AccessAttempt.objects.filter(username="redacteur").exists()


def test_axes_reset_unlocks_the_code_step(enrolled_editor):
    secret, _codes = enrolled_editor
    client = Client()
    sign_in_with_password(client)
    for _ in range(5):
        client.post("/account/2fa/authenticate/", {"code": wrong_code(secret)})
    call_command("axes_reset", verbosity=0)
    assert client.post("/account/2fa/authenticate/", {"code": totp(secret)})["Location"] == "/admin/"
