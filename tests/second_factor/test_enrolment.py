"""Before the admin opens, an editor enrols a second factor; recovery codes are shown at once."""

import pytest
from django.test import Client

from tests.second_factor.conftest import enrol, sign_in_with_password
from tests.second_factor.totp import totp, wrong_code

pytestmark = pytest.mark.django_db


def test_without_a_second_factor_the_admin_sends_the_editor_to_enrol(editor, second_factor_required):
    client = Client()
    client.force_login(editor)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/account/2fa/totp/activate/?next=%2Fadmin%2Fpages%2F"


def test_with_the_setting_off_a_password_is_enough(editor, settings):
    settings.ADMIN_REQUIRE_SECOND_FACTOR = False
    client = Client()
    sign_in_with_password(client)
    assert client.get("/admin/").status_code == 200


def test_the_public_site_is_not_affected(editor, second_factor_required):
    client = Client()
    client.force_login(editor)
    assert client.get("/nl/").status_code == 200


def test_enrolling_shows_recovery_codes_then_opens_the_admin(editor, second_factor_required):
    client = Client()
    response = sign_in_with_password(client, next_url="/admin/")
    assert response["Location"] == "/admin/"
    assert client.get("/admin/")["Location"].startswith("/account/2fa/totp/activate/")
    secret, codes = enrol(client)
    assert len(secret) >= 16
    assert len(codes) == 10 and all(code.isdigit() and len(code) == 8 for code in codes)
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_does_not_enrol(editor, second_factor_required):
    client = Client()
    sign_in_with_password(client)
    page = client.get("/account/2fa/totp/activate/").content.decode()
    secret = page.split('id="authenticator_secret"')[1].split('value="')[1].split('"')[0]
    response = client.post("/account/2fa/totp/activate/", {"code": wrong_code(secret)})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert client.get("/admin/")["Location"].startswith("/account/2fa/totp/activate/")
    assert client.post("/account/2fa/totp/activate/", {"code": totp(secret)}).status_code == 302


def test_an_editor_who_enrolled_but_signed_in_by_password_alone_enters_a_code(enrolled_editor, editor, settings):
    secret, _codes = enrolled_editor
    client = Client()
    client.force_login(editor)  # a session from before the setting was switched on
    response = client.get("/admin/")
    assert response["Location"] == "/account/2fa/reauthenticate/?next=%2Fadmin%2F"
    response = client.post("/account/2fa/reauthenticate/?next=%2Fadmin%2F", {"code": totp(secret)})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_signing_out_of_the_admin_is_open_before_enrolling(editor, second_factor_required):
    client = Client()
    client.force_login(editor)
    response = client.post("/admin/logout/")
    assert response.status_code == 302 and response["Location"] == "/account/login/"
    assert "_auth_user_id" not in client.session


def test_the_account_page_shows_the_factor_and_the_recovery_codes_left(editor, second_factor_required):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    sign_in_with_password(client)
    enrol(client)
    page = client.get("/account/2fa/")
    assert page.status_code == 200
    text = page.content.decode()
    assert '<html lang="nl">' in text and "Herstelcodes" in text and "Naar de beheeromgeving" in text
