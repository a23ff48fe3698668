"""The plain-language (B1) check: scores, long sentences and words, targets, advice.

Pure functions: no database. Texts are about online photo safety, like the campaign's own.
"""

import json
import math
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.utils import translation
from wagtail import blocks
from wagtail.rich_text import RichText

from editorial import readability
from editorial.readability import (
    AUDIENCE_TARGETS,
    LONG_SENTENCE_WORDS,
    explain,
    plain_text,
    score_fields,
    score_text,
)
from upstream.textstat_import import textstat

NL_PLAIN = (
    "Zet je foto's niet zomaar online. Kijk eerst wie ze kan zien. "
    "Vraag het aan een vriend als je twijfelt. Deel nooit een foto van een ander zonder te vragen."
)
NL_COMPLEX = (
    "Het ongevraagd verspreiden van beeldmateriaal waarop minderjarigen herkenbaar in beeld worden "
    "gebracht, kan, zeker wanneer de privacyinstellingen van het desbetreffende socialemediaprofiel "
    "onvoldoende zorgvuldig zijn geconfigureerd, leiden tot onomkeerbare reputatieschade die in "
    "sommige gevallen zelfs tijdens de gemeenteraadsverkiezingen nog door kwaadwillende partijen "
    "wordt misbruikt. Raadpleeg derhalve uitsluitend geverifieerde informatievoorzieningen."
)
EN_PLAIN = (
    "Think before you post a photo. Check who can see it. Ask a friend if you are not sure. "
    "Never share a photo of someone else without asking."
)
EN_COMPLEX = (
    "The unauthorised dissemination of photographic material in which identifiable minors are "
    "depicted may, particularly when the privacy configurations of the relevant social media "
    "profile have been insufficiently considered, result in irreversible reputational damage that "
    "malicious organisations occasionally exploit during municipal electoral campaigns. "
    "Consequently, consult exclusively verified informational resources."
)
# Fine for parents (B1), too hard for young people (A2): short sentences, some long words.
NL_MIDDLE = (
    "Een foto die je online zet, blijft vaak heel lang bestaan. Controleer daarom altijd je "
    "privacyinstellingen voordat je iets deelt. Bespreek met je kinderen welke afbeeldingen ze wel "
    "en niet mogen plaatsen."
)
# The same content, first as one sentence of 30 words, then rewritten as three.
NL_ONE_LONG = (
    "Als je een foto van je kind online zet en je privacyinstellingen niet goed hebt ingesteld "
    "kunnen ook mensen die je niet kent die foto zien en opslaan voor later."
)
NL_REWRITTEN = (
    "Zet je een foto van je kind online? Heb je je privacyinstellingen niet goed ingesteld? "
    "Dan kunnen ook mensen die je niet kent die foto zien en opslaan voor later."
)
EN_ONE_LONG = (
    "If you post a photo of your child online and your privacy settings are not set up well, "
    "people you do not know can see that photo and save it."
)
EN_REWRITTEN = (
    "Do you post a photo of your child online? Are your privacy settings not set up well? "
    "Then people you do not know can see that photo and save it."
)
# textstat's constants: Flesch-Douma for Dutch, Flesch reading ease for English.
FORMULAS = {"nl": (206.835, 0.93, 77), "en": (206.835, 1.015, 84.6)}


def textstat_counts(text, locale):
    with readability._LOCK:
        textstat.set_lang(locale)
        counts = textstat.lexicon_count(text), textstat.sentence_count(text), textstat.syllable_count(text)
        textstat.set_lang("en_US")
    return counts


def numbers(score):
    return (
        score.score,
        score.words,
        score.sentences,
        score.average_sentence_words,
        score.long_sentences,
        score.long_words,
        score.level,
    )


@pytest.mark.parametrize("language, plain, complex_", [("nl", NL_PLAIN, NL_COMPLEX), ("en", EN_PLAIN, EN_COMPLEX)])
def test_plain_text_scores_higher_than_complex_text(language, plain, complex_):
    easy, hard = score_text(plain, language), score_text(complex_, language)
    assert easy.score > hard.score + 40
    assert easy.level == "easy" and hard.level == "hard"
    assert easy.average_sentence_words < hard.average_sentence_words
    assert not easy.long_sentences and len(hard.long_sentences) == 1


