"""Shared fixtures: one test database per run, set up the way `make run` sets up a site.

pytest-django creates the database with the patched ``migrate`` of
wagtail-modeltranslation; we then run the same two follow-up commands as
``setup_database``. The database holds no content: each test builds the pages
and snippets it needs with tests/factories.py (``home_page`` gives the minimal
tree), in a transaction that is rolled back.

Tests of the demo itself, the browser flows that show it and the query-bound
tests use the demo content (``demo_content``). Those are run last: the first of
them loads the demo once, committed, so every later one sees it and no test
built on factories ever does.
"""

import pytest
from django.core.management import call_command
from django.test import Client

# One served demo site and one Chromium for every browser test and journey (session-scoped).
from tests.browser.site import browser, live_site, page, site_url  # noqa: F401 (fixtures)

#: Test files and folders that use the demo content (``demo_content`` is applied to them automatically).
#: Only the demo's own tests, the browser flows that show the demo and the query-bound tests belong
#: here; keep it that way: every other test builds what it needs with tests/factories.py.
# tests/browser/ and tests/operations/faults/ also show the demo, but load it into their own
# servers' databases (dev_server(), the fault harness), not into this test database.
LEGACY_DEMO_PATHS = (
    "tests/demo/",
    "tests/pages/test_query_bounds.py",
)


def uses_demo(item):
    path = item.path.relative_to(item.config.rootpath).as_posix()
    return "demo_content" in item.fixturenames or path.startswith(LEGACY_DEMO_PATHS)


#: The Playwright suites: the parts (tests/browser/) and the users' whole journeys (tests/journeys/).
BROWSER_PATHS = ("tests/browser/", "tests/journeys/")


def in_browser(item):
    return item.path.relative_to(item.config.rootpath).as_posix().startswith(BROWSER_PATHS)


def pytest_collection_modifyitems(config, items):
    """Demo tests after the factory-built ones, each asking for the demo first (before any
    module-scoped fixture of its own); the browser tests after both.

    The browser tests come last because Playwright's sync API keeps an event loop running in
    the main thread from its first test to the end of the session: Django then refuses every
    database query made from that thread (SynchronousOnlyOperation), such as loading the demo.
    """
    demo = [item for item in items if uses_demo(item) and not in_browser(item)]
    for item in demo:
        if "demo_content" in item.fixturenames:
            item.fixturenames.remove("demo_content")
        item.fixturenames.insert(0, "demo_content")
    in_chromium = [item for item in items if in_browser(item)]
    for item in in_chromium:
        item.add_marker(pytest.mark.browser)
    last = {id(item) for item in demo + in_chromium}
    items[:] = [item for item in items if id(item) not in last] + demo + in_chromium


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)
        call_command("set_translation_url_paths", verbosity=0)


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The demo site, loaded once and committed (outside any test's transaction)."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def home_page(db):
    """root → HomePage as the default site's root: the smallest tree a page can be served from."""
    from tests.factories import build_site

    return build_site()


@pytest.fixture
def client():
    return Client()


@pytest.fixture
def admin_client(db, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "", "pass-for-tests")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with an empty cache: the page cache must not carry pages between tests
    (the database is rolled back after each test, the cache is not)."""
    from django.core.cache import cache

    from reach.lookup import forget_remembered_facts

    cache.clear()
    forget_remembered_facts()  # a beacon worker's memory of the site (reach/lookup.py) is a cache too
    yield
    cache.clear()


@pytest.fixture
def no_page_cache(settings):
    """For tests that count what rendering a page costs: every request renders."""
    settings.PAGE_CACHE_ENABLED = False
