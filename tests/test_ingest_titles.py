"""The project title from the title page, .docx and PDF built in code (ingest/title_page.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx.shared import Pt

from sketchproc.ingest.docx import read_docx
from sketchproc.ingest.pdf import read_pdf
from sketchproc.ingest.titles import file_like, kind_only, project_title, runin_title
from sketchproc.settings import IngestSettings
from tests.builders import docx_fixtures as dfx
from tests.builders import pdf_fixtures as pfx

SETTINGS = IngestSettings()
FILLER = (
    "Die Stelle bringt Vereine, Schulen und Betriebe der Dörfer an einen Tisch und "
    "begleitet sie bei ihren ersten Schritten ins Netz, mit Sprechstunden vor Ort und "
    "einem offenen Treffpunkt im Gemeindehaus an jedem zweiten Donnerstag."
)


def _bold(document: Any, text: str, size: float | None = None) -> None:
    run = document.add_paragraph().add_run(text)
    run.bold = True
    if size is not None:
        run.font.size = Pt(size)


# --- single lines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("entwurf_v3", True),
        ("skizze-endfassung", True),
        ("Microsoft Word - Antrag.docx", True),
        ("Dorfnetz Elbaue", False),
        ("ElbeHub", False),
        ("Kemberg.Digital", False),
    ],
)
def test_titles_a_program_made_from_the_file_name(title: str, expected: bool) -> None:
    assert file_like(title) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Betr.: Ideenskizze Bürgerbüro digital Elsteraue (Aufruf 2019)", "Bürgerbüro digital Elsteraue"),
        ("Vorhabenstitel: „Smarte Heide Kemberg“", "Smarte Heide Kemberg"),
        ("Titel des Vorhabens: Dorfnetz Elbaue.", "Dorfnetz Elbaue"),
        ("Betreff: Projektskizze", None),
        ("Ansprechpartner: Frau Lenz", None),
        (
            "Ideenskizze: Smarte Heide Kemberg – Treffpunkt für alle",
            "Smarte Heide Kemberg – Treffpunkt für alle",
        ),
        ("Projektskizze: zur Förderung im Aufruf 2019", None),
        # A quoted name set off by a dash is the project's; what runs on after it is not.
        (
            "Betreff: Ideenskizze Dörfer im Fläming – »Dorfbüro online Niemegk« Sehr geehrte Frau Lenz,",
            "Dorfbüro online Niemegk",
        ),
        ("Betreff: Digitalzentrum „Smart Village“ Sülzetal", "Digitalzentrum Smart Village Sülzetal"),
    ],
)
def test_a_labelled_line_names_the_project(line: str, expected: str | None) -> None:
    assert runin_title(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Projektantrag", True),
        ("Ideenskizze im Rahmen des Aufrufs Digitale Dörfer", True),
        ("Projektskizze: Dorfnetz Elbaue", False),
        ("Ideenskizze „Dorfnetz Elbaue“", False),
        ("Dorfnetz Elbaue", False),
    ],
)
def test_a_line_that_is_only_the_kind_of_document(line: str, expected: bool) -> None:
    assert kind_only(line) is expected


# --- .docx --------------------------------------------------------------------------------------


def test_bold_opening_line_after_the_kind_of_document_names_the_project(tmp_path: Path) -> None:
    document = dfx.new_document()
    _bold(document, "Ideenskizze im Rahmen des Aufrufs Digitale Dörfer")
    _bold(document, "Dorfnetz Elbaue – Treffpunkt für digitale Nachbarschaft")
    document.add_paragraph("Coswig, 4. Februar 2019")
    document.add_paragraph("1. Träger", style="Heading 1")
    document.add_paragraph(FILLER)
    document.core_properties.title = "1. Träger"  # what a converter took from the first heading
    title = read_docx(dfx.save(document, tmp_path, "ideenskizze.docx"), SETTINGS).title
    assert title == "Dorfnetz Elbaue – Treffpunkt für digitale Nachbarschaft"


def test_a_section_heading_in_the_properties_gives_way_to_a_labelled_line(tmp_path: Path) -> None:
    document = dfx.new_document()
    document.add_paragraph("Wer wir sind", style="Heading 1")
    document.add_paragraph(FILLER)
    document.add_paragraph("Vorhabenstitel: Smarte Heide Kemberg")
    document.add_paragraph("Ziele", style="Heading 1")
    document.add_paragraph(FILLER)
    document.core_properties.title = "Wer wir sind"
    assert read_docx(dfx.save(document, tmp_path, "verein.docx"), SETTINGS).title == "Smarte Heide Kemberg"


def test_a_title_style_line_that_is_only_the_kind_hands_over_to_the_subtitle(tmp_path: Path) -> None:
    document = dfx.new_document()
    document.add_paragraph("Projektantrag", style="Title")
    document.add_paragraph("Dorfnetz Elbaue", style="Subtitle")
    document.add_paragraph("Gemeinde Muster")
    document.add_paragraph("Ausgangslage", style="Heading 1")
    document.add_paragraph(FILLER)
    assert read_docx(dfx.save(document, tmp_path, "deckblatt.docx"), SETTINGS).title == "Dorfnetz Elbaue"


def test_a_lone_top_heading_above_the_sections_is_the_title(tmp_path: Path) -> None:
    document = dfx.new_document()
    document.add_paragraph("Dorfnetz Elbaue", style="Heading 1")
    document.add_paragraph("Ausgangslage", style="Heading 2")
    document.add_paragraph(FILLER)
    document.add_paragraph("Ziele", style="Heading 2")
    document.add_paragraph(FILLER)
    assert read_docx(dfx.save(document, tmp_path, "oberste.docx"), SETTINGS).title == "Dorfnetz Elbaue"


def test_a_heading_saying_projektskizze_above_a_key_data_table_is_the_title(tmp_path: Path) -> None:
    document = dfx.new_document()
    document.add_paragraph("Ideenskizze „Heidedörfer vernetzt“", style="Heading 1")
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in enumerate((("Träger", "Gemeinde Muster"), ("Sitz", "Am Anger 1"))):
        table.cell(row, 0).text, table.cell(row, 1).text = label, value
    document.add_paragraph("1. Ausgangslage", style="Heading 1")
    document.add_paragraph(FILLER)
    document.add_paragraph("2. Ziele", style="Heading 1")
    document.add_paragraph(FILLER)
    assert read_docx(dfx.save(document, tmp_path, "tabelle.docx"), SETTINGS).title == "Heidedörfer vernetzt"


def test_a_heading_over_the_kind_line_is_the_title_though_chapters_share_its_level(tmp_path: Path) -> None:
    document = dfx.new_document()
    document.add_paragraph("Heidedörfer vernetzt – gemeinsam ins Netz", style="Heading 1")
    document.add_paragraph("Projektantrag im Rahmen des Landesprogramms für ländliche Räume")
    document.add_paragraph("Ausgangslage", style="Heading 1")
    document.add_paragraph(FILLER)
    document.add_paragraph("Ziele", style="Heading 1")
    document.add_paragraph(FILLER)
    title = read_docx(dfx.save(document, tmp_path, "unterzeile.docx"), SETTINGS).title
    assert title == "Heidedörfer vernetzt – gemeinsam ins Netz"


# --- PDF ----------------------------------------------------------------------------------------


def test_a_bold_label_line_projektskizze_names_the_project(tmp_path: Path) -> None:
    label = "Ideenskizze:"
    offset = pfx.pdfmetrics.stringWidth(label + " ", "Helvetica-Bold", 11.0)
    page = [
        pfx.Text(label, 80, font="Helvetica-Bold"),
        pfx.Text("Heidedörfer vernetzt – ein Netz für alle Ortsteile", 80, x=pfx.LEFT + offset),
        pfx.Text("Träger:", 94, font="Helvetica-Bold"),
        pfx.Text("Gemeinde Muster, vertreten durch die Bürgermeisterin", 94, x=pfx.LEFT + 45),
        pfx.Text("Ausgangslage", 130, font="Helvetica-Bold"),
        *pfx.paragraph(FILLER, 150),
        pfx.Text("Vorgehen", 230, font="Helvetica-Bold"),
        *pfx.paragraph(FILLER, 250),
    ]
    path = pfx.build(tmp_path / "etikett.pdf", [page])
    assert read_pdf(path, SETTINGS).title == "Heidedörfer vernetzt – ein Netz für alle Ortsteile"


def test_the_kind_line_with_the_call_hands_over_to_a_quoted_name_below(tmp_path: Path) -> None:
    page = [
        pfx.Text("Ideenskizze Digitale Dörfer", 80, font="Helvetica-Bold"),
        pfx.Text("„Heidedörfer vernetzt“ – Treffpunkt in der Dorfmitte", 112, font="Helvetica-Bold"),
        pfx.Text("1. Träger", 130, font="Helvetica-Bold"),
        *pfx.paragraph(FILLER, 150),
        pfx.Text("2. Vorgehen", 230, font="Helvetica-Bold"),
        *pfx.paragraph(FILLER, 250),
    ]
    path = pfx.build(tmp_path / "zitat.pdf", [page])
    assert read_pdf(path, SETTINGS).title == "Heidedörfer vernetzt – Treffpunkt in der Dorfmitte"


def test_a_larger_line_over_the_kind_line_is_the_title_in_a_pdf(tmp_path: Path) -> None:
    page = [
        pfx.Text("Heidedörfer vernetzt", 80, font="Helvetica-Bold", size=16),
        pfx.Text("Projektantrag im Rahmen des Landesprogramms für ländliche Räume", 104),
        pfx.Text("Ausgangslage", 140, font="Helvetica-Bold", size=16),
        *pfx.paragraph(FILLER, 164),
        pfx.Text("Vorgehen", 260, font="Helvetica-Bold", size=16),
        *pfx.paragraph(FILLER, 284),
    ]
    path = pfx.build(tmp_path / "gross.pdf", [page])
    assert read_pdf(path, SETTINGS).title == "Heidedörfer vernetzt"


def test_letter_subject_names_the_project_when_the_metadata_is_a_file_name(tmp_path: Path) -> None:
    page = [
        pfx.Text("Gemeinde Elsteraue, Bauamt, 12.02.2019", 80),
        pfx.Text("Betreff: Ideenskizze Bürgerbüro digital Elsteraue (Aufruf", 100, font="Helvetica-Bold"),
        pfx.Text("Digitale Dörfer 2019)", 114, font="Helvetica-Bold"),
        pfx.Text("Ansprechpartnerin: Frau Lenz, Telefon 034424 1234", 128),
        *pfx.paragraph(FILLER, 160),
    ]
    path = pfx.build(tmp_path / "brief.pdf", [page], title="entwurf_v3")
    assert read_pdf(path, SETTINGS).title == "Bürgerbüro digital Elsteraue"


def test_a_salutation_run_on_after_the_subject_is_no_part_of_the_title(tmp_path: Path) -> None:
    # The salutation follows the subject at normal leading, so both land in one PDF block.
    page = [
        pfx.Text("Verbandsgemeinde Heideland · Am Anger 1 · 39288 Burg", 80),
        pfx.Text("Betreff: Projektskizze Regionales Zentrum – „Heideland vernetzt“", 110),
        pfx.Text("Sehr geehrte Damen und Herren,", 124),
        *pfx.paragraph("anbei unsere Skizze. " + FILLER, 152),
    ]
    path = pfx.build(tmp_path / "anschreiben.pdf", [page], title="scan0042")
    assert read_pdf(path, SETTINGS).title == "Heideland vernetzt"


def test_metadata_naming_the_first_of_several_like_headings_is_no_title(tmp_path: Path) -> None:
    page = [
        pfx.Text("Träger des Vorhabens", 80, font="Helvetica-Bold", size=15),
        *pfx.paragraph("Gemeinde Elsteraue, vertreten durch den Bürgermeister.", 104),
        pfx.Text("Was wir vorhaben", 140, font="Helvetica-Bold", size=15),
        *pfx.paragraph(FILLER, 164),
        pfx.Text("Wie wir vorgehen", 260, font="Helvetica-Bold", size=15),
        *pfx.paragraph(FILLER, 284),
    ]
    path = pfx.build(tmp_path / "abschnitte.pdf", [page], title="Träger des Vorhabens")
    assert read_pdf(path, SETTINGS).title is None


def test_the_kind_of_document_after_the_name_goes_too() -> None:
    assert project_title("Netzwerk Altmarkdorf – Projektskizze") == "Netzwerk Altmarkdorf"
    inner = "Netzwerk Altmarkdorf – Ideenskizze für eine Digitalagentur im Altmarkkreis"
    assert project_title(inner) == "Netzwerk Altmarkdorf – Digitalagentur im Altmarkkreis"
    assert project_title("Ideenskizze") == "Ideenskizze"  # nothing else to show


def test_a_heading_wrapped_after_a_colon_inside_its_quotation_is_one_heading(tmp_path: Path) -> None:
    """ "… „Lernort Elbe:" / "Wissen für alle“": the quotation is still open, so the second line
    of the same size continues the heading; the next heading starts a block of its own."""
    path = pfx.build(
        tmp_path / "skizze.pdf",
        [
            [
                pfx.Text("Bürgerzentrum Tangermünde – „Lernort Elbe:", 80, font="Helvetica-Bold", size=16),
                pfx.Text("Wissen für alle“", 100, font="Helvetica-Bold", size=16),
                *pfx.paragraph("Die Stadt Tangermünde richtet im Rathaus ein Bürgerzentrum ein.", 140),
                pfx.Text("Ausgangslage:", 190, font="Helvetica-Bold", size=16),
                pfx.Text("Wo wir stehen", 210, font="Helvetica-Bold", size=16),
                *pfx.paragraph("Die Stadt hat rund 10.000 Einwohner in sieben Ortsteilen.", 250),
            ]
        ],
    )
    texts = [block.text for block in read_pdf(path, IngestSettings()).blocks]
    assert "Bürgerzentrum Tangermünde – „Lernort Elbe: Wissen für alle“" in texts
    assert "Ausgangslage:" in texts and "Wo wir stehen" in texts


def test_the_kind_and_the_quoted_name_under_a_long_letterhead_name_the_project(tmp_path: Path) -> None:
    """A letter's subject without its label, below more address lines than a cover has."""
    document = dfx.new_document()
    for line in (
        "Stadt Oebisfelde-Weferlingen",
        "Die Bürgermeisterin",
        "Lange Straße 12",
        "39646 Oebisfelde-Weferlingen",
        "An das Ministerium für Wirtschaft, Wissenschaft und Digitalisierung",
        "Referat Digitale Agenda",
        "Hasselbachstraße 4",
        "39104 Magdeburg",
        "Auskunft erteilt: Frau Grube",
        "Telefon: 039002 9860",
        "E-Mail: grube@oebisfelde.de",
        "Datum: 11. Februar 2019",
        "Aktenzeichen: 10-2019",
    ):
        document.add_paragraph(line)
    _bold(document, "Ideenskizze „Grenzland digital – Zentrum an der Aller“ (GDZ)")
    document.add_paragraph("Sehr geehrte Damen und Herren,")
    document.add_paragraph("1. Ausgangslage", style="Heading 1")
    document.add_paragraph(FILLER)
    title = read_docx(dfx.save(document, tmp_path, "brief.docx"), SETTINGS).title
    assert title == "Grenzland digital – Zentrum an der Aller (GDZ)"


