"""Outline order: a section nobody could name takes the outline id its neighbours leave open.

Applicants write their own headings ("Was das Zentrum konkret tut", "Und nach
2020?") that neither the heading matcher nor the text model recognise, but they
keep the call's order. A top-level section between one mapped to `objectives`
and one mapped to `participation` can only be the work programme if that is
the one id left open between them. When several ids are open, the section is
read with its sub-sections (an intro line over "Baustein" sub-sections says
little alone): the text model chooses among the open ids alone when it clearly
prefers one, and a section that alone fills the gap takes every open id its
text supports (model probability or the id's cue words).

A weak content match that only repeats an id an earlier section already holds,
out of the call's order, gives way to the one id its neighbours leave open: a
second "Vorhaben" after the objectives is the work programme, not the summary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sketchproc.model import MatchSource, Section, SectionMatch
from sketchproc.profiles.schema import CallProfile, OutlineSection
from sketchproc.terms import TermMatcher
from sketchproc.textmodel import LinearTextModel

__all__ = ["Reading", "fill_by_order", "read_top_sections"]

# Among several open ids the text model must prefer one by this factor.
_CLEAR_LEAD = 1.5
# ... and give it at least this probability when the text is short (a line gives the model
# nothing to go on); a section that says this much with its sub-sections needs the lead only.
_MIN_PROBABILITY = 0.3
_LONG_WORDS = 150
# An open id is supported by a section's text at this probability, or by this many of its cues.
_SUPPORT_PROBABILITY = 0.2
_SUPPORT_CUES = 2
# A content match below this confidence is weak: the order may overrule it.
_WEAK_CONTENT = 0.55
# A section placed by order is surer than nothing but less sure than its heading.
_ORDER_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Reading:
    """What a top-level section's text, sub-sections included, says about the outline ids."""

    probabilities: Mapping[str, float]
    words: int
    cue_ids: frozenset[str]  # ids with at least _SUPPORT_CUES distinct cue words in the text


def read_top_sections(
    sections: Sequence[Section], profile: CallProfile, model: LinearTextModel | None
) -> dict[int, Reading]:
    """A reading of every top-level section with its sub-sections' text."""
    joined = {
        top: "\n".join(f"{sections[i].title}\n{sections[i].text}" for i in sorted(members))
        for top, members in _subtrees(sections).items()
    }
    probabilities: dict[int, dict[str, float]] = {index: {} for index in joined}
    if model is not None and joined:
        rows = model.probabilities(list(joined.values()))
        for index, row in zip(joined, rows, strict=True):
            probabilities[index] = dict(zip(model.classes, (float(p) for p in row), strict=True))
    return {
        index: Reading(probabilities[index], len(text.split()), _cue_ids(text, profile))
        for index, text in joined.items()
    }


def _cue_ids(text: str, profile: CallProfile) -> frozenset[str]:
    found = set()
    for spec in profile.outline.sections:
        if not spec.cues:
            continue
        keys = {hit.key for hit in TermMatcher.for_profile(spec.cues, profile).find(text)}
        if len(keys) >= _SUPPORT_CUES:
            found.add(spec.id)
    return frozenset(found)


def fill_by_order(
    sections: Sequence[Section],
    matches: Sequence[SectionMatch],
    readings: Mapping[int, Reading],
    outline: Sequence[OutlineSection],
    *,
    opening: int | None = None,
) -> list[SectionMatch]:
    """Top-level sections the order decides: weak duplicates give way, unmapped ones are filled.

    `opening` is the outline place the text before the first heading already covers: the first
    sections come after it."""
    order = {spec.id: spec.order for spec in outline}
    result = list(matches)
    top = [section.index for section in sections if section.parent is None]
    subtree = _subtrees(sections)
    _yield_weak_duplicates(result, top, order, subtree)
    before_all, after_all = min(order.values(), default=0) - 1, max(order.values(), default=0) + 1
    if opening is not None:
        before_all = opening
    for position, index in enumerate(top):
        if result[index].outline_ids:
            continue
        # Ids its own sub-sections hold are not taken: they will follow what it becomes.
        covered = {
            key for other in result if other.section not in subtree[index] for key in other.outline_ids
        }
        # The document's first and last sections are bounded by the outline's own ends.
        low = _bound(result, top[:position][::-1], order, max) or (before_all, position + 1)
        high = _bound(result, top[position + 1 :], order, min) or (after_all, len(top) - position)
        open_ids = [key for key in order if low[0] < order[key] < high[0] and key not in covered]
        alone = low[1] == high[1] == 1  # no other unmapped section shares the gap
        chosen = _choose(open_ids, readings.get(index), alone)
        if not chosen:
            continue
        result[index] = _placed(index, chosen)
    return result


def _subtrees(sections: Sequence[Section]) -> dict[int, set[int]]:
    """Each top-level section's index with those of all its sub-sections."""
    tops: dict[int, set[int]] = {}
    for section in sections:
        top = section.index
        while sections[top].parent is not None:
            top = sections[top].parent or 0
        tops.setdefault(top, set()).add(section.index)
    return tops


def _yield_weak_duplicates(
    result: list[SectionMatch], top: Sequence[int], order: Mapping[str, int], subtree: Mapping[int, set[int]]
) -> None:
    """A weak content match repeating an earlier id out of order takes the one open id instead."""
    held: set[str] = set()
    for position, index in enumerate(top):
        match = result[index]
        ids = set(match.outline_ids)
        if match.source is MatchSource.CONTENT and match.confidence < _WEAK_CONTENT and ids and ids <= held:
            low = _bound(result, top[:position][::-1], order, max)
            high = _bound(result, top[position + 1 :], order, min)
            if low is not None and high is not None and not any(low[0] < order[k] < high[0] for k in ids):
                covered = {
                    key
                    for other in result
                    if other.section not in subtree[index]
                    for key in other.outline_ids
                }
                open_ids = [key for key in order if low[0] < order[key] < high[0] and key not in covered]
                if len(open_ids) == 1:
                    result[index] = _placed(index, tuple(open_ids))
        held.update(result[index].outline_ids)


def _placed(index: int, ids: tuple[str, ...]) -> SectionMatch:
    return SectionMatch(
        section=index, outline_ids=ids, confidence=_ORDER_CONFIDENCE, source=MatchSource.POSITION
    )


def _bound(
    matches: Sequence[SectionMatch],
    neighbours: Sequence[int],
    order: Mapping[str, int],
    pick: Callable[[Iterable[int]], int],
) -> tuple[int, int] | None:
    """The outline order of the nearest neighbour mapped onto an ordered id, and how far it is."""
    for distance, index in enumerate(neighbours, start=1):
        orders = [order[key] for key in matches[index].outline_ids if key in order]
        if orders:
            return pick(orders), distance
    return None


def _choose(open_ids: Sequence[str], reading: Reading | None, alone: bool) -> tuple[str, ...]:
    if len(open_ids) == 1:
        return (open_ids[0],)
    if not open_ids or reading is None or not reading.probabilities:
        return ()
    probability = reading.probabilities
    if alone:
        supported = tuple(
            key
            for key in open_ids
            if probability.get(key, 0.0) >= _SUPPORT_PROBABILITY or key in reading.cue_ids
        )
        if supported:
            return supported  # a lone gap-filler takes what its text speaks of, one id or several
    ranked = sorted(open_ids, key=lambda key: -probability.get(key, 0.0))
    first, second = (probability.get(key, 0.0) for key in ranked[:2])
    sure = first >= _MIN_PROBABILITY or reading.words >= _LONG_WORDS
    return (ranked[0],) if sure and first >= _CLEAR_LEAD * second else ()
