"""Reach counts stay exact with many writers at once (PostgreSQL: each thread its own connection)."""

import threading

import pytest
from django.db import connection, connections
from wagtail.models import Page

from reach.models import ReachCount

WRITERS = 8
INCREMENTS = 50


def in_own_connection(work):
    """Run work in a thread of its own, so it commits outside the test's transaction."""
    result, errors = {}, []

    def run():
        try:
            result["value"] = work()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert not errors, errors
    return result.get("value")


@pytest.mark.django_db(transaction=False)
def test_concurrent_beacons_lose_nothing_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("counting under concurrency is tested on PostgreSQL (CI runs it)")
    # Not a shared site (tests/shared_rows.py): its rows sit in an uncommitted outer transaction
    # the writers' own connections could not see (and could wait on). Wagtail's root page is
    # committed by the migrations; the counts are written against it and removed at the end.
    page_pk = in_own_connection(lambda: Page.get_first_root_node().pk)
    cells = [  # two cells written at once by every writer: a view and a quick exit of parents
        {"page": page_pk, "audience": "parents", "language": "nl", "referrer": "none", "event": "view"},
        {"page": page_pk, "audience": "parents", "language": "en", "referrer": "search", "event": "quick_exit"},
    ]
    errors = []
    start = threading.Barrier(WRITERS)

    def write(index):
        try:
            start.wait()
            for step in range(INCREMENTS):
                ReachCount.add_one(**cells[(index + step) % 2])
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(index,)) for index in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    def read_and_clean():
        rows = ReachCount.objects.filter(page_id=page_pk)
        totals = dict(rows.values_list("event", "count"))
        rows.delete()
        return totals

    totals = in_own_connection(read_and_clean)
    assert not errors, errors
    assert totals == {"view": WRITERS * INCREMENTS // 2, "quick_exit": WRITERS * INCREMENTS // 2}
