"""A small page tree of their own for the workaround tests, built with tests/factories.py."""

import datetime

import pytest

from tests.factories import CampaignIndexPageFactory, CampaignPageFactory, StandardPageFactory


def slug_of(title):
    return title.lower().replace(" ", "-")


def standard_page(parent, nl, en=None, **fields):
    """A standard page titled in Dutch (and English, when given), slugs from the titles;
    without ``en`` the page has no English title or slug at all."""
    english = {"title_en": en, "slug_en": slug_of(en)} if en else {"title_en": None, "slug_en": None}
    return StandardPageFactory(parent=parent, title_nl=nl, slug_nl=slug_of(nl), **english, **fields)


@pytest.fixture
def home(home_page):
    """The site's home page (the minimal tree of tests/conftest.py)."""
    return home_page


@pytest.fixture
def about(home):
    """A standard page with three children: one in both languages, one in Dutch only and a draft."""
    about = standard_page(home, "Over de routes", "About the routes")
    standard_page(about, "Het team", "The team")
    standard_page(about, "Alleen in het Nederlands")
    standard_page(about, "Nog een concept", "Still a draft", live=False)
    return about


@pytest.fixture
def campaign(home):
    """A campaign (a routable page: audience views) in its own overview, in both languages."""
    index = CampaignIndexPageFactory(
        parent=home,
        title_nl="Routecampagnes",
        title_en="Route campaigns",
        slug_nl="routecampagnes",
        slug_en="route-campaigns",
    )
    return CampaignPageFactory(
        parent=index,
        title_nl="Kijk twee keer",
        title_en="Look twice",
        slug_nl="kijk-twee-keer",
        slug_en="look-twice",
        hero_headline_nl="Kijk twee keer",
        hero_headline_en="Look twice",
        hero_intro_nl="Een korte inleiding.",
        hero_intro_en="A short introduction.",
        key_message_nl="Boodschap",
        key_message_en="Message",
        start_date=datetime.date(2025, 1, 1),
    )
