"""Outline mapping on real .docx sketches built in code, with the trained model from models/."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import sketchproc
from sketchproc.model import CoverageStatus, MatchSource, OutlineMapping
from sketchproc.outline import heading_scores, map_outline
from sketchproc.outline_runin import run_in_label
from sketchproc.pipeline import outline_model
from sketchproc.profiles import load_profile

PROFILE = load_profile()

BASELINE = (
    "Der Landkreis Harz zählt rund 214.000 Einwohnerinnen und Einwohner in elf Städten und Gemeinden. "
    "Die Breitbandversorgung mit mindestens 50 Mbit/s erreicht erst 62 Prozent der Haushalte, in den "
    "Ortsteilen des Oberharzes deutlich weniger. Bestehende Projekte wie die LEADER-Region Harz und der "
    "Breitband-Zweckverband arbeiten bislang nebeneinander. Es fehlt eine Stelle, die diese Initiativen "
    "bündelt und eine gemeinsame Digitale Agenda für den Landkreis erarbeitet."
)
MEASURES = (
    "Arbeitspaket 1: Das Zentrum führt eine Bestandsaufnahme aller Digitalisierungsprojekte durch. "
    "Arbeitspaket 2: Es berät kleine und mittlere Unternehmen zu Fördermitteln und Geschäftsmodellen. "
    "Arbeitspaket 3: Es pilotiert einen Rufbus und ein Bürgerportal mit zwei Gemeinden."
)


def _mapping(tmp_path: Path, build: object) -> OutlineMapping:
    document = docx.Document()
    build(document)  # type: ignore[operator]
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    return map_outline(sketchproc.extract(path), PROFILE, outline_model())


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("2.1 Ausgangssituation in Sangerhausen", "baseline"),
        ("Was wollen wir erreichen?", "objectives"),
        ("Kooperationspartner", "network"),
        ("Beteiligung der Bürgerinnen und Bürger", "participation"),
        ("Verstetigung nach 2020", "sustainability"),
        ("IV. Kosten- und Finanzierungsplan", "budget"),
    ],
)
def test_heading_variants_find_their_outline_id(heading: str, expected: str) -> None:
    scores = heading_scores(heading, PROFILE.outline.sections)
    assert max(scores, key=scores.__getitem__) == expected
    assert scores[expected] >= 0.86


@pytest.mark.parametrize(
    "heading",
    [
        "Anlage 3: Zeitplan der Netzwerkpartner",
        "Anhang B – Kooperationspartner",
        "Anlage 2a Beteiligungskonzept",
    ],
)
def test_a_heading_labelling_an_enclosure_is_an_annex_whatever_it_encloses(heading: str) -> None:
    scores = heading_scores(heading, PROFILE.outline.sections)
    assert max(scores, key=scores.__getitem__) == "annexes"
    assert scores["annexes"] >= 0.86


def test_a_word_shared_by_several_sections_proves_nothing() -> None:
    scores = heading_scores("Region und Bevölkerung", PROFILE.outline.sections)
    assert max(scores.values()) < 0.86


def test_one_heading_covering_two_sections_maps_to_both(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Ziele und Maßnahmen", level=1)
        document.add_paragraph(MEASURES)

    mapping = _mapping(tmp_path, build)
    assert mapping.matches[0].outline_ids == ("objectives", "work_programme")
    assert mapping.status("objectives") is not CoverageStatus.MISSING


def test_several_headings_cover_one_section(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        for field in ("Mobilität", "Gesundheit", "Verwaltung"):
            document.add_heading(f"Handlungsfeld {field}", level=1)
            document.add_paragraph(MEASURES)
            document.add_paragraph(MEASURES)

    mapping = _mapping(tmp_path, build)
    assert [m.outline_ids for m in mapping.matches] == [("work_programme",)] * 3
    coverage = next(c for c in mapping.coverage if c.outline_id == "work_programme")
    assert coverage.sections == (0, 1, 2)
    assert coverage.status is CoverageStatus.PRESENT


def test_a_sub_heading_naming_another_section_inherits_when_its_text_does_not_agree(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Aufgaben und Maßnahmenpakete", level=1)
        document.add_paragraph(MEASURES)
        document.add_heading("Bestandsaufnahme und Digitale Agenda", level=2)
        document.add_paragraph(MEASURES)

    mapping = _mapping(tmp_path, build)
    assert mapping.matches[1].outline_ids == ("work_programme",)
    assert mapping.matches[1].source is MatchSource.INHERITED


def test_a_section_without_a_known_heading_is_mapped_by_its_content(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Unsere Region", level=1)
        document.add_paragraph(BASELINE)

    mapping = _mapping(tmp_path, build)
    assert mapping.matches[0].outline_ids == ("baseline",)
    assert mapping.matches[0].source is MatchSource.CONTENT


def test_applicant_table_without_heading_counts_as_present(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        table = document.add_table(rows=4, cols=2)
        rows = [
            ("Antragsteller", "Landkreis Harz, vertreten durch den Landrat"),
            ("Anschrift", "Friedrich-Ebert-Straße 42, 38820 Halberstadt"),
            ("Ansprechpartnerin", "Dr. Anja Sommer, Stabsstelle Digitalisierung"),
            ("Telefon / E-Mail", "03941 5970-123, digital@kreis-hz.de"),
        ]
        for row, (key, value) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = key, value
        document.add_heading("Ausgangslage", level=1)
        document.add_paragraph(BASELINE)

    mapping = _mapping(tmp_path, build)
    applicant = next(c for c in mapping.coverage if c.outline_id == "applicant")
    assert applicant.headless and applicant.status is CoverageStatus.PRESENT


def test_template_instructions_do_not_count_and_absent_sections_are_missing(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Verstetigung nach Förderende", level=1)
        document.add_paragraph(
            "Bitte beschreiben Sie hier, wie das Zentrum nach Förderende weitergeführt wird (max. 1 Seite). "
            "Der Landkreis trägt die Stelle ab 2021 aus dem Haushalt."
        )

    mapping = _mapping(tmp_path, build)
    sustainability = next(c for c in mapping.coverage if c.outline_id == "sustainability")
    assert sustainability.status is CoverageStatus.THIN
    assert sustainability.words == 10  # only the applicant's own sentence
    assert mapping.status("budget") is CoverageStatus.MISSING
    assert len(mapping.coverage) == 13


def test_a_section_slightly_under_its_minimum_is_present_and_one_far_under_is_thin(tmp_path: Path) -> None:
    sentence = "Der Landkreis trägt das Zentrum ab 2021 mit zwei Stellen aus dem Kreishaushalt weiter. "

    def build(document: docx.document.Document) -> None:
        document.add_heading("Verstetigung nach Förderende", level=1)
        document.add_paragraph(sentence * 4)  # 56 words against a minimum of 60
        document.add_heading("Netzwerk und Partner", level=1)
        document.add_paragraph(sentence * 2)  # 28 words against a minimum of 60

    mapping = _mapping(tmp_path, build)
    assert mapping.status("sustainability") is CoverageStatus.PRESENT
    assert mapping.status("network") is CoverageStatus.THIN


def test_a_section_no_heading_or_text_names_takes_the_one_id_its_neighbours_leave_open(
    tmp_path: Path,
) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Ziele", level=1)
        document.add_paragraph("Bis Ende 2020 sollen 30 Betriebe beraten und 5 Pilotprojekte gestartet sein.")
        document.add_heading("Womit wir loslegen", level=1)
        document.add_paragraph("Ein Überblick über die drei Bausteine, die im Folgenden beschrieben sind.")
        document.add_heading("Baustein Werkstatt", level=2)
        document.add_paragraph("Wöchentlich öffnet eine offene Werkstatt im alten Bahnhof.")
        document.add_heading("Beteiligung der Bürgerinnen und Bürger", level=1)
        document.add_paragraph("Drei Zukunftswerkstätten in den Ortsteilen, dazu eine Online-Umfrage.")

    mapping = _mapping(tmp_path, build)
    by_title = {s.title: m for s, m in zip(mapping.sectioned.sections, mapping.matches, strict=True)}
    assert by_title["Womit wir loslegen"].outline_ids == ("work_programme",)
    assert by_title["Womit wir loslegen"].source is MatchSource.POSITION
    # Its sub-section follows it instead of staying unmapped.
    assert by_title["Baustein Werkstatt"].outline_ids == ("work_programme",)


def test_position_decides_nothing_when_the_open_ids_are_many_and_the_text_says_little(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Ausgangslage", level=1)
        document.add_paragraph(BASELINE)
        document.add_heading("Weiteres", level=1)
        document.add_paragraph("Siehe unten.")
        document.add_heading("Anlagen", level=1)
        document.add_paragraph("Anlage 1: Absichtserklärung der Stadtwerke")

    mapping = _mapping(tmp_path, build)
    by_title = {s.title: m for s, m in zip(mapping.sectioned.sections, mapping.matches, strict=True)}
    assert by_title["Weiteres"].source is not MatchSource.POSITION


def test_a_labelled_paragraph_covers_the_id_its_label_names(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Finanzierung", level=1)
        document.add_paragraph("Die Gesamtausgaben betragen 180.000 Euro, davon 144.000 Euro Zuwendung.")
        paragraph = document.add_paragraph()
        paragraph.add_run("Fortführung nach Projektende:").bold = True
        paragraph.add_run(
            " Ab 2021 übernimmt der Zweckverband die Koordinatorin in seinen Stellenplan und bezahlt sie "
            "aus der Verbandsumlage der Mitgliedsgemeinden."
        )

    mapping = _mapping(tmp_path, build)
    assert mapping.status("sustainability") is not CoverageStatus.MISSING
    assert [run_in.outline_id for run_in in mapping.run_ins] == ["sustainability"]


def test_a_form_line_with_a_colon_is_no_run_in_heading(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Antragsteller", level=1)
        document.add_paragraph("Beteiligung: ja")
        document.add_paragraph("Zeitplan: siehe Anlage 3")

    mapping = _mapping(tmp_path, build)
    assert mapping.run_ins == ()


def test_a_numbered_label_opens_a_run_in_heading(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Finanzierung", level=1)
        document.add_paragraph("Die Gesamtausgaben betragen 240.000 Euro, davon 192.000 Euro Zuwendung.")
        document.add_paragraph(
            "4. Fortführung nach Projektende: Ab 2021 übernimmt die Stadt beide Stellen in ihren "
            "Stellenplan und trägt die Miete des Zentrums aus dem laufenden Haushalt."
        )

    mapping = _mapping(tmp_path, build)
    assert [run_in.outline_id for run_in in mapping.run_ins] == ["sustainability"]
    assert mapping.status("sustainability") is not CoverageStatus.MISSING


def test_a_typed_number_before_a_label_is_numbering_but_a_bare_count_is_not() -> None:
    body = " Ab 2021 trägt die Gemeinde die Kosten des Zentrums vollständig aus ihrem eigenen Haushalt."
    assert run_in_label(f"b) Weiterbetrieb:{body}") == "Weiterbetrieb"
    assert run_in_label(f"2.3 Weiterbetrieb:{body}") == "Weiterbetrieb"
    assert run_in_label(f"12 Arbeitsplätze:{body}") is None


def test_a_parenthesis_qualifies_a_heading_and_names_no_second_topic() -> None:
    # The words in the parenthesis alone would name the schedule outright; here they only hint.
    assert heading_scores("Projektlaufzeit und Zeitplan", PROFILE.outline.sections)["schedule"] >= 0.86
    scores = heading_scores("Finanzübersicht (Projektlaufzeit und Zeitplan)", PROFILE.outline.sections)
    assert scores["schedule"] < 0.86


MODULE_TEXT = (
    "Das Team bereitet jeden Monat eine offene Sprechstunde vor, lädt Vereine und Betriebe ein und "
    "wertet die Anliegen gemeinsam mit der Verwaltung aus."
)
EVALUATION_TEXT = (
    "Erfolgsmessung: Zweimal im Jahr erhebt das Team Kennzahlen zur Wirkung, befragt die Teilnehmenden "
    "und misst den Erfolg an Indikatoren; ein Bericht macht die Ergebnisse übertragbar für andere Regionen."
)


def test_the_parts_of_a_numbered_series_all_count_for_the_series(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        document.add_heading("Geplante Maßnahmen", level=1)
        document.add_paragraph(MEASURES)
        for number, subject in enumerate(("Sprechstunden", "Werkstatt vor Ort"), start=1):
            document.add_heading(f"Modul {number}: {subject}", level=2)
            document.add_paragraph(MODULE_TEXT)
        # Alone, this part's heading and text speak of measuring success, another outline id.
        document.add_heading("Modul 3: Erfolgsmessung", level=2)
        document.add_paragraph(EVALUATION_TEXT)
        document.add_heading("Ausgangslage", level=1)
        document.add_paragraph(BASELINE)

    mapping = _mapping(tmp_path, build)
    titles = [section.title for section in mapping.sectioned.sections]
    assert titles[1:4] == ["Modul 1: Sprechstunden", "Modul 2: Werkstatt vor Ort", "Modul 3: Erfolgsmessung"]
    assert [m.outline_ids for m in mapping.matches[1:3]] == [("work_programme",)] * 2
    # The part whose own heading names another section is a work package and covers that too.
    assert mapping.matches[3].outline_ids == ("work_programme", "results_transfer")
