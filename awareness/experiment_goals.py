"""Answers as an experiment's main goal: "right-answer share" (a knowledge question) or "mean
agreement" (an attitude statement), docs/ab-testing.md.

When a visitor answers a question that a running message experiment has as its goal, and that
visitor was counted as having seen one of its variants (the exposure mark in the signed ``vib_ab``
cookie, messaging/api.py), the answer is added to the experiment's own counters (ExperimentCount)
in the visitor's arm, once per visitor and experiment:
- ``answered``: the visitor answered;
- ``right``: a knowledge question answered right;
- ``agree_1`` … ``agree_5``: the point chosen on the agree scale.
So the experiment's results divide right answers (or agreement) by answers, and answers by the
visitors who saw the variant: the answer rate, shown beside every result (messaging/results.py).

The arm is the request's one assignment (messaging/assignment.py), exactly as the guardrail beacon
finds it: never anything the beacon says. Nothing else is stored; the awareness row of the same answer
carries the experiment's slug and the arm (AnswerCount.experiment, .arm).
"""

from django.core import signing

from core.variant_assignment import assignment_of
from messaging.api import COUNTED_COOKIE, COUNTED_SALT, MAX_MARKS, counted_marks
from messaging.assignment import set_experiment_cookie
from messaging.models import ExperimentCount
from messaging.models.counters import EXPOSURE
from messaging.models.goals import KNOWLEDGE
from messaging.running import running_experiments

ANSWERED, RIGHT = "answered", "right"
AGREE_PREFIX = "agree_"


def measuring_experiments(request, question):
    """[(experiment data, arm)]: the running experiments with this question as their goal that this
    visitor has seen, with the visitor's arm; [] for a visitor without a signed visitor cookie."""
    assignment = assignment_of(request)
    if getattr(assignment, "signed_id", None) is None:
        return []
    measuring = [
        data
        for data in running_experiments().values()
        if data.get("goal_question_id") == question.pk and data.get("answer_goal") == question.kind
    ]
    if not measuring:
        return []
    seen = {mark.removesuffix(f":{EXPOSURE}") for mark in counted_marks(request) if mark.endswith(f":{EXPOSURE}")}
    return [(data, assignment.arm(data)) for data in measuring if data["slug"] in seen]


def goal_rows(question, option):
    """The counters one answer adds 1 to."""
    if question.kind == KNOWLEDGE:
        return (ANSWERED, RIGHT) if question.is_right(option) else (ANSWERED,)
    return (ANSWERED, f"{AGREE_PREFIX}{option}")


def count_answer(request, response, measuring, question, option, language):
    """+1 on each goal row of each experiment not counted for this visitor yet; the marks go in
    ``vib_ab`` like a conversion's, so a visitor's second answer (another day) is not counted again."""
    marks = counted_marks(request)
    new_marks = []
    for data, arm in measuring:
        mark = f"{data['slug']}:{ANSWERED}"
        if mark in marks:
            continue
        for row in goal_rows(question, option):
            ExperimentCount.add_one(data["id"], arm, row, language)
        new_marks.append(mark)
    if new_marks:
        kept = (marks + new_marks)[-MAX_MARKS:]
        set_experiment_cookie(response, COUNTED_COOKIE, signing.dumps(kept, salt=COUNTED_SALT, compress=True))
