"""Checklist items whose own section is missing are judged on what the sketch says elsewhere.

Each sketch is a .docx built in code whose headings the outline does not take (mapped by exact
title only, `mapping_by_headings`), so the item's own section is missing; the text the item asks
for stands in another section, in other words than any sketch of the tuning set.
"""

from __future__ import annotations

from pathlib import Path

import docx

import sketchproc
from sketchproc.checklist import check_items
from sketchproc.model import CheckResult, CheckStatus
from sketchproc.passages import PassageIndex, index_passages
from sketchproc.profiles import load_profile
from tests.builders.sketch_builder import SketchSpec, facts_for, mapping_by_headings

PROFILE = load_profile()
# Project end 31.12.2020 (the builder's default facts).
FACTS = facts_for(SketchSpec())

Part = str | tuple[str, str]

SUMMARY = (
    "Die Samtgemeinde Elbaue richtet ein regionales Digitalisierungszentrum ein, das Verwaltung, "
    "Betriebe und Vereine der zwölf Ortsteile berät und die laufenden Digitalisierungsvorhaben bündelt."
)


def _indexed(tmp_path: Path, parts: list[Part]) -> PassageIndex:
    """The passages of a .docx built from `parts`, mapped by exact heading title only."""
    document = docx.Document()
    for part in parts:
        if isinstance(part, tuple):
            document.add_heading(part[1], level=1)
        else:
            document.add_paragraph(part)
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    sectioned = sketchproc.sections_from_document(sketchproc.read_document(path))
    return index_passages(mapping_by_headings(sectioned, PROFILE), PROFILE)


def _judge(tmp_path: Path, parts: list[Part]) -> dict[str, CheckResult]:
    items, _ = check_items(_indexed(tmp_path, parts), FACTS, PROFILE)
    return {result.item_id: result for result in items}


def test_participation_in_another_section_counts_with_its_place(tmp_path: Path) -> None:
    woven = (
        "Im ersten Halbjahr laden wir Landwirte, Handwerksbetriebe und Jugendliche zu drei Ideenwerkstätten "
        "ein; eine Umfrage unter allen Haushalten ergänzt ihre Vorschläge."
    )
    parts: list[Part] = [
        ("#", "Kurzbeschreibung des Vorhabens"),
        SUMMARY,
        ("#", "Unser Vorgehen im Detail"),
        woven,
    ]
    found = _judge(tmp_path, parts)["participation_process"]
    assert found.status is CheckStatus.OK
    assert found.note is not None
    assert "nicht im eigenen Abschnitt" in found.note
    assert "Unser Vorgehen im Detail" in found.note
    # Nothing about participation anywhere: still missing, never a false ok.
    absent = _judge(tmp_path, parts[:-1])["participation_process"]
    assert absent.status is CheckStatus.MISSING


def test_a_general_participation_section_is_outweighed_by_a_full_statement_elsewhere(tmp_path: Path) -> None:
    general = "Uns ist wichtig, dass die Strategie nicht am Schreibtisch entsteht."
    full = (
        "Für die Strategie starten wir im Herbst 2019 eine Umfrage unter allen Haushalten und laden "
        "Handwerksbetriebe und Jugendliche zu einer Zukunftswerkstatt ins Bürgerhaus ein."
    )
    parts: list[Part] = [
        ("#", "Kurzbeschreibung des Vorhabens"),
        SUMMARY,
        ("#", "Beteiligungsprozess und Erarbeitung der Digitalen Strategie"),
        general,
        ("#", "Mitstreiter und Mitwirkung"),
        full,
    ]
    found = _judge(tmp_path, parts)["participation_process"]
    assert found.status is CheckStatus.OK, found.note
    assert "Mitstreiter und Mitwirkung" in (found.note or "")
    # Said nowhere in full: the general section stays for a reviewer to weigh.
    vague = _judge(tmp_path, parts[:-1])["participation_process"]
    assert vague.status is CheckStatus.UNCLEAR, vague.note


def test_time_after_the_project_in_a_closing_sentence_is_a_sustainability_plan(tmp_path: Path) -> None:
    firm = (
        "Ab Januar 2021 führt der Zweckverband das Zentrum in eigener Trägerschaft weiter und finanziert "
        "die Stelle aus den Umlagen seiner Mitglieder."
    )
    parts: list[Part] = [("#", "Kurzbeschreibung des Vorhabens"), SUMMARY, ("#", "Geld und Personal"), firm]
    found = _judge(tmp_path, parts)["sustainability_plan"]
    assert found.status is CheckStatus.OK
    assert found.note is not None
    assert "„Geld und Personal“" in found.note


