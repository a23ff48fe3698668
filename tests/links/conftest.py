"""A small tree for link tests, built with tests/factories.py: the site's home page, a target page
in both languages, a draft and a campaign overview. Nothing comes from the demo, so copy edits
cannot break these tests."""

import pytest

from tests.factories import CampaignIndexPageFactory, StandardPageFactory


@pytest.fixture
def home(home_page):
    return home_page


def add_standard_page(parent, nl, en, live=True):
    return StandardPageFactory(
        parent=parent, title_nl=nl, title_en=en, slug_nl=f"{nl.lower()}-links", slug_en=f"{en.lower()}-links", live=live
    )


@pytest.fixture
def target(home):
    """A live page with its own Dutch and English slug."""
    return add_standard_page(home, "Doel", "Target")


@pytest.fixture
def unpublished(home):
    return add_standard_page(home, "Concept", "Draft", live=False)


@pytest.fixture
def campaign_index(home):
    return CampaignIndexPageFactory(parent=home)
