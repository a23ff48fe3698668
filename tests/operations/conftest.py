"""A small public site for the operations tests (cache, CDN, outages, headers)."""

import pytest

from tests import factories


@pytest.fixture
def public_site(db):
    """One page of every public section at its known address (factories.build_public_site)."""
    return factories.build_public_site()
