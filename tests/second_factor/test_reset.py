"""A lost device: another admin resets the second factor in the admin, or an operator with the command."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.test import Client
from wagtail.models import ModelLogEntry

from tests.second_factor.conftest import enrol, sign_in_with_password

pytestmark = pytest.mark.django_db


def signed_in_with_code(user, password="another-long-password"):
    """A client signed in as `user` through password and code (enrolling first)."""
    client = Client()
    sign_in_with_password(client, username=user.username, password=password)
    enrol(client)
    return client


def refused(response):
    # Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard and a message.
    assert response.status_code == 302 and response["Location"] == "/admin/"


@pytest.fixture
def other_admin(django_user_model, second_factor_required):
    return django_user_model.objects.create_superuser("beheerder", "", "another-long-password")


def test_the_command_removes_the_factor_and_the_editor_enrols_again(enrolled_editor, editor, capsys):
    call_command("reset_second_factor", "redacteur")
    assert "removed" in capsys.readouterr().out
    assert not Authenticator.objects.filter(user=editor).exists()
    client = Client()
    response = sign_in_with_password(client)
    assert response["Location"] == "/admin/", "no code step without a factor"
    assert client.get("/admin/")["Location"].startswith("/account/2fa/totp/activate/")
    assert ModelLogEntry.objects.filter(action="second_factor.reset", object_id=str(editor.pk)).exists()


def test_the_command_names_an_unknown_user():
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("reset_second_factor", "nobody")


def test_another_admin_resets_it_in_the_admin(enrolled_editor, editor, other_admin):
    client = signed_in_with_code(other_admin)
    listing = client.get("/admin/users/").content.decode()
    assert f"/admin/second-factor/reset/{editor.pk}/" in listing
    page = client.get(f"/admin/second-factor/reset/{editor.pk}/")
    assert page.status_code == 200 and "redacteur" in page.content.decode()
    assert Authenticator.objects.filter(user=editor).exists(), "showing the confirmation changes nothing"
    response = client.post(f"/admin/second-factor/reset/{editor.pk}/")
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=editor).exists()
    entry = ModelLogEntry.objects.get(action="second_factor.reset", object_id=str(editor.pk))
    assert entry.user == other_admin
    history = Client(HTTP_ACCEPT_LANGUAGE="en")
    history.cookies = client.cookies
    assert "Second factor reset" in history.get("/admin/reports/site-history/").content.decode()


def test_an_editor_without_the_right_to_change_users_cannot_reset(
    enrolled_editor, editor, django_user_model, second_factor_required
):
    moderators = Group.objects.get(name="Moderators")
    colleague = django_user_model.objects.create_user("collega", "", "another-long-password")
    colleague.groups.add(moderators)
    client = signed_in_with_code(colleague)
    assert client.get("/admin/").status_code == 200
    refused(client.post(f"/admin/second-factor/reset/{editor.pk}/"))
    assert Authenticator.objects.filter(user=editor).exists()


def test_only_a_superuser_resets_a_superuser(enrolled_editor, editor, django_user_model, second_factor_required):
    user_admins = Group.objects.create(name="User admins")
    user_admins.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_user"),
    )
    user_admin = django_user_model.objects.create_user("gebruikersbeheer", "", "another-long-password")
    user_admin.groups.add(user_admins)
    client = signed_in_with_code(user_admin)
    assert f"/admin/second-factor/reset/{editor.pk}/" not in client.get("/admin/users/").content.decode()
    refused(client.post(f"/admin/second-factor/reset/{editor.pk}/"))
    assert Authenticator.objects.filter(user=editor).exists()


def test_an_admin_session_without_a_code_cannot_reset(enrolled_editor, editor, other_admin):
    client = Client()
    client.force_login(other_admin)  # password-only session
    response = client.post(f"/admin/second-factor/reset/{editor.pk}/")
    assert response.status_code == 302 and response["Location"].startswith("/account/2fa/")
    assert Authenticator.objects.filter(user=editor).exists()
