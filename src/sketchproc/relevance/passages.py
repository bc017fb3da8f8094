"""Passages: the body text of a mapped sketch cut into the units that can earn relevance credit.

The chain: mapped sections → counted sections (mapped to a non-excluded outline id, no
reference or glossary heading) → body blocks (zone `body` only) → passages (sentences of
paragraphs via `split_sentences`; each list item and each table row on its own). Cover, TOC
and running headers or footers never get here: their blocks carry another zone, and the
preamble before the first heading is no mapped section (spec §4.3 rule 5).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sketchproc.model import Block, BlockKind, OutlineMapping, Section, Zone
from sketchproc.profiles.schema import CallProfile, term_key
from sketchproc.terms import split_sentences

__all__ = ["Passage", "passages_from_mapping"]

# Zones the ingest stage marks itself; their cue words are not needed to recognise headings.
_ZONE_IDS = frozenset(zone.value for zone in Zone)


@dataclass(frozen=True, slots=True)
class Passage:
    """One sentence, list item or table row of the counted body, with where it stands."""

    text: str
    section: int  # index into SectionedDocument.sections
    page: int | None
    outline_ids: tuple[str, ...]
    kind: BlockKind
    context: str  # the whole block (paragraph, list item, table) the passage comes from

    @property
    def key(self) -> str:
        """Comparison form: identical passages (repeated paragraphs) share it."""
        return " ".join(term_key(word) for word in self.text.split())


def passages_from_mapping(
    mapping: OutlineMapping, profile: CallProfile, *, min_heading_cue_chars: int
) -> list[Passage]:
    """Every body passage of the counted sections, in document order.

    A section counts when it is mapped to at least one outline id, none of its ids is an
    excluded zone of the taxonomy (the annex list), and its heading does not open with a cue of
    an excluded non-section block such as "Literaturverzeichnis" (cues shorter than
    `min_heading_cue_chars` are too common at the start of real headings: "Stand der …").
    """
    excluded = frozenset(profile.taxonomy.excluded_zones)
    heading_cues = _excluded_heading_cues(profile, excluded, min_heading_cue_chars)
    passages: list[Passage] = []
    for section, match in zip(mapping.sectioned.sections, mapping.matches, strict=True):
        ids = match.outline_ids
        if not ids or excluded.intersection(ids) or _opens_with(section.title, heading_cues):
            continue
        passages += _section_passages(section, ids)
    return passages


def _excluded_heading_cues(profile: CallProfile, excluded: frozenset[str], min_chars: int) -> tuple[str, ...]:
    """Cue keys of excluded non-section blocks that the ingest zones do not already cover."""
    blocks = [
        block
        for block in profile.outline.non_section_blocks
        if block.id in excluded and block.id not in _ZONE_IDS
    ]
    keys = {term_key(cue.stem) for block in blocks for cue in block.cues}
    return tuple(sorted(key for key in keys if len(key) >= min_chars))


def _opens_with(title: str, cues: Sequence[str]) -> bool:
    words = [term_key(word) for word in title.split() if any(char.isalpha() for char in word)]
    return bool(words) and any(words[0].startswith(cue) for cue in cues)


def _section_passages(section: Section, outline_ids: tuple[str, ...]) -> Iterator[Passage]:
    for block in section.blocks:
        if block.zone is not Zone.BODY:
            continue
        page = block.provenance.page if block.provenance.page is not None else section.page
        for text, context in _block_units(block):
            yield Passage(text, section.index, page, outline_ids, block.kind, context)


def _block_units(block: Block) -> Iterator[tuple[str, str]]:
    """(passage, context) pairs of one block: sentences, or the item, or each table row."""
    if block.kind is BlockKind.TABLE:
        rows = [" | ".join(cell.strip() for cell in row if cell.strip()) for row in block.rows]
        context = "\n".join(row for row in rows if row)
        yield from ((row, context) for row in rows if row)
        return
    text = block.text.strip()
    if not text:
        return
    if block.kind is BlockKind.LIST_ITEM:
        # A list item is one point of the author's; its sentences belong together.
        yield text, text
        return
    for start, end in split_sentences(text):
        yield text[start:end], text
