"""Passage stage: template, deferred and negated marks on real .docx files, and their effect."""

from __future__ import annotations

from pathlib import Path

import pytest

import sketchproc
from sketchproc.model import CheckStatus
from sketchproc.outline import map_outline
from sketchproc.passages import PassageKind, PassageZone, index_passages
from sketchproc.pipeline import check, outline_model
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile
from tests.test_facts import build


@pytest.fixture(scope="module")
def profile() -> CallProfile:
    return load_profile()


def _index(path: Path, profile: CallProfile) -> sketchproc.passages.PassageIndex:
    sectioned = sketchproc.sections_from_document(sketchproc.read_document(path))
    return index_passages(map_outline(sectioned, profile, outline_model()), profile)


def test_marks_on_sentences_items_and_rows(tmp_path: Path, profile: CallProfile) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Netzwerk und Partner"),
            "Erläutern Sie hier, welche Partner Sie gewinnen wollen.",
            "Unterstützungsschreiben der Stadtwerke folgen in Kürze.",
            "Eine Förderung von Breitbandausbau ist nicht Gegenstand dieser Skizze.",
            [("Partner", "Rolle"), ("Hochschule Harz", "Begleitforschung")],
        ],
        "marks.docx",
    )
    index = _index(path, profile)
    by_text = {p.text: p for p in index.passages}
    template = by_text["Erläutern Sie hier, welche Partner Sie gewinnen wollen."]
    assert template.template and template.zone is PassageZone.TEMPLATE
    assert by_text["Unterstützungsschreiben der Stadtwerke folgen in Kürze."].deferred
    assert by_text["Eine Förderung von Breitbandausbau ist nicht Gegenstand dieser Skizze."].negated
    row = by_text["Hochschule Harz | Begleitforschung"]
    assert row.kind is PassageKind.TABLE_ROW and row.cells == ("Hochschule Harz", "Begleitforschung")
    assert not (row.template or row.deferred or row.negated)
    assert [p.position for p in index.passages] == list(range(len(index.passages)))


def test_not_only_but_also_affirms_what_it_names(tmp_path: Path, profile: CallProfile) -> None:
    emphatic = "Das Büro wird nicht nur Sprechstunden anbieten, sondern auch Lernwerkstätten leiten."
    denial = "Eine Sprechstunde für Unternehmen wird nicht angeboten."
    path = build(tmp_path, [("#", "Maßnahmen"), emphatic, denial], "nur.docx")
    by_text = {p.text: p for p in _index(path, profile).passages}
    assert not by_text[emphatic].negated
    assert by_text[denial].negated


def test_announced_letters_are_missing_with_the_quote(tmp_path: Path, profile: CallProfile) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Kooperationspartner"),
            "Mit der IHK Halle-Dessau und dem Kreissportbund arbeiten wir seit Jahren zusammen.",
            ("#", "Anlagen"),
            "Die Absichtserklärungen beider Partner werden bis Ende März nachgereicht.",
        ],
        "announced.docx",
    )
    letters = next(r for r in check(path).checklist if r.item_id == "letters_of_intent")
    assert letters.status is CheckStatus.MISSING
    assert "nachgereicht" in (letters.note or "")
    assert any("nachgereicht" in e.quote for e in letters.evidence)


def test_district_of_another_land_violates_region(tmp_path: Path, profile: CallProfile) -> None:
    path = build(
        tmp_path,
        [
            ("#", "Antragsteller"),
            "Antragsteller ist der Landkreis Lüchow-Dannenberg, Königsberger Straße 10, 29439 Lüchow.",
        ],
        "elsewhere.docx",
    )
    region = next(r for r in check(path).checklist if r.item_id == "region_in_state")
    assert region.status is CheckStatus.VIOLATED
    assert region.note == "„Landkreis Lüchow-Dannenberg“ liegt in Niedersachsen, nicht in Sachsen-Anhalt"


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Ob die Stelle bleibt, ist noch offen.", True),
        ("Eine Übernahme durch den Zweckverband wäre denkbar.", True),
        ("Die Anschlussfinanzierung soll im Herbst geprüft werden.", True),
        ("Die Stadt übernimmt die Stelle ab 2021 in ihren Stellenplan.", False),
        ("Der Verein finanziert den Raum über Mitgliedsbeiträge.", False),
    ],
)
def test_hopes_and_open_questions_are_hedged(sentence: str, hedged: bool) -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.hedged(sentence) is hedged


