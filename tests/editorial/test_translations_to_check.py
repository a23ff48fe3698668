"""A demo (machine-assisted) translation is marked until a native speaker has checked it (issue 29).

The mark is editorial.TranslationToCheck: the translation report shows it in the language's column,
the edit form says it at the top, and "Checked" in the report removes it; visitors see the text as it is.
"""

from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission

from editorial.models import TranslationToCheck
from editorial.translation_status import translated_fields, translation_items
from pages.models import HelpService
from tests import factories

pytestmark = pytest.mark.django_db

REPORT = "/admin/editorial/translations/"
MARK = "Demovertaling, nog te controleren door iemand met die moedertaal"


@pytest.fixture
def turkish_service(home_page):
    """A help service with every text in Turkish too (nothing missing), its Turkish marked as a demo translation."""
    service = factories.HelpServiceFactory(name_nl="Kindertelefoon", name="Kindertelefoon")
    for name in translated_fields(HelpService):
        setattr(service, f"{name}_tr", getattr(service, f"{name}_nl"))
    service.save()
    TranslationToCheck.mark(service, "tr")
    return service


def row_for(response, title):
    return next(statuses for item, statuses in response.context["rows"] if item.title == title)


def test_a_marked_translation_shows_in_its_own_column_until_an_editor_presses_checked(admin_client, turkish_service):
    listed = {item.title: item for item in translation_items(language="tr")}
    assert "tr" not in listed["Kindertelefoon"].missing and "tr" in listed["Kindertelefoon"].to_check
    response = admin_client.get(REPORT)
    statuses = {code: (missing, mark) for code, missing, _outdated, mark in row_for(response, "Kindertelefoon")}
    assert not statuses["tr"][0] and statuses["tr"][1]  # nothing missing in Turkish, but still to check
    assert statuses["ar"][0] and not statuses["ar"][1]  # Arabic is simply missing
    row = next(
        tr for tr in BeautifulSoup(response.content, "html.parser").select("tbody tr") if "Kindertelefoon" in tr.text
    )
    turkish, arabic = row.select_one('td[data-language="tr"]'), row.select_one('td[data-language="ar"]')
    assert MARK in turkish.text and turkish.find("button", string="Gecontroleerd")
    assert MARK not in arabic.text and not arabic.find("button")

    mark = TranslationToCheck.objects.get()
    after = admin_client.post(f"/admin/editorial/translations/{mark.pk}/checked/", {"next": f"{REPORT}?language=tr"})
    assert after.status_code == 302 and after["Location"] == f"{REPORT}?language=tr"
    assert not TranslationToCheck.objects.exists()
    # Fully translated and checked: nothing left to do in Turkish.
    assert "Kindertelefoon" not in [item.title for item in translation_items(language="tr")]
    page = unescape(admin_client.get(after["Location"]).content.decode())
    assert "Het Turks van “Kindertelefoon” is gemarkeerd als gecontroleerd." in page
    assert turkish_service.description_tr  # the text itself stays


def test_the_edit_form_says_which_languages_still_need_a_native_speaker(admin_client, turkish_service, home_page):
    TranslationToCheck.mark(turkish_service, "ar")
    form = unescape(admin_client.get(f"/admin/snippets/pages/helpservice/edit/{turkish_service.pk}/").content.decode())
    assert "Turks en Arabisch: demovertaling, nog te controleren door iemand met die moedertaal." in form
    hub = factories.AudienceHubPageFactory(parent=home_page, audience="parents")
    assert "demovertaling" not in admin_client.get(f"/admin/pages/{hub.pk}/edit/").content.decode()
    TranslationToCheck.mark(hub, "ar")
    page_form = unescape(admin_client.get(f"/admin/pages/{hub.pk}/edit/").content.decode())
    assert "Arabisch: demovertaling, nog te controleren door iemand met die moedertaal." in page_form


def test_checked_needs_the_right_to_edit_what_was_translated(client, django_user_model, turkish_service):
    """An admin user who may not change help services cannot clear their mark, and a link elsewhere is not followed."""
    user = django_user_model.objects.create_user("reader", "", "pass-for-tests")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    mark = TranslationToCheck.objects.get()
    refused = client.post(f"/admin/editorial/translations/{mark.pk}/checked/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail's "no permission"
    assert TranslationToCheck.objects.filter(pk=mark.pk).exists()
    user.user_permissions.add(Permission.objects.get(codename="change_helpservice"))
    user = django_user_model.objects.get(pk=user.pk)
    client.force_login(user)
    response = client.post(f"/admin/editorial/translations/{mark.pk}/checked/", {"next": "https://elsewhere.example/"})
    assert response.status_code == 302 and response["Location"] == REPORT
    assert not TranslationToCheck.objects.exists()
