"""Snippets → Reach sources: editors keep the list of values reach counting may store, in both languages."""

import pytest
from django.utils import translation

from reach.models import ReachSource

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/reach/reachsource/"


def source_form(**changes):
    form = {"kind": "utm_campaign", "value": " Mailing-Maart "}
    form.update(label_nl="Mailing maart", label_en="March mailing")
    form.update(changes)
    return form


def test_an_editor_lists_a_campaign_value_stored_in_lower_case(admin_client):
    assert admin_client.post(f"{LISTING}add/", source_form()).status_code == 302
    source = ReachSource.objects.get()
    assert (source.kind, source.value, source.label_en) == ("utm_campaign", "mailing-maart", "March mailing")


def test_the_same_value_twice_is_a_form_message_not_a_crash(admin_client):
    admin_client.post(f"{LISTING}add/", source_form())
    again = admin_client.post(f"{LISTING}add/", source_form(value="mailing-maart"))
    assert again.status_code == 200 and ReachSource.objects.count() == 1


def test_the_listing_is_in_dutch_and_the_names_exist_in_english(admin_client):
    assert "Bereiksbronnen" in admin_client.get(LISTING).content.decode()
    with translation.override("en"):
        assert str(ReachSource._meta.verbose_name_plural) == "reach sources"
        assert str(ReachSource._meta.get_field("kind").choices[0][1]) == "Partner site (domain)"
    with translation.override("nl"):
        assert str(ReachSource._meta.get_field("kind").choices[0][1]) == "Partnersite (domein)"
