"""Separable verbs put back together: candidates per sentence, kept per text."""

from __future__ import annotations

from sketchproc.separable import Rejoined, rejoined_verbs


def test_a_split_verb_is_offered_with_its_particle() -> None:
    text = "Das Team führt die Vorhaben zusammen, und die Stadt stimmt sich ab."
    assert Rejoined("zusammenführt", 9, 14, "zusammen") in rejoined_verbs(text)
    assert Rejoined("abstimmt", 52, 58, "ab") in rejoined_verbs(text)


def test_the_candidates_of_a_text_are_computed_once() -> None:
    # Every term group of the checklist asks for the same sentence again.
    text = "Der Verein führt Vereine, Betriebe und Verwaltung zusammen."
    assert rejoined_verbs(text) is rejoined_verbs(text)
