"""Pages with a running experiment are served from the page cache: one copy per variant, never
per visitor, and the cache follows content changes at once."""

import re

import pytest
from django.core.cache import cache

from messaging.assignment import arm_for
from pages.models import CampaignPage
from tests.messaging.conftest import CAMPAIGN, visitor_client

pytestmark = pytest.mark.django_db


def ids_for(experiment, arm, count):
    keys, weights = experiment.arm_keys(), experiment.weight_list()
    found = (f"{n:032x}" for n in range(10_000) if arm_for(f"{n:032x}", experiment.salt, keys, weights) == arm)
    return [next(found) for _ in range(count)]


def page_cache_keys():
    return [key for key in cache._cache if "page-cache:" in key and not key.endswith(":version")]  # noqa: SLF001


def test_one_cached_copy_per_variant_never_per_visitor(experiment):
    outcomes = []
    for arm in ("a", "b"):
        for visitor_id in ids_for(experiment, arm, 3):
            response = visitor_client(visitor_id).get(CAMPAIGN)
            shown = re.search(r'data-variant="(\w)"', response.content.decode()).group(1)
            outcomes.append((arm, shown, response["X-Page-Cache"]))
            assert "Cookie" not in response.get("Vary", "")
    # Each visitor sees their own arm; the first of each arm renders, the others get the cached copy.
    assert outcomes == [
        ("a", "a", "miss"),
        ("a", "a", "hit"),
        ("a", "a", "hit"),
        ("b", "b", "miss"),
        ("b", "b", "hit"),
        ("b", "b", "hit"),
    ]
    page_entries = [key for key in page_cache_keys() if not key.endswith(":manifest")]
    assert len(page_entries) == 2, "two variants, two copies, for six visitors"


def test_a_new_visitor_served_from_the_cache_still_gets_a_cookie(experiment):
    visitor_client().get(CAMPAIGN)  # fills the cache
    response = visitor_client().get(CAMPAIGN)
    assert response["X-Page-Cache"] in ("hit", "miss")
    assert "vib_visitor" in response.cookies


def test_publishing_shows_the_new_text_at_once():
    client = visitor_client()
    client.get("/nl/informatie/")
    assert client.get("/nl/informatie/")["X-Page-Cache"] == "hit"
    campaign = CampaignPage.objects.get(slug_nl="echt-of-nep")
    campaign.key_message_nl = "Een nieuwe kernboodschap."
    campaign.save_revision().publish()
    response = client.get("/nl/campagnes/echt-of-nep/")
    assert "Een nieuwe kernboodschap." in response.content.decode()


def test_signed_in_editors_are_never_served_from_the_cache(admin_client):
    visitor_client().get("/nl/")
    response = admin_client.get("/nl/")
    assert "X-Page-Cache" not in response
