"""Comparisons inside a submission: what changed between versions, where renderings disagree.

Sections are compared by title (casefolded, numbering and punctuation ignored), so a
section that moved keeps its identity and "2.1 Ausgangslage" equals "Ausgangslage".
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from sketchproc.render.tabular import FACT_KEYS
from sketchproc.submissions.records import Change, Disagreement, FileCard

__all__ = ["FACT_KEYS", "compare_versions", "disagreements"]

_TITLE_NOISE = re.compile(r"^[\dIVXivx.()\s-]+|[^\wäöüß ]+")
# A score moving less than this is rounding, not a change the board needs to read about.
_SCORE_STEP = 0.5


def compare_versions(older: FileCard, newer: FileCard, older_date: date | None) -> Change:
    """The change from `older` to `newer` (their representatives)."""
    before = {_title_key(title): title for title in older.sections}
    after = {_title_key(title): title for title in newer.sections}
    checklist = {
        item: (older.checklist[item], status)
        for item, status in sorted(newer.checklist.items())
        if item in older.checklist and older.checklist[item] != status
    }
    facts = {
        key: (older.facts.get(key), newer.facts.get(key))
        for key in FACT_KEYS
        if not _equal(older.facts.get(key), newer.facts.get(key))
    }
    score = None
    if older.score != newer.score and not _close(older.score, newer.score):
        score = (older.score, newer.score)
    return Change(
        from_sketch=older.sketch,
        to_sketch=newer.sketch,
        from_date=older_date,
        sections_added=tuple(title for key, title in after.items() if key not in before),
        sections_removed=tuple(title for key, title in before.items() if key not in after),
        checklist=checklist,
        facts=facts,
        score=score,
    )


def disagreements(primary: FileCard, others: Sequence[FileCard]) -> list[Disagreement]:
    """Facts and checklist verdicts on which another rendering of one version differs."""
    found: list[Disagreement] = []
    for other in others:
        for key in FACT_KEYS:
            mine, theirs = primary.facts.get(key), other.facts.get(key)
            if not _equal(mine, theirs):
                found.append(
                    Disagreement(sketch=other.sketch, kind="fact", key=key, primary=mine, other=theirs)
                )
        for item, status in sorted(primary.checklist.items()):
            theirs = other.checklist.get(item)
            if theirs is not None and theirs != status:
                found.append(
                    Disagreement(
                        sketch=other.sketch, kind="checklist", key=item, primary=status, other=theirs
                    )
                )
    return found


def _title_key(title: str) -> str:
    return " ".join(_TITLE_NOISE.sub(" ", title.casefold()).split())


def _equal(first: Any, second: Any) -> bool:
    if isinstance(first, int | float) and isinstance(second, int | float):
        return math.isclose(float(first), float(second), rel_tol=1e-6, abs_tol=1e-6)
    if isinstance(first, str) and isinstance(second, str):
        return " ".join(first.casefold().split()) == " ".join(second.casefold().split())
    return bool(first == second)


def _close(first: float | None, second: float | None) -> bool:
    return first is not None and second is not None and abs(first - second) < _SCORE_STEP
