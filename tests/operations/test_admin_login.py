"""Signing in pauses after five wrong passwords, and the admin can live at another path.

The sign-in is allauth's (/account/login/); the code step is tested in tests/second_factor/.
"""

import pytest
from django.core.management import call_command
from django.test import Client

from core.client_address import login_client_address

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "redacteur", "", "correct-horse-battery", is_staff=True, is_superuser=True
    )


def sign_in(client, password, username="redacteur", **headers):
    return client.post("/account/login/", {"login": username, "password": password}, **headers)


def test_five_wrong_passwords_pause_signing_in_even_with_the_right_one(editor):
    client = Client()
    for _ in range(4):
        assert sign_in(client, "wrong").status_code == 200  # the form again, with its error
    response = sign_in(client, "wrong")
    assert response.status_code == 429
    response = sign_in(client, "correct-horse-battery", HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 429
    assert "Inloggen staat even stil" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_pause_is_explained_in_english_too(editor):
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    for _ in range(5):
        sign_in(client, "wrong")
    response = sign_in(client, "correct-horse-battery")
    assert response.status_code == 429
    assert "Signing in is paused" in response.content.decode()


def test_a_successful_sign_in_clears_earlier_mistakes(editor):
    client = Client()
    for _ in range(4):
        sign_in(client, "wrong")
    assert sign_in(client, "correct-horse-battery").status_code == 302
    client.logout()
    for _ in range(4):
        assert sign_in(client, "wrong").status_code == 200
    assert sign_in(client, "correct-horse-battery").status_code == 302


def test_axes_reset_unlocks_at_once(editor):
    client = Client()
    for _ in range(5):
        sign_in(client, "wrong")
    call_command("axes_reset", verbosity=0)
    assert sign_in(client, "correct-horse-battery").status_code == 302


class FakeRequest:
    def __init__(self, **meta):
        self.META = meta


def test_behind_one_proxy_the_address_is_the_one_nginx_saw(settings):
    settings.LOGIN_PROXY_COUNT = 1
    # The client claims 6.6.6.6; nginx appended the address it really saw.
    request = FakeRequest(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9")
    assert login_client_address(request) == "203.0.113.9"
    assert (
        login_client_address(FakeRequest(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")) == "203.0.113.9"
    )


def test_without_a_proxy_a_forwarded_header_is_ignored(settings):
    settings.LOGIN_PROXY_COUNT = 0
    request = FakeRequest(REMOTE_ADDR="198.51.100.4", HTTP_X_FORWARDED_FOR="6.6.6.6")
    assert login_client_address(request) == "198.51.100.4"


def test_the_admin_path_can_be_moved_away_from_admin():
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import django; django.setup(); from django.urls import reverse, resolve, Resolver404;"
        "from django.test import Client;"
        "r = Client().get('/beheer/'); login = Client().get('/beheer/login/');"
        "old = 'gone';\ntry:\n    old = resolve('/admin/').url_name\nexcept Resolver404:\n    pass\n"
        "print(reverse('wagtailadmin_home'), r.status_code, r['Location'], login['Location'], old)"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "campaign.settings.test", "WAGTAIL_ADMIN_PATH": "beheer"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    home, status, location, old_login, old = result.stdout.split()
    assert home == "/beheer/"
    assert (status, location) == ("302", "/account/login/?next=/beheer/")
    assert old_login == "/account/login/", "Wagtail's own login form is replaced by the sign-in"
    assert old == "gone", "/admin/ is no longer the admin"
