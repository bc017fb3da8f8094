"""Outline order: a section nobody could name takes the outline id its neighbours leave open.

Applicants write their own headings ("Was das Zentrum konkret tut", "Und nach
2020?") that neither the heading matcher nor the text model recognise, but they
keep the call's order. A top-level section between one mapped to `objectives`
and one mapped to `participation` can only be the work programme if that is
the one id left open between them. When several ids are open, the text model
chooses among those ids alone, and only when it clearly prefers one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from sketchproc.model import MatchSource, Section, SectionMatch
from sketchproc.profiles.schema import OutlineSection

__all__ = ["fill_by_order"]

# Among several open ids the text model must prefer one by this factor.
_CLEAR_LEAD = 1.5
# ... and give it at least this probability (a line of text gives the model nothing to go on).
_MIN_PROBABILITY = 0.3
# A section placed by order is surer than nothing but less sure than its heading.
_ORDER_CONFIDENCE = 0.5


def fill_by_order(
    sections: Sequence[Section],
    matches: Sequence[SectionMatch],
    content: Sequence[Mapping[str, float]],
    outline: Sequence[OutlineSection],
) -> list[SectionMatch]:
    """Unmapped top-level sections between two mapped ones take the open outline id between them."""
    order = {spec.id: spec.order for spec in outline}
    result = list(matches)
    covered = {key for match in result for key in match.outline_ids}
    top = [section.index for section in sections if section.parent is None]
    for position, index in enumerate(top):
        if result[index].outline_ids:
            continue
        low = _bound(result, top[:position][::-1], order, max)
        high = _bound(result, top[position + 1 :], order, min)
        if low is None or high is None:
            continue
        open_ids = [key for key in order if low < order[key] < high and key not in covered]
        chosen = _choose(open_ids, content[index])
        if chosen is None:
            continue
        result[index] = SectionMatch(
            section=index, outline_ids=(chosen,), confidence=_ORDER_CONFIDENCE, source=MatchSource.POSITION
        )
        covered.add(chosen)
    return _inherit_into_children(sections, matches, result)


def _bound(
    matches: Sequence[SectionMatch],
    neighbours: Sequence[int],
    order: Mapping[str, int],
    pick: Callable[[Iterable[int]], int],
) -> int | None:
    """The outline order of the nearest neighbour that is mapped onto an ordered id."""
    for index in neighbours:
        orders = [order[key] for key in matches[index].outline_ids if key in order]
        if orders:
            return pick(orders)
    return None


def _choose(open_ids: Sequence[str], content: Mapping[str, float]) -> str | None:
    if len(open_ids) == 1:
        return open_ids[0]
    if not open_ids or not content:
        return None
    ranked = sorted(open_ids, key=lambda key: -content.get(key, 0.0))
    first, second = (content.get(key, 0.0) for key in ranked[:2])
    return ranked[0] if first >= _MIN_PROBABILITY and first >= _CLEAR_LEAD * second else None


def _inherit_into_children(
    sections: Sequence[Section], before: Sequence[SectionMatch], after: list[SectionMatch]
) -> list[SectionMatch]:
    """Sub-sections that had no id of their own follow a parent placed by order."""
    for section in sections:
        parent = section.parent
        if parent is None or after[section.index].outline_ids:
            continue
        if after[parent].outline_ids and not before[parent].outline_ids:
            after[section.index] = SectionMatch(
                section=section.index,
                outline_ids=after[parent].outline_ids,
                confidence=round(after[parent].confidence * 0.9, 3),
                source=MatchSource.INHERITED,
            )
    return after
