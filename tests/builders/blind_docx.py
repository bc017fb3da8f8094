"""Render a parsed blind sketch to .docx with python-docx, the way an author's Word file looks.

Headings use Word's built-in styles (optionally renamed the German way, or numbered by a
multilevel list so the number is not in the text), lists use Word numbering, tables have real
merges. The output is byte-identical for the same sketch: fixed core properties and zip dates.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

from .blind_model import (
    Block,
    Boxed,
    BulletItem,
    Cover,
    Heading,
    Inline,
    Instruction,
    NumberedItem,
    PageBreak,
    Paragraph,
    Signature,
    Sketch,
    Table,
    Toc,
)
from .docx_zip import fixed_zip

# A fixed date keeps repeated builds identical; 2019 matches the call the sketches answer.
FIXED_DATE = datetime(2019, 1, 15, 9, 0, 0, tzinfo=UTC)
ZIP_DATE = (2019, 1, 15, 9, 0, 0)
GREY = RGBColor(0x80, 0x80, 0x80)
HEADING_LEVELS = 6
# Word's "1 / 1.1 / 1.1.1" heading list; the PDF renderer prints the same numbers.
HEADING_NUMBER_ABSTRACT_ID = 90
TEXT_WIDTH = Mm(210) - 2 * Cm(2.5)

Container = Any  # the Document or a table cell: both offer add_paragraph / add_table


@dataclass
class _Context:
    """What block renderers share: the document, the sketch and open list numbering."""

    doc: Any
    sketch: Sketch
    open_lists: dict[int, int] = field(default_factory=dict)  # list level → w:numId

    def heading_style(self, level: int) -> str:
        """The style name a heading of `level` uses (German names when renamed)."""
        prefix = "Überschrift" if self.sketch.heading_style == "german" else "Heading"
        return f"{prefix} {min(level, HEADING_LEVELS)}"


def render_docx(sketch: Sketch, target: Path) -> Path:
    """Write `sketch` as a .docx to `target` and return it."""
    doc = docx.Document()
    context = _Context(doc, sketch)
    _set_up_page(doc)
    _set_up_fonts(doc, sketch)
    if sketch.heading_style == "german":
        _rename_headings_german(doc)
    if sketch.heading_style == "numbered":
        _number_heading_styles(doc)
    for block in sketch.blocks:
        _render_block(context, doc, block)
    _add_running_header_footer(doc, sketch)
    _set_core_properties(doc, sketch)
    buffer = io.BytesIO()
    doc.save(buffer)
    target.write_bytes(fixed_zip(buffer.getvalue(), ZIP_DATE))
    return target


# --- document set-up ---------------------------------------------------------------------------


def _set_up_page(doc: Any) -> None:
    """A4 with 2.5 cm margins, as German offices use (the template default is US Letter)."""
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))


def _set_up_fonts(doc: Any, sketch: Sketch) -> None:
    """Body font and size on Normal; headings, title and lists follow the body font; German language."""
    normal = doc.styles["Normal"]
    normal.font.size = Pt(sketch.font_size)
    for style in doc.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH and style.name.startswith(
            ("Normal", "Heading", "Title", "Subtitle")
        ):
            _set_style_font(style, sketch.font)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    run_props = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = run_props.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_props.append(lang)
    lang.set(qn("w:val"), "de-DE")


def _set_style_font(style: Any, font: str) -> None:
    """Set the style's font and drop theme fonts (a theme font would win over the named one)."""
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), font)


def _rename_headings_german(doc: Any) -> None:
    """Give the heading styles the names a German Word shows ("Überschrift 1"), ids unchanged."""
    for level in range(1, 10):
        doc.styles[f"Heading {level}"].name = f"Überschrift {level}"


