"""Plain-language (B1) check: how easy is a text to read?

In plain words: the textstat library (0.7.3) counts the words, the sentences and the
syllables of a text. Syllables come from pyphen, the hyphenation dictionaries of
LibreOffice (Dutch nl_NL, English en_GB); we do not count them by hand. From those counts
textstat computes a reading-ease score from 0 (very hard) to 100 (very easy):

* Dutch, Flesch-Douma: 206.835 - 0.93 x words per sentence - 77 x syllables per word;
* English, Flesch reading ease: 206.835 - 1.015 x words per sentence - 84.6 x syllables per word.

So long sentences and long words lower the score. A score alone does not tell an editor
what to change, so we also list the sentences with more than 20 words and the words with
more than 4 syllables, and say in plain words what to do. The target depends on the
audience. The check only advises: it never blocks publishing.

Things to know about textstat 0.7.3:

* it keeps its language in one global object, so every measurement holds a lock and sets
  the language explicitly (and puts the default back afterwards);
* it rounds the averages to one decimal *before* the formula, which moves a Dutch score
  by up to 4 points; we switch that rounding off while we measure;
* hyphenation marks fewer breaks than there are syllables (never within 2 letters of either
  end: "every" counts 1, "privacy" 2), so scores come out a little high rather than low;
* a "sentence" of 1 or 2 words ("Let op!") is not counted as a sentence, but its words are;
* very plain or very hard texts score above 100 or below 0: we show those as 100 and 0.
"""

import html
import json
import re
import threading
from dataclasses import asdict, dataclass

from django.utils.formats import number_format
from django.utils.html import strip_tags
from django.utils.translation import gettext, ngettext

from upstream.textstat_import import textstat

# Flesch-Douma and Flesch reading ease share the 0-100 scale. The usual reading: 60-70 is
# plain language (about CEFR B1), 70 and up is easy (about A2). Young people get the A2
# target and shorter sentences; everyone else the B1 target.
AUDIENCE_TARGETS = {
    "young-people": {"min_score": 70, "max_sentence_words": 12},
    "parents": {"min_score": 60, "max_sentence_words": 15},
    "schools": {"min_score": 60, "max_sentence_words": 15},
    "everyone": {"min_score": 60, "max_sentence_words": 15},
}
LONG_SENTENCE_WORDS = 20
LONG_WORD_SYLLABLES = 4  # words with MORE than 4 syllables are flagged
MIN_WORDS = 5  # below this a score says nothing
EASY_MARGIN = 10  # this many points above the target counts as "easy"
MAX_LISTED_WORDS = 10  # long words named in one piece of advice

_TEXTSTAT_LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}  # pyphen dictionary per language
_LOCK = threading.Lock()  # textstat.set_lang() is global state
_BLOCK_TAG = re.compile(
    r"</?(p|div|li|ul|ol|h[1-6]|br|blockquote|tr|td|th|table|figcaption|"
    r"section|hr)\b[^>]*>",
    re.IGNORECASE,
)
_BREAK = "\x1e"  # record separator: marks the end of an HTML block


@dataclass
class TextScore:
    language: str
    words: int
    sentences: int
    score: float | None  # None when there is too little text
    average_sentence_words: float
    long_sentences: list[str]
    long_words: list[str]
    level: str  # "easy" | "fine" | "hard" | "too_short", relative to the audience's target
    advice: list[str]
    min_score: int = 60
    max_sentence_words: int = 15

    def as_dict(self) -> dict:
        return {**asdict(self), "explanation": explain(self)}


def _join_blocks(blocks) -> str:
    """Join texts as separate sentences: a heading without a full stop must not run on."""
    blocks = [" ".join(block.split()) for block in blocks]
    return " ".join(b if b[-1] in ".!?" else b.rstrip(":;,") + "." for b in blocks if b)


