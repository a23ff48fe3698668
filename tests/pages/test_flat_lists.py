"""Lists that stay the same size however much content there is (issue 17, item 4).

Hubs show the 6 newest campaigns and lessons with a link to all campaigns; the
campaign overview shows 12 a page, one URL per page; the sitemap is rendered once
per content version and afresh after every publish.
"""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import page_cache
from pages.models import CampaignPage
from tests.factories import (
    AudienceHubPageFactory,
    AudienceModuleFactory,
    CampaignIndexPageFactory,
    CampaignModuleFactory,
    CampaignPageFactory,
    LessonIndexPageFactory,
    LessonPageFactory,
)

pytestmark = pytest.mark.django_db

START = datetime.date(2025, 1, 1)


@pytest.fixture
def site(home_page):
    campaigns = CampaignIndexPageFactory(parent=home_page)
    lessons = LessonIndexPageFactory(parent=home_page)
    hub = AudienceHubPageFactory(parent=home_page, audience="parents")
    return {"home": home_page, "campaigns": campaigns, "lessons": lessons, "hub": hub}


def add_campaigns(site, count, first=0):
    """``count`` campaigns, each a day newer than the one before, with a module for parents."""
    module = AudienceModuleFactory(audiences=["parents"])
    for number in range(first, first + count):
        campaign = CampaignPageFactory(
            parent=site["campaigns"],
            title_nl=f"Campagne nummer {number:03d}",
            title_en=f"Campaign number {number:03d}",
            slug_nl=f"campagne-nummer-{number}",
            slug_en=f"campaign-number-{number}",
            start_date=START + datetime.timedelta(days=number),
        )
        CampaignModuleFactory(page=campaign, module=module)


def add_lessons(site, count):
    for number in range(count):
        LessonPageFactory(
            parent=site["lessons"],
            title_nl=f"Les nummer {number:03d}",
            slug_nl=f"les-nummer-{number}",
            slug_en=f"lesson-number-{number}",
            audience_hub=site["hub"],
            first_published_at=timezone.now() - datetime.timedelta(days=100 - number),
        )


def numbers(html, word):
    """The numbers of the campaigns (or lessons) a list shows, in order; on a hub only its own list."""
    for section in ('class="hub__pages"', 'class="hub__lessons"'):
        if section in html and word == ("Campagne" if "pages" in section else "Les"):
            html = html.split(section, 1)[1].split("</ul>", 1)[0]
    return [int(found) for found in re.findall(rf"{word} nummer (\d+)", html)]


# Hubs


def test_the_hub_shows_the_6_newest_campaigns_newest_first_and_links_to_all(client, site):
    add_campaigns(site, 8)
    html = client.get("/nl/ouders/").content.decode()
    assert numbers(html, "Campagne") == [7, 6, 5, 4, 3, 2]
    assert 'href="/nl/campagnes/">Alle campagnes</a>' in html


def test_the_hub_has_no_all_campaigns_link_when_it_shows_every_campaign(client, site):
    add_campaigns(site, 6)
    html = client.get("/nl/ouders/").content.decode()
    assert numbers(html, "Campagne") == [5, 4, 3, 2, 1, 0]
    assert "Alle campagnes" not in html


def test_the_hub_shows_the_6_newest_lessons_newest_first(client, site):
    add_lessons(site, 9)
    html = client.get("/nl/ouders/").content.decode()
    assert numbers(html, "Les") == [8, 7, 6, 5, 4, 3]


def test_the_all_campaigns_link_is_in_english_on_the_english_hub(client, site):
    add_campaigns(site, 7)
    html = client.get("/en/parents/").content.decode()
    assert 'href="/en/campaigns/">All campaigns</a>' in html


# The campaign overview, 12 a page


def test_the_campaign_overview_shows_12_a_page_and_the_rest_on_page_2(client, site):
    add_campaigns(site, 14)
    first = client.get("/nl/campagnes/").content.decode()
    second = client.get("/nl/campagnes/?page=2").content.decode()
    assert len(numbers(first, "Campagne")) == 12
    assert len(numbers(second, "Campagne")) == 2
    assert set(numbers(first, "Campagne")) | set(numbers(second, "Campagne")) == set(range(14))


