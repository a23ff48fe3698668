"""A small tree for link tests: the site's home page, a target page in both languages, and a
campaign overview. Built here (not read from the demo), so copy edits cannot break these tests."""

import pytest
from wagtail.models import Page, Site

from home.models import HomePage
from pages.models import CampaignIndexPage, StandardPage


@pytest.fixture
def home(db):
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title="Thuis", title_en="Home", slug="thuis-links", hero_heading="Kop", hero_intro="Intro")
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


def add_standard_page(parent, nl, en, live=True):
    page = StandardPage(
        title=nl, title_nl=nl, title_en=en, slug_nl=f"{nl.lower()}-links", slug_en=f"{en.lower()}-links"
    )
    page.live = live
    return parent.add_child(instance=page)


@pytest.fixture
def target(home):
    """A live page with its own Dutch and English slug."""
    return add_standard_page(home, "Doel", "Target")


@pytest.fixture
def unpublished(home):
    return add_standard_page(home, "Concept", "Draft", live=False)


@pytest.fixture
def campaign_index(home):
    existing = CampaignIndexPage.objects.child_of(home).first()
    if existing is not None:
        return existing
    return home.add_child(instance=CampaignIndexPage(title="Campagnes", title_en="Campaigns", slug_en="campaigns"))