def _number_heading_styles(doc: Any) -> None:
    """Attach Heading 1–6 to a multilevel decimal list, so Word shows "2.1" before the text."""
    numbering = doc.part.numbering_part.element
    levels = "".join(_heading_level(ilvl) for ilvl in range(HEADING_LEVELS))
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{HEADING_NUMBER_ABSTRACT_ID}">'
        f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
    )
    numbering.num_lst[0].addprevious(abstract)  # the schema wants all abstractNum before any num
    num_id = numbering.add_num(HEADING_NUMBER_ABSTRACT_ID).numId
    for ilvl in range(HEADING_LEVELS):
        num_pr = doc.styles[f"Heading {ilvl + 1}"].element.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = ilvl
        num_pr.get_or_add_numId().val = num_id


def _heading_level(ilvl: int) -> str:
    """One w:lvl of the heading list: decimal "%1.%2…", linked to its style, hanging indent."""
    text = ".".join(f"%{i + 1}" for i in range(ilvl + 1))
    indent = 432 + 144 * ilvl
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        f'<w:pStyle w:val="Heading{ilvl + 1}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr></w:lvl>'
    )


def _set_core_properties(doc: Any, sketch: Sketch) -> None:
    """Fixed metadata: the writer as author, a fixed date, the title from cover or first heading."""
    props = doc.core_properties
    props.author = props.last_modified_by = sketch.writer
    props.created = props.modified = FIXED_DATE
    props.title = sketch.title
    props.comments = props.subject = props.keywords = props.category = ""
    props.revision = 1


# --- running header and footer -----------------------------------------------------------------


def _add_running_header_footer(doc: Any, sketch: Sketch) -> None:
    """Header text if given; footer text with "Seite N von M" fields if a footer is given."""
    section = doc.sections[0]
    if sketch.running_header:
        section.header.paragraphs[0].text = sketch.running_header
    if sketch.running_footer is not None:
        paragraph = section.footer.paragraphs[0]
        paragraph.paragraph_format.tab_stops.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(f"{sketch.running_footer}\t" if sketch.running_footer else "\t")
        paragraph.add_run("Seite ")
        _add_field(paragraph, "PAGE")
        paragraph.add_run(" von ")
        _add_field(paragraph, "NUMPAGES")


def _add_field(paragraph: Any, code: str) -> None:
    """A complex field (begin, instruction, separate, cached result "1", end) as Word writes it."""
    runs = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        "<w:r><w:t>1</w:t></w:r>",
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    )
    for run in runs:
        paragraph._p.append(parse_xml(run.replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))


# --- blocks ------------------------------------------------------------------------------------


def _render_block(context: _Context, container: Container, block: Block) -> None:
    """Append one block to the document or a table cell."""
    if not isinstance(block, NumberedItem):
        context.open_lists.clear()  # anything between numbered items ends the list
    if isinstance(block, Heading):
        _heading(context, container, block)
    elif isinstance(block, Paragraph):
        _add_runs(container.add_paragraph(), block.runs)
    elif isinstance(block, BulletItem):
        style = "List Bullet" if block.level == 1 else f"List Bullet {block.level}"
        _add_runs(container.add_paragraph(style=style), block.runs)
    elif isinstance(block, NumberedItem):
        _numbered_item(context, container, block)
    elif isinstance(block, Table):
        _table(container, block)
    elif isinstance(block, Cover):
        _cover(container, block)
    elif isinstance(block, Toc):
        _toc(container, block)
    elif isinstance(block, Instruction):
        _instruction(container, block)
    elif isinstance(block, Signature):
        _signature(container, block)
    elif isinstance(block, PageBreak):
        container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    elif isinstance(block, Boxed):
        _boxed(context, container, block)


def _add_runs(paragraph: Any, runs: Inline, bold: bool = False) -> Any:
    """Append formatted runs; a "\\n" inside a run (a table cell's <br>) becomes a line break."""
    for run in runs:
        for index, piece in enumerate(run.text.split("\n")):
            if index:
                paragraph.add_run().add_break()
            word_run = paragraph.add_run(piece)
            word_run.bold = True if bold or run.bold else None
            word_run.italic = True if run.italic else None
    return paragraph


