"""Where facts are looked for: passages (sentences and table rows) with their evidence location.

The facts stage reads the same document in two scopes: first the sections a fact
usually stands in (budget, schedule, applicant, as mapped by the outline stage,
plus the preamble and the cover, where form-like sketches keep their key data),
then the whole document as a fallback. A `Passage` is one sentence of a
paragraph or one row of a table, so a quote in the report is always short and
always says where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sketchproc.model import Block, BlockKind, Evidence, OutlineMapping, Section, SectionedDocument, Zone


class Loc(StrEnum):
    """Kinds of German locator words (the keys of the locator table in `facts.py`)."""

    GRANT = "grant"
    OWN_SHARE = "own_share"
    THIRD_PARTY = "third_party"
    TOTAL = "total"
    PERSONNEL = "personnel"
    MATERIAL = "material"
    RATE = "rate"
    TOTAL_ROW = "total_row"
    PERSONNEL_ROW = "personnel_row"
    MATERIAL_ROW = "material_row"
    YEAR = "year"
    TIME = "time"
    APPLICANT = "applicant"
    APPLICANT_LEAD = "applicant_lead"
    LEGAL_FORM = "legal_form"
    NAME_END = "name_end"
    NAME_SUFFIX = "name_suffix"
    ARTICLE = "article"
    ORG_CONNECTOR = "org_connector"
    COMPOUND_JOIN = "compound_join"
    HEAD_APPLICANT = "head_applicant"
    HEAD_BUDGET = "head_budget"
    HEAD_SCHEDULE = "head_schedule"
    HEAD_SUMMARY = "head_summary"
    HEAD_NETWORK = "head_network"


Locators = Mapping[Loc, re.Pattern[str]]


def compile_locators(table: Mapping[Loc, Sequence[str]]) -> dict[Loc, re.Pattern[str]]:
    """Compile each row of the locator table into one case-insensitive alternation."""
    return {
        loc: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        for loc, patterns in table.items()
    }


@dataclass(frozen=True)
class Located:
    """A block with the index of the section it belongs to (None: preamble or cover)."""

    block: Block
    section: int | None


@dataclass(frozen=True)
class Passage:
    """One sentence or table row; `cells` is set for table rows."""

    text: str
    where: Located
    cells: tuple[str, ...] = ()

    def evidence(self, max_chars: int, focus: int = 0) -> Evidence:
        """Evidence quoting this passage, trimmed around `focus` to at most `max_chars`."""
        return evidence_for(self.where, self.text, max_chars, focus)


def evidence_for(where: Located, text: str, max_chars: int, focus: int = 0) -> Evidence:
    """Evidence for `text` at `where`, the quote trimmed to a window around `focus`."""
    prov = where.block.provenance
    return Evidence(
        quote=trim_quote(text, max_chars, focus),
        page=prov.page,
        paragraph=prov.paragraph,
        section=where.section,
    )


def trim_quote(text: str, max_chars: int, focus: int = 0) -> str:
    """Collapse whitespace and cut `text` to `max_chars`, keeping the part around `focus` visible."""
    flat = " ".join(text.split())
    if len(flat) <= max_chars:
        return flat
    # Centre the window on the fact, so a long sentence still quotes the amount or date.
    start = max(0, min(focus - max_chars // 2, len(flat) - max_chars))
    window = flat[start : start + max_chars - 2]
    return ("…" if start else "") + window.strip() + ("…" if start + max_chars - 2 < len(flat) else "")


# Sentence ends: a full stop, "!" or "?" (or a semicolon) followed by space and a capital
# letter or digit. Abbreviations such as "e. V." or "ca." are followed by lower-case words
# or numbers in running text far more often than by a new sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÄÖÜ„\"])")
# A full stop after these short words is an abbreviation, never a sentence end.
# An ordinal ("1. Quartal", "IV. Quartal", "2. Halbjahr") is no sentence end either.
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-zÄÖÜäöü]|\d{1,2}|I{1,3}|IV|ca|Nr|Dr|Prof|bzw|ggf|inkl|zzgl|vgl|Str|St|Abs|Mio|Mrd|Tsd))\.$"
)


def sentences(text: str) -> Iterator[tuple[int, str]]:
    """The sentences of `text` with their offsets; lines are split first, then sentence ends."""
    offset = 0
    for line in text.split("\n"):
        start = 0
        for m in _SENTENCE_END.finditer(line):
            if _ABBREVIATION.search(line[start : m.start()]):
                continue
            yield offset + start, line[start : m.start()]
            start = m.end()
        if line[start:].strip():
            yield offset + start, line[start:]
        offset += len(line) + 1


def passages(located: Iterable[Located]) -> Iterator[Passage]:
    """Sentences of paragraphs and rows of tables, in document order."""
    for where in located:
        if where.block.kind is BlockKind.TABLE:
            for row in where.block.rows:
                yield Passage(text=" | ".join(row), where=where, cells=row)
        else:
            for _, sentence in sentences(where.block.text):
                yield Passage(text=sentence, where=where)


def _section_blocks(sections: Iterable[Section]) -> list[Located]:
    return [Located(block, section.index) for section in sections for block in section.blocks]


def front_blocks(sectioned: SectionedDocument) -> list[Located]:
    """Cover-zone blocks and the preamble: where form-like sketches put their key data."""
    cover = [Located(b, None) for b in sectioned.document.blocks if b.zone is Zone.COVER]
    return cover + [Located(b, None) for b in sectioned.preamble]


def all_blocks(sectioned: SectionedDocument) -> list[Located]:
    """Every block that may hold evidence: cover, preamble and all sections, in order."""
    return front_blocks(sectioned) + _section_blocks(sectioned.sections)


def role_sections(
    mapping: OutlineMapping, outline_ids: Sequence[str], heading: re.Pattern[str] | None
) -> list[Section]:
    """Sections mapped to any of `outline_ids`; without a mapping, sections whose heading fits."""
    chosen = {s.index: s for oid in outline_ids for s in mapping.sections_for(oid)}
    if not chosen and heading is not None:
        # Facts must work without an outline mapping: a heading with a locator word is enough.
        chosen = {s.index: s for s in mapping.sectioned.sections if heading.search(s.title)}
    return [chosen[i] for i in sorted(chosen)]


def preferred_blocks(sections: Sequence[Section], sectioned: SectionedDocument) -> list[Located]:
    """The front blocks plus the given sections' blocks: the first scope searched."""
    return front_blocks(sectioned) + _section_blocks(sections)


def scopes(preferred: list[Located], everything: list[Located]) -> tuple[list[Located], list[Located]]:
    """The preferred scope and the rest of the document, without repeating a block."""
    seen = {id(located.block) for located in preferred}
    return preferred, [located for located in everything if id(located.block) not in seen]
