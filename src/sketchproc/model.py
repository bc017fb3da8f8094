"""Typed records passed from one pipeline stage to the next.

Every record is a frozen pydantic model. Each block and section carries a
`Provenance`, so a finding in a later stage can always name the file, the page
(PDF) or paragraph (DOCX) and the position it came from.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """Base of every inter-stage record: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class DocFormat(StrEnum):
    """Formats sketchproc reads."""

    DOCX = "docx"
    PDF = "pdf"


class BlockKind(StrEnum):
    """What a block of the document body is."""

    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE = "table"


class Zone(StrEnum):
    """Where a block sits; only `body` blocks become section text or evidence."""

    BODY = "body"
    COVER = "cover"
    TOC = "toc"
    FURNITURE = "furniture"  # running header/footer text that leaked into the body


class Provenance(Record):
    """Where a piece of text came from.

    `page` is 1-based and set for PDFs (and for DOCX files that carry Word's
    rendered page breaks). `paragraph` is the 0-based index of the block in the
    DOCX body (paragraphs and tables counted in document order). `top` and
    `left` are the position on the page in PDF points, measured from the top
    left corner.
    """

    file: str
    page: int | None = None
    paragraph: int | None = None
    top: float | None = None
    left: float | None = None


class TextStyle(Record):
    """Typographic evidence of a block, as far as the reader can tell."""

    bold: bool = False
    italic: bool = False
    all_caps: bool = False
    size: float | None = None  # points, rounded to 0.5
    font: str | None = None  # family name, PDF subset prefix stripped


class Block(Record):
    """One paragraph, list item or table of the document, in reading order.

    `text` never includes Word's automatic number: that is in `number` (as Word
    displays it) with `number_auto` set. A number the author typed stays in
    `text`; the sections stage splits it off. `outline_level` is set only when
    the document itself declares the block a heading (style, `w:outlineLvl`,
    PDF bookmark).
    """

    kind: BlockKind
    text: str
    provenance: Provenance
    style: TextStyle = TextStyle()
    style_name: str | None = None
    outline_level: int | None = None
    number: str | None = None
    number_auto: bool = False
    list_level: int | None = None
    zone: Zone = Zone.BODY
    rows: tuple[tuple[str, ...], ...] = ()
    ocr: bool = False


class PageInfo(Record):
    """Facts about one PDF page that later stages report on."""

    number: int
    width: float
    height: float
    words: int
    has_text_layer: bool
    unreadable: bool = False  # mostly "(cid:" glyphs: text layer present but useless
    ocr: bool = False


class TocEntry(Record):
    """One line of a table of contents: a hint for the outline, never section text."""

    title: str
    number: str | None = None
    page: int | None = None
    level: int | None = None


class Document(Record):
    """A sketch as read from its file, before sections are found."""

    path: str
    format: DocFormat
    pages: int | None
    blocks: tuple[Block, ...]
    page_info: tuple[PageInfo, ...] = ()
    toc: tuple[TocEntry, ...] = ()
    title: str | None = None
    body_size: float | None = None
    warnings: tuple[str, ...] = ()

    @property
    def ocr(self) -> bool:
        """True if any text came from OCR."""
        return any(page.ocr for page in self.page_info) or any(b.ocr for b in self.blocks)


class Section(Record):
    """One heading of the sketch with the content up to the next heading."""

    index: int
    number: str | None
    title: str
    level: int
    parent: int | None
    provenance: Provenance
    blocks: tuple[Block, ...]

    @property
    def page(self) -> int | None:
        """The page the heading stands on (None for DOCX without page data)."""
        return self.provenance.page

    @property
    def text(self) -> str:
        """The section's own body text, tables flattened row by row."""
        return "\n".join(block_text(block) for block in self.blocks)

    @property
    def tables(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """The section's own tables, each a tuple of rows."""
        return tuple(b.rows for b in self.blocks if b.kind is BlockKind.TABLE)

    @property
    def words(self) -> int:
        """Words in the section's own body (sub-sections not included)."""
        return len(self.text.split())


class SectionedDocument(Record):
    """A document split into sections; `preamble` is body text before the first heading."""

    document: Document
    preamble: tuple[Block, ...]
    sections: tuple[Section, ...]


def block_text(block: Block) -> str:
    """A block's text as plain lines; table cells joined with ' | '."""
    if block.kind is BlockKind.TABLE:
        return "\n".join(" | ".join(cell for cell in row) for row in block.rows)
    return block.text
