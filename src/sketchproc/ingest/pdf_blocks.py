"""Paragraph and list-item blocks from ordered PDF lines.

This stage never decides what a heading is: it keeps a line with a different
style (bold, larger, other family) in a block of its own and hands the style
on, so the sections stage can judge from style, text and outline level.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from sketchproc.ingest.pdf_lines import Line
from sketchproc.ingest.pdf_text import drop_soft_hyphens, ends_sentence, font_family, join_lines
from sketchproc.model import Block, BlockKind, Provenance, TextStyle, Zone
from sketchproc.settings import IngestSettings

# Bullets: "•", "◦", "▪", "■", … and the Symbol/Wingdings private-use glyphs Word exports
# (U+F0B7, U+F0A7, U+F076, U+F0D8, U+F0FC); those may touch the text ("■Wirtschaft").
# Dashes and "*" need a space, so "-5 %" or "*Hinweis" stay text. Enumerations: "1.", "1)",
# "a)", "(a)"; "2.1 Ziele" is a typed heading number, not a list item.
_LIST_MARKER = re.compile(
    r"^(?:[•◦▪▫■□●○‣⁃∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s?\S|[–\-*]\s|\d{1,2}[.)]\s|[a-zA-Z][)]\s|\([a-zA-Z0-9]{1,3}\)\s)"
)
_DASH_MARKER = re.compile(r"^[–\-]\s")
# A typed section number at the start of a line: a following line starting so is a new heading.
_TYPED_NUMBER = re.compile(r"^\d+(?:\.\d+)*\.?\s")


@dataclass(slots=True)
class Draft:
    """A block being built: its lines so far and its joined text."""

    kind: BlockKind
    first: Line
    last: Line
    text: str
    zone: Zone = Zone.BODY
    outline_level: int | None = None
    lines: list[Line] = field(default_factory=list)

    def add(self, line: Line) -> None:
        """Append a continuation line, joining a hyphenated word across the break."""
        self.text = join_lines(self.text, line.text)
        self.last = line
        self.lines.append(line)

    def to_block(self, file: str) -> Block:
        """Freeze into a `Block` with the first line's position and style."""
        first = self.first
        return Block(
            kind=self.kind,
            text=drop_soft_hyphens(self.text),
            provenance=Provenance(
                file=file, page=first.page, top=round(first.top, 1), left=round(first.x0, 1)
            ),
            style=TextStyle(
                bold=first.bold,
                italic=first.italic,
                all_caps=first.all_caps,
                size=first.size,
                font=first.font,
            ),
            outline_level=self.outline_level,
            zone=self.zone,
            rows=first.rows or (),
            lead=first.lead,
        )


def is_list_item(text: str) -> bool:
    """True if the text starts with a bullet or an enumeration marker."""
    return bool(_LIST_MARKER.match(text))


def lines_to_blocks(lines: Sequence[Line], body_size: float | None, settings: IngestSettings) -> list[Draft]:
    """Join the ordered lines of one page into paragraph, list-item and table drafts."""
    drafts: list[Draft] = []
    normal_gap = _normal_gap(lines)
    widths = _column_widths(lines)
    for line in lines:
        current = drafts[-1] if drafts else None
        if current is not None and _continues(current, line, normal_gap, widths, body_size, settings):
            current.add(line)
        else:
            drafts.append(_start(line, body_size))
    return drafts


def _start(line: Line, body_size: float | None) -> Draft:
    if line.is_table:
        kind = BlockKind.TABLE
    elif is_list_item(line.text) and not _emphasised(line, body_size) and not _numbered_lead(line):
        # A bold or larger "2. Ausgangslage" is a typed heading number, not an enumeration;
        # so is a bold "2. Ausgangslage." running into the paragraph it heads.
        kind = BlockKind.LIST_ITEM
    else:
        kind = BlockKind.PARAGRAPH
    return Draft(kind=kind, first=line, last=line, text=line.text, zone=line.zone, lines=[line])


def _numbered_lead(line: Line) -> bool:
    """A bold typed number with words after it ("3. Ziele."), not a bold number alone ("3.")."""
    return line.lead is not None and bool(_TYPED_NUMBER.match(line.lead)) and len(line.lead.split()) > 1


def _normal_gap(lines: Sequence[Line]) -> float:
    """Typical space between consecutive lines of running text (the leading)."""
    gaps = [
        nxt.top - prev.bottom
        for prev, nxt in itertools.pairwise(lines)
        if prev.column == nxt.column and prev.size == nxt.size and nxt.top > prev.bottom - prev.height / 2
    ]
    return statistics.median(gaps) if gaps else 0.0


def _column_widths(lines: Sequence[Line]) -> dict[int, tuple[float, float]]:
    """Left and right text edge per column, to tell short (paragraph-ending) lines."""
    edges: dict[int, tuple[float, float]] = {}
    for line in lines:
        lo, hi = edges.get(line.column, (line.x0, line.x1))
        edges[line.column] = (min(lo, line.x0), max(hi, line.x1))
    return edges


def _same_style(a: Line, b: Line) -> bool:
    return a.bold == b.bold and a.size == b.size and font_family(a.font) == font_family(b.font)


