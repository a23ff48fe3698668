"""A small page tree of their own for the workaround tests, beside whatever else the database holds."""

import datetime

import pytest
from django.utils import translation
from wagtail.models import Page, Site


def add_page(parent, page):
    """``page`` published under ``parent`` (saved with Dutch active, as the editor's default)."""
    with translation.override("nl"):
        parent.add_child(instance=page)
    return page


def titled(model, nl, en=None, slug_nl=None, slug_en=None, **fields):
    """A page of ``model`` titled in Dutch (and English, when given), slugs from the titles unless given."""
    slug_nl = slug_nl or nl.lower().replace(" ", "-")
    names = {"title": nl, "title_nl": nl, "slug": slug_nl, "slug_nl": slug_nl}
    if en:
        slug_en = slug_en or en.lower().replace(" ", "-")
        names.update(title_en=en, slug_en=slug_en)
    return model(**names, **fields)


@pytest.fixture
def home(db):
    """The site's home page: the one there is, or a new one at the root of the default site."""
    from home.models import HomePage

    site = Site.objects.get(is_default_site=True)
    root = site.root_page.specific
    if isinstance(root, HomePage):
        return root
    home = add_page(
        Page.get_first_root_node(),
        titled(HomePage, "Thuis", "Home", hero_heading_nl="Welkom", hero_intro_nl="Over veilig online beelden."),
    )
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def about(home):
    """A standard page with two children: one in both languages, one in Dutch only."""
    from pages.models import StandardPage

    about = add_page(home, titled(StandardPage, "Over de routes", "About the routes"))
    add_page(about, titled(StandardPage, "Het team", "The team"))
    add_page(about, titled(StandardPage, "Alleen in het Nederlands"))
    add_page(about, titled(StandardPage, "Nog een concept", "Still a draft", live=False))
    return about


@pytest.fixture
def campaign(home):
    """A campaign (a routable page: audience views) in its own overview, in both languages."""
    from pages.models import CampaignIndexPage, CampaignPage

    index = add_page(home, titled(CampaignIndexPage, "Routecampagnes", "Route campaigns"))
    return add_page(
        index,
        titled(
            CampaignPage,
            "Kijk twee keer",
            "Look twice",
            hero_headline_nl="Kijk twee keer",
            hero_headline_en="Look twice",
            hero_intro_nl="Een korte inleiding.",
            hero_intro_en="A short introduction.",
            key_message_nl="Boodschap",
            key_message_en="Message",
            start_date=datetime.date(2025, 1, 1),
        ),
    )
