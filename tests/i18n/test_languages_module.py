"""core/languages.py: the site's languages, and which language a translated field shows."""

from types import SimpleNamespace

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core import languages
from pages.models import AudienceModule, HelpService


def test_the_site_speaks_dutch_first_then_english_and_writes_turkish_and_arabic():
    assert languages.codes() == ["nl", "en", "tr", "ar"]
    assert languages.default() == "nl"
    assert [code for code, _name in languages.choices()] == ["nl", "en", "tr", "ar"]


def test_the_public_sees_all_four_languages():
    assert languages.public_codes() == ["nl", "en", "tr", "ar"]
    assert languages.is_public("en") and languages.is_public("tr") and languages.is_public("ar")
    assert not languages.is_public("de") and not languages.is_public(None)
    assert languages.public_or_default("ar") == "ar"
    assert languages.public_or_default("de") == "nl"


def test_a_language_switched_off_in_the_list_is_not_public(settings):
    settings.SITE_LANGUAGES = [{**language, "public": language["code"] != "ar"} for language in settings.SITE_LANGUAGES]
    assert languages.public_codes() == ["nl", "en", "tr"]
    assert not languages.is_public("ar") and languages.is_site_language("ar")
    assert languages.public_or_default("ar") == "nl"
    assert languages.others_public("tr") == ["nl", "en"]


def test_arabic_is_written_right_to_left_and_each_language_has_its_search_configuration():
    assert languages.direction("ar") == "rtl"
    assert [languages.direction(code) for code in ("nl", "en", "tr")] == ["ltr", "ltr", "ltr"]
    assert languages.name_in_itself("tr") == "Türkçe"
    assert languages.name_in_itself("ar") == "العربية"
    assert [languages.search_config(code) for code in languages.codes()] == ["dutch", "english", "turkish", "arabic"]


def test_others_are_the_languages_besides_the_given_one():
    assert languages.others() == ["en", "tr", "ar"]
    assert languages.others("en") == ["nl", "tr", "ar"]
    assert languages.others_public("en") == ["nl", "tr", "ar"]
    assert languages.others_public() == ["en", "tr", "ar"]


@override_settings(
    SITE_LANGUAGES=[
        {"code": "nl", "name": "Nederlands", "direction": "ltr", "public": True},
        {"code": "en", "name": "English", "direction": "ltr", "public": True},
        {"code": "fy", "name": "Frysk", "direction": "ltr", "public": True},
    ],
    LANGUAGES=[("nl", _("Dutch")), ("en", _("English")), ("fy", "Frisian")],
)
def test_a_language_without_a_search_configuration_gets_the_simple_one():
    assert languages.search_config("fy") == "simple"
    assert languages.is_public("fy")
    assert languages.name_in_itself("fy") == "Frysk"


@pytest.mark.parametrize("code", ["nl", "en"])
def test_site_languages_are_recognised(code):
    assert languages.is_site_language(code)


@pytest.mark.parametrize("value", ["de", "", "NL", "nl-be", None, ["nl"], {"en": 1}, 1])
def test_anything_else_is_no_site_language(value):
    assert not languages.is_site_language(value)


def test_language_names_follow_the_reader_but_each_language_also_names_itself():
    with translation.override("en"):
        assert str(languages.name("nl")) == "Dutch"
        assert languages.name_in_itself("nl") == "Nederlands"
        assert languages.name_in_itself("en") == "English"
    with translation.override("nl"):
        assert str(languages.name("en")) == "Engels"
        assert languages.name_in_itself("nl") == "Nederlands"
        assert languages.name_in_itself("en") == "English"


def test_active_is_the_language_being_served():
    with translation.override("en"):
        assert languages.active() == "en"
    with translation.override("nl"):
        assert languages.active() == "nl"


def test_active_maps_a_regional_variant_onto_the_site_language():
    with translation.override("en-gb"):
        assert languages.active() == "en"


def test_active_is_the_default_language_when_none_is_active():
    with translation.override(None):
        assert languages.active() == "nl"


@pytest.mark.parametrize(
    ("path", "code"),
    [("/en/help/", "en"), ("/nl/hulp/", "nl"), ("/", "nl"), ("", "nl"), ("/de/x/", "nl"), ("/english/", "nl")],
)
def test_from_path_reads_the_language_prefix(path, code):
    assert languages.from_path(path) == code


