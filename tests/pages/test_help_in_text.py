"""A help service named in rich text shows the help directory's details as they are now (pages/help_in_text.py).

Issue 25, item 4: "a help service is edited once, up to date everywhere" holds for page bodies too.
"""

import json
import re

import pytest
from django.test import Client
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.models import ReferenceIndex
from wagtail.rich_text import expand_db_html

from pages.blocks import RICH_TEXT_FEATURES, SHORT_RICH_TEXT_FEATURES
from pages.models import HelpService
from tests import factories
from tests.factories import text

pytestmark = pytest.mark.django_db


def reference(service_id, detail="phone"):
    return f'<embed embedtype="help-service" id="{service_id}" detail="{detail}"/>'


@pytest.fixture
def service():
    return factories.HelpServiceFactory(
        name_nl="Kindertelefoon",
        name_en="Kindertelefoon",
        phone="0800-0432",
        chat_url="https://www.kindertelefoon.nl/chat/",
        website_url="https://www.kindertelefoon.nl/",
        opening_hours_nl="elke dag van 11 tot 21 uur",
        opening_hours_en="every day from 11 am to 9 pm",
    )


def body(service, language):
    bel = {"nl": "Bel", "en": "Call"}[language]
    return [text(f"<p>{bel} {reference(service.pk)} of chat op {reference(service.pk, 'chat')}.</p>")]


@pytest.fixture
def pages_naming_it(home_page, service):
    """A standard page (rendered whole), a guidance page and a campaign (their bodies in the fragment cache),
    each naming the service's number in Dutch and in English."""
    factories.HelpPageFactory(parent=home_page)
    named = {"body_nl": body(service, "nl"), "body_en": body(service, "en")}
    return [
        factories.StandardPageFactory(parent=home_page, **named),
        factories.GuidancePageFactory(parent=factories.GuidanceIndexPageFactory(parent=home_page), **named),
        factories.CampaignPageFactory(parent=factories.CampaignIndexPageFactory(parent=home_page), **named),
    ]


def addresses(pages):
    return [page.get_url_in(language) for page in pages for language in ("nl", "en")]


def test_the_number_is_a_phone_link_with_the_services_current_number(service):
    html = expand_db_html(f"<p>Bel {reference(service.pk)}.</p>")
    assert html == '<p>Bel <a href="tel:08000432" dir="ltr" data-reach-event="helpline_call">0800-0432</a>.</p>'


def test_chat_website_name_and_hours_in_the_active_language(service):
    from django.utils import translation

    source = "".join(reference(service.pk, detail) for detail in ("chat", "website", "name", "hours"))
    with translation.override("nl"):
        html = expand_db_html(source)
    assert '<a href="https://www.kindertelefoon.nl/chat/" dir="ltr">kindertelefoon.nl/chat</a>' in html
    assert '<a href="https://www.kindertelefoon.nl/" dir="ltr">kindertelefoon.nl</a>' in html
    assert "Kindertelefoon" in html and "elke dag van 11 tot 21 uur" in html
    with translation.override("en"):
        assert "every day from 11 am to 9 pm" in expand_db_html(reference(service.pk, "hours"))


def test_hours_left_empty_point_to_the_services_website(service):
    from django.utils import translation

    service.opening_hours_nl = service.opening_hours_en = ""
    service.save()
    with translation.override("en"):
        assert expand_db_html(reference(service.pk, "hours")) == (
            '<a href="https://www.kindertelefoon.nl/">see their website</a>'
        )


def test_a_missing_service_or_detail_renders_nothing_harmful(home_page, client):
    factories.HelpPageFactory(parent=home_page)
    without_phone = factories.HelpServiceFactory(phone="")
    source = f"<p>Bel {reference(987654)} {reference('abc')} {reference(without_phone.pk)}.</p>"
    html = expand_db_html(source)
    assert "embed" not in html and "987654" not in html
    assert 'href="/nl/hulp/"' in html  # a neutral pointer to the help directory
    page = factories.StandardPageFactory(parent=home_page, body_nl=[text(source)], body_en=[text(source)])
    for address in (page.get_url_in("nl"), page.get_url_in("en")):
        response = client.get(address)
        assert response.status_code == 200
        assert "embedtype" not in response.content.decode()


def test_the_editor_keeps_the_reference_and_shows_the_current_value(service):
    for features in (RICH_TEXT_FEATURES, SHORT_RICH_TEXT_FEATURES):
        converter = ContentstateConverter(features=features)
        source = f"<p>Bel {reference(service.pk)} of chat.</p>"
        contentstate = json.loads(converter.from_database_format(source))
        block = contentstate["blocks"][0]
        assert block["text"] == "Bel 0800-0432 of chat."
        entity = contentstate["entityMap"][str(block["entityRanges"][0]["key"])]
        assert entity["type"] == "HELP_SERVICE" and entity["data"]["detail"] == "phone"
        assert block["entityRanges"][0]["offset"] == 4 and block["entityRanges"][0]["length"] == 9
        again = converter.to_database_format(json.dumps(contentstate))
        assert re.sub(r' data-block-key="\w+"', "", again) == source


def test_the_page_editor_opens_a_body_with_a_reference(admin_client, pages_naming_it):
    for page in pages_naming_it:
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        assert "help-service-draftail.js" in response.content.decode()


def test_the_services_usage_lists_the_pages_that_name_it(service, pages_naming_it):
    using = {reference.object_id for reference in ReferenceIndex.get_references_to(service)}
    assert {str(page.pk) for page in pages_naming_it} <= using


def edit_in_admin(admin_client, service, **changes):
    """Post the service's edit form as an editor would: every field as it is, plus the changes."""
    data = {
        "phone": service.phone,
        "phone_2": service.phone_2,
        "chat_url": service.chat_url,
        "website_url": service.website_url,
        "situations": service.situations,
        "last_checked": service.last_checked.isoformat(),
        "sort_order": str(service.sort_order),
        "free": "on" if service.free else "",
        "anonymous": "on" if service.anonymous else "",
    }
    for name in ("name", "for_whom", "description", "phone_label", "phone_2_label", "opening_hours"):
        for language in ("nl", "en"):
            data[f"{name}_{language}"] = getattr(service, f"{name}_{language}") or ""
    data.update(changes)
    response = admin_client.post(f"/admin/snippets/pages/helpservice/edit/{service.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_a_number_changed_in_the_admin_shows_on_every_page_body_in_both_languages(
    admin_client, service, pages_naming_it, django_capture_on_commit_callbacks
):
    visitor = Client()
    for address in addresses(pages_naming_it):
        first = visitor.get(address)
        assert first.status_code == 200 and first["X-Page-Cache"] == "miss", address
        assert "0800-0432" in first.content.decode()
        assert visitor.get(address)["X-Page-Cache"] == "hit", f"{address} should now come from the cache"

    with django_capture_on_commit_callbacks(execute=True):
        edit_in_admin(admin_client, service, phone="0800-1111")
    assert HelpService.objects.get(pk=service.pk).phone == "0800-1111"

    for address in addresses(pages_naming_it):
        response = visitor.get(address)
        html = response.content.decode()
        assert response["X-Page-Cache"] == "miss", address
        assert '<a href="tel:08001111" dir="ltr" data-reach-event="helpline_call">0800-1111</a>' in html, address
        assert "0800-0432" not in html, address
