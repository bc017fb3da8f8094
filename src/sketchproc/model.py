"""Typed records passed from one pipeline stage to the next.

Every record is a frozen pydantic model. Each block and section carries a
`Provenance`, so a finding in a later stage can always name the file, the page
(PDF) or paragraph (DOCX) and the position it came from.
"""

from __future__ import annotations

from datetime import date
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
    PDF bookmark). `lead` is the bold opening of a paragraph whose rest is not
    bold ("**3. Ausgangslage.** Die Stadt …"), a prefix of `text`: a run-in
    heading or label.
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
    lead: str | None = None

    @property
    def is_frame(self) -> bool:
        """True for a table of one cell: a frame around text (a box of key data, a highlighted
        note), read as the paragraphs it frames, as its PDF reads."""
        return self.kind is BlockKind.TABLE and len(self.rows) == 1 and len(self.rows[0]) == 1


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


# --- outline mapping, facts and checklist (the `check` stages) ---------------


class Evidence(Record):
    """A quote that proves a finding, with where it stands in the sketch."""

    quote: str
    page: int | None = None
    paragraph: int | None = None
    section: int | None = None  # index into SectionedDocument.sections; None = preamble/cover


class MatchSource(StrEnum):
    """Which signal decided a section's outline id."""

    HEADING = "heading"
    CONTENT = "content"
    INHERITED = "inherited"
    POSITION = "position"  # the one outline id left open between its mapped neighbours
    NONE = "none"


class SectionMatch(Record):
    """The outline id(s) one section covers; a heading like "Ziele und Maßnahmen" covers two."""

    section: int
    outline_ids: tuple[str, ...]
    confidence: float
    source: MatchSource


class CoverageStatus(StrEnum):
    """How well the sketch covers one section of the call's outline."""

    PRESENT = "present"
    THIN = "thin"
    MISSING = "missing"


class OutlineCoverage(Record):
    """One outline id: its status, the sections that cover it and their words."""

    outline_id: str
    status: CoverageStatus
    sections: tuple[int, ...]
    words: int  # template instructions subtracted
    headless: bool = False  # found from content without a heading (cover, form table)


class RunIn(Record):
    """A paragraph whose opening label ("Verstetigung: …") covers an outline id no section covers."""

    outline_id: str
    block: Block


class HeadlessBlock(Record):
    """A paragraph before the first heading or on the cover whose content covers an outline id no
    section covers (a letter's paragraph on the situation, the applicant block of a cover)."""

    outline_id: str
    block: Block


class OutlineMapping(Record):
    """A sectioned sketch with every section mapped onto the call's outline."""

    sectioned: SectionedDocument
    matches: tuple[SectionMatch, ...]  # one per section, same order
    coverage: tuple[OutlineCoverage, ...]  # one per outline id, in profile order
    run_ins: tuple[RunIn, ...] = ()
    headless: tuple[HeadlessBlock, ...] = ()

    def sections_for(self, outline_id: str) -> tuple[Section, ...]:
        """The sections mapped to an outline id (sub-sections included)."""
        chosen = {m.section for m in self.matches if outline_id in m.outline_ids}
        return tuple(s for s in self.sectioned.sections if s.index in chosen)

    def status(self, outline_id: str) -> CoverageStatus:
        """The coverage status of one outline id."""
        return next(c.status for c in self.coverage if c.outline_id == outline_id)


class TextFact(Record):
    """A fact given as text (applicant, legal form, region, e-mail)."""

    value: str
    evidence: Evidence


class AmountFact(Record):
    """A money amount in EUR, or a share between 0 and 1."""

    value: float
    evidence: Evidence


class DateFact(Record):
    """A date (project start or end)."""

    value: date
    evidence: Evidence


class MonthsFact(Record):
    """A duration in months."""

    value: int
    evidence: Evidence


class Partner(Record):
    """A named partner and the call's actor category it belongs to."""

    name: str
    category: str  # actor category id of the profile
    evidence: Evidence


class Facts(Record):
    """What the sketch states about applicant, money and time, each with its evidence."""

    applicant: TextFact | None = None
    legal_form: TextFact | None = None  # the legal form id of the profile
    region: TextFact | None = None  # district id of the gazetteer, or the place named
    region_outside: TextFact | None = None  # a place outside the state named as the seat
    contact_email: TextFact | None = None
    grant_eur: AmountFact | None = None
    own_share_eur: AmountFact | None = None
    third_party_eur: AmountFact | None = None
    total_cost_eur: AmountFact | None = None
    personnel_eur: AmountFact | None = None
    material_eur: AmountFact | None = None
    funding_rate: AmountFact | None = None  # stated, or grant / total
    funding_rate_stated: bool = False
    start: DateFact | None = None
    end: DateFact | None = None
    duration_months: MonthsFact | None = None
    partners: tuple[Partner, ...] = ()


class CheckStatus(StrEnum):
    """The four outcomes of a checklist item (spec §3)."""

    OK = "ok"
    VIOLATED = "violated"
    MISSING = "missing"
    UNCLEAR = "unclear"


class CheckResult(Record):
    """One checklist item (or extra finding) with its verdict and evidence."""

    item_id: str
    status: CheckStatus
    severity: str  # "hard" | "quality"
    verdict: str | None  # German, from the profile ("Ausschluss empfohlen" …)
    note: str | None = None  # German: what was found, e.g. "Projektende 31.03.2021"
    evidence: tuple[Evidence, ...] = ()


# --- relevance (the `score` stage) --------------------------------------------


class RelevanceEvidence(Record):
    """A passage that earned credit for a dimension or criterion."""

    dimension: str  # dimension or criterion id
    quote: str
    page: int | None = None
    section: int | None = None
    credit: float = 0.0


class Relevance(Record):
    """Smart City / Smart Region relevance of one sketch, each score 0-100 and explained."""

    score: float
    dimensions: dict[str, float]
    criteria: dict[str, float]
    evidence: tuple[RelevanceEvidence, ...]


class Assessment(Record):
    """Everything `check` says about one sketch."""

    mapping: OutlineMapping
    facts: Facts
    checklist: tuple[CheckResult, ...]  # one per profile item, in profile order
    findings: tuple[CheckResult, ...] = ()  # extra findings ("Finanzierung nicht schlüssig")
    relevance: Relevance | None = None  # set by the score stage
