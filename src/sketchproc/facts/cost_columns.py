"""Cost and financing tables laid out by columns: a column per cost type or per financing role."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.row_labels import is_total_label, names_own_kind
from sketchproc.facts.table_cells import Layout, aligned, cell_amount, row_amount
from sketchproc.facts.table_reading import FinancingRow, TableReading
from sketchproc.model import Evidence
from sketchproc.passages import Passage

__all__ = [
    "MIN_FINANCING_COLUMNS",
    "other_cost_columns",
    "read_financing_columns",
    "read_type_columns",
    "rows_are_periods",
]


def read_type_columns(
    rows: Sequence[Passage],
    header: Sequence[str],
    columns: dict[int, Loc],
    layout: Layout,
    loc: Locators,
    reading: TableReading,
) -> None:
    """A table whose columns are the cost types and whose rows are periods ("2019 | 81.900 € | …").

    Each period row adds one position per type column; the total row gives each type's sum
    and, in its total column, the grand total. Financing columns are left to the prose.
    """
    for row in _rows(rows, header, columns, layout, loc):
        if row.total_row:
            # Several columns may be of one type (travel, events, other material): their sum.
            sums: dict[Loc, float] = {}
            for i, value in row.amounts.items():
                sums[columns[i]] = sums.get(columns[i], 0.0) + value
            reading.subtotal.update({kind: (value, row.evidence) for kind, value in sums.items()})
            reading.totals.extend((total, row.evidence) for total in row.total)
            continue
        for i, value in row.amounts.items():
            reading.positions[columns[i]].append((value, row.evidence))


# Columns of two financing roles or more ("Partner | Zuwendung | Eigenanteil") make a financing table.
MIN_FINANCING_COLUMNS = 2


def read_financing_columns(
    rows: Sequence[Passage],
    header: Sequence[str],
    columns: dict[int, Loc],
    layout: Layout,
    loc: Locators,
    reading: TableReading,
) -> None:
    """A table whose columns are the financing roles and whose rows are partners or years.

    Each row adds its amount in each role column; a total row gives each role's sum and, in its
    total column, the grand total.
    """
    for row in _rows(rows, header, columns, layout, loc):
        if row.total_row:
            reading.financing_sums.extend(
                (columns[i], value, row.evidence) for i, value in row.amounts.items()
            )
            reading.totals.extend((total, row.evidence) for total in row.total)
            continue
        reading.financing.extend(
            FinancingRow(columns[i], value, row.evidence, names_own_kind(columns[i], header[i], loc))
            for i, value in row.amounts.items()
        )


@dataclass(frozen=True)
class _Row:
    """One data row of a table read by columns: its amounts per column and whether it totals."""

    amounts: dict[int, float]
    evidence: Evidence
    total_row: bool
    total: tuple[float, ...]  # the row's grand total, where the table has a total column


def _rows(
    rows: Sequence[Passage], header: Sequence[str], columns: dict[int, Loc], layout: Layout, loc: Locators
) -> Iterator[_Row]:
    """The data rows (not a repeated header) with their amounts in the given columns."""
    for passage in rows:
        cells = aligned(passage.cells, header)
        if not cells or [c.strip() for c in cells] == [c.strip() for c in header]:
            continue
        amounts = {
            i: value
            for i in columns
            if i < len(cells) and (value := cell_amount(cells[i], layout.scale)) is not None
        }
        total_row = is_total_label(cells[0].strip(), loc)
        total = row_amount(cells, layout) if total_row and layout.total_col is not None else None
        yield _Row(amounts, passage.evidence(400), total_row, () if total is None else (total,))


# A row label naming a period: a year ("2019 (März–Dezember)") or a project year ("1. Jahr").
_PERIOD = re.compile(r"\b(?:19|20)\d{2}\b|\bjahr\b|\bquartal\b|\bhalbjahr\b", re.IGNORECASE)


def rows_are_periods(rows: Sequence[Passage]) -> bool:
    """True if most rows with a label are periods: the table's rows are years, its columns types."""
    labels = [passage.cells[0] for passage in rows if passage.cells and passage.cells[0].strip()]
    periods = [label for label in labels if _PERIOD.search(label)]
    return len(periods) >= 2 and 2 * len(periods) >= len(labels)


def other_cost_columns(header: Sequence[str], columns: dict[int, Loc], layout: Layout) -> list[int]:
    """Columns beside the known cost types that name costs: not a total, year or share column."""
    skipped = {layout.total_col, *layout.year_cols, *layout.share_cols, *columns}
    return [i for i, cell in enumerate(header) if i and i not in skipped and re.search(r"[^\W\d]{3,}", cell)]
