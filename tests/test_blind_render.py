"""The blind-sketch builders: sketch.md (tests/data/blind/FORMAT.md) → .docx, text PDF, scan PDF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest

from tests.builders import blind_model as bm
from tests.builders.blind_docx import render_docx
from tests.builders.blind_markdown import parse_file, parse_text
from tests.builders.blind_pdf import render_pdf
from tests.builders.scan import render_scan

REPO = Path(__file__).resolve().parents[1]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

FRONT = """---
id: amt_beispielheide
writer: WT
renderings: [docx, pdf, scan]
heading_style: {style}
font: {font}
font_size: 11
running_footer: "Amt Beispielheide – Skizze Lernwerkstatt"
running_header: "Entwurf"
---
"""

BODY = """
::: cover
Lernwerkstatt Beispielheide
Projektskizze zum Aufruf

Amt Beispielheide
:::

::: toc
Inhalt
Vorhaben .......... 2
  Kosten .......... 2
:::

# Vorhaben
Das Amt richtet eine *offene* Lernwerkstatt für Bürger*innen ein,
in der Ehrenamtliche Hilfe bei Online-Anträgen geben.

**Antragsteller:** Amt Beispielheide, vertreten durch die Amtsdirektorin.

**Besonders wichtig**

- Sprechstunde im Bürgerhaus
  zweimal pro Woche
- Leihgeräte
  - Tablets für Seniorinnen

1. Räume herrichten
2. Ehrenamtliche schulen

## Kosten

| Posten | Jahr | Betrag |
|---|---|---|
| Honorarkräfte Lernbegleitung | 2019 | 12.000 € |
| ^^ | 2020 | 14.000 € |
| Summe | << | 26.000 € |

::: instruction
Bitte erläutern Sie hier die Verstetigung.
:::

::: boxed
Kontakt: lernwerkstatt@beispielheide.example
:::

::: pagebreak
:::

::: signature
Beispielheide, 20.02.2019

