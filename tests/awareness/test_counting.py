"""Answer counts: exact with many writers at once on PostgreSQL, and nothing personal in the rows or
the logs (as for reach, tests/reach/test_no_personal_data.py)."""

import logging
import threading

import pytest
from django.db import connection, connections
from django.utils import timezone

from awareness.models import AnswerCount, AwarenessQuestion
from tests.awareness.conftest import answer_form, answer_json, browser, fields

# Commits outside the test's transaction, which the writer threads could not see; a transactional test
# would flush every table afterwards, the page tree included, for the tests that follow.
from tests.reach.test_reach_concurrency import in_own_connection

WRITERS = 8
INCREMENTS = 50
ADDRESS = "203.0.113.77"
AGENT = "Mozilla/5.0 (X11; Linux x86_64) UniqueBrowserMarker/4242"


def every_answer_row_as_text():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {connection.ops.quote_name(AnswerCount._meta.db_table)}")  # noqa: S608
        return "\n".join(repr(row) for row in cursor.fetchall())


@pytest.mark.usefixtures("question_site")
def test_answers_leave_no_address_browser_or_visitor_id_in_rows_or_logs(question, campaign, caplog):
    caplog.set_level(logging.DEBUG)
    client = browser(REMOTE_ADDR=ADDRESS, HTTP_X_FORWARDED_FOR=ADDRESS, user_agent=AGENT)
    client.cookies["vib_visitor"] = "0123456789abcdef0123456789abcdef:forged"
    assert answer_json(client, fields(question, campaign, event="shown")).status_code == 204
    assert answer_form(client, fields(question, campaign, option="true")).status_code == 303
    assert answer_form(client, fields(question, campaign, option="x")).status_code == 400  # a logged 4xx too
    assert sum(AnswerCount.objects.values_list("count", flat=True)) == 2  # shown, then the answer
    rows = every_answer_row_as_text()
    logged = "\n".join(record.getMessage() for record in caplog.records) + caplog.text
    assert "Bad Request: /api/awareness" in logged
    for secret in (ADDRESS, "UniqueBrowserMarker", "0123456789abcdef"):
        assert secret not in rows and secret not in logged


@pytest.mark.django_db(transaction=False)
def test_concurrent_answers_lose_nothing_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("row locking under concurrency is tested on PostgreSQL (CI runs it)")
    question_id = in_own_connection(
        lambda: (
            AwarenessQuestion.objects.create(
                name="Gelijktijdig",
                statement="Klopt dit?",
                right_answer="true",
                explanation="Ja.",
                audiences=["everyone"],
            ).pk
        )
    )
    errors, start = [], threading.Barrier(WRITERS)
    cell = {
        "question": question_id,
        "option": "true",
        "day": timezone.localdate(),
        "page": 1,
        "audience": "parents",
        "language": "nl",
        "half": "after",
        "experiment": "",
        "arm": "",
    }

    def write():
        try:
            start.wait()
            for _ in range(INCREMENTS):
                AnswerCount.add_one(**cell)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=write) for _ in range(WRITERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    def read_and_clean():
        counts = list(AnswerCount.objects.filter(question_id=question_id).values_list("count", flat=True))
        AwarenessQuestion.objects.filter(pk=question_id).delete()  # its counts go with it
        return counts

    counts = in_own_connection(read_and_clean)
    assert not errors, errors
    assert counts == [WRITERS * INCREMENTS]