def test_overview_pages_link_each_other_with_rel_links_and_mark_the_current_page(client, site):
    add_campaigns(site, 13)
    first = client.get("/nl/campagnes/").content.decode()
    assert '<link rel="next" href="/nl/campagnes/?page=2">' in first
    assert 'rel="prev"' not in first
    assert '<a href="/nl/campagnes/" aria-current="page">' in first
    assert 'aria-label="Pagina&#x27;s met campagnes"' in first or 'aria-label="Pagina\'s met campagnes"' in first
    second = client.get("/nl/campagnes/?page=2").content.decode()
    assert '<link rel="prev" href="/nl/campagnes/">' in second
    assert 'rel="next"' not in second
    assert '<a href="/nl/campagnes/?page=2" aria-current="page">' in second


def test_page_2_of_the_overview_is_its_own_canonical_address_in_both_languages(client, site):
    add_campaigns(site, 13)
    html = client.get("/nl/campagnes/?page=2").content.decode()
    assert '<link rel="canonical" href="http://testserver/nl/campagnes/?page=2">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/campaigns/?page=2">' in html


def test_one_page_of_campaigns_has_no_pagination(client, site):
    add_campaigns(site, 3)
    html = client.get("/nl/campagnes/").content.decode()
    assert 'class="pagination"' not in html
    assert 'rel="next"' not in html


@pytest.mark.parametrize("number", ["0", "-1", "abc", "99", "01", "1", "2.0", ""])
def test_a_page_number_that_is_not_a_page_of_the_list_is_a_404(client, site, number):
    add_campaigns(site, 13)
    assert client.get(f"/nl/campagnes/?page={number}").status_code == 404


# The sitemap


def test_a_publish_shows_up_in_the_next_sitemap(client, site, django_capture_on_commit_callbacks):
    add_campaigns(site, 1)
    assert "/nl/campagnes/campagne-nummer-0/" in client.get("/sitemap.xml").content.decode()
    campaign = CampaignPageFactory.build(
        title_nl="Nieuwe campagne", slug_nl="nieuwe-campagne", slug_en="new-campaign", live=False
    )
    site["campaigns"].add_child(instance=campaign)
    assert "nieuwe-campagne" not in client.get("/sitemap.xml").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        campaign.save_revision().publish()
    assert "/nl/campagnes/nieuwe-campagne/" in client.get("/sitemap.xml").content.decode()


def test_the_sitemap_is_rendered_once_per_content_version(client, site):
    add_campaigns(site, 2)
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as cached:
        client.get("/sitemap.xml")
    page_cache.invalidate()
    with CaptureQueriesContext(connection) as fresh:
        client.get("/sitemap.xml")
    assert len(cached) < len(fresh)


def test_a_worker_serves_its_sitemap_copy_without_fetching_the_xml_from_the_shared_cache(client, site, monkeypatch):
    from pages import sitemap

    add_campaigns(site, 3)
    first = client.get("/sitemap.xml").content
    read = []
    real_get = sitemap.cache.get

    def get(key, *args, **kwargs):
        read.append(key)
        return real_get(key, *args, **kwargs)

    monkeypatch.setattr(sitemap.cache, "get", get)
    assert client.get("/sitemap.xml").content == first
    # The version and the render's token, a few bytes each; not the XML.
    assert [key.rsplit(":", 1)[-1] for key in read if key.startswith("sitemap:")] == ["token"]


def test_a_flushed_shared_cache_is_never_answered_from_a_workers_old_copy(client, site):
    from django.core.cache import cache

    add_campaigns(site, 1)
    assert "campagne-nummer-1/" not in client.get("/sitemap.xml").content.decode()
    add_campaigns(site, 1, first=1)  # no commit in this test, so no version bump
    cache.clear()  # the content version starts again at 1: the same key as the worker's copy
    assert "/nl/campagnes/campagne-nummer-1/" in client.get("/sitemap.xml").content.decode()


# Queries with 10 and 200 campaigns


def count_uncached(client, url):
    client.get(url)  # warm caches a running site keeps (site root paths, settings)
    page_cache.invalidate()  # the sitemap's own copy too
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_hub_overview_and_sitemap_cost_the_same_queries_with_200_campaigns_as_with_10(client, site, no_page_cache):
    urls = ["/nl/ouders/", "/en/parents/", "/nl/campagnes/", "/sitemap.xml"]
    add_campaigns(site, 10)
    add_lessons(site, 10)
    few = {url: count_uncached(client, url) for url in urls}
    add_campaigns(site, 190, first=10)
    assert CampaignPage.objects.live().count() == 200
    many = {url: count_uncached(client, url) for url in urls}
    assert many == few
