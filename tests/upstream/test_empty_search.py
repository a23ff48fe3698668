"""upstream/empty_search.py: its copy of the PostgreSQL search backend's rule agrees with the
installed modelsearch, and the upstream failure it works around is still there.

Both checks build the backend's query in Python only (no SQL is sent), so they run on SQLite too.
"""

import pytest
from django.core.exceptions import ImproperlyConfigured
from hypothesis import example, given
from hypothesis import strategies as st
from modelsearch.backends.database.postgres.postgres import PostgresSearchQueryCompiler
from modelsearch.query import PlainText
from wagtail.search.backends import get_search_backend

from pages.models import CampaignPage
from tests.security.profiles import hostile
from upstream import empty_search
from upstream.empty_search import has_search_terms

POSTGRES_BACKEND = "wagtail.search.backends.database.postgres.postgres"
FIELDS = ["search_text_nl"]  # what pages/search.py searches: one language column


def backend_builds_a_query(text):
    """Whether the installed PostgreSQL backend makes a text-search query of ``text`` (None: it cannot)."""
    compiler = PostgresSearchQueryCompiler(CampaignPage.objects.all(), PlainText(text, operator="and"), fields=FIELDS)
    return compiler.build_tsquery(compiler.query, config="dutch") is not None


@pytest.mark.parametrize(
    ("text", "has_terms"),
    [
        ("-", False),
        ("--", False),
        (" - - ", False),
        ("-\u00a0-\u3000-\u2028", False),
        ("foto", True),
        ("-foto", True),
        ("foto-", True),
        ("e-mail", True),
        ("\u2013", True),  # an en dash is no hyphen to the backend: a (useless, harmless) term
        ("!", True),
        ("-\u200b", True),
    ],
)
def test_words_are_what_the_backend_finds_in_a_text(text, has_terms):
    assert has_search_terms(text) is has_terms
    assert backend_builds_a_query(text) is has_terms


@hostile(200)
@given(text=st.text(st.sampled_from("-\u2010\u2013 \t\n\u00a0\u3000\u2028\u200bab!'"), max_size=12) | st.text())
@example(text="")
def test_the_copy_agrees_with_the_installed_backend_on_any_text(text):
    assert has_search_terms(text) is backend_builds_a_query(text)


def test_modelsearch_still_fails_on_a_text_without_words():
    """When this fails, modelsearch handles such a text itself: delete upstream/empty_search.py
    and its use in pages/search.py (tests/pages/test_search.py and tests/security/ still guard it)."""
    backend = get_search_backend(POSTGRES_BACKEND, SEARCH_CONFIG="dutch")
    results = backend.search("-", CampaignPage.objects.all(), fields=FIELDS, operator="and")
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'config'"):
        results.get_queryset()


def test_it_refuses_an_untested_modelsearch(monkeypatch):
    import importlib.metadata

    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda name: "1.4.0" if name == "modelsearch" else real(name))
    with pytest.raises(ImproperlyConfigured, match="modelsearch 1.4.0 is installed"):
        empty_search.install()
