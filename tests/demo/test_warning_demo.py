"""The demo's partner warning: Stop it Now from the help directory, a demo partner that may frame it, and the
framing experiment ("this may be illegal" against "harm to a real child") running with one verdict."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from messaging.models import Experiment
from pages.models import PartnerWarningPage
from tests.helpers import soup
from tests.reach.conftest import BROWSER

pytestmark = pytest.mark.django_db

EXPERIMENT = "waarschuwing-kader"


def test_the_warning_is_demo_content_in_both_languages_with_stop_it_now():
    page = PartnerWarningPage.objects.live().get()
    assert page.help_service.name == "Stop it Now" and "own-behaviour" in page.help_service.situations
    visitor = Client(HTTP_USER_AGENT=BROWSER)
    for address, chat in (
        ("/nl/hulp/waarschuwing/", "Chat met Stop it Now"),
        ("/en/help/warning/", "Chat with Stop it Now"),
    ):
        html = soup(visitor.get(address))
        assert html.find("a", string=chat)["href"] == page.help_service.chat_url


def test_the_demo_partner_may_frame_the_embed():
    response = Client(HTTP_USER_AGENT=BROWSER).get("/nl/hulp/waarschuwing/embed/")
    frame_ancestors = re.search(r"frame-ancestors ([^;]+)", response["Content-Security-Policy"]).group(1).split()
    assert frame_ancestors == ["https://forum.example", "https://www.forum.example"]


def test_the_framing_experiment_runs_with_two_variants_and_shows_one_verdict(admin_client):
    experiment = Experiment.objects.get(slug=EXPERIMENT)
    assert experiment.phase == "running" and experiment.arm_keys() == ["a", "b"]
    headlines = {variant.key: variant.headline_nl for variant in experiment.slot.variants.all()}
    assert headlines == {"a": "Wat je zoekt, kan strafbaar zijn", "b": "Achter elk beeld zit een echt kind"}
    # A visitor of the warning's own address sees one of them, under test.
    html = Client(HTTP_USER_AGENT=BROWSER).get("/nl/hulp/waarschuwing/").content.decode()
    assert re.search(rf'data-experiment="{EXPERIMENT}" data-variant="[ab]"', html)
    results = admin_client.get(reverse("messaging_experiment_results", args=[experiment.pk]), HTTP_ACCEPT_LANGUAGE="en")
    page = results.content.decode()
    assert page.count('aria-labelledby="verdict-heading"') == 1
    assert "No winner yet." in page
