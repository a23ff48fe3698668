"""The prevention routes' answers, read from the query string alone (pages/prevention_route.py)."""

from django.http import QueryDict
from django.utils import translation

from pages import prevention_route
from pages.prevention_route import BYSTANDER_QUESTIONS, bystander_steps, read_answers


def read(query):
    return read_answers(QueryDict(query), BYSTANDER_QUESTIONS)


def test_the_first_question_is_asked_first_and_nothing_is_invalid_yet():
    answers = read("")
    assert answers.question == "reader" and not answers.invalid and answers.number() == 1 and answers.total() == 2


def test_a_value_that_is_not_an_option_or_a_repeated_answer_asks_that_question_again():
    for query in ("reader=young&age=twelve", "reader=young&age=under-18&age=18-or-over"):
        answers = read(query)
        assert (answers.question, answers.invalid, answers.answers) == ("age", True, {"reader": "young"}), query


def test_the_route_keeps_only_the_chosen_options_and_each_change_link_asks_that_question_again():
    answers = read("reader=young&age=under-18&name=Sam")  # a typed extra never reaches the answers
    assert answers.is_route and answers.earlier() == [("reader", "young"), ("age", "under-18")]
    assert answers.without("age") == [("reader", "young")] and answers.without("reader") == []
    assert answers.previous_question() == "age"
    with translation.override("en"):
        assert str(answers.label("age")) == "Under 18"


def test_not_knowing_the_age_gives_the_route_for_someone_under_18():
    assert bystander_steps(read("reader=young&age=not-sure")) == bystander_steps(read("reader=young&age=under-18"))
    assert "meldpunt" in bystander_steps(read("reader=adult&age=not-sure"))


def test_not_forwarding_comes_first_then_reporting_then_supporting_the_person():
    for query in ("reader=young&age=under-18", "reader=adult&age=18-or-over"):
        steps = bystander_steps(read(query))
        assert steps[0] == "no-forward"
        assert steps.index("report") < steps.index("support"), query


def test_a_young_reader_is_told_to_tell_an_adult_and_an_adult_reads_their_own_role():
    assert "trusted-adult" in bystander_steps(read("reader=young&age=18-or-over"))
    adult = bystander_steps(read("reader=adult&age=18-or-over"))
    assert "adult-role" in adult and "trusted-adult" not in adult and "meldpunt" not in adult


def test_every_step_has_a_heading():
    keys = {
        key
        for query in ("reader=young&age=not-sure", "reader=adult&age=18-or-over")
        for key in bystander_steps(read(query))
    }
    assert keys <= set(prevention_route.BYSTANDER_STEP_HEADINGS)
