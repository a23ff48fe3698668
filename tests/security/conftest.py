"""Fixtures for the hostile-input tests: a client that shows a crash as a 500, and a warm site.

The test client re-raises a view's exception by default; with
``raise_request_exception=False`` it returns what a visitor would get (the 500
page), so a property can say "never a 5xx" about the answer itself.
"""

import pytest
from django.test import Client

from messaging.assignment import signed_visitor_cookie
from messaging.running import running_experiment
from pages.models import LessonIndexPage, LessonPage
from tests import factories
from tests.shared_rows import shared_by_module

#: An ordinary browser: bots and DNT are not counted by the beacons, a browser is.
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0"
EXPERIMENT = "hero-ouders-vraag"
CAMPAIGN = "/nl/campagnes/denk-na-voor-je-deelt/"
LESSON_OVERVIEWS = ("/nl/lesmateriaal/", "/en/lesson-materials/")
SEARCH_PAGES = ("/nl/zoeken/", "/en/search/")


#: A visitor id the site issued; tests send it signed, as a browser that loaded a page would.
VISITOR_ID = "0123456789abcdef0123456789abcdef"


def issued_visitor_cookie(visitor_id=VISITOR_ID):
    """A Cookie header with a vib_visitor value this site signed (made-up ids are refused)."""
    return f"vib_visitor={signed_visitor_cookie(visitor_id)}"


def hostile_client(**headers):
    """A fresh client (no cookies from an earlier example) that answers a crash with a 500."""
    headers.setdefault("HTTP_USER_AGENT", BROWSER)
    return Client(raise_request_exception=False, **headers)


@pytest.fixture(scope="module")
def hostile_site_rows(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker, build_hostile_site):
        yield


@pytest.fixture(autouse=True)
def hostile_site(hostile_site_rows, db):
    """The public site, two more lessons (for sorting and filters), and EXPERIMENT running on
    CAMPAIGN's hero (goals: the button, and reaching a guidance page); built once per module,
    each test's changes rolled back."""


def build_hostile_site():
    factories.build_public_site()
    lessons = LessonIndexPage.objects.get()
    factories.LessonPageFactory(parent=lessons, title_en="A lesson first in the alphabet", levels=["po-7", "po-8"])
    factories.LessonPageFactory(parent=lessons, title_en="Zebra lesson", levels=["mbo-1"], min_age=16, max_age=20)
    factories.start_hero_experiment(EXPERIMENT)


@pytest.fixture
def lesson(db):
    return LessonPage.objects.live().public().exclude(short_code="").order_by("path").first()


@pytest.fixture
def running(db):
    experiment = running_experiment(EXPERIMENT)
    assert experiment is not None, f"the hostile_site fixture should have {EXPERIMENT} running"
    return experiment


_warmed = []


@pytest.fixture
def warm_site(db, lesson, running):
    """Every endpoint answered once per test run, so templates and URL resolvers are loaded
    before Hypothesis starts timing examples against its deadline (a first, cold request
    would otherwise count against the first example)."""
    client = hostile_client()
    if _warmed:
        return client
    _warmed.append(True)
    for path in ("/", "/nl/", CAMPAIGN, f"/l/{lesson.short_code}/", *LESSON_OVERVIEWS):
        client.get(path)
    for path in SEARCH_PAGES:
        client.get(path, {"q": "foto"})
    client.post(f"/api/ab/{EXPERIMENT}/exposure", "{}", content_type="application/json")
    return client


@pytest.fixture
def short_codes_in_use(db):
    return set(LessonPage.objects.live().public().values_list("short_code", flat=True))
