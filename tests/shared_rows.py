"""Rows built once per test module instead of once per test, still never committed."""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def shared_by_module(django_db_blocker, build):
    """Rows that ``build()`` makes, shared by every test of a module and gone at its end.

    Building the public site costs most of a second; a module of a hundred tests paid it a
    hundred times. Here it is built once, inside an outer transaction: each test's own
    transaction (pytest-django's) becomes a savepoint within it, so every test still starts
    from the rows as built and its own changes are still undone after it. The outer
    transaction is rolled back when the module ends, so nothing is ever committed and no other
    module sees these rows.

    Not for tests whose threads write through connections of their own (they cannot see
    uncommitted rows), nor for transactional tests (they empty the tables).
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield built
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
