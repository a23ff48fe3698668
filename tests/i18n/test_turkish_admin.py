"""An editor who picks Turkish gets the admin in Turkish, also where Wagtail's own Turkish falls short.

locale/tr makes Turkish one of the admin's languages (WAGTAILADMIN_PERMITTED_LANGUAGES). Two strings
come from packages without a right Turkish of their own: modeltranslation's toggle above translated
fields has no Turkish at all, and Wagtail's Turkish submit button says "Gönderildi" ("submitted").
The project catalogue carries both, as it does for Dutch.
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def turkish_editor(client, home_page):
    editor = get_user_model().objects.create_superuser("editor-tr", "tr@example.org", "x-long-password-1")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "tr"
    profile.save()
    client.force_login(editor, backend="django.contrib.auth.backends.ModelBackend")
    return client


def test_turkish_is_one_of_the_admin_languages():
    assert "tr" in [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES]


def test_the_page_editor_in_turkish_names_the_language_toggle_and_the_submit_button_in_turkish(
    turkish_editor, home_page
):
    html = turkish_editor.get(f"/admin/pages/{home_page.pk}/edit/").content.decode()
    assert "viewEditString: 'Alanları görüntüle ve düzenle'" in html
    assert "View / edit fields for" not in html
    assert "Onaya gönder (" in html
    assert "Gönderildi" not in html
