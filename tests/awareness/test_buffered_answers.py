"""Answers in a spike wait in Redis like every other count (core/buffered_counting.py), and a flush
writes them exactly: an answer's row keeps the page as a number (not a foreign key), and numbers are
buffered within the range the column takes. Redis here is our own, started on a free port and
stopped by its pid (tests/redis_counts.py)."""

import datetime

import pytest

from awareness.models import AnswerCount
from core.buffered_counting import cell_field, flush, parse_field

from .conftest import answer_json, browser, fields


def answer_cell(**changes):
    return {
        "question": 3,
        "option": "true",
        "day": datetime.date(2026, 12, 7),
        "page": 41,
        "audience": "parents",
        "language": "nl",
        "half": "after",
        "experiment": "",
        "arm": "",
        **changes,
    }


def test_an_answer_cell_is_bufferable_and_comes_back_the_same():
    field = cell_field(AnswerCount, answer_cell())
    assert field is not None
    model, cell = parse_field(field)
    assert model is AnswerCount and cell == {**answer_cell(), "question": 3}


@pytest.mark.parametrize("page", [-1, 2**31, True, "41", 4.0])
def test_a_page_the_column_would_refuse_is_not_buffered_but_written_at_once(page):
    """Written straight to the database instead, where it fails as before rather than spoil a batch."""
    assert cell_field(AnswerCount, answer_cell(page=page)) is None


def test_answers_wait_in_redis_and_a_flush_writes_each_once(buffered, question, campaign):
    for option in ("true", "true", "false"):
        client = browser()  # three visitors
        assert answer_json(client, fields(question, campaign, option=option)).status_code == 200
    assert not AnswerCount.objects.exists(), "the answers wait in Redis"
    flush()
    written = {row.option: row.count for row in AnswerCount.objects.filter(question=question)}
    assert written == {"true": 2, "false": 1, "shown": 3}
    flush()  # nothing left: nothing doubled
    assert sum(AnswerCount.objects.values_list("count", flat=True)) == 6
