"""Where facts are looked for: passages (sentences and table rows) with their evidence location.

The facts stage reads the same document in two scopes: first the sections a fact
usually stands in (budget, schedule, applicant, as mapped by the outline stage,
plus the preamble and the cover, where form-like sketches keep their key data),
then the whole document as a fallback. The passages themselves (sentences, list
items, table rows with their marks) come from the passage stage; a `Located`
block carries its passages, so every scope reads the same cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from sketchproc.model import Block, OutlineMapping, Section, Zone
from sketchproc.passages import Passage, PassageIndex, PassageZone


class Loc(StrEnum):
    """Kinds of German locator words (the keys of the locator table in `facts.py`)."""

    GRANT = "grant"
    OWN_SHARE = "own_share"
    THIRD_PARTY = "third_party"
    TOTAL = "total"
    PERSONNEL = "personnel"
    MATERIAL = "material"
    RATE = "rate"
    # An amount of a money passage that no locator word names: arithmetic may still place it.
    UNLABELLED = "unlabelled"
    # An amount of a budget sentence or list item without any financing or total word: a cost
    # item ("9.900 Euro entfallen auf Miete"), or another party's share that arithmetic places.
    ITEM = "item"
    TOTAL_ROW = "total_row"
    TOTAL_ROW_END = "total_row_end"
    CARRY_ROW = "carry_row"
    # A financing row's label that names the grant applied for, or the applicant's own means.
    REQUESTED_ROW = "requested_row"
    OWN_MEANS_ROW = "own_means_row"
    # A table column of shares ("Anteil", "%", "Quote").
    SHARE_COL = "share_col"
    PERSONNEL_ROW = "personnel_row"
    MATERIAL_ROW = "material_row"
    YEAR = "year"
    TIME = "time"
    TIME_VERB = "time_verb"
    PROJECT = "project"
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
    """Compile each row of the locator table into one case-insensitive alternation; an umlaut
    also matches its transcription ("Foerderung", "Zuschuss fuer"), as typed without German keys."""
    return {
        loc: re.compile("|".join(f"(?:{_transcribed(p)})" for p in patterns), re.IGNORECASE)
        for loc, patterns in table.items()
    }


_TRANSCRIPTIONS = {"ä": "(?:ä|ae)", "ö": "(?:ö|oe)", "ü": "(?:ü|ue)", "ß": "(?:ß|ss)"}


def _transcribed(pattern: str) -> str:
    """`pattern` with each umlaut outside a character class written as a choice of both spellings."""
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif not in_class and char in _TRANSCRIPTIONS:
            out.append(_TRANSCRIPTIONS[char])
            continue
        out.append(char)
    return "".join(out)


@dataclass(frozen=True)
class Located:
    """A block with the index of the section it belongs to (None: preamble or cover) and its passages."""

    block: Block
    section: int | None
    passages: tuple[Passage, ...] = ()


def passages(located: Iterable[Located]) -> Iterator[Passage]:
    """The passages of these blocks that may be evidence (template text never is), in order."""
    for where in located:
        yield from (p for p in where.passages if p.zone is not PassageZone.TEMPLATE)


def located(index: PassageIndex, blocks: Iterable[tuple[Block, int | None]]) -> list[Located]:
    """Blocks with their section and their passages from the index."""
    return [Located(block, section, tuple(index.of_blocks((block,)))) for block, section in blocks]


def section_blocks(index: PassageIndex, sections: Iterable[Section]) -> list[Located]:
    """The blocks of these sections with their passages."""
    return located(index, ((block, section.index) for section in sections for block in section.blocks))


def front_blocks(index: PassageIndex) -> list[Located]:
    """Cover-zone blocks and the preamble: where form-like sketches put their key data."""
    sectioned = index.mapping.sectioned
    cover = [b for b in sectioned.document.blocks if b.zone is Zone.COVER]
    return located(index, ((b, None) for b in [*cover, *sectioned.preamble]))


def all_blocks(index: PassageIndex) -> list[Located]:
    """Every block that may hold evidence: cover, preamble and all sections, in order."""
    return front_blocks(index) + section_blocks(index, index.mapping.sectioned.sections)


def role_sections(
    mapping: OutlineMapping, outline_ids: Sequence[str], heading: re.Pattern[str] | None
) -> list[Section]:
    """Sections mapped to any of `outline_ids`; without a mapping, sections whose heading fits."""
    chosen = {s.index: s for oid in outline_ids for s in mapping.sections_for(oid)}
    if not chosen and heading is not None:
        # Facts must work without an outline mapping: a heading with a locator word is enough.
        chosen = {s.index: s for s in mapping.sectioned.sections if heading.search(s.title)}
    return [chosen[i] for i in sorted(chosen)]


def preferred_blocks(index: PassageIndex, sections: Sequence[Section]) -> list[Located]:
    """The front blocks plus the given sections' blocks: the first scope searched."""
    return front_blocks(index) + section_blocks(index, sections)


def scopes(preferred: list[Located], everything: list[Located]) -> tuple[list[Located], list[Located]]:
    """The preferred scope and the rest of the document, without repeating a block."""
    seen = {id(located.block) for located in preferred}
    return preferred, [located for located in everything if id(located.block) not in seen]
