"""Coordinated compounds completed with their shared head."""

from __future__ import annotations

from sketchproc.truncation import completed_compounds


def _words(text: str) -> set[str]:
    return {part.word.casefold() for part in completed_compounds(text)}


def test_a_truncated_member_is_offered_with_each_tail_of_the_last_member() -> None:
    words = _words("Geplant ist eine Beratungs- und Servicestelle im Rathaus.")
    assert "beratungsstelle" in words
    assert "beratungsservicestelle" in words  # the head's start is not marked: all tails are offered


def test_the_first_of_several_truncated_members_shares_the_head() -> None:
    assert "bürgerbefragungen" in _words("Es folgen Bürger-, Vereins- oder Unternehmensbefragungen.")


def test_a_hyphenated_word_or_a_short_abbreviation_is_no_truncation() -> None:
    assert not completed_compounds("Die Nord-Süd-Verbindung und die E- und U-Musik bleiben.")
    assert not completed_compounds("Wir schreiben per E-Mail und Telefon.")


def test_the_completion_covers_only_hits_across_the_join() -> None:
    part = next(
        p for p in completed_compounds("eine Anlauf- und Steuerungsstelle") if p.word == "Anlaufstelle"
    )
    assert part.covers(0, len("anlaufstelle"))
    assert not part.covers(len("anlauf"), len("anlaufstelle"))  # "stelle" alone is the text's own word
