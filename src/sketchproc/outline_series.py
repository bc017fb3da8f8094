"""Numbered series of sibling headings ("AP 1: …", "AP 2: …", "Baustein 3: …") share one outline id.

Writers number the parts of one thing: work packages, building blocks, phases, goals. A
part's text alone is often too short for the classifier, and a part without a heading of
its own topic should not drift to whatever its few words resemble. The series as a whole
says what it is: the id most of its parts map to, or, when none maps, the id their pooled
text points to. A part whose own heading names a section ("AP 3: Beteiligungsprozess")
keeps that section first and also counts for the series: writers file such a work package
under the topic it names as often as under the work programme.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from sketchproc.model import MatchSource, Section, SectionMatch

__all__ = ["unify_series"]

# A label word, an ordinal (digits, Roman numeral or a capital letter) and a separator:
# "AP 4:", "Baustein 2 –", "Phase II.", "Modul B)". The separator keeps "Ziele 2019" out.
_SERIES_HEAD = re.compile(r"^\s*(?P<label>[^\W\d_]{2,})\.?\s*(?:\d{1,2}|[IVX]{1,4}|[A-Z])\s*[:.)–-]\s*\S")
# A series needs this many parts: two headings sharing a word can be chance.
_MIN_PARTS = 3
# A class the model gives no chance still must not veto the product outright.
_FLOOR = 1e-4


def unify_series(
    sections: Sequence[Section],
    matches: Sequence[SectionMatch],
    content: Sequence[Mapping[str, float]],
    content_accept: float,
) -> list[SectionMatch]:
    """Matches with every part of a numbered series mapped like the series as a whole."""
    unified = list(matches)
    for members in _series(sections):
        ids = _series_ids(members, matches, content, content_accept)
        if ids is None:
            continue
        for index in members:
            own = matches[index]
            if own.outline_ids == ids[0]:
                continue
            if own.source is MatchSource.HEADING:
                # "AP 3: Beteiligungsprozess" is a work package and the participation process:
                # the part keeps what its heading names and is also a part of the series.
                both = own.outline_ids + tuple(i for i in ids[0] if i not in own.outline_ids)
                unified[index] = own.model_copy(update={"outline_ids": both})
            else:
                unified[index] = SectionMatch(
                    section=index, outline_ids=ids[0], confidence=ids[1], source=ids[2]
                )
    return unified


def _series(sections: Sequence[Section]) -> list[list[int]]:
    """Runs of consecutive siblings whose headings start with the same label and an ordinal."""
    runs: list[list[int]] = []
    last: dict[int | None, tuple[str, list[int]]] = {}
    for section in sections:
        head = _SERIES_HEAD.match(section.title)
        label = head.group("label").casefold() if head else None
        previous = last.get(section.parent)
        if label is not None and previous is not None and previous[0] == label:
            previous[1].append(section.index)
        elif label is not None:
            run: list[int] = [section.index]
            runs.append(run)
            last[section.parent] = (label, run)
        else:
            last.pop(section.parent, None)
    return [run for run in runs if len(run) >= _MIN_PARTS]


def _series_ids(
    members: Sequence[int],
    matches: Sequence[SectionMatch],
    content: Sequence[Mapping[str, float]],
    content_accept: float,
) -> tuple[tuple[str, ...], float, MatchSource] | None:
    """The series' ids: a strict majority of its parts, else what their pooled content says clearly."""
    votes = Counter(matches[index].outline_ids for index in members if matches[index].outline_ids)
    if votes:
        ids, count = votes.most_common(1)[0]
        if count * 2 > len(members):
            confidence = max(matches[i].confidence for i in members if matches[i].outline_ids == ids)
            return ids, round(confidence * 0.9, 3), MatchSource.INHERITED
    pooled = _pooled([content[index] for index in members])
    if not pooled:
        return None
    best, probability = max(pooled.items(), key=lambda item: item[1])
    return ((best,), round(probability, 3), MatchSource.CONTENT) if probability >= content_accept else None


def _pooled(parts: Sequence[Mapping[str, float]]) -> dict[str, float]:
    """The parts' class probabilities as independent evidence: their normalised product.

    Three short parts that each lean the same way without passing the threshold together
    say clearly what the series is about; an average would stay as unsure as each part.
    """
    if not parts or not all(parts):
        return {}
    logs = {key: sum(math.log(max(part.get(key, 0.0), _FLOOR)) for part in parts) for key in parts[0]}
    top = max(logs.values())
    weights = {key: math.exp(value - top) for key, value in logs.items()}
    total = sum(weights.values())
    return {key: weight / total for key, weight in weights.items()}
