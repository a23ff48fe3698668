"""The platform directory (Snippets → Platforms): edited once, with revisions, in the reference index."""

import pytest
from wagtail.models import ReferenceIndex

from pages.models import Platform
from tests import factories

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/pages/platform/add/"


def platform_form(**changes):
    form = {
        "name_nl": "Snapchat",
        "name_en": "Snapchat",
        "key": "snapchat",
        "in_app_steps_nl": "Houd de Snap ingedrukt.\nTik op 'Rapporteren'.",
        "in_app_steps_en": "Press and hold the Snap.\nTap 'Report'.",
        "report_url": "",
        "account": "partly",
        "ai_images": "unknown",
        "in_eu": "on",
        "take_it_down": "on",
        "last_checked": "2026-11-01",
        "sort_order": "40",
    }
    form.update(changes)
    return form


def test_an_editor_adds_a_platform_without_a_report_address_and_its_steps_are_a_list(admin_client):
    response = admin_client.post(ADD, platform_form())
    assert response.status_code == 302, response.content.decode()[:2000]
    platform = Platform.objects.get(key="snapchat")
    assert platform.in_app_steps_en.splitlines()[1] == "Tap 'Report'."
    assert platform.take_it_down and not platform.stop_ncii and platform.report_url == ""
    # Saved through the admin: a revision, so the history says who changed a step.
    assert platform.revisions.count() == 1


def test_the_steps_are_shown_in_the_visitors_language():
    from django.utils import translation

    platform = factories.PlatformFactory()
    with translation.override("en"):
        assert platform.steps == ["Press and hold the message.", "Choose 'Report'."]
    with translation.override("nl"):
        assert platform.steps == ["Houd het bericht ingedrukt.", "Kies 'Melden'."]


def test_a_platform_key_must_be_unique_and_a_slug(admin_client):
    factories.PlatformFactory(key="snapchat")
    taken = admin_client.post(ADD, platform_form())
    assert taken.status_code == 200 and Platform.objects.filter(key="snapchat").count() == 1
    hostile = admin_client.post(ADD, platform_form(key="<script>"))
    assert hostile.status_code == 200 and not Platform.objects.filter(key="<script>").exists()


def test_the_listing_finds_a_platform_by_name(admin_client):
    factories.PlatformFactory(name_nl="Discord", name="Discord", key="discord")
    factories.PlatformFactory(name_nl="Telegram", name="Telegram", key="telegram")
    listing = admin_client.get("/admin/snippets/pages/platform/", {"q": "Discord"}).content.decode()
    assert "Discord" in listing and "Telegram" not in listing
    assert "/admin/snippets/pages/platform/" in admin_client.get("/admin/snippets/").content.decode()


def test_the_link_checker_reads_a_platforms_report_address():
    from editorial.link_finding import collect_links, source_models

    assert Platform in source_models()  # registered with Wagtail's reference index by editorial/apps.py
    platform = factories.PlatformFactory(report_url="https://platform.example/report")
    found = [link for link in collect_links() if link.url == "https://platform.example/report"]
    assert len(found) == 1 and found[0].edit_url == f"/admin/snippets/pages/platform/edit/{platform.pk}/"
    assert not ReferenceIndex.model_is_indexable(Platform)  # it links to no page: nothing to index yet
