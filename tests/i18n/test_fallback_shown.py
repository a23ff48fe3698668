"""What a visitor sees when a translated field falls back: the Dutch text, marked as Dutch."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.template.loader import render_to_string
from django.utils import translation

from pages.models import HelpService, LessonPage


def lesson(title_en):
    return LessonPage(
        title="Echt of nep?",
        title_nl="Echt of nep?",
        title_en=title_en,
        levels=["vo-1"],
        subjects=[],
        min_age=12,
        max_age=13,
        duration_minutes=50,
    )


def language_fact(lesson_page, language):
    with translation.override(language):
        html = render_to_string("pages/includes/lesson_facts.html", {"lesson": lesson_page, "LANGUAGE_CODE": language})
    facts = BeautifulSoup(html, "html.parser")
    return {dt.get_text(): dt.find_next("dd").get_text() for dt in facts.select("dt")}.get("Language")


@pytest.mark.django_db
def test_an_english_lesson_list_says_when_a_lesson_is_dutch_only():
    assert language_fact(lesson(title_en=""), "en") == "Dutch only"


@pytest.mark.django_db
@pytest.mark.parametrize(("title_en", "language"), [("Real or fake?", "en"), ("", "nl"), ("Real or fake?", "nl")])
def test_no_language_note_where_the_lesson_is_in_the_readers_language(title_en, language):
    assert language_fact(lesson(title_en=title_en), language) is None


@pytest.mark.parametrize(("name_en", "lang"), [("", "nl"), ("Helpline", "en")])
def test_the_field_language_tag_marks_dutch_text_on_an_english_page(name_en, lang):
    service = HelpService(name="Hulplijn", name_nl="Hulplijn", name_en=name_en)
    template = Template("{% load site_tags %}<p lang=\"{% field_language service 'name' %}\">{{ service.name }}</p>")
    with translation.override("en"):
        html = template.render(Context({"service": service}))
    paragraph = BeautifulSoup(html, "html.parser").p
    assert paragraph["lang"] == lang
    assert paragraph.get_text() == (name_en or "Hulplijn")
