"""Two tables set side by side in one: the costs on one half, their financing on the other.

A one-page budget often puts "Ausgaben | Euro" beside "Finanzierung | Euro" (or "Mittelherkunft"
beside "Mittelverwendung") in one four-column table: each row holds a cost position and,
independently, a source of money, and the two halves end in their own "Summe". Read as one
table, a row "Personal … | 86.400 | Zuwendung Land | 128.000" is a position with two amounts,
and the grant lands in the personnel costs. Its structure tells it apart: the even columns hold
text, the odd ones amounts (or nothing), and the labels of one half, and only of that half,
name sources of money. Each half is then read as a table of its own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from sketchproc.facts.locators import LOCATORS, Loc
from sketchproc.facts.row_labels import is_amount_cell
from sketchproc.model import Block, BlockKind
from sketchproc.passages import Passage

__all__ = ["as_halves"]

_WIDTH: Final = 4
_HALVES: Final = ((0, 1), (2, 3))
_FINANCING: Final = (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY)
# Rows with an amount in both halves: fewer could be a stray figure.
_MIN_PAIRED_ROWS: Final = 2


def as_halves(block: Block, passages: tuple[Passage, ...]) -> list[tuple[Block, tuple[Passage, ...]]]:
    """The block and its passages, or, for costs and financing side by side, each half as a table."""
    if not _costs_beside_financing(block):
        return [(block, passages)]
    by_row = {p.row: p for p in passages if p.row is not None}
    out = []
    for columns in _HALVES:
        kept = [
            (r, tuple(row[i].strip() for i in columns))
            for r, row in enumerate(block.rows)
            if r in by_row and any(row[i].strip() for i in columns)
        ]
        rows = tuple(cells for _, cells in kept)
        half = block.model_copy(update={"rows": rows, "text": "\n".join(" | ".join(c) for c in rows)})
        out.append((half, tuple(_row(by_row[r], half, i, cells) for i, (r, cells) in enumerate(kept))))
    return out


def _row(source: Passage, half: Block, index: int, cells: tuple[str, ...]) -> Passage:
    """One row of a half, with the marks and place of the row it came from."""
    text = " | ".join(cell for cell in cells if cell)
    return replace(source, text=text, block=half, span=(0, len(text)), row=index, cells=cells)


def _costs_beside_financing(block: Block) -> bool:
    """True for a four-column table of label | amount | label | amount rows where the labels of one
    half, and only of that half, name sources of money (grant, own share, third-party funds)."""
    if block.kind is not BlockKind.TABLE or len(block.rows) < _MIN_PAIRED_ROWS + 1:
        return False
    if any(len(row) != _WIDTH for row in block.rows):
        return False
    body = block.rows[1:]
    for row in body:
        labels, amounts = (row[0], row[2]), (row[1], row[3])
        if any(cell.strip() and not is_amount_cell(cell) for cell in amounts):
            return False
        if any(cell.strip() and is_amount_cell(cell) for cell in labels):
            return False
    paired = sum(1 for row in body if is_amount_cell(row[1]) and is_amount_cell(row[3]))
    left, right = (any(_names_financing(row[i]) for row in body) for i in (0, 2))
    return paired >= _MIN_PAIRED_ROWS and left != right


def _names_financing(label: str) -> bool:
    return any(LOCATORS[role].search(label) for role in _FINANCING)
