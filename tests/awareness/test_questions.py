"""The question snippet: what an editor must write for each kind, and where a question can be shown."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.models import WorkflowContentType

from awareness.models import AGREE_SCALE, AwarenessQuestion
from pages.models import ImagesOfflinePage
from tests import factories

pytestmark = pytest.mark.django_db


def errors_of(question):
    with pytest.raises(ValidationError) as raised:
        question.clean()
    return set(raised.value.message_dict)


def test_a_knowledge_question_needs_its_right_answer_and_explanation():
    question = factories.AwarenessQuestionFactory.build(right_answer="", explanation_nl="", explanation_en="")
    assert errors_of(question) == {"right_answer", "explanation"}


def test_options_are_written_from_the_first_without_gaps_and_the_right_one_is_among_them():
    question = factories.AwarenessQuestionFactory.build(option_1_nl="Ja", option_3_nl="Nee", right_answer="1")
    assert "option_1" in errors_of(question)
    question = factories.AwarenessQuestionFactory.build(option_1_nl="Ja", option_2_nl="Nee", right_answer="3")
    assert errors_of(question) == {"right_answer"}
    question = factories.AwarenessQuestionFactory.build(option_1_nl="Alleen deze", right_answer="1")
    assert "option_2" in errors_of(question)
    ok = factories.AwarenessQuestionFactory.build(
        option_1_nl="Ja", option_2_nl="Nee", option_3_nl="Weet niet", right_answer="2"
    )
    ok.clean()
    assert [key for key, _label in ok.choices()] == ["1", "2", "3"] and ok.is_right("2") and not ok.is_right("1")


def test_an_attitude_question_is_answered_on_the_agree_scale_with_no_right_answer():
    question = factories.AwarenessQuestionFactory.build(kind="attitude", right_answer="true")
    assert errors_of(question) == {"right_answer"}
    question = factories.AwarenessQuestionFactory.build(kind="attitude", right_answer="", explanation_nl="")
    question.clean()
    assert question.choices() == AGREE_SCALE and question.is_right("5") is None


def test_a_question_has_drafts_revisions_locking_and_the_review_workflow():
    question = factories.AwarenessQuestionFactory()
    revision = question.save_revision()
    assert revision.content_object == question
    for attribute in ("get_workflow", "locked", "latest_revision", "has_unpublished_changes"):
        assert hasattr(question, attribute)
    assert AwarenessQuestion._meta.get_field("statement_en") and AwarenessQuestion._meta.get_field("explanation_ar")


def test_the_takedown_route_shows_no_modules_so_no_question():
    """Questions are placed in audience modules; the "get images offline" route has none."""
    assert not any(field.name == "module_placements" for field in ImagesOfflinePage._meta.get_fields())


def test_experts_submit_questions_and_leads_approve_them_in_the_message_workflow():
    question = factories.AwarenessQuestionFactory()
    assert question.get_workflow().name == "Berichten en experimenten goedkeuren"
    assert WorkflowContentType.objects.filter(content_type__app_label="awareness").exists()
    experts = set(Group.objects.get(name="Communicatie-experts").permissions.values_list("codename", flat=True))
    leads = set(Group.objects.get(name="Campagneleiding").permissions.values_list("codename", flat=True))
    assert {"add_awarenessquestion", "change_awarenessquestion"} <= experts
    assert "publish_awarenessquestion" not in experts and "publish_awarenessquestion" in leads