@pytest.mark.parametrize(
    "language, locale, text",
    [
        ("nl", "nl_NL", NL_COMPLEX),
        ("nl", "nl_NL", NL_MIDDLE),
        ("en", "en_GB", EN_COMPLEX),
        ("en", "en_GB", EN_PLAIN),
    ],
)
def test_score_is_the_formula_of_the_language_over_textstats_counts(language, locale, text):
    words, sentences, syllables = textstat_counts(text, locale)
    base, per_sentence_word, per_syllable = FORMULAS[language]
    expected = base - per_sentence_word * words / sentences - per_syllable * syllables / words
    result = score_text(text, language)
    assert (result.words, result.sentences) == (words, sentences)
    assert result.score == pytest.approx(expected, abs=0.051)  # unrounded averages: exact to 1 decimal
    other_base, other_sentence, other_syllable = FORMULAS["en" if language == "nl" else "nl"]
    other = other_base - other_sentence * words / sentences - other_syllable * syllables / words
    assert abs(result.score - other) > 1  # not the other language's formula


def test_leaves_textstat_as_it_found_it():
    """Other code using textstat gets its defaults back: English, averages rounded to 1 decimal."""
    score_text(NL_COMPLEX, "nl")
    words, sentences = textstat.lexicon_count(EN_PLAIN), textstat.sentence_count(EN_PLAIN)
    syllables = textstat.syllable_count(EN_PLAIN)
    half_up = lambda number, points: math.floor(number * 10**points + 0.5) / 10**points  # noqa: E731
    base, per_sentence_word, per_syllable = FORMULAS["en"]
    expected = base - per_sentence_word * half_up(words / sentences, 1) - per_syllable * half_up(syllables / words, 1)
    assert textstat.flesch_reading_ease(EN_PLAIN) == pytest.approx(half_up(expected, 2), abs=0.006)


def test_long_sentences_are_listed_exactly():
    twenty = "Wij vragen ouders om samen met hun kinderen te kijken welke foto's ze delen en met wie ze dat doen."
    twenty_one = (
        "Wij vragen ouders om samen met hun kinderen te kijken welke foto's ze delen en met wie ze dat precies doen."
    )
    assert textstat_counts(twenty, "nl_NL")[0] == LONG_SENTENCE_WORDS
    assert textstat_counts(twenty_one, "nl_NL")[0] == LONG_SENTENCE_WORDS + 1
    first_long = NL_COMPLEX.split(" Raadpleeg")[0]
    text = f"Kijk goed. {twenty} {first_long} Vraag het na! {twenty_one} Klaar?"
    assert score_text(text, "nl").long_sentences == [first_long, twenty_one]


def test_long_words_are_listed_once_without_numbers_or_links():
    text = NL_COMPLEX + " Beeldmateriaal delen? Kijk op www.veiliginbeeld.nl of bel 0800-12345678."
    long_words = score_text(text, "nl").long_words
    for word in ["beeldmateriaal", "privacyinstellingen", "gemeenteraadsverkiezingen"]:
        assert word in long_words
    assert "Beeldmateriaal" not in long_words  # each word once, whatever its capitals
    assert not [word for word in long_words if any(c.isdigit() or c in ".@/" for c in word)]
    assert "responsibility" in score_text("Privacy is a shared responsibility for all of us.", "en").long_words
    assert score_text(NL_PLAIN, "nl").long_words == []


def test_young_people_have_a_stricter_target():
    assert AUDIENCE_TARGETS["young-people"]["min_score"] > AUDIENCE_TARGETS["parents"]["min_score"]
    assert AUDIENCE_TARGETS["young-people"]["max_sentence_words"] < AUDIENCE_TARGETS["parents"]["max_sentence_words"]
    assert score_text(NL_MIDDLE, "nl", "parents").level == "fine"
    assert score_text(NL_MIDDLE, "nl", "young-people").level == "hard"
    assert score_text(NL_MIDDLE, "nl", "parents").score == score_text(NL_MIDDLE, "nl", "young-people").score


@pytest.mark.parametrize(
    "language, before, after", [("nl", NL_ONE_LONG, NL_REWRITTEN), ("en", EN_ONE_LONG, EN_REWRITTEN)]
)
def test_rewriting_a_long_sentence_raises_the_score(language, before, after):
    long_version, short_version = score_text(before, language), score_text(after, language)
    assert long_version.sentences == 1 and long_version.words == 30
    assert long_version.long_sentences == [before]
    assert long_version.level == "hard"
    assert short_version.sentences == 3 and short_version.long_sentences == []
    assert short_version.score > long_version.score + 10
    assert short_version.level in ("fine", "easy")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Pas op!",
        "<p></p>",
        "<p><br/></p><ul><li></li></ul>",
        "12345 678",
        "📸🙂",
        "📸 🙂 📸 🙂 📸 🙂 📸 🙂",
        "1 2 3 4 5 6 7 8",
        "... !!! ???",
        None,
    ],
)
@pytest.mark.parametrize("language", ["nl", "en"])
def test_too_little_or_odd_text_does_not_crash(text, language):
    result = score_text(plain_text(text), language, "young-people")
    assert isinstance(explain(result), str) and explain(result)
    json.dumps(result.as_dict())
    if text is None or plain_text(text).count(" ") < 4:
        assert result.level == "too_short" and result.score is None