def test_a_hedged_word_on_the_time_after_the_project_is_unclear_not_missing(tmp_path: Path) -> None:
    hedged = (
        "Ob das Zentrum über das Jahr 2020 hinaus bestehen bleibt, wollen wir im zweiten Projektjahr mit "
        "dem Kreistag klären."
    )
    parts: list[Part] = [("#", "Kurzbeschreibung des Vorhabens"), SUMMARY, ("#", "Ausblick"), hedged]
    assert _judge(tmp_path, parts)["sustainability_plan"].status is CheckStatus.UNCLEAR
    assert _judge(tmp_path, parts[:-1])["sustainability_plan"].status is CheckStatus.MISSING


def test_measures_under_a_heading_naming_the_work_programme_in_other_words(tmp_path: Path) -> None:
    measures = [
        "Erstens richtet das Zentrum eine Sprechstunde für Vereine ein und schult ihre Kassenwarte.",
        "Zweitens begleitet es die Verwaltung bei der Einführung der elektronischen Akte.",
        "Drittens organisiert es Werkstattabende, an denen Betriebe ihre Online-Shops aufbauen.",
    ]
    parts: list[Part] = [
        ("#", "Kurzbeschreibung des Vorhabens"),
        SUMMARY,
        ("#", "Unsere Handlungsfelder im Einzelnen"),
        *measures,
    ]
    found = _judge(tmp_path, parts)["work_programme"]
    assert found.status is CheckStatus.OK
    assert found.note is not None
    assert "Unsere Handlungsfelder im Einzelnen" in found.note


def test_partners_named_under_the_measures_count_where_the_partner_section_only_refers_to_them(
    tmp_path: Path,
) -> None:
    from tests.test_checklist import _checked

    results = _checked(
        tmp_path,
        [
            ("#", "Maßnahmen"),
            "Für die Unternehmensberatung arbeiten wir mit der Handwerkskammer Halle (Saale) zusammen. "
            "Die Hochschule Merseburg wertet die Befragungen aus, der Förderverein Bürgerhaus Leuna e. V. "
            "lädt zu den Abenden ein.",
            ("#", "Partner und Kooperationen"),
            "Die Kooperation mit den oben genannten Einrichtungen läuft über bestehende Kontakte.",
        ],
    )
    network = results["network_breadth"]
    assert network.status is CheckStatus.OK, network.note


def test_a_third_cost_type_named_beside_personnel_and_material_closes_the_breakdown(tmp_path: Path) -> None:
    from tests.test_checklist import _checked

    results = _checked(
        tmp_path,
        [
            ("#", "Kosten- und Finanzierungsplan"),
            "Die Ausgaben von 150.000 € teilen sich auf in 100.000 € Personalkosten, 30.000 € Sachkosten "
            "sowie 20.000 € für externe Prozessbegleitung. Wir beantragen 120.000 € Zuwendung, den "
            "Eigenanteil von 30.000 € trägt die Stadt.",
        ],
    )
    budget = results["budget_breakdown"]
    assert budget.status is CheckStatus.OK, budget.note
    assert budget.note is not None and "weitere Kostenposten 20.000" in budget.note


def test_organisations_of_the_regions_situation_are_no_partners_of_an_empty_partner_section(
    tmp_path: Path,
) -> None:
    from tests.test_checklist import _checked

    results = _checked(
        tmp_path,
        [
            ("#", "Ausgangslage und Handlungsbedarf"),
            "In der Region arbeiten die Hochschule Anhalt, die Industrie- und Handelskammer Halle-Dessau "
            "und der Verein Digitales Dorf Zerbst e. V. bisher jeder für sich.",
            ("#", "Netzwerk und Partner"),
            "Wer mitmacht, klären wir in den ersten Monaten.",
        ],
    )
    network = results["network_breadth"]
    assert network.status is CheckStatus.MISSING, network.note


def test_a_contact_person_in_a_heading_does_not_make_it_the_partner_section(tmp_path: Path) -> None:
    """ "Ansprechpartnerin" names who answers questions. With no section mapped to the network,
    the partners are read from the whole sketch, not from the section of the contact person."""
    from sketchproc.facts import extract_facts

    parts: list[Part] = [
        ("#", "Die Stadt Oebisfelde und ihre Ansprechpartnerin"),
        "Die Einheitsgemeinde Oebisfelde-Weferlingen liegt im Landkreis Börde. Fragen beantwortet "
        "Frau Kerstin Lange im Bauamt.",
        ("#", "Wen wir gewonnen haben"),
        "Der Sportverein Weferlingen betreut die Kurse, die Hochschule Magdeburg-Stendal wertet die "
        "Befragung aus und die Handwerkskammer Magdeburg berät die Betriebe im Ort.",
    ]
    partners = extract_facts(_indexed(tmp_path, parts), PROFILE).partners
    assert {"Sportverein Weferlingen", "Hochschule Magdeburg-Stendal", "Handwerkskammer Magdeburg"} <= {
        partner.name for partner in partners
    }
