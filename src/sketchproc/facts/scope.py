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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from sketchproc.facts.key_columns import as_rows
from sketchproc.facts.paired_tables import as_halves
from sketchproc.facts.stacked_keys import Stacked, stacked_pairs
from sketchproc.model import Block, BlockKind, OutlineMapping, Section, Zone
from sketchproc.passages import Passage, PassageIndex, PassageZone


@dataclass(frozen=True)
class Located:
    """A block with the index of the section it belongs to (None: preamble or cover) and its passages."""

    block: Block
    section: int | None
    passages: tuple[Passage, ...] = ()
    # Key data laid out in columns or stacked, read as label-value rows: no cost table's positions.
    turned: bool = False


def passages(located: Iterable[Located]) -> Iterator[Passage]:
    """The passages of these blocks that may be evidence (template text never is), in order."""
    for where in located:
        yield from (p for p in where.passages if p.zone is not PassageZone.TEMPLATE)


def located(index: PassageIndex, blocks: Iterable[tuple[Block, int | None]]) -> list[Located]:
    """Blocks with their section and their passages from the index; a table of key data in
    columns and a label paragraph over its value are read as label-value rows, the shape every
    key-data reader reads."""
    entries = [_unframed(block, section, tuple(index.of_blocks((block,)))) for block, section in blocks]
    out = []
    for (block, section, block_passages), stacked in stacked_pairs(entries):
        read_block, read_passages = as_rows(block, block_passages)
        if stacked or read_block is not block:
            out.append(Located(read_block, section, read_passages, turned=True))
            continue
        # Costs and their financing side by side are two tables.
        out.extend(
            Located(half, section, half_passages) for half, half_passages in as_halves(block, block_passages)
        )
    return out


def _unframed(block: Block, section: int | None, block_passages: tuple[Passage, ...]) -> Stacked:
    """A framed box (a table of one cell) as the paragraph it frames, its passages with it."""
    if not block.is_frame:
        return block, section, block_passages
    paragraph = block.model_copy(update={"kind": BlockKind.PARAGRAPH, "rows": ()})
    return paragraph, section, tuple(replace(p, block=paragraph) for p in block_passages)


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