def test_unknown_language_or_audience_is_an_error():
    assert score_text(NL_PLAIN, "nl-NL").language == "nl"
    assert score_text(EN_PLAIN, "EN").language == "en"
    with pytest.raises(ValueError):
        score_text(NL_PLAIN, "de")
    with pytest.raises(ValueError):
        score_text(NL_PLAIN, "nl", "grandparents")


def test_plain_text_strips_html_and_keeps_sentence_boundaries():
    html = (
        "<h2>Tips voor ouders</h2><p>Foto&#39;s &amp; video&apos;s <b>niet</b> zomaar delen</p>"
        "<ul><li>Vraag eerst toestemming</li><li>Check je instellingen!</li></ul>"
        "<p>Lees meer<br>op onze site.</p><script>alert('x')</script>"
    )
    assert plain_text(html) == (
        "Tips voor ouders. Foto's & video's niet zomaar delen. Vraag eerst toestemming. "
        "Check je instellingen! Lees meer. op onze site."
    )
    assert plain_text("Regel een\nRegel twee.") == "Regel een. Regel twee."
    assert plain_text(RichText("<p>Veilig in beeld</p>")) == "Veilig in beeld."


def test_plain_text_reads_streamfield_data():
    raw = [
        {"type": "heading", "value": "Veilig online", "id": "a"},
        {"type": "text", "value": "<p>Deel met zorg&nbsp;&amp; denk na.</p>", "id": "b"},
        {"type": "card", "value": {"title": "Kijk uit", "image": 12, "link": "https://example.org/x"}, "id": "c"},
        {"type": "list", "value": ["Eerst vragen", "Dan delen"], "id": "d"},
    ]
    expected = "Veilig online. Deel met zorg & denk na. Kijk uit. Eerst vragen. Dan delen."
    assert plain_text(raw) == expected
    assert plain_text(json.dumps(raw)) == expected
    stream = blocks.StreamBlock([("heading", blocks.CharBlock()), ("text", blocks.RichTextBlock())])
    value = stream.to_python([raw[0], raw[1]])
    assert plain_text(value) == "Veilig online. Deel met zorg & denk na."


def test_advice_and_explanation_are_plain_sentences_with_the_numbers():
    text = f"{NL_ONE_LONG} {NL_COMPLEX}"
    for language in ("en", "nl"):
        with translation.override(language):
            result = score_text(text, "nl", "parents")
            sentence = explain(result)
            assert isinstance(sentence, str) and sentence
            assert all(isinstance(advice, str) and advice for advice in result.advice)
            assert any("2" in advice and "20" in advice for advice in result.advice)  # 2 sentences over 20 words
            assert "15" in sentence  # the audience's maximum sentence length
            assert any("gemeenteraadsverkiezingen" in advice for advice in result.advice)
            assert "70" in explain(score_text(NL_MIDDLE, "nl", "young-people"))
    with translation.override("en"):
        assert explain(score_text(text, "nl", "parents")) == (
            "Hard to read: the sentences are long (on average 26 words; aim for at most 15)."
        )
        assert explain(score_text(NL_PLAIN, "nl")).startswith("Easy to read for most readers (score ")
        assert score_text(text, "nl").advice[1] == "Split the 2 sentences with more than 20 words."
        assert score_text("Kort.", "nl").advice == ["Write at least 5 words to get a score."]


def test_score_fields_per_field_and_for_the_whole_page():
    result = score_fields(
        {"title": "Veilig online", "intro": NL_PLAIN, "body": f"<p>{NL_COMPLEX}</p>"}, "nl", "parents"
    )
    fields = result["fields"]
    assert list(fields) == ["title", "intro", "body"]
    assert fields["title"]["level"] == "too_short" and fields["title"]["score"] is None
    assert fields["intro"]["level"] == "easy" and fields["body"]["level"] == "hard"
    page = result["page"]
    assert page["words"] == sum(field["words"] for field in fields.values())
    assert fields["body"]["score"] < page["score"] < fields["intro"]["score"]
    assert page["long_sentences"] == fields["body"]["long_sentences"]
    assert page["explanation"] and page["min_score"] == 60
    json.dumps(result)


def test_scores_are_the_same_when_computed_in_many_threads_at_once():
    texts = [(NL_COMPLEX, "nl"), (EN_COMPLEX, "en"), (NL_MIDDLE, "nl"), (EN_PLAIN, "en"), (NL_ONE_LONG, "nl")]
    expected = [numbers(score_text(text, language)) for text, language in texts]
    jobs = [index % len(texts) for index in range(400)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda index: numbers(score_text(*texts[index])), jobs))
    assert results == [expected[index] for index in jobs]
