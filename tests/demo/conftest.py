"""The demo's own tests run against the demo content."""

import pytest
from django.core.management import call_command

from home.models import HomePage


@pytest.fixture(autouse=True)
def demo_loaded(db):
    """The demo content, loaded unless the session already did (then this costs one query)."""
    if not HomePage.objects.exists():
        call_command("load_demo_content", verbosity=0)
