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

import re

import pytest
from django.core.management import call_command
from django.test import Client, TestCase, TransactionTestCase
from pytest_django.fixtures import validate_django_db

# One served demo site and one Chromium for every browser test and journey (session-scoped).
from tests.browser.site import browser, live_site, page, site_url  # noqa: F401 (fixtures)
from tests.redis_counts import buffered, redis_server  # noqa: F401 (fixtures)

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


#: The tests whose outcome can differ between SQLite and PostgreSQL: they get the marker
#: ``database_specific``, and CI's PostgreSQL pass runs only them (.ci/run); the SQLite pass runs every
#: test. An entry is a folder or a file (all its tests) or "file::test" (that test, every parameter).
#: Add one for a test that depends on what the database itself does: SQL of our own, locks, threads
#: with connections of their own, full-text search, sums and dates in a query, ordering of text, what
#: the database refuses (NUL, over-long text, a broken constraint), migrations. Not for a test that
#: merely needs rows. Also marked without an entry: every transactional test
#: (``django_db(transaction=True)``, a fixture of DATABASE_SPECIFIC_FIXTURES, a TransactionTestCase),
#: every test of a module that looks at ``connection.vendor``, and any test marked
#: ``@pytest.mark.database_specific`` by hand. An entry that names nothing any more stops the run.
#: docs/development.md, "Which tests run on PostgreSQL".
DATABASE_SPECIFIC = (
    # Full-text search: PostgreSQL's own backend, stemming per language, ranking, what it refuses
    # (pages/search.py, upstream/empty_search.py); SQLite's backend is another one.
    "tests/pages/test_search.py",  # also what a search costs: the backend's queries for 200 matches
    "tests/i18n/test_languages_not_public_yet.py",  # Turkish and Arabic stemming, their title columns
    "tests/pages/test_lessons.py::test_site_search_finds_lessons",
    "tests/security/test_hostile_input.py::test_searching_any_text_shows_it_escaped_and_never_fails",
    # The counter rows: INSERT … ON CONFLICT of core/counter_rows.py, one row per cell, exact counts.
    # (tests/reach/test_buffered_counts.py and test_beacon_pool_app.py are transactional, see below.)
    "tests/messaging/test_concurrency.py",  # 8 threads, each its own connection: nothing lost
    "tests/messaging/test_guardrails_concurrency.py",
    "tests/reach/test_reach_concurrency.py",
    "tests/reach/test_reach_beacon.py",
    "tests/reach/test_reach_lookup.py",  # a warm beacon is one query: the upsert
    "tests/messaging/test_assignment_and_beacons.py::"
    "test_exposure_and_conversion_are_counted_once_for_the_visitors_own_arm",
    "tests/messaging/test_assignment_and_beacons.py::test_many_visitors_are_counted_exactly",
    "tests/messaging/test_guardrails_beacon.py::"
    "test_a_quick_exit_and_help_seeking_count_once_per_visitor_in_its_own_arm",
    "tests/messaging/test_guardrails_beacon.py::test_many_visitors_are_counted_exactly_per_arm",
    "tests/pages/test_documents.py::test_downloads_are_counted_per_day_as_numbers_only",
    "tests/pages/test_documents.py::test_editors_see_download_numbers_in_a_report",  # Sum with filter, ordered
    "tests/security/test_hostile_reach.py",  # any body; PostgreSQL's integer, text and NUL limits are SQLite's not
    "tests/security/test_hostile_awareness.py",  # the same for the answer beacon
    "tests/awareness/test_answers.py",  # one answer and one "shown" per visitor and day, exactly
    # SQL of our own.
    "tests/reach/test_rollup.py",  # INSERT … SELECT of the closed days' sums (reach/rollup.py)
    "tests/reach/test_no_personal_data.py",  # reads every row of the reach tables with raw SQL
    "tests/reach/test_sender_limit.py::test_nothing_of_the_sender_is_in_the_database_or_the_logs",  # same, all tables
    "tests/operations/test_healthz.py",  # SELECT 1
    # Sums, days and periods in queries: the reach dashboard, spikes, retention, A/B results and plans.
    "tests/reach/test_dashboard.py",
    "tests/reach/test_spikes.py",
    "tests/reach/test_retention.py",
    "tests/awareness/test_dashboard.py",  # answers summed per option, day, audience, language and half
    "tests/messaging/test_planning.py::test_the_endpoint_uses_the_sample_size_and_exactly_the_last_28_full_days",
    "tests/messaging/test_planning.py::test_a_module_for_one_audience_counts_only_that_audience_view",
    "tests/messaging/test_planning.py::test_the_experiments_own_audiences_and_languages_limit_the_views",
    "tests/messaging/test_one_verdict.py::test_the_demo_situation_gives_one_consistent_verdict",
    "tests/messaging/test_one_verdict.py::test_each_kind_of_verdict_appears_in_its_situation",
    "tests/messaging/test_guardrails_alerts.py::test_many_more_quick_exits_with_the_variant_raise_an_alert",
    "tests/messaging/test_guardrails_alerts.py::test_equal_quick_exit_rates_raise_no_alert",
    "tests/messaging/test_guardrails_alerts.py::test_the_results_page_shows_the_alert_in_dutch_and_english",
    "tests/messaging/test_workflow_and_roles.py::test_results_page_and_csv",
    "tests/messaging/test_workflow_and_roles.py::test_ab_report_prints_the_numbers_as_json",
    "tests/messaging/test_workflow_and_roles.py::test_after_promotion_the_results_still_compare_the_same_arms",
    # An experiment's moves lock its row (select_for_update, messaging/models/lifecycle.py).
    "tests/messaging/test_lifecycle.py::test_start_fixes_the_plan_and_the_arms_and_is_written_to_the_history",
    "tests/messaging/test_lifecycle.py::test_pause_resume_and_conclude_follow_each_other",
    "tests/messaging/test_lifecycle.py::test_promoting_the_winner_makes_it_the_slots_default_and_concludes",
    "tests/messaging/test_lifecycle.py::test_two_experiments_cannot_test_one_slot_at_once",
    "tests/messaging/test_lifecycle.py::test_a_stale_copy_cannot_start_an_experiment_twice",
    "tests/messaging/test_lifecycle.py::test_a_lead_moves_an_experiment_with_the_buttons",
    "tests/messaging/test_workflow_and_roles.py::"
    "test_a_clear_lift_before_the_planned_sample_is_a_winner_the_lead_can_promote",
    # Text in queries: ordering by a lowered title (collation), key lists found with LIKE (its case rules
    # differ).
    "tests/pages/test_lessons.py::test_sorting_orders_the_results",
    "tests/pages/test_lessons.py::test_each_filter_narrows_the_list",
    "tests/pages/test_audiences.py::test_an_audience_view_shows_that_audiences_modules_and_everyones",
    "tests/security/test_hostile_input.py::test_the_english_lesson_overview_sorts_by_title_from_a_to_z",
    # Migrations, setup_database and the restore drill's check.
    "tests/test_project.py::test_models_and_migrations_agree",
    "tests/test_project.py::test_setup_database_runs_again_on_a_site_with_content",
    "tests/operations/test_check_served_site.py",
    # Deleted pages' references put back with bulk_create(ignore_conflicts=True): ON CONFLICT DO NOTHING.
    "tests/editorial/test_links_reference_index.py::test_a_page_linking_to_a_deleted_page_is_reported",
    "tests/editorial/test_links_reference_index.py::test_deleting_a_page_with_its_subpages_leaves_no_links_behind",
    # Not here on purpose: tests/upstream/test_empty_search.py (it builds PostgreSQL's query in Python,
    # no SQL is sent), tests/pages/test_query_bounds.py and test_flat_lessons_and_search.py (the same ORM
    # queries on both; search's own cost is test_search.py's; the demo and 200 campaigns cost a minute),
    # tests/demo/ (.ci/run's restore drill loads the demo into PostgreSQL).
)

