"""Render a parsed blind sketch to a text PDF with reportlab platypus, like a Word PDF export.

Base-14 fonts (Helvetica, Times) with WinAnsi encoding; "Seite N von M" and the running
header/footer are drawn after layout, when the page count is known. invariant=1 and fixed
metadata make repeated builds byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, PageBreak, SimpleDocTemplate, Spacer
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from . import blind_model as bm

MARGIN = 2.5 * cm
TEXT_WIDTH = A4[0] - 2 * MARGIN
# Word font → base-14 family (regular, bold, italic, bold italic).
FAMILIES = {
    "Arial": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "Calibri": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "Times New Roman": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
}
# Base-14 fonts write "•" as code 127, which text extraction cannot map; Vera (shipped with
# reportlab, so identical everywhere) is embedded with a ToUnicode map, like a Word export's Symbol.
BULLET_FONT = "Vera"
pdfmetrics.registerFont(TTFont(BULLET_FONT, "Vera.ttf"))
# Characters outside WinAnsi would come out as wrong glyphs; write what an author would type instead.
SUBSTITUTES = {
    "→": "->",
    "←": "<-",
    "⇒": "=>",
    "≥": ">=",
    "≤": "<=",
    "≈": "~",
    "−": "-",
    "‑": "-",
    "‐": "-",
    "✓": "x",
    "✔": "x",
    "✗": "x",
    "\u2009": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u200a": " ",
    "\u200b": "",
}
GREY = colors.Color(0.5, 0.5, 0.5)


def unsupported_characters(text: str) -> set[str]:
    """Characters the base-14 fonts cannot show (they are substituted or replaced by "?")."""
    return {char for char in text if not _winansi(char)}


def _winansi(char: str) -> bool:
    """True if the character exists in WinAnsi (cp1252)."""
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _safe(text: str) -> str:
    """Text with non-WinAnsi characters substituted, escaped for reportlab's paragraph markup."""
    chars = (char if _winansi(char) else SUBSTITUTES.get(char, "?") for char in text)
    return escape("".join(chars)).replace("\n", "<br/>")


def _markup(runs: bm.Inline) -> str:
    """Paragraph markup for formatted runs."""
    parts = []
    for run in runs:
        text = _safe(run.text)
        text = f"<i>{text}</i>" if run.italic else text
        parts.append(f"<b>{text}</b>" if run.bold else text)
    return "".join(parts)


@dataclass
class _Context:
    """Styles and counters shared by the block renderers."""

    sketch: bm.Sketch
    styles: dict[str, ParagraphStyle]
    headings: bm.HeadingCounter = field(default_factory=bm.HeadingCounter)
    list_numbers: dict[int, int] = field(default_factory=dict)  # level → next number


def render_pdf(sketch: bm.Sketch, target: Path) -> Path:
    """Write `sketch` as a text PDF to `target` and return it."""
    context = _Context(sketch, _styles(sketch))
    story: list[Flowable] = []
    for block in sketch.blocks:
        story.extend(_flowables(context, block))
    doc = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=sketch.title,
        author=sketch.writer,
        subject="",
        creator="sketchproc blind builder",
        invariant=1,
        lang="de-DE",
    )
    doc.build(story or [Spacer(1, 1)], canvasmaker=_running_canvas(sketch))
    return target


# --- styles ------------------------------------------------------------------------------------