def test_column_names_a_field_in_one_language():
    assert languages.column("title", "en") == "title_en"
    assert languages.column("search_text", "nl") == "search_text_nl"


@override_settings(LANGUAGES=[("nl", _("Dutch")), ("en", _("English")), ("fy", "Frysk")])
def test_the_languages_come_from_the_settings():
    assert languages.codes() == ["nl", "en", "fy"]
    assert languages.others() == ["en", "fy"]
    assert languages.is_site_language("fy")


# -- which language a field shows -------------------------------------------------------

TRANSLATED = SimpleNamespace(title_nl="Echt of nep?", title_en="Real or fake?", intro_nl="Lees dit", intro_en="")


@pytest.mark.parametrize("code", ["nl", "en"])
def test_a_field_with_its_own_text_shows_in_that_language(code):
    assert languages.own_value(TRANSLATED, "title", code) == getattr(TRANSLATED, f"title_{code}")
    assert languages.has_own_value(TRANSLATED, "title", code)
    assert languages.shown_language(TRANSLATED, "title", code) == code


def test_an_empty_english_field_falls_back_to_dutch():
    assert languages.own_value(TRANSLATED, "intro", "en") == ""
    assert not languages.has_own_value(TRANSLATED, "intro", "en")
    assert languages.shown_language(TRANSLATED, "intro", "en") == "nl"
    assert languages.shown_language(TRANSLATED, "intro", "nl") == "nl"


def test_without_a_language_the_active_one_is_asked():
    with translation.override("en"):
        assert languages.own_value(TRANSLATED, "title") == "Real or fake?"
        assert languages.shown_language(TRANSLATED, "intro") == "nl"
    with translation.override("nl"):
        assert languages.own_value(TRANSLATED, "title") == "Echt of nep?"
        assert languages.shown_language(TRANSLATED, "intro") == "nl"


def test_a_field_that_is_not_translated_is_shown_in_the_active_language():
    untranslated = SimpleNamespace(phone="0800-0000")
    assert languages.shown_language(untranslated, "phone", "en") == "en"
    assert languages.own_value(untranslated, "phone", "en") is None


def test_a_model_field_falls_back_as_modeltranslation_shows_it():
    service = HelpService(name_nl="Hulplijn", name_en="", for_whom_nl="Iedereen", for_whom_en="Everyone")
    with translation.override("en"):
        assert service.name == "Hulplijn"  # what a visitor reads …
        assert languages.shown_language(service, "name") == "nl"  # … and the lang="…" it needs
        assert languages.shown_language(service, "for_whom") == "en"


def test_a_streamfield_counts_as_translated_when_it_has_blocks():
    block = ("call_to_action", {"heading": "Hulp", "button_label": "Bel", "url": "https://example.org/"})
    module = AudienceModule(name="m", audiences=["everyone"], content_nl=[block], content_en=[])
    assert languages.has_own_value(module, "content", "nl")
    assert not languages.has_own_value(module, "content", "en")
    with translation.override("en"):
        assert module.shown_language == "nl"
    module.content_en = [block]
    with translation.override("en"):
        assert module.shown_language == "en"


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "expected"), [("nl", ["Aardig", "Blauw"]), ("en", ["Blauw", "Crimson"])])
def test_the_database_expression_falls_back_the_same_way(code, expected):
    """Sorting by the title a visitor reads: the English where there is one, the Dutch otherwise."""
    made = [
        HelpService.objects.create(name_nl="Blauw", name_en="", for_whom="x", description="x", situations=[]),
        HelpService.objects.create(name_nl="Aardig", name_en="Crimson", for_whom="x", description="x", situations=[]),
    ]
    shown = (
        HelpService.objects.filter(pk__in=[service.pk for service in made])
        .annotate(shown=languages.shown_value_expression("name", code))
        .order_by("shown")
        .values_list("shown", flat=True)
    )
    assert list(shown) == expected


@pytest.mark.django_db
def test_the_database_expression_uses_the_active_language_by_default():
    service = HelpService.objects.create(name_nl="Hulp", name_en="Help", for_whom="x", description="x", situations=[])
    with translation.override("en"):
        query = HelpService.objects.filter(pk=service.pk).annotate(shown=languages.shown_value_expression("name"))
        assert query.get().shown == "Help"
