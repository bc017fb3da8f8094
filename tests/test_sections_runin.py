"""Run-in headings: a numbered bold opening that heads its own paragraph becomes a section."""

from __future__ import annotations

from pathlib import Path

from sketchproc.ingest import read_document
from sketchproc.model import Block, BlockKind, DocFormat, Document, Provenance, TextStyle
from sketchproc.sections import sections_from_document
from tests.builders import docx_fixtures as docx_fx
from tests.builders import pdf_fixtures as pdf_fx

TEXT = "Die Gemeinde betreibt seit zwei Jahren einen Treffpunkt für Vereine und Nachbarschaftshilfe."


def para(text: str, *, lead: str | None = None, bold: bool = False, **fields: object) -> Block:
    kind = fields.pop("kind", BlockKind.PARAGRAPH)
    return Block(
        kind=kind,  # type: ignore[arg-type]
        text=text,
        provenance=Provenance(file="t.docx", paragraph=0),
        style=TextStyle(bold=bold, size=11.0),
        lead=lead,
        **fields,  # type: ignore[arg-type]
    )


def run_in(label: str, text: str = TEXT) -> Block:
    return para(f"{label} {text}", lead=label)


def outline(*blocks: Block) -> list[tuple[str | None, str, str]]:
    document = Document(path="t.docx", format=DocFormat.DOCX, pages=None, blocks=blocks, body_size=11.0)
    return [(s.number, s.title, s.text) for s in sections_from_document(document).sections]


def test_numbered_bold_openings_in_ascending_order_head_their_paragraphs() -> None:
    found = outline(
        run_in("I. Wer den Antrag stellt:"),
        run_in("II. Lage vor Ort:"),
        para("Ein zweiter Absatz gehört noch zur Lage vor Ort."),
        run_in("III. Arbeitsschritte:"),
        para("IV. Anhänge.", bold=True),
        para("Ein Lageplan liegt bei."),
    )
    assert [(number, title) for number, title, _ in found] == [
        ("I", "Wer den Antrag stellt"),
        ("II", "Lage vor Ort"),
        ("III", "Arbeitsschritte"),
        ("IV", "Anhänge"),
    ]
    assert found[0][2] == TEXT  # the section text starts after the label
    assert found[1][2] == f"{TEXT}\nEin zweiter Absatz gehört noch zur Lage vor Ort."


def test_bold_openings_out_of_order_or_under_declared_headings_stay_text() -> None:
    shuffled = (run_in("2. Beratung:"), run_in("1. Schulung:"), run_in("3. Sprechstunde:"))
    assert outline(*shuffled) == []
    declared = para("Maßnahmen", outline_level=1)
    assert [title for _, title, _ in outline(declared, *sorted(shuffled, key=lambda b: b.text))] == [
        "Maßnahmen"
    ]


def test_two_bold_openings_or_a_long_bold_sentence_are_no_outline() -> None:
    assert outline(run_in("1. Beratung:"), run_in("2. Schulung:")) == []
    long = "1. Wir werden in allen Ortsteilen Sprechstunden und Kurse anbieten:"
    assert outline(run_in(long), run_in("2. Schulung:"), run_in("3. Beratung:")) == []


def test_docx_bold_run_opening_a_paragraph_is_a_run_in_heading(tmp_path: Path) -> None:
    document = read_document(docx_fx.run_in_docx(tmp_path))
    assert [b.lead for b in document.blocks[1:3]] == ["1. Vorhabenträger:", None]
    sections = sections_from_document(document).sections
    assert [s.title for s in sections] == ["Vorhabenträger", "Lage in der Region", "Vorgehen", "Unterlagen"]
    assert sections[0].text.startswith("Verbandsgemeinde Beispielland, Am Anger 4")


def test_pdf_bold_words_opening_a_line_are_a_run_in_heading(tmp_path: Path) -> None:
    document = read_document(pdf_fx.run_in_pdf(tmp_path / "einlauf.pdf"))
    first = document.blocks[0]
    assert (first.kind, first.lead, first.style.bold) == (BlockKind.PARAGRAPH, "A. Träger.", False)
    sections = sections_from_document(document).sections
    assert [(s.number, s.title) for s in sections] == [
        ("A", "Träger"),
        ("B", "Ausgangslage"),
        ("C", "Vorgehen"),
    ]
    assert sections[0].text.startswith("Der Zweckverband Musterregion mit Sitz in Musterstadt ist")


def test_a_sketch_built_of_unnumbered_bold_openings_has_them_as_sections(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Ortsgemeinde Wasserleben, Projektskizze vom 3. Februar 2019")
    labels = ("Worum es uns geht:", "Unsere Lage.", "Was wir tun wollen:", "Wer mitmacht:", "Was es kostet:")
    for label in (*labels, "Und danach?"):
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(" " + TEXT)
    path = tmp_path / "ohne_ueberschriften.docx"
    document.save(str(path))
    sections = sections_from_document(read_document(path)).sections
    assert [s.title for s in sections] == [
        "Worum es uns geht",
        "Unsere Lage",
        "Was wir tun wollen",
        "Wer mitmacht",
        "Was es kostet",
        "Und danach?",
    ]
    assert sections[1].text == TEXT


def test_a_few_unnumbered_bold_openings_or_numbered_ones_out_of_order_stay_text() -> None:
    assert outline(run_in("Wichtig:"), run_in("Hinweis:"), run_in("Beispiel:")) == []
    shuffled = [run_in(f"{n}. Schritt:") for n in (3, 1, 5, 2, 4, 6)]
    assert outline(*shuffled) == []


def test_bold_openings_under_bold_heading_lines_label_items_not_sections() -> None:
    measures = [
        run_in(f"{name}:") for name in ("Sprechstunde", "Lotsendienst", "Werkstatt", "Portal", "Forum")
    ]
    found = outline(para("Maßnahmen", bold=True), *measures, para("Finanzierung", bold=True), para(TEXT))
    assert [title for _, title, _ in found] == ["Maßnahmen", "Finanzierung"]
