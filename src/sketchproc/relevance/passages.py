"""Passages that can earn relevance credit: the body passages of the counted sections.

The chain: passage index (every sentence, list item and table row of the sketch, cut once by
the passage stage) → counted sections (mapped to a non-excluded outline id, no reference or
glossary heading) → body passages (zone `body` only). Cover, TOC, template text and running
headers or footers never get here: their passages carry another zone, and the preamble before
the first heading is no mapped section (spec §4.3 rule 5).
"""

from __future__ import annotations

from collections.abc import Sequence

from sketchproc.model import Zone
from sketchproc.passages import Passage, PassageIndex, PassageZone
from sketchproc.profiles.schema import CallProfile, term_key

__all__ = ["Passage", "counted_passages"]

# Zones the ingest stage marks itself; their cue words are not needed to recognise headings.
_ZONE_IDS = frozenset(zone.value for zone in Zone)


def counted_passages(
    index: PassageIndex, profile: CallProfile, *, min_heading_cue_chars: int
) -> list[Passage]:
    """Every body passage of the counted sections, in document order.

    A section counts when it is mapped to at least one outline id, none of its ids is an
    excluded zone of the taxonomy (the annex list), and its heading does not open with a cue of
    an excluded non-section block such as "Literaturverzeichnis" (cues shorter than
    `min_heading_cue_chars` are too common at the start of real headings: "Stand der …").
    """
    excluded = frozenset(profile.taxonomy.excluded_zones)
    heading_cues = _excluded_heading_cues(profile, excluded, min_heading_cue_chars)
    counted = {
        section.index
        for section, match in zip(index.mapping.sectioned.sections, index.mapping.matches, strict=True)
        if match.outline_ids
        and not excluded.intersection(match.outline_ids)
        and not _opens_with(section.title, heading_cues)
    }
    return [p for p in index.in_sections(counted) if p.zone is PassageZone.BODY]


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
