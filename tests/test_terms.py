"""The shared term matcher: normalisation, compounds, short stems, not_in, ctx, markers, sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import Term
from sketchproc.terms import MarkerSet, TermMatcher, fold_text, split_sentences

PROFILE = load_profile()


def _found(matcher: TermMatcher, text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in matcher.find(text)]


def _matcher(*terms: Term | str) -> TermMatcher:
    return TermMatcher.for_profile(terms, PROFILE)


def test_fold_text_maps_back_to_original_offsets() -> None:
    folded = fold_text("Größe ﬁt")
    assert folded.text == "groesse fit"
    assert folded.original_span(0, 7) == (0, 5)  # "groesse" is "Größe"
    assert folded.original_span(8, 11) == (6, 8)  # "fi" came from the ligature, "t" follows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Glasfaser-Breitbandnetz", ["Breitband"]),
        ("Breitbandausbau", ["Breitband"]),
        ("Breit-\nband", ["Breit-\nband"]),
        ("BREITBAND", ["BREITBAND"]),
    ],
)
def test_stems_match_inside_compounds(text: str, expected: list[str]) -> None:
    assert _found(_matcher("breitband"), text) == expected


@pytest.mark.parametrize("text", ["E-Government", "eGovernment", "E Government", "e-government"])
def test_hyphens_and_spaces_in_a_stem_are_optional(text: str) -> None:
    assert _found(_matcher("e-government"), text) == [text]


def test_a_stem_matches_its_plural_umlaut() -> None:
    """German plurals umlaut the last syllable: the singular stem finds them, reported as itself."""
    matcher = _matcher("zweckverband", "bürgerwerkstatt", "lösungsansatz")
    text = "Die Zweckverbände laden zu Bürgerwerkstätten ein und prüfen neue Lösungsansätze."
    assert _found(matcher, text) == ["Zweckverbänd", "Bürgerwerkstätt", "Lösungsansätz"]
    assert {hit.key for hit in matcher.find(text)} == {"zweckverband", "buergerwerkstatt", "loesungsansatz"}
    # A short verb stem keeps its vowel: "schul" must not find "Schüler".
    assert _found(_matcher("schul"), "Die Schüler lernen.") == []


def test_a_hyphen_between_letters_of_a_compound_stem_is_allowed() -> None:
    assert _found(_matcher("breitbandausbau"), "Breitband-Ausbau") == ["Breitband-Ausbau"]


def test_a_space_inside_a_plain_stem_is_not_allowed() -> None:
    assert _found(_matcher("berat"), "über Attraktivität") == []


def test_ascii_folded_and_umlaut_spellings_are_the_same() -> None:
    matcher = _matcher("bürgerbeteiligung", "straße")
    assert _found(matcher, "Buergerbeteiligung an der Hauptstrasse") == ["Buergerbeteiligung", "strasse"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KI-gestützte Verkehrssteuerung", ["KI"]),
        ("Einsatz von KI in der Verwaltung", ["KI"]),
        ("die Kirche im Dorf", []),
        ("das Kapitel zur KIRCHE", []),
    ],
)
def test_short_stems_match_only_as_whole_tokens(text: str, expected: list[str]) -> None:
    assert _found(_matcher("ki"), text) == expected


def test_short_stem_limit_applies_to_unlisted_stems() -> None:
    matcher = TermMatcher.from_terms(["abc"], short_stem_max_chars=4)
    assert _found(matcher, "xabcx abc") == ["abc"]


def test_longest_stem_wins_at_a_position() -> None:
    matcher = _matcher("schule", "hochschule")
    hits = matcher.find("Die Hochschule und die Schule")
    assert [hit.term.stem for hit in hits] == ["hochschule", "schule"]


def test_not_in_words_cancel_the_hit() -> None:
    matcher = _matcher(Term(stem="verein", not_in=("vereinbarung",)))
    assert _found(matcher, "Kooperationsvereinbarung mit dem Heimatverein") == ["verein"]


def test_offsets_point_into_the_original_text() -> None:
    text = "Ein ﬁnales Straßen-Breitbandnetz"
    (hit,) = _matcher("breitband").find(text)
    assert text[hit.start : hit.end] == "Breitband"


def test_ctx_stem_needs_a_second_stem_or_a_marker() -> None:
    matcher = _matcher(Term(stem="stelle", ctx=True), "vollzeit")
    markers = MarkerSet.from_profile(PROFILE, ["number"])
    assert matcher.find_confirmed("Die Stelle ist wichtig.", markers) == []
    assert [h.term.stem for h in matcher.find_confirmed("Zwei Stellen sind geplant.", markers)] == ["stelle"]
    assert len(matcher.find_confirmed("Eine Stelle in Vollzeit.", None)) == 2


def test_empty_matcher_finds_nothing() -> None:
    assert TermMatcher.from_terms([]).find("alles") == []


def test_markers_find_dates_amounts_places_and_actors() -> None:
    markers = MarkerSet.from_profile(PROFILE)
    text = "Am 31.12.2020 erhält Haldensleben 170.320 € (80 %), die Hochschule berät."
    found = {(hit.marker, hit.text) for hit in markers.find(text)}
    assert {("date", "31.12.2020"), ("place", "Haldensleben"), ("amount", "170.320 €")} <= found
    assert {("percentage", "80 %"), ("actor", "Hochschule")} <= found


def test_place_names_are_whole_tokens() -> None:
    markers = MarkerSet.from_profile(PROFILE, ["place"])
    assert [hit.text for hit in markers.find("in Magdeburg")] == ["Magdeburg"]
    assert markers.find("Haldenslebener Straße") == []


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir beraten z. B. Vereine und Unternehmen.",
        "Gemäß Nr. 5 der Richtlinie gilt das.",
        "Es kommen ca. 40 Teilnehmende bzw. Gäste.",
        "Am 1. Januar 2019 beginnt das Projekt.",
        "Der Heimatverein e. V. Haldensleben wirkt mit.",
        "Nach Abs. 2 ist das zulässig.",
        "Im IV. Quartal 2020 endet das Projekt.",
    ],
)
def test_abbreviations_and_ordinals_do_not_split(sentence: str) -> None:
    assert _sentences(sentence + " Danach folgt mehr.") == [sentence, "Danach folgt mehr."]


def test_sentences_end_at_years_questions_and_line_breaks() -> None:
    text = "Das Projekt endet 2020. Was dann? Eine Verstetigung!\nNeue Zeile ohne Punkt"
    assert _sentences(text) == [
        "Das Projekt endet 2020.",
        "Was dann?",
        "Eine Verstetigung!",
        "Neue Zeile ohne Punkt",
    ]


def test_sentence_spans_are_trimmed() -> None:
    assert split_sentences("  Ein Satz.  ") == [(2, 11)]


_TEXT_CHARS = "abikrtuäü -‐\n"


@given(st.text(alphabet=_TEXT_CHARS, max_size=40))
def test_one_scan_finds_what_the_alternation_finds(text: str) -> None:
    """The shared index gives the matches `finditer` of the whole alternation gives."""
    matcher = TermMatcher.from_terms(
        ["ki", "kita", "bau", "bauart", "ab bau", "rtu", "ärt"], short_stems=["ki"], short_stem_max_chars=2
    )
    folded = fold_text(text).text
    expected = [(m.start(), m.end()) for m in re.finditer(matcher._alternatives, folded)]
    assert [(m.start(), m.end()) for m in matcher._matches(folded)] == expected