def test_a_labelled_line_outranks_the_quoted_name_of_the_template(tmp_path: Path) -> None:
    """The template's first line quotes the call's name; the labelled line names the project."""
    document = dfx.new_document()
    _bold(document, "Ideenskizze „Digitale Dörfer im Land“ – Vorlage des Ministeriums")
    document.add_paragraph("Bezeichnung des Vorhabens: Dorfnetz Elbaue")
    document.add_paragraph("1. Antragsteller", style="Heading 1")
    document.add_paragraph(FILLER)
    assert read_docx(dfx.save(document, tmp_path, "vorlage.docx"), SETTINGS).title == "Dorfnetz Elbaue"


def test_the_kind_after_a_bold_pdf_title_sets_it_apart_from_headings_of_its_look(tmp_path: Path) -> None:
    """The title and the section headings are all bold lines; only the title says what it is."""
    from tests.builders.blind_markdown import parse_text
    from tests.builders.blind_pdf import render_pdf

    sketch = parse_text(
        "---\nid: fett\nwriter: T\nrenderings: [pdf]\nheading_style: bold\nfont: Arial\n"
        "font_size: 11\n---\n"
        f"**Dorfnetz Elbaue – Ideenskizze**\n\n{FILLER}\n\n**Wer wir sind**\n\n{FILLER}\n\n"
        f"**Was wir vorhaben**\n\n{FILLER}\n",
        "fett/sketch.md",
    )
    assert read_pdf(render_pdf(sketch, tmp_path / "fett.pdf"), SETTINGS).title == "Dorfnetz Elbaue"


