"""Reference scores of the plain-language check, pinned to the digit.

tests/editorial/test_readability.py checks that a score is the right formula over textstat's own
counts; it would still pass if an upgrade of textstat or pyphen counted syllables differently
(textstat 0.7.7 and later take English syllables from the CMU dictionary instead of pyphen, which
lowers English scores by about 10 points). These values were computed with textstat 0.7.3 and
pyphen 0.18.1. When one fails after an upgrade, the scores editors see have changed: decide on
purpose whether that is wanted, and update docs/development.md ("Dependencies") with the values.
"""

import pytest

from editorial import readability
from editorial.readability import score_text
from upstream.textstat_import import textstat

NL_GUIDANCE = (
    "Zet je foto's niet zomaar online. Kijk eerst wie ze kan zien. Een foto die je online zet, "
    "blijft vaak heel lang bestaan. Controleer daarom altijd je privacyinstellingen voordat je iets "
    "deelt. Gaat het toch mis? Praat erover met iemand die je vertrouwt."
)
NL_OFFICIAL = (
    "Het ongevraagd verspreiden van beeldmateriaal waarop minderjarigen herkenbaar in beeld worden "
    "gebracht, kan leiden tot onomkeerbare reputatieschade. Raadpleeg derhalve uitsluitend "
    "geverifieerde informatievoorzieningen van de desbetreffende instanties."
)
EN_GUIDANCE = (
    "Think before you post a photo. Check who can see it. A photo you put online often stays there "
    "for a very long time. So always check your privacy settings before you share something. Did "
    "it go wrong anyway? Talk to someone you trust."
)
EN_OFFICIAL = (
    "The unauthorised dissemination of photographic material in which identifiable minors are "
    "depicted may result in irreversible reputational damage. Consequently, consult exclusively "
    "verified informational resources of the relevant authorities."
)


@pytest.mark.parametrize(
    "text, language, score, words, sentences, long_words",
    [
        (NL_GUIDANCE, "nl", 85.6, 43, 6, ["privacyinstellingen"]),
        (
            NL_OFFICIAL,
            "nl",
            -30.3,
            26,
            2,
            [
                "beeldmateriaal",
                "minderjarigen",
                "onomkeerbare",
                "reputatieschade",
                "geverifieerde",
                "informatievoorzieningen",
                "desbetreffende",
            ],
        ),
        (EN_GUIDANCE, "en", 97.5, 44, 6, []),
        (EN_OFFICIAL, "en", -15.9, 28, 2, ["dissemination", "informational"]),
    ],
    ids=["nl-guidance", "nl-official", "en-guidance", "en-official"],
)
def test_reference_scores_are_unchanged(text, language, score, words, sentences, long_words):
    result = score_text(text, language)
    assert (result.score, result.words, result.sentences, result.long_words) == (score, words, sentences, long_words)


@pytest.mark.parametrize(
    "word, locale, syllables",
    [
        ("privacyinstellingen", "nl_NL", 6),
        ("gemeenteraadsverkiezingen", "nl_NL", 8),
        ("foto", "nl_NL", 2),
        # pyphen never breaks within 2 letters of either end, so English counts come out low
        ("every", "en_GB", 1),
        ("privacy", "en_GB", 2),
        ("responsibility", "en_GB", 5),
        ("photographic", "en_GB", 4),
    ],
)
def test_reference_syllable_counts_are_unchanged(word, locale, syllables):
    with readability._LOCK:
        try:
            textstat.set_lang(locale)
            assert textstat.syllable_count(word) == syllables
        finally:
            textstat.set_lang("en_US")


def test_the_pkg_resources_stand_in_is_lent_to_textstat_only():
    import importlib.util
    import sys

    from upstream import textstat_import

    assert textstat_import.textstat.lexicon_count("een twee drie") == 3
    # Nothing else can import the stand-in: setuptools 82+ has no pkg_resources of its own.
    assert "pkg_resources" not in sys.modules and importlib.util.find_spec("pkg_resources") is None
