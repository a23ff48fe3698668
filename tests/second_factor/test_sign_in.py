"""Signing in: password, then a code; Wagtail's password-only form is gone; in Dutch and English."""

import pytest
from django.test import Client

from tests.second_factor.conftest import PASSWORD, sign_in_with_password
from tests.second_factor.totp import totp, wrong_code

pytestmark = pytest.mark.django_db


def test_password_then_code_then_the_admin(enrolled_editor):
    secret, _codes = enrolled_editor
    client = Client()
    response = sign_in_with_password(client, next_url="/admin/pages/")
    assert response["Location"] == "/account/2fa/authenticate/"
    assert "_auth_user_id" not in client.session, "the password alone does not sign in"
    assert client.get("/admin/").status_code == 302
    response = client.post("/account/2fa/authenticate/", {"code": totp(secret)})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_is_refused(enrolled_editor):
    secret, _codes = enrolled_editor
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    sign_in_with_password(client)
    response = client.post("/account/2fa/authenticate/", {"code": wrong_code(secret)})
    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_recovery_code_works_once(enrolled_editor):
    _secret, codes = enrolled_editor
    client = Client()
    sign_in_with_password(client)
    response = client.post("/account/2fa/authenticate/", {"code": codes[0]})
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    client.post("/account/logout/")

    again = Client()
    sign_in_with_password(again)
    response = again.post("/account/2fa/authenticate/", {"code": codes[0]})
    assert response.status_code == 200
    assert "_auth_user_id" not in again.session
    assert again.post("/account/2fa/authenticate/", {"code": codes[1]})["Location"] == "/admin/"


def test_a_wrong_password_is_refused(enrolled_editor):
    client = Client()
    response = sign_in_with_password(client, password="not-the-password")
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


def test_the_wagtail_login_form_is_replaced_by_the_sign_in(editor, second_factor_required):
    client = Client()
    assert client.get("/admin/")["Location"] == "/account/login/?next=/admin/"
    assert client.get("/admin/login/?next=/admin/pages/")["Location"] == "/account/login/?next=/admin/pages/"
    response = client.post("/admin/login/", {"username": "redacteur", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    assert "_auth_user_id" not in client.session


def test_nobody_can_sign_up(db, django_user_model):
    client = Client()
    client.post(
        "/account/signup/", {"username": "stranger", "password1": "x-long-pass-123", "password2": "x-long-pass-123"}
    )
    assert not django_user_model.objects.filter(username="stranger").exists()
    assert "Sign Up Closed" in Client(HTTP_ACCEPT_LANGUAGE="en").get("/account/signup/").content.decode()


def test_signing_out_ends_the_session(enrolled_editor):
    secret, _codes = enrolled_editor
    client = Client()
    sign_in_with_password(client)
    client.post("/account/2fa/authenticate/", {"code": totp(secret)})
    response = client.post("/account/logout/")
    assert response["Location"] == "/account/login/"
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize(("language", "words"), [("nl", ["Inloggen", "Wachtwoord"]), ("en", ["Sign in", "Password"])])
def test_the_sign_in_screens_speak_the_visitors_language(enrolled_editor, language, words):
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    page = client.get("/account/login/").content.decode()
    assert f'<html lang="{language}">' in page
    for word in words:
        assert word in page
    sign_in_with_password(client)
    code_page = client.get("/account/2fa/authenticate/").content.decode()
    assert f'<html lang="{language}">' in code_page
    assert ("Twee-factor-authenticatie" if language == "nl" else "Two-Factor Authentication") in code_page


def test_the_sign_in_screens_have_the_strict_content_security_policy(db):
    response = Client().get("/account/login/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "<script>" not in response.content.decode() and "style=" not in response.content.decode()
