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


def test_a_participle_or_zu_infinitive_is_offered_without_its_infix() -> None:
    text = "Die Angebote werden abgestimmt, um sie später zusammenzuführen."
    offered = {verb.word for verb in rejoined_verbs(text)}
    assert {"abstimmt", "zusammenführen"} <= offered
    # A noun keeps its capital letter and is no verb form: nothing is offered for it.
    assert not {v.word for v in rejoined_verbs("Das Angebot und die Zugehörigkeit.")}


def test_a_gender_colon_inside_a_word_does_not_end_the_clause() -> None:
    # "Schüler:innen" is one word: the finite verb before the list is still found.
    text = "Das Büro bringt Schüler:innen, Lehrer:innen und Eltern zusammen."
    assert "zusammenbringt" in {verb.word for verb in rejoined_verbs(text)}