def _texts(value):
    """Yield the strings inside rich text, StreamField data (raw or as JSON) or plain text."""
    value = list(value.raw_data) if hasattr(value, "raw_data") else getattr(value, "source", value)
    if isinstance(value, str):
        stripped = value.strip()
        if stripped and stripped[0] in "[{":
            try:
                yield from _texts(json.loads(stripped))
                return
            except ValueError:
                pass  # just text that starts with a bracket
        if re.match(r"(https?://|www\.|mailto:)\S*$", stripped):
            return
        if not re.search(r"<[a-zA-Z/!]", value):  # plain text: one block per line
            yield from value.splitlines()
            return
        value = re.sub(r"<(script|style)\b.*?</\1\s*>", " ", value, flags=re.IGNORECASE | re.DOTALL)
        yield from html.unescape(strip_tags(_BLOCK_TAG.sub(_BREAK, value))).split(_BREAK)
    elif isinstance(value, dict):
        if "type" in value and "value" in value:  # a StreamField block
            yield from _texts(value["value"])
        else:  # a StructBlock's fields
            for key, item in value.items():
                yield from [] if key in ("id", "type") else _texts(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _texts(item)


def plain_text(value) -> str:
    """The readable text of rich text, StreamField data or plain text, one sentence per block."""
    return _join_blocks(_texts(value))


def _fmt(number, score=False) -> str:
    """12 -> "12", 12.34 -> "12.3" (or "12,3" in Dutch). Scores are shown within 0-100."""
    number = min(max(number, 0), 100) if score else number
    if abs(number - round(number)) < 0.05:
        return str(round(number))
    return number_format(number, decimal_pos=1)


def _measure(text, language):
    """Words, sentences, score, long sentences and long words, all from textstat, under the lock."""
    with _LOCK:
        try:
            textstat.set_rounding(False)
            textstat.set_lang(_TEXTSTAT_LANGUAGES[language])  # also empties textstat's caches
            words = textstat.lexicon_count(text)
            sentences = textstat.sentence_count(text) if words else 0
            score = textstat.flesch_reading_ease(text) if words >= MIN_WORDS else None
            long_sentences = [
                s for s in re.split(r"(?<=[.!?])\s+", text) if textstat.lexicon_count(s) > LONG_SENTENCE_WORDS
            ]
            long_words, seen = [], set()
            for token in text.split():
                word = token.strip("\"'“”‘’«»()[]{}.,;:!?…*/-–—")
                if word and word.lower() not in seen and not re.search(r"\d|@|://|^www\.", word):
                    seen.add(word.lower())
                    if textstat.syllable_count(word) > LONG_WORD_SYLLABLES:
                        long_words.append(word)
        finally:
            textstat.set_rounding(True)
            textstat.set_lang("en_US")  # textstat's default; empties the caches again
    return words, sentences, score, long_sentences, long_words


def has_formula(language: str) -> bool:
    """Whether there is a readability formula (and a hyphenation dictionary) for the language.

    textstat 0.7.3 has formulas for English, German, Spanish, French, Italian, Dutch and Russian;
    not for Turkish or Arabic. A Flesch score with another language's constants, or with syllables
    counted by another language's rules, would be a made-up number, so those get none.
    """
    return language in _TEXTSTAT_LANGUAGES


def without_formula(language_name) -> str:
    """What the check says instead of a score in a language without a formula (Turkish, Arabic)."""
    return gettext(
        "No readability formula for %(language)s, so no score. "
        "Ask a native speaker to check that the text is plain and clear."
    ) % {"language": language_name}


def score_text(text: str, language: str, audience: str = "everyone") -> TextScore:
    """Score one plain text (use plain_text() first for HTML) against the audience's target."""
    language = (language or "").lower().replace("-", "_").split("_")[0]
    if language not in _TEXTSTAT_LANGUAGES:
        raise ValueError(f"No readability formula for language {language!r}")
    if (audience or "everyone") not in AUDIENCE_TARGETS:
        raise ValueError(f"Unknown audience {audience!r}")
    target = AUDIENCE_TARGETS[audience or "everyone"]
    min_score, max_words = target["min_score"], target["max_sentence_words"]
    text = " ".join((text or "").split())
    words, sentences, score, long_sentences, long_words = _measure(text, language)
    average = round(words / sentences, 1) if sentences else 0.0
    advice = []
    if score is None:
        level = "too_short"
        advice.append(gettext("Write at least %(count)s words to get a score.") % {"count": MIN_WORDS})
    else:
        score = round(score, 1)
        level = (
            "hard"
            if score < min_score or average > max_words
            else "easy"
            if score >= min_score + EASY_MARGIN
            else "fine"
        )
        if average > max_words:
            advice.append(
                gettext("Make your sentences shorter: on average %(average)s words; aim for at most %(max)s.")
                % {"average": _fmt(average), "max": max_words}
            )
    if long_sentences:
        advice.append(
            ngettext(
                "Split the sentence with more than %(limit)s words.",
                "Split the %(count)s sentences with more than %(limit)s words.",
                len(long_sentences),
            )
            % {"count": len(long_sentences), "limit": LONG_SENTENCE_WORDS}
        )
    if long_words:
        advice.append(
            gettext("Use shorter words for: %(words)s.") % {"words": ", ".join(long_words[:MAX_LISTED_WORDS])}
        )
    if score is not None and score < min_score:
        advice.append(
            gettext("Use more short, everyday words: score %(score)s; aim for at least %(target)s.")
            % {"score": _fmt(score, score=True), "target": min_score}
        )
    return TextScore(
        language, words, sentences, score, average, long_sentences, long_words, level, advice, min_score, max_words
    )


def score_fields(fields: dict[str, str], language: str, audience: str = "everyone") -> dict:
    """A score per field, and one for all the text of the page or message together."""
    texts = {name: plain_text(value) for name, value in fields.items()}
    return {
        "fields": {name: score_text(text, language, audience).as_dict() for name, text in texts.items()},
        "page": score_text(_join_blocks(texts.values()), language, audience).as_dict(),
    }


def explain(score: TextScore) -> str:
    """One plain sentence for the editor: what the score means for this audience."""
    values = {
        "score": _fmt(score.score or 0, score=True),
        "target": score.min_score,
        "count": MIN_WORDS,
        "average": _fmt(score.average_sentence_words),
        "max": score.max_sentence_words,
    }
    if score.level == "too_short":
        return gettext("Too little text to score yet: write at least %(count)s words.") % values
    if score.level == "easy":
        return gettext("Easy to read for most readers (score %(score)s; target at least %(target)s).") % values
    if score.level == "fine":
        return gettext("Plain enough for this audience (score %(score)s; target at least %(target)s).") % values
    if score.average_sentence_words > score.max_sentence_words:
        return (
            gettext("Hard to read: the sentences are long (on average %(average)s words; aim for at most %(max)s).")
            % values
        )
    return (
        gettext("Hard to read: many words are long (score %(score)s out of 100; target at least %(target)s).") % values
    )
