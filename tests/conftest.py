"""Shared fixtures: one test database per run, set up the way `make run` sets up a site.

pytest-django creates the database with the patched ``migrate`` of
wagtail-modeltranslation; we then run the same two follow-up commands as
``setup_database`` and load the demo content once. Each test runs in a
transaction that is rolled back, so tests may change pages freely.
"""

import pytest
from django.core.management import call_command
from django.test import Client


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)
        call_command("set_translation_url_paths", verbosity=0)
        call_command("load_demo_content", verbosity=0)


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

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def no_page_cache(settings):
    """For tests that count what rendering a page costs: every request renders."""
    settings.PAGE_CACHE_ENABLED = False
