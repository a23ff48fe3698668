"""The admin in Dutch says Dutch, and only what is true.

Each of these once reached a Dutch editor in English or promised what did not happen: the language
toggle above translated fields ("View / edit fields for"), the submit button ("Stuur door naar
Moderators approval"), the slot list ("Live: True") and the sign-in page, which promised a code
where none is asked.
"""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Workflow
from wagtail.users.models import UserProfile

from tests import factories

pytestmark = pytest.mark.django_db
DUTCH = {"HTTP_ACCEPT_LANGUAGE": "nl"}


@pytest.fixture
def dutch_editor(client, home_page):
    editor = get_user_model().objects.create_superuser("redacteur-nl", "nl@example.org", "x-long-password-1")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "nl"
    profile.save()
    client.force_login(editor, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_the_page_workflow_has_a_dutch_name_and_the_submit_button_reads_as_dutch(dutch_editor, home_page):
    assert set(Workflow.objects.values_list("name", flat=True)) >= {"Pagina's goedkeuren"}
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    html = dutch_editor.get(f"/admin/pages/{home_page.pk}/edit/").content.decode()
    assert "Ter goedkeuring sturen (Pagina&#x27;s goedkeuren)" in html
    assert "Moderators approval" not in html and "Stuur door naar" not in html


def test_the_language_toggle_above_translated_fields_is_dutch(dutch_editor, home_page):
    html = dutch_editor.get(f"/admin/pages/{home_page.pk}/edit/").content.decode()
    assert "viewEditString: 'Velden bekijken en bewerken in'" in html
    assert "View / edit fields for" not in html


def test_the_slot_list_shows_a_dutch_status_tag_not_true(dutch_editor):
    factories.MessageSlotFactory(key="status-in-list", name="Hero status")
    html = dutch_editor.get("/admin/snippets/messaging/messageslot/").content.decode()
    assert "Hero status" in html
    assert "True" not in html and "False" not in html
    assert "w-status" in html  # Wagtail's live/draft tag


@pytest.mark.parametrize(
    "required, promise",
    [
        (True, "Na je wachtwoord vul je een code in uit je authenticator-app."),
        (False, "Heb je een authenticator-app ingesteld? Dan vul je na je wachtwoord een code uit die app in."),
    ],
)
def test_the_sign_in_page_promises_a_code_only_when_one_is_asked(client, settings, required, promise):
    settings.ADMIN_REQUIRE_SECOND_FACTOR = required
    html = client.get("/account/login/", **DUTCH).content.decode()
    assert promise in html
    other = "Heb je een authenticator-app ingesteld?" if required else "Na je wachtwoord vul je een code in"
    assert other not in html