#: Fixtures that make every test using them database-specific: transactions really committed (and the
#: tables emptied after). Add a fixture that starts threads writing through connections of their own.
DATABASE_SPECIFIC_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}

_asks_vendor = {}


def asks_vendor(path):
    """Whether the test module at ``path`` looks at ``connection.vendor`` (read once per module)."""
    if path not in _asks_vendor:
        _asks_vendor[path] = re.search(r"\.vendor\b", path.read_text(encoding="utf-8")) is not None
    return _asks_vendor[path]


def is_transactional(item):
    """As pytest-django decides it: the django_db marker closest to the test, its fixtures, its class."""
    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        return not issubclass(cls, TestCase)
    marker = item.get_closest_marker("django_db")
    if marker is not None:
        transaction, reset_sequences, *_rest = validate_django_db(marker)
        if transaction or reset_sequences:
            return True
    return bool(DATABASE_SPECIFIC_FIXTURES & set(item.fixturenames))


def database_specific_entries(config, items):
    """DATABASE_SPECIFIC as (files and folders, single tests); an entry naming nothing is a UsageError."""
    modules = {item.path: item.module for item in items if getattr(item, "module", None) is not None}
    paths, tests = [], set()
    for entry in DATABASE_SPECIFIC:
        file, _, test = entry.partition("::")
        where = config.rootpath / file
        stale = not where.exists()
        if test:
            tests.add(entry)
            stale = stale or (where in modules and not hasattr(modules[where], test.split("::")[0]))
        else:
            paths.append(file)
        if stale:
            raise pytest.UsageError(f"tests/conftest.py DATABASE_SPECIFIC names what is not there: {entry}")
    return tuple(paths), tests


def is_database_specific(item, paths, tests):
    path = item.path.relative_to(item.config.rootpath).as_posix()
    return (
        path.startswith(paths)
        or item.nodeid.split("[", 1)[0] in tests
        or is_transactional(item)
        or asks_vendor(item.path)
    )


def pytest_collection_modifyitems(config, items):
    """Demo tests after the factory-built ones, each asking for the demo first (before any
    module-scoped fixture of its own); the browser tests after both. The database-specific tests
    get their marker (DATABASE_SPECIFIC).

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
    paths, tests = database_specific_entries(config, items)
    for item in items:
        if is_database_specific(item, paths, tests):
            item.add_marker(pytest.mark.database_specific)
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