______________________
Amtsdirektorin
:::
"""


def write_sketch(tmp_path: Path, style: str = "word", font: str = "Arial", body: str = BODY) -> bm.Sketch:
    """Write a sketch.md under tmp_path and parse it."""
    path = tmp_path / "sketch.md"
    path.write_text(FRONT.format(style=style, font=font) + body, encoding="utf-8")
    return parse_file(path)


@pytest.fixture
def sketch(tmp_path: Path) -> bm.Sketch:
    """The sketch with every construct, Word heading styles, Arial."""
    return write_sketch(tmp_path)


# --- parser ------------------------------------------------------------------------------------


def test_every_construct_is_parsed(sketch: bm.Sketch) -> None:
    kinds = [type(block).__name__ for block in sketch.blocks]
    assert set(kinds) == {
        "Cover", "Toc", "Heading", "Paragraph", "BulletItem", "NumberedItem", "Table",
        "Instruction", "Boxed", "PageBreak", "Signature",
    }  # fmt: skip
    assert (sketch.id, sketch.writer, sketch.font, sketch.renderings) == (
        "amt_beispielheide", "WT", "Arial", ("docx", "pdf", "scan"),
    )  # fmt: skip
    assert sketch.title == "Lernwerkstatt Beispielheide"


def test_paragraph_runs_labels_and_gender_star(sketch: bm.Sketch) -> None:
    paragraphs = [block for block in sketch.blocks if isinstance(block, bm.Paragraph)]
    first, labelled, bold_only = paragraphs
    assert first.text == (
        "Das Amt richtet eine offene Lernwerkstatt für Bürger*innen ein, in der Ehrenamtliche "
        "Hilfe bei Online-Anträgen geben."
    )
    assert [run.text for run in first.runs if run.italic] == ["offene"]
    assert labelled.run_in_label == "Antragsteller:" and not labelled.bold_only
    assert bold_only.bold_only and bold_only.run_in_label is None


def test_lists_join_continuation_lines_and_nest(sketch: bm.Sketch) -> None:
    bullets = [block for block in sketch.blocks if isinstance(block, bm.BulletItem)]
    assert [(bm.plain(b.runs), b.level) for b in bullets] == [
        ("Sprechstunde im Bürgerhaus zweimal pro Woche", 1),
        ("Leihgeräte", 1),
        ("Tablets für Seniorinnen", 2),
    ]
    numbered = [block for block in sketch.blocks if isinstance(block, bm.NumberedItem)]
    assert [item.number for item in numbered] == [1, 2]


def test_merge_markers_become_spans(sketch: bm.Sketch) -> None:
    table = next(block for block in sketch.blocks if isinstance(block, bm.Table))
    spans = {(c.text, c.row, c.col): (c.rowspan, c.colspan) for c in table.cells}
    assert spans[("Honorarkräfte Lernbegleitung", 1, 0)] == (2, 1)
    assert spans[("Summe", 3, 0)] == (1, 2)
    assert (table.n_rows, table.n_cols, len(table.cells)) == (4, 3, 10)


def test_a_date_at_a_line_start_is_not_a_list_item() -> None:
    sketch = parse_text(
        FRONT.format(style="word", font="Arial") + "\nDer Start ist am\n15. März 2019 geplant.\n"
    )
    assert [type(block) for block in sketch.blocks] == [bm.Paragraph]


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("\n| a | b |\n|---|---|\n| ^^ | x |\n| y | ^^ |\n", 12, None),
        ("\n| ^^ | b |\n|---|---|\n", 12, "first row"),
        ("\n::: sidebar\ntext\n:::\n", 12, "unknown block"),
        ("\n::: cover\nTitel\n", 12, "not closed"),
        ("\n| a | b |\n|---|---|\n| x | y |\n| ^^ | << |\n", 15, "rectangle"),
    ],
)
def test_syntax_errors_name_file_and_line(body: str, line: int, message: str | None) -> None:
    if message is None:  # a valid table: both merges are plain vertical ones
        parse_text(FRONT.format(style="word", font="Arial") + body, "x/sketch.md")
        return
    with pytest.raises(bm.SketchSyntaxError) as caught:
        parse_text(FRONT.format(style="word", font="Arial") + body, "x/sketch.md")
    assert caught.value.line == line and message in caught.value.message
    assert str(caught.value).startswith(f"x/sketch.md:{line}: ")


def test_bad_front_matter_is_reported() -> None:
    with pytest.raises(bm.SketchSyntaxError, match="heading_style"):
        parse_text(FRONT.format(style="fancy", font="Arial"), "sketch.md")


# --- docx --------------------------------------------------------------------------------------


def paragraphs_by_text(document: Any) -> dict[str, Any]:
    """Body paragraphs with text, by their text."""
    return {p.text: p for p in document.paragraphs if p.text}


@pytest.mark.parametrize(
    ("style", "heading_style_name"),
    [("word", "Heading 1"), ("german", "Überschrift 1"), ("numbered", "Heading 1")],
)
def test_docx_heading_styles(tmp_path: Path, style: str, heading_style_name: str) -> None:
    document = docx.Document(str(render_docx(write_sketch(tmp_path, style), tmp_path / "s.docx")))
    paragraphs = paragraphs_by_text(document)
    assert paragraphs["Vorhaben"].style.name == heading_style_name
    assert paragraphs["Kosten"].style.name == heading_style_name.replace("1", "2")
    heading_num = document.styles["Heading 2" if style != "german" else "Überschrift 2"].element.pPr.numPr
    if style == "numbered":  # the number lives in numbering.xml, linked from the style, not in the text
        assert heading_num is not None and heading_num.ilvl.val == 1
        numbering = document.part.numbering_part.element
        texts = {
            lvl.find(f"{W}pStyle").get(f"{W}val"): lvl.find(f"{W}lvlText").get(f"{W}val")
            for lvl in numbering.iterfind(f".//{W}lvl[{W}pStyle]")
        }
        assert [texts[f"Heading{n}"] for n in (1, 2, 3)] == ["%1", "%1.%2", "%1.%2.%3"]
    else:
        assert heading_num is None


def test_docx_bold_headings_are_normal_paragraphs(tmp_path: Path) -> None:
    document = docx.Document(str(render_docx(write_sketch(tmp_path, "bold"), tmp_path / "s.docx")))
    heading = paragraphs_by_text(document)["Vorhaben"]
    assert heading.style.name == "Normal"
    assert all(run.bold for run in heading.runs) and heading.runs[0].font.size.pt == 12


def test_docx_constructs(tmp_path: Path, sketch: bm.Sketch) -> None:
    document = docx.Document(str(render_docx(sketch, tmp_path / "s.docx")))
    paragraphs = paragraphs_by_text(document)
    assert paragraphs["Lernwerkstatt Beispielheide"].style.name == "Title"
    assert paragraphs["Projektskizze zum Aufruf"].style.name == "Subtitle"
    assert paragraphs["Sprechstunde im Bürgerhaus zweimal pro Woche"].style.name == "List Bullet"
    assert paragraphs["Tablets für Seniorinnen"].style.name == "List Bullet 2"
    assert paragraphs["Räume herrichten"].style.name == "List Number"
    assert paragraphs["Räume herrichten"]._p.pPr.numPr.numId.val > 0
    label = paragraphs["Antragsteller: Amt Beispielheide, vertreten durch die Amtsdirektorin."].runs
    assert label[0].bold and not label[1].bold
    instruction = paragraphs["Bitte erläutern Sie hier die Verstetigung."].runs[0]
    assert instruction.italic and str(instruction.font.color.rgb) == "808080"
    assert document.styles["Normal"].font.name == "Arial" and document.styles["Normal"].font.size.pt == 11
    assert document.sections[0].page_width.mm == pytest.approx(210, abs=0.1)


def test_docx_table_merges_and_box(tmp_path: Path, sketch: bm.Sketch) -> None:
    document = docx.Document(str(render_docx(sketch, tmp_path / "s.docx")))
    table, box = document.tables
    assert table.style.name == "Table Grid"
    assert table.cell(1, 0)._tc is table.cell(2, 0)._tc  # vertical merge
    assert table.cell(3, 0)._tc is table.cell(3, 1)._tc  # horizontal merge
    assert table._tbl.xpath(".//w:vMerge") and table._tbl.xpath(".//w:gridSpan")
    assert all(run.bold for run in table.rows[0].cells[0].paragraphs[0].runs)
    assert len(box.rows) == 1 and len(box.columns) == 1
    assert box.cell(0, 0).text == "Kontakt: lernwerkstatt@beispielheide.example"


def test_docx_running_header_footer_and_metadata(tmp_path: Path, sketch: bm.Sketch) -> None:
    document = docx.Document(str(render_docx(sketch, tmp_path / "s.docx")))
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "Entwurf"
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Amt Beispielheide – Skizze Lernwerkstatt\tSeite ")
    assert [i.text.strip() for i in footer._p.iter(f"{W}instrText")] == ["PAGE", "NUMPAGES"]
    props = document.core_properties
    assert (props.author, props.title, props.created.year) == ("WT", "Lernwerkstatt Beispielheide", 2019)


def test_docx_is_byte_identical_on_rebuild(tmp_path: Path, sketch: bm.Sketch) -> None:
    first = render_docx(sketch, tmp_path / "a.docx").read_bytes()
    assert render_docx(sketch, tmp_path / "b.docx").read_bytes() == first


# --- text PDF ----------------------------------------------------------------------------------


def test_pdf_text_pages_and_metadata(tmp_path: Path, sketch: bm.Sketch) -> None:
    with pdfplumber.open(render_pdf(sketch, tmp_path / "s.pdf")) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
        assert pdf.metadata["Title"] == "Lernwerkstatt Beispielheide"
    assert len(texts) == 3  # cover, body, signature after the page break
    assert "Lernwerkstatt Beispielheide" in texts[0] and "Seite 1 von 3" in texts[0]
    body = texts[1]
    for expected in (
        "Vorhaben ..........",  # the TOC line as typed
        "Honorarkräfte Lernbegleitung",
        "Summe 26.000 €",
        "• Sprechstunde im Bürgerhaus",
        "1. Räume herrichten",
        "Bitte erläutern Sie hier die Verstetigung.",
        "Amt Beispielheide – Skizze Lernwerkstatt Seite 2 von 3",
        "Entwurf",
    ):
        assert expected in body
    assert body.count("Honorarkräfte Lernbegleitung") == 1  # a merged cell's text appears once
    assert "Amtsdirektorin" in texts[2]


def test_pdf_heading_fonts_by_style(tmp_path: Path) -> None:
    sizes = {}
    for style in ("word", "bold"):
        pdf_path = render_pdf(write_sketch(tmp_path, style, "Times"), tmp_path / f"{style}.pdf")
        with pdfplumber.open(pdf_path) as pdf:
            words = pdf.pages[1].extract_words(extra_attrs=["fontname", "size"])
        heading = next(
            word for word in words if word["text"] == "Vorhaben" and word["fontname"] == "Times-Bold"
        )
        sizes[style] = heading["size"]
        assert any(word["fontname"] == "Times-Roman" for word in words)
    assert sizes["word"] > 11 and sizes["bold"] == pytest.approx(11)


def test_pdf_numbered_headings_show_numbers(tmp_path: Path) -> None:
    with pdfplumber.open(render_pdf(write_sketch(tmp_path, "numbered"), tmp_path / "s.pdf")) as pdf:
        text = pdf.pages[1].extract_text()
    assert "1 Vorhaben" in text and "1.1 Kosten" in text


def test_pdf_long_table_repeats_its_header(tmp_path: Path) -> None:
    rows = "".join(f"| Maßnahme {i} | {i * 100} € |\n" for i in range(1, 61))
    body = f"\n# Kosten\n\n| Maßnahme | Betrag |\n|---|---|\n{rows}"
    with pdfplumber.open(render_pdf(write_sketch(tmp_path, body=body), tmp_path / "s.pdf")) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
    assert len(texts) == 2 and "Seite 1 von 2" in texts[0] and "Seite 2 von 2" in texts[1]
    assert "Maßnahme Betrag" in texts[1] and "Maßnahme 60 6000 €" in texts[1]


def test_pdf_is_byte_identical_on_rebuild(tmp_path: Path, sketch: bm.Sketch) -> None:
    assert (
        render_pdf(sketch, tmp_path / "a.pdf").read_bytes()
        == render_pdf(sketch, tmp_path / "b.pdf").read_bytes()
    )


# --- scan ----------------------------------------------------------------------------------------


def test_scan_has_no_text_layer_and_same_pages(tmp_path: Path, sketch: bm.Sketch) -> None:
    text_pdf = render_pdf(sketch, tmp_path / "s.pdf")
    scan = render_scan(text_pdf, tmp_path / "s.scan.pdf", sketch.id, dpi=100)
    with pdfplumber.open(scan) as scanned, pdfplumber.open(text_pdf) as original:
        assert len(scanned.pages) == len(original.pages)
        assert all(not (page.extract_text() or "").strip() for page in scanned.pages)
        assert all(len(page.images) == 1 and not page.chars for page in scanned.pages)
        assert "Title" not in scanned.metadata
    again = render_scan(text_pdf, tmp_path / "t.scan.pdf", sketch.id, dpi=100)
    assert again.read_bytes() == scan.read_bytes()
    other = render_scan(text_pdf, tmp_path / "u.scan.pdf", "another_id", dpi=100)
    assert other.read_bytes() != scan.read_bytes()  # angle and noise are seeded by the id


# --- render_all ----------------------------------------------------------------------------------


def test_render_all_renders_per_list_and_reports_bad_files(tmp_path: Path) -> None:
    good = tmp_path / "tuning" / "amt_beispielheide"
    bad = tmp_path / "tuning" / "kaputt"
    good.mkdir(parents=True)
    bad.mkdir()
    good_text = FRONT.format(style="word", font="Arial").replace("[docx, pdf, scan]", "[docx, scan]")
    (good / "sketch.md").write_text(good_text + "\n# Vorhaben\n\nText.\n", encoding="utf-8")
    (bad / "sketch.md").write_text(FRONT.format(style="word", font="Arial") + "\n::: sidebar\n:::\n")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts/blind/render_all.py"),
            "--root",
            str(tmp_path),
            "--split",
            "tuning",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"{bad / 'sketch.md'}:12" in result.stderr and "unknown block" in result.stderr
    assert sorted(path.name for path in good.iterdir()) == [
        "amt_beispielheide.docx", "amt_beispielheide.scan.pdf", "sketch.md",
    ]  # fmt: skip  # the text PDF behind the scan stays in a temporary folder
    assert "1 docx, 0 pdf, 1 scan; 1 failed" in result.stdout
