"""A small public site for the operations tests (cache, CDN, outages, headers)."""

import pytest

from home.models import HomePage
from tests import factories
from tests.shared_rows import shared_by_module


@pytest.fixture(scope="module")
def public_site_rows(django_db_setup, django_db_blocker):
    with shared_by_module(django_db_blocker, factories.build_public_site) as home:
        yield home.pk


@pytest.fixture
def public_site(public_site_rows, db):
    """One page of every public section at its known address (factories.build_public_site),
    built once per module; returns the home page, read afresh for each test."""
    return HomePage.objects.get(pk=public_site_rows)
