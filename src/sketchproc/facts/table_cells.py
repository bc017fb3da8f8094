"""The cells of a cost table: where its amounts stand (total and year columns) and what a cell is worth.

A row's amount is its total column, else the sum of its year columns, else its right-most
amount (a table states the row's total last). A bare figure counts as euro, the column says it
is money; a header counting in thousands ("T€") scales it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sketchproc.facts.locators import Loc, Locators
from sketchproc.quantities import find_money, find_percentages, header_scale, note_scale, parse_money

__all__ = ["ZERO_CELLS", "Layout", "aligned", "cell_amount", "layout_of", "row_amount"]

# Cells that mean "nothing in this year" in a budget table.
ZERO_CELLS = frozenset({"0", "-", "–", "—", "0 €", "0,00 €", "0,00"})


@dataclass(frozen=True)
class Layout:
    """Where a table keeps its amounts: a total column and/or year columns."""

    total_col: int | None
    year_cols: tuple[int, ...]
    # Columns of shares ("Anteil", "%"): a bare "80,0" there is a percentage, not an amount.
    share_cols: tuple[int, ...] = ()
    # 1000 where the header counts in thousands ("T€"): bare figures are scaled by it.
    scale: float = 1.0


# What may follow a year in a column header: a parenthesis, footnote marks.
_YEAR_NOTE = re.compile(r"\(.*?\)|[*¹²³⁴†]+$")


def layout_of(header: Sequence[str], loc: Locators, note: str = "") -> Layout:
    """Find a "Gesamt"/"Summe" column and year columns in the header row.

    A PDF may split a narrow header cell's word ("Gesam t"): spaces inside a cell are ignored.
    The unit may be stated in the header ("T€") or in the sentence before the table (`note`).
    """
    squeezed = ["".join(cell.split()) for cell in header]
    total_col = next((i for i, cell in enumerate(squeezed) if i and loc[Loc.TOTAL_ROW].match(cell)), None)
    # A year column may say which months it covers or carry a footnote: "2019 (Apr.–Dez.)", "2020¹".
    years = tuple(
        i for i, cell in enumerate(squeezed) if i and loc[Loc.YEAR].fullmatch(_YEAR_NOTE.sub("", cell))
    )
    shares = tuple(i for i, cell in enumerate(squeezed) if i and loc[Loc.SHARE_COL].fullmatch(cell))
    scale = header_scale(header)
    return Layout(total_col, years, shares, scale if scale != 1.0 else note_scale(note))


def aligned(row: Sequence[str], header: Sequence[str]) -> Sequence[str]:
    """The row with its cells under the header's columns.

    A horizontally merged cell ("Summe" over label and position columns) leaves a row shorter
    than the header; its amounts stand under the right-most columns, so it is padded after
    its label.
    """
    missing = len(header) - len(row)
    if missing <= 0 or not row:
        return row
    return [row[0], *([""] * missing), *row[1:]]


def row_amount(row: Sequence[str], layout: Layout) -> float | None:
    """The row's amount: total column, else the sum of the year columns, else its right-most amount."""
    if layout.total_col is not None and layout.total_col < len(row):
        value = cell_amount(row[layout.total_col], layout.scale)
        if value is not None:
            return value
    years = [cell_amount(row[i], layout.scale) for i in layout.year_cols if i < len(row)]
    if any(v is not None for v in years):
        return sum(v or 0.0 for v in years)
    cells = [cell for i, cell in enumerate(row) if i and i not in layout.share_cols]
    amounts = [v for cell in cells if (v := cell_amount(cell, layout.scale)) is not None]
    return amounts[-1] if amounts else None


def cell_amount(cell: str, scale: float = 1.0) -> float | None:
    """A budget cell read as euro: a bare "170.000" counts (the column says it is money), times the
    header's `scale` ("45,00" under "T€" is 45.000 €); a figure with its own unit keeps it."""
    text = " ".join(cell.split())
    if text in ZERO_CELLS:
        return 0.0
    if "%" in text:
        # A share, not an amount ("80,0 %"); beside an amount it qualifies it ("198.400 € (80 %)").
        text = _without_shares(text)
        if not text:
            return None
    value = parse_money(text, assume_currency=True)
    if value is None and scale != 1.0 and _BARE_COUNT.fullmatch(text):
        # A bare "58" may count people or events, but in a column of thousands ("Angaben in T€")
        # it is 58.000 €: the unit makes it an amount.
        value = float(text)
    if value is None or scale == 1.0 or find_money(text):
        return value
    return round(value * scale, 2)


_BARE_COUNT = re.compile(r"\d{1,3}")  # four digits may be a year ("2020"); thousands carry a dot


def _without_shares(text: str) -> str:
    """The cell with its percentages and the parentheses around them removed."""
    for share in reversed(find_percentages(text)):
        text = text[: share.start] + text[share.end :]
    return " ".join(re.sub(r"\(\s*\)", " ", text).split())
