"""Workaround: a search text without a word finds nothing, instead of a 500 on PostgreSQL.

Why. Wagtail 8's search backends are django-modelsearch's. Its PostgreSQL backend
(``PostgresSearchQueryCompiler.build_tsquery_content``) splits a plain-text query on whitespace
and hyphens and drops the empty parts (wagtail/django-modelsearch#57 in 1.2: ``to_tsquery`` reads
"poseidon-1234" oddly; #92 in 1.3: "chase-" left an empty lexeme, a tsquery syntax error). A text
of only hyphens and spaces ("-", "--", "- -") leaves no term at all: the method returns None, and
``search()`` passes that None on as the query and reads its ``.config`` (``get_fields_vectors``):
``AttributeError: 'NoneType' object has no attribute 'config'``, a 500 for a visitor who typed
"-". wagtail/django-modelsearch#98 (open) is about the same split.

What. ``has_search_terms(text)`` is the backend's own rule, copied: whether the split leaves a
word. pages/search.py asks it first and answers "no results" when it does not, on both databases
(on SQLite the portable backend would list every page with a hyphen in it: not a search anyone
means). tests/upstream/test_empty_search.py checks that the copy agrees with the installed
backend on every text it tries.

Tested with modelsearch 1.3.x under wagtail 8.0.x (checked in ``install()``). Delete this module,
and its use in pages/search.py, when modelsearch answers such a text with no results: the test's
check of the upstream failure then fails and says so.
"""

import re

from . import require_tested_versions

__all__ = ["has_search_terms", "install"]

TESTED = {"wagtail": ">=8.0,<8.1", "modelsearch": ">=1.3,<1.4"}

#: What PostgresSearchQueryCompiler.build_tsquery_content splits a PlainText query on (modelsearch 1.3).
TERM_SEPARATORS = re.compile(r"[\s\-]+")


def has_search_terms(text):
    """Whether PostgreSQL's search backend finds a term in ``text`` (without one it fails)."""
    return any(TERM_SEPARATORS.split(text))


def install():
    """Refuse to start on a release this copy of the backend's rule was not checked with.
    Called from PagesConfig.ready()."""
    require_tested_versions(TESTED)
