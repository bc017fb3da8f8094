"""Numbered series of sibling headings ("AP 1: …", "AP 2: …", "Baustein 3: …") share one outline id.

Writers number the parts of one thing: work packages, building blocks, phases, goals. A
part's heading names its subject ("AP 4: Kommunikation und Wissenstransfer"), which can
sound like another section of the outline. The series as a whole says what it is: the id
most of its parts map to. Every part maps there first; a part whose own heading names a
section keeps that section as a second id, for it covers that topic too ("AP 3:
Beteiligungsprozess" is a work package and the participation process).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from sketchproc.model import MatchSource, Section, SectionMatch

__all__ = ["unify_series"]

# A label word, an ordinal (digits, Roman numeral or a capital letter) and a separator:
# "AP 4:", "Baustein 2 –", "Phase II.", "Modul B)". The separator keeps "Ziele 2019" out.
_SERIES_HEAD = re.compile(r"^\s*(?P<label>[^\W\d_]{2,})\.?\s*(?:\d{1,2}|[IVX]{1,4}|[A-Z])\s*[:.)–-]\s*\S")
# A series needs this many parts: two headings sharing a word can be chance.
_MIN_PARTS = 3


def unify_series(sections: Sequence[Section], matches: Sequence[SectionMatch]) -> list[SectionMatch]:
    """Matches with every part of a numbered series mapped like the series as a whole."""
    unified = list(matches)
    for members in _series(sections):
        ids = _series_ids(members, matches)
        if ids is None:
            continue
        for index in members:
            own = matches[index]
            if own.outline_ids == ids[0]:
                continue
            if own.source is MatchSource.HEADING:
                # "AP 3: Beteiligungsprozess" is a work package first and covers the
                # participation process too: the series' ids, then what its heading names.
                both = ids[0] + tuple(i for i in own.outline_ids if i not in ids[0])
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
    members: Sequence[int], matches: Sequence[SectionMatch]
) -> tuple[tuple[str, ...], float, MatchSource] | None:
    """The series' ids: those a strict majority of its parts map to; None without a majority.

    Pooling the parts' content when none maps was tried and dropped: parts by one author
    share their words, so their probabilities are no independent evidence, and the product
    confidently chose the wrong section on an unseen sketch.
    """
    votes = Counter(matches[index].outline_ids for index in members if matches[index].outline_ids)
    if not votes:
        return None
    ids, count = votes.most_common(1)[0]
    if count * 2 <= len(members):
        return None
    confidence = max(matches[i].confidence for i in members if matches[i].outline_ids == ids)
    return ids, round(confidence * 0.9, 3), MatchSource.INHERITED