def _heading(context: _Context, container: Container, heading: Heading) -> None:
    """A heading paragraph in the sketch's heading style."""
    if context.sketch.heading_style == "bold":
        paragraph = container.add_paragraph()
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.space_before = Pt(12)
        paragraph.add_run(heading.text).bold = True
        paragraph.runs[0].font.size = Pt(context.sketch.font_size + 1)
        return
    container.add_paragraph(heading.text, style=context.heading_style(heading.level))


def _numbered_item(context: _Context, container: Container, item: NumberedItem) -> None:
    """A "List Number" paragraph; each new list gets its own w:num so Word restarts at its number."""
    style = "List Number" if item.level == 1 else f"List Number {min(item.level, 3)}"
    for level in [level for level in context.open_lists if level > item.level]:
        del context.open_lists[level]  # a sub-list that ended restarts next time
    if item.level not in context.open_lists:
        context.open_lists[item.level] = _restarted_num(context.doc, style, item.number)
    paragraph = _add_runs(container.add_paragraph(style=style), item.runs)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = context.open_lists[item.level]


def _restarted_num(doc: Any, style: str, start: int) -> int:
    """A new w:num on the style's list definition that starts at `start`; returns its numId."""
    numbering = doc.part.numbering_part.element
    style_num_id = doc.styles[style].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(start)
    return int(num.numId)


def _table(container: Container, table: Table) -> None:
    """A "Table Grid" table with real merges and a bold, repeating header row."""
    word_table = container.add_table(rows=table.n_rows, cols=table.n_cols)
    word_table.style = "Table Grid"
    word_table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell in table.cells:
        target = word_table.cell(cell.row, cell.col)
        if cell.rowspan > 1 or cell.colspan > 1:
            last = word_table.cell(cell.row + cell.rowspan - 1, cell.col + cell.colspan - 1)
            target = target.merge(last)
        _add_runs(target.paragraphs[0], cell.runs, bold=cell.row == 0)
    header_props = word_table.rows[0]._tr.get_or_add_trPr()
    header_props.append(OxmlElement("w:tblHeader"))


def _cover(container: Container, cover: Cover) -> None:
    """Title and Subtitle styles for the first two lines, then centred lines and a page break."""
    for index, line in enumerate(cover.lines):
        style = ("Title", "Subtitle")[index] if index < 2 and line else None
        paragraph = _add_runs(container.add_paragraph(style=style), line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _toc(container: Container, toc: Toc) -> None:
    """The writer's TOC lines as typed; leading spaces become indentation."""
    for line in toc.lines:
        paragraph = container.add_paragraph(line.strip())
        paragraph.paragraph_format.space_after = Pt(0)
        indent = len(line) - len(line.lstrip())
        if indent:
            paragraph.paragraph_format.left_indent = Cm(0.5 * indent)


def _instruction(container: Container, instruction: Instruction) -> None:
    """Template instruction text: grey italic paragraphs."""
    for text in instruction.paragraphs:
        run = container.add_paragraph().add_run(text)
        run.italic = True
        run.font.color.rgb = GREY


def _signature(container: Container, signature: Signature) -> None:
    """One paragraph per line, kept together on one page."""
    for index, line in enumerate(signature.lines):
        paragraph = container.add_paragraph(line)
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.keep_with_next = index < len(signature.lines) - 1


def _boxed(context: _Context, container: Container, boxed: Boxed) -> None:
    """A framed box: a one-cell "Table Grid" table holding the blocks."""
    box = container.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell = box.cell(0, 0)
    for block in boxed.blocks:
        _render_block(context, cell, block)
    context.open_lists.clear()
    children = list(cell._tc.iterchildren(qn("w:p"), qn("w:tbl")))
    if len(children) > 1 and not cell.paragraphs[0].text:
        cell._tc.remove(cell.paragraphs[0]._p)  # the empty paragraph every new cell starts with
    if cell._tc[-1].tag == qn("w:tbl"):
        cell.add_paragraph()  # Word requires a cell to end with a paragraph
