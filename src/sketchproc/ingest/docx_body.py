"""Walk a DOCX body in document order into draft blocks (paragraphs, list items, tables).

Drafts still carry the evidence the zone pass needs (style role, TOC field,
content-control gallery, text with tabs); `docx_zones` decides cover/TOC/body.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from sketchproc.ingest.docx_numbering import Numbering, NumberLabel
from sketchproc.ingest.docx_styles import ParagraphStyleInfo, StyleRole, StyleSheet, outline_level_of
from sketchproc.ingest.docx_text import (
    PageTracker,
    ParagraphContent,
    ParagraphReader,
    TextPiece,
    normalise_text,
)
from sketchproc.ingest.docx_xml import (
    W_CUSTOM_XML,
    W_P,
    W_SDT,
    W_SDT_CONTENT,
    W_TBL,
    Element,
    attr,
    child,
    child_val,
    int_or_none,
    toggle,
    w,
)
from sketchproc.model import BlockKind, TextStyle, Zone

CELL_SEPARATOR = " | "
_GALLERY_ZONES = {"cover pages": Zone.COVER, "table of contents": Zone.TOC}


@dataclass
class DraftBlock:
    """A block before zones are decided; `raw_text` keeps tabs for TOC detection."""

    kind: BlockKind
    text: str
    index: int
    page: int | None
    raw_text: str = ""
    style: TextStyle = field(default_factory=TextStyle)
    style_name: str | None = None
    outline_level: int | None = None
    role: StyleRole = StyleRole.NONE
    toc_level: int | None = None
    number: str | None = None
    number_auto: bool = False
    list_level: int | None = None
    container_zone: Zone | None = None  # from a "Cover Pages"/"Table of Contents" content control
    in_toc_field: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    size_chars: Counter[float] = field(default_factory=Counter)
    zone: Zone = Zone.BODY
    lead: str | None = None


@dataclass
class _Paragraph:
    content: ParagraphContent
    info: ParagraphStyleInfo
    label: NumberLabel | None
    outline_level: int | None


def _gallery_zone(sdt: Element) -> Zone | None:
    properties = child(sdt, "sdtPr")
    for holder in ("docPartObj", "docPartList"):
        gallery = child_val(child(properties, holder), "docPartGallery")
        if gallery is not None:
            return _GALLERY_ZONES.get(gallery.strip().lower())
    return None


def _unwrapped_children(element: Element, local: str) -> Iterator[Element]:
    """Children named `local`, looking through row/cell-level content controls and custom XML."""
    for sub in element:
        if sub.tag == w(local):
            yield sub
        elif sub.tag == W_SDT:
            content = sub.find(W_SDT_CONTENT)
            if content is not None:
                yield from _unwrapped_children(content, local)
        elif sub.tag == W_CUSTOM_XML:
            yield from _unwrapped_children(sub, local)


def text_style(pieces: list[TextPiece]) -> tuple[TextStyle, Counter[float]]:
    """Typographic evidence of a paragraph and its characters per font size."""
    visible = [(piece.text.strip(), piece.fmt) for piece in pieces if piece.text.strip() and piece.fmt]
    if not visible:
        return TextStyle(), Counter()
    sizes: Counter[float] = Counter()
    fonts: Counter[str] = Counter()
    for text, fmt in visible:
        assert fmt is not None  # filtered above; narrows the type
        sizes[round(fmt.size * 2) / 2] += len(text)
        if fmt.font:
            fonts[fmt.font] += len(text)
    style = TextStyle(
        bold=all(fmt.bold for _, fmt in visible if fmt),
        italic=all(fmt.italic for _, fmt in visible if fmt),
        all_caps=all(fmt.caps for _, fmt in visible if fmt),
        size=sizes.most_common(1)[0][0],
        font=fonts.most_common(1)[0][0] if fonts else None,
    )
    return style, sizes


def bold_lead(pieces: list[TextPiece], text: str) -> str | None:
    """The bold opening of a paragraph whose rest is not bold ("**3. Ziele.** Das Zentrum …")."""
    lead: list[str] = []
    for piece in pieces:
        visible = bool(piece.text.strip())
        if visible and not (piece.fmt and piece.fmt.bold):
            opening = normalise_text("".join(lead), keep_tabs=False)
            return opening if opening and text.startswith(opening) and opening != text else None
        lead.append(piece.text)
    return None  # bold throughout (or no text): a bold line, not a run-in


class BodyWalker:
    """Turns the body's block-level XML into draft blocks, in document order."""

    def __init__(self, styles: StyleSheet, numbering: Numbering, reader: ParagraphReader, pages: PageTracker):
        self._styles = styles
        self._numbering = numbering
        self._reader = reader
        self._pages = pages
        self._drafts: list[DraftBlock] = []
        self._next_index = 0

    def walk(self, body: Element) -> list[DraftBlock]:
        """Draft blocks of the whole body; each top-level w:p/w:tbl gets the next index."""
        self._drafts = []
        self._next_index = 0
        self._walk_blocks(body, None, None)
        return self._drafts

    def _walk_blocks(self, container: Element, zone: Zone | None, fixed_index: int | None) -> None:
        for element in container:
            tag = element.tag
            if tag == W_SDT:
                content = element.find(W_SDT_CONTENT)
                if content is not None:
                    self._walk_blocks(content, _gallery_zone(element) or zone, fixed_index)
            elif tag == W_CUSTOM_XML:
                self._walk_blocks(element, zone, fixed_index)
            elif tag in (W_P, W_TBL):
                index = fixed_index if fixed_index is not None else self._take_index()
                if tag == W_P:
                    self._emit_paragraph(element, index, zone)
                else:
                    self._emit_table(element, index, zone)

    def _take_index(self) -> int:
        index = self._next_index
        self._next_index += 1
        return index

    def _read_paragraph(self, paragraph: Element) -> _Paragraph:
        ppr = child(paragraph, "pPr")
        style_id = self._styles.paragraph_style_id(ppr)
        info = self._styles.paragraph_info(style_id)
        direct_break = toggle(ppr, "pageBreakBefore")
        page_break = info.page_break_before if direct_break is None else direct_break
        content = self._reader.read(paragraph, style_id, page_break)
        label = self._number_label(ppr, style_id, info)
        declared, level = outline_level_of(ppr)
        outline = level if declared else info.outline_level
        if info.role in (StyleRole.TITLE, StyleRole.SUBTITLE):
            outline = None  # a title names the sketch; it is not a section heading
        return _Paragraph(content, info, label, outline)

    def _number_label(
        self, ppr: Element | None, style_id: str | None, info: ParagraphStyleInfo
    ) -> NumberLabel | None:
        num_pr = child(ppr, "numPr")
        num_id = child_val(num_pr, "numId") or info.num_id
        if num_id is None or num_id == "0":
            return None
        ilvl = int_or_none(child_val(num_pr, "ilvl"))
        if ilvl is None:
            ilvl = info.ilvl if info.ilvl is not None else self._numbering.level_for_style(num_id, style_id)
        return self._numbering.next_label(num_id, ilvl or 0)

    def _emit_paragraph(self, element: Element, index: int, zone: Zone | None) -> None:
        paragraph = self._read_paragraph(element)
        content, info, label = paragraph.content, paragraph.info, paragraph.label
        text = content.text
        if text:
            style, sizes = text_style(content.pieces)
            number = label.text if label else None
            self._drafts.append(
                DraftBlock(
                    kind=_kind(paragraph),
                    text=text,
                    index=index,
                    page=content.page,
                    raw_text=content.raw_text,
                    style=style,
                    style_name=info.name,
                    outline_level=paragraph.outline_level,
                    role=info.role,
                    toc_level=info.toc_level,
                    number=number,
                    number_auto=number is not None,
                    list_level=label.level if label else None,
                    container_zone=zone,
                    in_toc_field=content.in_toc_field,
                    size_chars=sizes,
                    lead=bold_lead(content.pieces, text),
                )
            )
        for box in content.text_boxes:
            self._walk_blocks(box, zone, index)

    def _emit_table(self, element: Element, index: int, zone: Zone | None) -> None:
        page = self._pages.current
        rows = self._table_rows(element)
        if not any(cell for row in rows for cell in row):
            return
        text = "\n".join(CELL_SEPARATOR.join(row) for row in rows)
        self._drafts.append(
            DraftBlock(
                kind=BlockKind.TABLE, text=text, index=index, page=page, rows=rows, container_zone=zone
            )
        )

    def _table_rows(self, table: Element) -> tuple[tuple[str, ...], ...]:
        rows: list[tuple[str, ...]] = []
        for row in _unwrapped_children(table, "tr"):
            if child(child(row, "trPr"), "del") is not None:
                continue  # a row deleted with tracked changes is gone in the final view
            cells: list[str] = []
            for cell in _unwrapped_children(row, "tc"):
                # A cell merged across columns (w:gridSpan) keeps the grid: empty cells stand in
                # for the columns it covers, as in a PDF, so "Gesamt" heads the column of totals.
                cells += [self._cell_text(cell), *[""] * (_grid_span(cell) - 1)]
            rows.append(tuple(cells))
        return tuple(rows)

    def _cell_text(self, cell: Element) -> str:
        lines: list[str] = []
        self._collect_lines(cell, lines)
        merge = child(child(cell, "tcPr"), "vMerge")
        if merge is not None and attr(merge, "val") != "restart":
            return ""  # continuation of a vertically merged cell: its text stands in the first cell
        return "\n".join(lines)

    def _collect_lines(self, container: Element, lines: list[str]) -> None:
        """Cell text line by line; nested tables and text boxes flatten into the cell."""
        for element in container:
            tag = element.tag
            if tag == W_P:
                paragraph = self._read_paragraph(element)
                text, label = paragraph.content.text, paragraph.label
                if text:
                    lines.append(f"{label.text} {text}" if label and label.text else text)
                for box in paragraph.content.text_boxes:
                    self._collect_lines(box, lines)
            elif tag == W_TBL:
                lines.extend(CELL_SEPARATOR.join(cells) for cells in self._table_rows(element) if any(cells))
            elif tag == W_SDT:
                content = element.find(W_SDT_CONTENT)
                if content is not None:
                    self._collect_lines(content, lines)
            elif tag == W_CUSTOM_XML:
                self._collect_lines(element, lines)


def _kind(paragraph: _Paragraph) -> BlockKind:
    if paragraph.outline_level is not None:
        return BlockKind.PARAGRAPH
    label = paragraph.label
    if label is not None and (label.bullet or label.text):
        return BlockKind.LIST_ITEM
    if paragraph.info.role is StyleRole.LIST:
        return BlockKind.LIST_ITEM
    return BlockKind.PARAGRAPH


def _grid_span(cell: Element) -> int:
    """How many grid columns a table cell covers (1 unless merged across columns)."""
    value = child_val(child(cell, "tcPr"), "gridSpan")
    return int(value) if value is not None and value.isdigit() and int(value) > 1 else 1