def test_the_kind_and_a_name_after_a_key_data_table(tmp_path: Path) -> None:
    document = dfx.new_document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Antragsteller", "Verbandsgemeinde Elbe-Heide"
    table.cell(1, 0).text, table.cell(1, 1).text = "Ansprechpartner", "Herr Ulf Krause"
    _bold(document, "Vorhabensbeschreibung Digitalwerkstatt Elbe-Heide")
    document.add_paragraph("1. Ausgangslage", style="Heading 1")
    document.add_paragraph(FILLER)
    title = read_docx(dfx.save(document, tmp_path, "tabelle.docx"), SETTINGS).title
    assert title == "Digitalwerkstatt Elbe-Heide"


def test_a_labelled_line_with_a_possessive() -> None:
    assert runin_title("Unser Vorhabenstitel: Dorfnetz Elbaue") == "Dorfnetz Elbaue"


def test_the_kind_on_a_short_line_of_its_own_stays_in_the_title_block(tmp_path: Path) -> None:
    """Bold title, bold kind line (ending short of the margin), bold chapter headings: the kind
    line is neither joined to a heading nor a chapter of its own, and a quoted name below a kind
    line naming the call is the title."""
    from sketchproc.sections import sections_from_document
    from tests.builders.blind_markdown import parse_text
    from tests.builders.blind_pdf import render_pdf

    sketch = parse_text(
        "---\nid: kopf\nwriter: T\nrenderings: [pdf]\nheading_style: bold\nfont: Times\n"
        "font_size: 12\n---\n"
        "**Ideenskizze im Förderaufruf „Digitale Regionen“**\n\n"
        "**„Netzwerk Fläming digital“ – Zentrum der Stadt Zerbst/Anhalt**\n\n"
        f"**Über uns**\n\n{FILLER}\n\n**Unser Vorhaben**\n\n{FILLER}\n",
        "kopf/sketch.md",
    )
    document = read_pdf(render_pdf(sketch, tmp_path / "kopf.pdf"), SETTINGS)
    assert document.title == "Netzwerk Fläming digital – Zentrum der Stadt Zerbst/Anhalt"
    sections = sections_from_document(document).sections
    assert [s.title for s in sections] == ["Über uns", "Unser Vorhaben"]