def _fills_column(line: Line, widths: dict[int, tuple[float, float]], settings: IngestSettings) -> bool:
    lo, hi = widths[line.column]
    return hi - lo <= 0 or line.x1 - lo >= settings.pdf_short_line_share * (hi - lo)


def _ended_short(prev: Line, line: Line, widths: dict[int, tuple[float, float]]) -> bool:
    """True if `prev`, set flush left like `line`, left room for the first word of `line`: it
    was not wrapped, so the lines are two ("Projektskizze Digitalzentrum Börde" over
    "Antragsteller"). Centred lines end short by design and say nothing."""
    lo, hi = widths[prev.column]
    flush_left = abs(prev.x0 - lo) <= _FLUSH_TOLERANCE and abs(line.x0 - lo) <= _FLUSH_TOLERANCE
    if not flush_left or not line.text or line.x1 <= line.x0:
        return False
    first_word = line.text.split()[0]
    # The line's own width per character estimates the first word's width (and its space).
    word_width = (line.x1 - line.x0) * (len(first_word) + 1) / len(line.text)
    return prev.x1 + word_width < hi - _FLUSH_TOLERANCE


# Points a line's edge may stray from the column's and still be flush with it.
_FLUSH_TOLERANCE = 3.0


def _emphasised(line: Line, body_size: float | None) -> bool:
    return line.bold or (body_size is not None and line.size is not None and line.size > body_size)


def _continues(
    draft: Draft,
    line: Line,
    normal_gap: float,
    widths: dict[int, tuple[float, float]],
    body_size: float | None,
    settings: IngestSettings,
) -> bool:
    """Whether `line` continues `draft` rather than starting a new block."""
    prev = draft.last
    if draft.kind is BlockKind.TABLE or line.is_table or draft.zone is not Zone.BODY:
        return False
    if line.zone is not draft.zone or not _same_style(prev, line):
        return False
    if line.lead is not None:
        return False  # a bold label opens a line of its own ("Anschrift: …", "Gesamtkosten 225.000 €")
    if is_list_item(line.text) and not _emphasised(line, body_size):
        # "– mit über 500 km2 … –" after an unfinished sentence is a dash aside, not a bullet.
        aside = _DASH_MARKER.match(line.text) and draft.kind is BlockKind.PARAGRAPH
        if not (aside and not ends_sentence(prev.text) and line.x0 <= draft.first.x0):
            return False
    if line.page != prev.page or line.column != prev.column or line.top < prev.top:
        # The text flows on at the top of another column or page: only an unfinished
        # sentence continued in lower case is the same paragraph.
        return continues_flow(prev.text, line.text)
    if line.top - prev.bottom > normal_gap + settings.paragraph_gap_ratio * prev.height:
        return False
    if draft.kind is BlockKind.LIST_ITEM:
        # Continuation lines of an item are indented under its text, not its marker.
        return line.x0 > draft.first.x0
    filled = _fills_column(prev, widths, settings)
    if _emphasised(prev, body_size):
        # A heading wraps onto a second line of its own style ("3 Ausgangssituation in" /
        # "Sangerhausen"), also after a colon inside a quotation still open ("„JL digital:" /
        # "Heimat mit Zukunft“"), but a line starting with a typed number is the next heading.
        unfinished = not ends_sentence(prev.text) or _quote_open(draft.text)
        return unfinished and not _TYPED_NUMBER.match(line.text) and not _ended_short(prev, line, widths)
    return filled or not ends_sentence(prev.text)


def _quote_open(text: str) -> bool:
    """True if a German opening quote („) has no closing one (“) after it."""
    return text.rfind("„") > text.rfind("“")


def continues_flow(previous: str, following: str) -> bool:
    """True if a paragraph broken by a page or column continues: unfinished, and lower-case next
    or cut after a word no sentence ends with ("… einen Gewerbeverein in" | "Harzgerode, der …")."""
    stripped = following.lstrip()
    if not stripped or ends_sentence(previous):
        return False
    return stripped[0].islower() or _CUT_AFTER_FUNCTION_WORD.search(previous) is not None


# Prepositions, articles and conjunctions: a sentence goes on after them, whatever comes next.
_CUT_AFTER_FUNCTION_WORD = re.compile(
    r"(?-i:\b(?:in|im|am|an|auf|aus|bei|beim|mit|nach|von|vom|zu|zum|zur|für|über|unter|vor|durch"
    r"|gegen|ohne|um|der|die|das|des|dem|den|ein|eine|einen|einem|einer|eines|und|oder|sowie|als"
    r"|wie|dass|ob|wenn|weil|sondern|aber))\s*$"
)


def merge_page_breaks(pages: Sequence[list[Draft]]) -> list[Draft]:
    """Flatten per-page drafts, joining a paragraph that runs on over a page break."""
    merged: list[Draft] = []
    for drafts in pages:
        for index, draft in enumerate(drafts):
            if index == 0 and merged and _runs_on(merged[-1], draft):
                for line in draft.lines:
                    merged[-1].add(line)
            else:
                merged.append(draft)
    return merged


def _runs_on(previous: Draft, draft: Draft) -> bool:
    kinds = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
    return (
        previous.kind in kinds
        and draft.kind is BlockKind.PARAGRAPH
        and previous.zone is Zone.BODY
        and draft.zone is Zone.BODY
        and _same_style(previous.last, draft.first)
        and continues_flow(previous.text, draft.text)
    )
