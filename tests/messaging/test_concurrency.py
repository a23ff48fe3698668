"""Counts stay exact with many writers at once (PostgreSQL: each thread its own connection)."""

import threading

import pytest
from django.db import connection, connections

from messaging.models import Experiment, ExperimentCount, MessageSlot

WRITERS = 8
INCREMENTS = 50


@pytest.fixture
def experiment_site():
    """Not the shared experiment site: its rows sit in an uncommitted outer transaction that the
    writer threads' own connections could not see (and could wait on)."""


@pytest.mark.django_db(transaction=False)
def test_concurrent_increments_lose_nothing_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("row locking under concurrency is tested on PostgreSQL (CI runs it)")
    # The test's own transaction is invisible to the writer threads, so they work on a
    # committed experiment of their own, made and removed through a separate connection.
    ready = {}

    def setup():
        try:
            slot = MessageSlot.objects.create(name="Concurrency test", key="concurrency-test")
            ready["slot"] = slot.pk
            ready["pk"] = Experiment.objects.create(name="Concurrency test", slug="concurrency-test", slot=slot).pk
        finally:
            connections.close_all()

    worker = threading.Thread(target=setup)
    worker.start()
    worker.join()
    errors = []
    start = threading.Barrier(WRITERS)

    def write():
        try:
            start.wait()
            for _ in range(INCREMENTS):
                ExperimentCount.add_one(ready["pk"], "a", "exposure", "nl")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write) for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    totals = {}

    def read_and_clean():
        try:
            totals["count"] = sum(
                ExperimentCount.objects.filter(experiment_id=ready["pk"]).values_list("count", flat=True)
            )
            totals["rows"] = ExperimentCount.objects.filter(experiment_id=ready["pk"]).count()
            ExperimentCount.objects.filter(experiment_id=ready["pk"]).delete()
            Experiment.objects.filter(pk=ready["pk"]).delete()
            MessageSlot.objects.filter(pk=ready["slot"]).delete()
        finally:
            connections.close_all()

    worker = threading.Thread(target=read_and_clean)
    worker.start()
    worker.join()
    assert not errors, errors
    assert totals == {"count": WRITERS * INCREMENTS, "rows": 1}
