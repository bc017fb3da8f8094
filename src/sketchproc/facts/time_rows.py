"""Table rows that date the project: a key-data row of the start or the end, and the period of
a row that its runtime word labels (a schedule's steps are dated too, and are no runtime)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.time_roles import role_of
from sketchproc.passages import Passage
from sketchproc.quantities import DateMention, find_dates, find_periods

__all__ = ["key_row", "labels_period", "timeline"]


def key_row(passage: Passage) -> bool:
    """A key-data row whose short label is the start or the end: "Beginn | 1. Juli 2019", "Ende |
    30.06.2021" (the key data speak of the project, so no runtime word is needed)."""
    cells = [cell for cell in passage.cells if cell.strip()]
    return (
        len(cells) == _KEY_ROW_CELLS
        and len(cells[0].split()) <= _MAX_KEY_LABEL_WORDS
        and role_of(cells[0]) is not None
        and bool(find_dates(cells[1]))
    )


_KEY_ROW_CELLS = 2
_MAX_KEY_LABEL_WORDS = 3


def labels_period(passage: Passage, loc: Locators) -> bool:
    """False for a table row whose period stands apart from its runtime word: a schedule's step
    "11/2020 – 12/2020 | Abschlussbericht | Projektende (31.12.2020)" dates the step, and only
    its last cell the project's end. A period in the cell of its runtime word or right after it
    ("Laufzeit | 01.02.2019 – 31.12.2020") is the runtime."""
    cells = [cell for cell in passage.cells if cell.strip()]
    if not passage.is_table_row or len(cells) < _CELLS_APART:
        return True
    dated = next((i for i, cell in enumerate(cells) if find_periods(cell)), None)
    return dated is None or any(loc[Loc.TIME].search(cell) for cell in cells[max(0, dated - 1) : dated + 1])


# A period and its runtime word can stand apart only in a row of three cells or more.
_CELLS_APART = 3


def timeline(rows: Iterable[Passage]) -> tuple[Passage, DateMention, DateMention] | None:
    """The first and last column of a schedule laid out as a timeline: a row whose cells after
    the first are each one date, in order ("Arbeitspaket | Q1/2019 | Q2/2019 | … | Q4/2020"),
    the work packages beneath marked in its columns. Its span is the plan's."""
    for row in rows:
        if not row.is_table_row:
            continue
        cells = [cell for cell in row.cells[1:] if cell.strip()]
        dates = [find_dates(cell) for cell in cells]
        if len(cells) < _TIMELINE_COLUMNS or any(len(found) != 1 for found in dates):
            continue
        ordered = [found[0] for found in dates]
        if all(a.date < b.first_day for a, b in pairwise(ordered)):
            return row, ordered[0], ordered[-1]
    return None


# A timeline has at least this many date columns (a year by quarters).
_TIMELINE_COLUMNS = 4