@pytest.mark.parametrize(
    ("sentence", "deferred"),
    [
        # A passive infinitive of the act closes the clause, the modal far before it.
        (
            "Die Zustimmung der Verbandsversammlung zum Eigenanteil muss im Laufe des Monats Mai "
            "in einer Sondersitzung des Gremiums noch gefasst werden.",
            True,
        ),
        (
            "Der Grundsatzbeschluss des Kreistags kann nach der Sommerpause in der ersten ordentlichen "
            "Sitzung am 2. September herbeigeführt werden.",
            True,
        ),
        # A draft of a resolution is not the resolution.
        ("Eine Beschlussvorlage über die Eigenmittel liegt dem Stadtrat zur Märzsitzung vor.", True),
        # Taken already: a perfect or a past passive.
        ("Der Beschluss des Stadtrates ist am 14. Februar 2019 gefasst worden.", False),
        ("Der Gemeinderat hat den Eigenanteil am 3. März einstimmig beschlossen.", False),
    ],
)
def test_a_resolution_still_to_be_taken_or_only_drafted_is_deferred(sentence: str, deferred: bool) -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.deferred(sentence) is deferred


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        # A decision whose passive closes the clause far from its auxiliary.
        (
            "Die Höhe des Zuschusses ab 2021 soll im Lichte der Ergebnisse des ersten Projektjahres "
            "und der Haushaltslage des Verbandes festgelegt werden.",
            True,
        ),
        # An indirect question: the matter is open.
        ("Wir fragen die Kreissparkasse, ob sie den Betrieb ab 2021 mitfinanziert.", True),
        ("Wer die Räume nach dem Projekt trägt, klären die Partner im zweiten Jahr.", True),
        ("Wie hoch der Beitrag der Mitglieder sein wird, steht noch nicht fest.", True),
        # A possibility, alternatives, an indefinite way, a decision called premature.
        ("Eine mögliche Übernahme durch die Wirtschaftsförderung besprechen wir mit dem Landrat.", True),
        ("Für den Betrieb sehen wir zwei Varianten: Eigenbetrieb oder Genossenschaft.", True),
        ("Irgendwie soll es danach mit dem Büro weitergehen.", True),
        ("Sich heute auf ein Betreibermodell festzulegen, halten wir für verfrüht.", True),
        # Firm: a decision taken, a comparison that opens the sentence, a passive already done.
        ("Wie im Kreistagsbeschluss vom 4. Mai vorgesehen, übernimmt der Kreis die Stelle.", False),
        ("Der Stadtrat hat die Übernahme der Kosten ab 2021 am 12. März beschlossen.", False),
        ("Die Miete des Büros ist im Haushalt 2021 bereits festgelegt worden.", False),
    ],
)
def test_open_decisions_and_possibilities_are_hedged(sentence: str, hedged: bool) -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.hedged(sentence) is hedged


def test_a_document_marked_in_brackets_as_to_follow_is_deferred() -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.deferred("Anlage 3: Beschluss des Gemeinderates (ausstehend)")
    assert marks.deferred("Kooperationszusagen der Vereine (folgt)")
    assert not marks.deferred("Die Werkstätten folgen einem festen Ablauf.")


@pytest.mark.parametrize(
    ("sentence", "deferred"),
    [
        ("Die Kooperationszusagen der Kammern folgen separat.", True),
        ("Die Erklärung des Landkreises folgt.", True),
        ("Weitere Absichtserklärungen folgen getrennt per Post.", True),
        # "folgen" with an object means to keep to something, not to arrive later.
        ("Alle Partner folgen dem gemeinsamen Leitbild.", False),
        ("Daraus folgt für die Region ein klarer Auftrag.", False),
    ],
)
def test_documents_said_to_follow_are_deferred(sentence: str, deferred: bool) -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.deferred(sentence) is deferred


@pytest.mark.parametrize(
    ("sentence", "deferred"),
    [
        # The particle closes the clause after a date whose day carries a dot.
        ("Die unterschriebenen Zusagen liefern wir spätestens am 15. Januar 2019 nach.", True),
        ("Die Stellungnahme des Kreisausschusses holen wir bis zum 3. März ein.", True),
        ("Die Partnerbriefe senden wir nach der Sitzung am 12. Februar nach.", True),
        ("Wir reichen die Skizze am 30. November 2018 fristgerecht ein.", False),
        ("Am 1. Mai 2019 fangen wir an.", False),
    ],
)
def test_a_verb_of_handing_in_later_split_by_a_date_is_deferred(sentence: str, deferred: bool) -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.deferred(sentence) is deferred


@pytest.mark.parametrize(
    ("sentence", "deferred"),
    [
        # A date inside the phrase of a decision still to be taken.
        ("Die Zustimmung des Kreistags wird in seiner Sitzung am 14.03.2019 herbeigeführt.", True),
        ("Die unterschriebene Fassung folgt per Post.", True),
        ("Der Beschluss des Gemeinderats wurde am 14.03.2019 gefasst.", False),
    ],
)
def test_a_decision_dated_in_its_phrase_or_a_document_sent_by_post_is_deferred(
    sentence: str, deferred: bool
) -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.deferred(sentence) is deferred


@pytest.mark.parametrize(
    ("sentence", "deferred"),
    [
        # A draft of an agreement is not the signed agreement.
        ("Anlage 4: Vertragsentwurf zur Zusammenarbeit mit der Volkshochschule", True),
        ("Die Entwürfe der Partnererklärungen liegen den Vereinen zur Unterschrift vor.", True),
        # Catching up later is handing in later.
        ("Die Unterstützungsschreiben der Kammern holen wir bis Ende März nach.", True),
        ("Die Erklärungen der Partner liegen unterschrieben bei.", False),
    ],
)
def test_drafts_and_documents_caught_up_on_later_are_deferred(sentence: str, deferred: bool) -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.deferred(sentence) is deferred


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("Schriftliche Zusagen der Partner haben wir bis heute keine.", True),
        ("Unterstützungsschreiben? Bisher leider keine – die Gespräche laufen.", True),
        ("Keine Kommune der Region bleibt außen vor, alle Partner haben unterschrieben.", False),
    ],
)
def test_a_keine_closing_its_clause_denies_it(sentence: str, negated: bool) -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.negated(sentence) is negated


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        # Thinking of a way, or weighing it, has not chosen it.
        ("Für den Betrieb danach denken wir an eine Mischung aus Gebühren und Spenden.", True),
        ("Der Vorstand überlegt, die Räume ab 2021 selbst anzumieten.", True),
        # Keeping someone in mind is no hedge.
        ("Bei allen Angeboten denken wir an die Menschen ohne Auto.", False),
    ],
)
def test_thinking_of_or_weighing_a_way_is_hedged(sentence: str, hedged: bool) -> None:
    from sketchproc.passages import PassageSettings, _Marks

    marks = _Marks.build(load_profile(), PassageSettings())
    assert marks.hedged(sentence) is hedged
