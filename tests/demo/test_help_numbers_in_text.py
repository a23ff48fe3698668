"""The demo's body texts name help services by reference (demo/loader/data.py), so they show the help
directory's numbers as it has them now, as phone links, in both languages (issue 25, item 4)."""

import re

import pytest
from django.test import Client

from pages.models import HelpService, StandardPage

pytestmark = pytest.mark.django_db


def contact_page():
    return StandardPage.objects.live().get(slug_nl="contact")


def test_the_contact_page_shows_each_number_from_the_help_directory_as_a_phone_link():
    page = contact_page()
    stored = str(page.body_nl.raw_data)
    assert 'embedtype="help-service"' in stored and "0800-0432" not in stored  # a reference, not the number
    for language in ("nl", "en"):
        html = Client().get(page.get_url_in(language)).content.decode()
        assert "embedtype" not in html
        for name in ("Helpwanted", "Kindertelefoon", "Veilig Thuis"):
            number = HelpService.objects.get(name_nl=name).phone
            digits = re.sub(r"[ -]", "", number)
            assert f'<a href="tel:{digits}" dir="ltr" data-reach-event="helpline_call">{number}</a>' in html, (
                language,
                name,
            )


def test_a_changed_number_shows_on_the_demo_pages_that_name_it():
    service = HelpService.objects.get(name_nl="Kindertelefoon")
    service.phone = "0800-9999"
    service.save()  # the test's transaction is rolled back afterwards; the test cache starts empty
    html = Client().get(contact_page().get_url_in("nl")).content.decode()
    assert '<a href="tel:08009999" dir="ltr" data-reach-event="helpline_call">0800-9999</a>' in html
    assert "0800-0432" not in html.split("<footer")[0]
