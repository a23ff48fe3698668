"""Guardrail counts stay exact with many writers at once (PostgreSQL: each thread its own connection)."""

import threading

import pytest
from django.db import connection, connections

from messaging.models import Experiment, GuardrailCount, MessageSlot
from messaging.models.counters import QUICK_EXIT


@pytest.fixture
def experiment_site():
    """Not the shared experiment site: its rows sit in an uncommitted outer transaction that the
    writer threads' own connections could not see (and could wait on)."""


WRITERS, INCREMENTS = 8, 50


@pytest.mark.django_db(transaction=False)
def test_concurrent_guardrail_increments_lose_nothing_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("exact under concurrency is tested on PostgreSQL")
    ready = {}

    def in_own_connection(work):
        def run():
            try:
                work()
            finally:
                connections.close_all()

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()

    def setup():
        slot = MessageSlot.objects.create(name="Guardrail concurrency", key="guardrail-concurrency")
        ready["slot"] = slot.pk
        ready["pk"] = Experiment.objects.create(name="Guardrail concurrency", slug="guardrail-conc", slot=slot).pk

    in_own_connection(setup)
    errors, start = [], threading.Barrier(WRITERS)

    def write(index):
        try:
            start.wait()
            for _ in range(INCREMENTS):
                GuardrailCount.add_one(ready["pk"], "ab"[index % 2], QUICK_EXIT, "nl")
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write, args=(index,)) for index in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    totals = {}

    def read_and_clean():
        totals.update({row.variant: row.count for row in GuardrailCount.objects.filter(experiment_id=ready["pk"])})
        Experiment.objects.filter(pk=ready["pk"]).delete()
        MessageSlot.objects.filter(pk=ready["slot"]).delete()

    in_own_connection(read_and_clean)
    assert errors == []
    assert totals == {"a": WRITERS // 2 * INCREMENTS, "b": WRITERS // 2 * INCREMENTS}