def _styles(sketch: bm.Sketch) -> dict[str, ParagraphStyle]:
    """Paragraph styles for the sketch's font and size."""
    regular, bold, italic, _ = FAMILIES[sketch.font]
    size = sketch.font_size
    body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=size * 1.25, spaceAfter=size * 0.6)
    styles = {
        "body": body,
        "cell": ParagraphStyle("cell", body, spaceAfter=0),
        "line": ParagraphStyle("line", body, spaceAfter=0),
        "instruction": ParagraphStyle("instruction", body, fontName=italic, textColor=GREY),
        "cover": ParagraphStyle("cover", body, alignment=TA_CENTER, spaceAfter=size * 0.5),
    }
    for level, extra in enumerate((5.0, 3.0, 1.5, 0.5, 0.0, 0.0), start=1):
        heading_size = size if sketch.heading_style == "bold" else size + extra
        styles[f"h{level}"] = ParagraphStyle(
            f"h{level}",
            body,
            fontName=bold,
            fontSize=heading_size,
            leading=heading_size * 1.25,
            spaceBefore=size * 1.1,
            spaceAfter=size * 0.5,
            keepWithNext=1,
        )
    for level in (1, 2, 3):
        indent = 18.0 * level
        styles[f"bullet{level}"] = ParagraphStyle(
            f"bullet{level}",
            body,
            leftIndent=indent,
            bulletIndent=indent - 12,
            bulletFontName=BULLET_FONT,
            spaceAfter=size * 0.2,
        )
        styles[f"number{level}"] = ParagraphStyle(
            f"number{level}", styles[f"bullet{level}"], bulletFontName=regular, bulletIndent=indent - 16
        )
    return styles


# --- blocks ------------------------------------------------------------------------------------


def _flowables(context: _Context, block: bm.Block) -> list[Flowable]:
    """The flowables of one block."""
    if not isinstance(block, bm.NumberedItem):
        context.list_numbers.clear()  # anything between numbered items ends the list
    styles = context.styles
    if isinstance(block, bm.Heading):
        return [_heading(context, block)]
    if isinstance(block, bm.Paragraph):
        return [PdfParagraph(_markup(block.runs), styles["body"])]
    if isinstance(block, bm.BulletItem):
        style = styles[f"bullet{min(block.level, 3)}"]
        return [PdfParagraph(_markup(block.runs), style, bulletText="•")]
    if isinstance(block, bm.NumberedItem):
        return [_numbered_item(context, block)]
    if isinstance(block, bm.Table):
        return [_table(context, block)]
    if isinstance(block, bm.Cover):
        return _cover(context, block)
    if isinstance(block, bm.Toc):
        return [_toc_line(context, line) for line in block.lines]
    if isinstance(block, bm.Instruction):
        return [PdfParagraph(_safe(text), styles["instruction"]) for text in block.paragraphs]
    if isinstance(block, bm.Signature):
        return [KeepTogether([_plain_line(styles["line"], line) for line in block.lines])]
    if isinstance(block, bm.PageBreak):
        return [PageBreak()]
    if isinstance(block, bm.Boxed):
        return [_boxed(context, block)]
    raise TypeError(f"unknown block {block!r}")


def _heading(context: _Context, heading: bm.Heading) -> Flowable:
    """A heading; with numbered headings the number Word would show is printed before the text."""
    text = _safe(heading.text)
    if context.sketch.heading_style == "numbered":
        text = f"{context.headings.next(heading.level)} {text}"
    return PdfParagraph(text, context.styles[f"h{min(heading.level, 6)}"])


def _numbered_item(context: _Context, item: bm.NumberedItem) -> Flowable:
    """A numbered item counted like Word: from the list's first typed number on."""
    for level in [level for level in context.list_numbers if level > item.level]:
        del context.list_numbers[level]
    number = context.list_numbers.get(item.level, item.number)
    context.list_numbers[item.level] = number + 1
    style = context.styles[f"number{min(item.level, 3)}"]
    return PdfParagraph(_markup(item.runs), style, bulletText=f"{number}.")


def _plain_line(style: ParagraphStyle, line: str) -> Flowable:
    """One line of a signature or cover; an empty line is vertical space."""
    return PdfParagraph(_safe(line), style) if line.strip() else Spacer(1, style.leading)


def _toc_line(context: _Context, line: str) -> Flowable:
    """A TOC line as typed; leading spaces become indentation."""
    indent = 6.0 * (len(line) - len(line.lstrip()))
    style = ParagraphStyle("toc", context.styles["line"], leftIndent=indent)
    return PdfParagraph(_safe(line.strip()), style)


