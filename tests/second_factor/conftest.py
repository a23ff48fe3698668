"""Editors and sign-in steps for the second-factor tests: through the real screens, as a browser would."""

import re

import pytest
from django.test import Client

from tests.second_factor.totp import totp

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def second_factor_required(settings):
    settings.ADMIN_REQUIRE_SECOND_FACTOR = True


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("redacteur", "", PASSWORD, is_staff=True, is_superuser=True)


def sign_in_with_password(client, username="redacteur", password=PASSWORD, next_url=None, **headers):
    data = {"login": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post("/account/login/", data, **headers)


def enrol(client):
    """Enrol an authenticator app on the signed-in client; returns (secret, recovery codes)."""
    page = client.get("/account/2fa/totp/activate/").content.decode()
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', page)
    secret = secret or re.search(r'value="([A-Z2-7]+)"[^>]*id="authenticator_secret"', page)
    secret = secret.group(1)
    response = client.post("/account/2fa/totp/activate/", {"code": totp(secret)})
    assert response.status_code == 302, response.content.decode()
    codes_page = client.get(response["Location"]).content.decode()
    codes = re.search(r'<textarea[^>]*id="recovery_codes"[^>]*>(.*?)</textarea>', codes_page, re.S).group(1).split()
    return secret, codes


@pytest.fixture
def enrolled_editor(editor, second_factor_required):
    """The editor with an authenticator app, enrolled through the screens; returns (secret, codes)."""
    client = Client()
    sign_in_with_password(client)
    secret, codes = enrol(client)
    client.post("/account/logout/")
    return secret, codes