def _cover(context: _Context, cover: bm.Cover) -> list[Flowable]:
    """Centred cover lines, the first the largest, then a page break."""
    base = context.styles["cover"]
    size = context.sketch.font_size
    bold = FAMILIES[context.sketch.font][1]
    flowables: list[Flowable] = [Spacer(1, 5 * cm)]
    for index, line in enumerate(cover.lines):
        if not line:
            flowables.append(Spacer(1, base.leading))
            continue
        line_size = (size * 2, size + 4)[index] if index < 2 else size + 1
        style = ParagraphStyle(
            f"cover{index}", base, fontSize=line_size, leading=line_size * 1.25, spaceAfter=line_size * 0.6
        )
        if index == 0:
            style.fontName = bold
        flowables.append(PdfParagraph(_markup(line), style))
    return [*flowables, PageBreak()]


def _table(context: _Context, table: bm.Table) -> Flowable:
    """A grid table with SPAN for merges and the header row repeated after a page break."""
    data: list[list[Any]] = [["" for _ in range(table.n_cols)] for _ in range(table.n_rows)]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for cell in table.cells:
        runs = tuple(bm.Run(run.text, True, run.italic) for run in cell.runs) if cell.row == 0 else cell.runs
        data[cell.row][cell.col] = PdfParagraph(_markup(runs), context.styles["cell"])
        if cell.rowspan > 1 or cell.colspan > 1:
            end = (cell.col + cell.colspan - 1, cell.row + cell.rowspan - 1)
            commands.append(("SPAN", (cell.col, cell.row), end))
    return PdfTable(
        data,
        colWidths=_column_widths(table),
        repeatRows=1 if table.n_rows > 1 else 0,
        style=commands,
        hAlign="LEFT",
        spaceBefore=4,
        spaceAfter=context.sketch.font_size * 0.8,
    )


def _column_widths(table: bm.Table) -> list[float]:
    """Widths proportional to each column's longest unmerged text, clamped so none gets too narrow."""
    weights = [6.0] * table.n_cols
    for cell in table.cells:
        if cell.colspan == 1:
            longest = max((len(part) for part in cell.text.split("\n")), default=0)
            weights[cell.col] = max(weights[cell.col], min(float(longest), 40.0) + 2.0)  # + padding
    return [TEXT_WIDTH * weight / sum(weights) for weight in weights]


def _boxed(context: _Context, boxed: bm.Boxed) -> Flowable:
    """A framed side box: a one-cell table holding the box's flowables (may split across pages)."""
    inner: list[Flowable] = []
    for block in boxed.blocks:
        inner.extend(_flowables(context, block))
    context.list_numbers.clear()
    style = [("BOX", (0, 0), (-1, -1), 0.75, colors.black), ("LEFTPADDING", (0, 0), (-1, -1), 8)]
    return PdfTable([[inner]], colWidths=[TEXT_WIDTH], style=style, splitInRow=1, spaceAfter=8)


# --- running header and footer -----------------------------------------------------------------


def _running_canvas(sketch: bm.Sketch) -> type[Canvas]:
    """A canvas class that draws header and footer ("Seite N von M") once the page count is known."""
    regular = FAMILIES[sketch.font][0]

    class RunningCanvas(Canvas):
        """Holds each page until save(), then decorates all pages with the final count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's camelCase name
            """Keep the page's state instead of emitting it."""
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            """Emit every page with header and footer, then write the file."""
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, sketch, regular, number, len(self._pages))
                Canvas.showPage(self)
            Canvas.save(self)

    return RunningCanvas


def _decorate(canvas: Canvas, sketch: bm.Sketch, font: str, number: int, total: int) -> None:
    """Draw the running header (centred) and footer (text left, page number right)."""
    width, height = A4
    canvas.saveState()
    canvas.setFont(font, 9)
    if sketch.running_header:
        canvas.drawCentredString(width / 2, height - MARGIN + 0.9 * cm, _plain(sketch.running_header))
    if sketch.running_footer is not None:
        baseline = MARGIN - 1.2 * cm
        canvas.drawString(MARGIN, baseline, _plain(sketch.running_footer))
        canvas.drawRightString(width - MARGIN, baseline, f"Seite {number} von {total}")
    canvas.restoreState()


def _plain(text: str) -> str:
    """Text for direct canvas drawing: WinAnsi substitutes, no markup escaping."""
    return "".join(char if _winansi(char) else SUBSTITUTES.get(char, "?") for char in text)
