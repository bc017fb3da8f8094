"""Key data set out in columns: the labels in a header row, the values in the one row beneath.

Form-like sketches give their key data as rows ("Antragsteller | Landkreis Harz") or as columns
("Antragsteller | Rechtsform | Zuwendung | Laufzeit" over "Landkreis Harz | Gebietskörperschaft |
176.000 € | 04/2019 – 12/2020"), and summary tables of the financing come the same way
("Gesamtausgaben | Zuwendung | Eigenmittel" over three amounts). Every reader of key data reads
label-value rows, so a table of the second shape is read as its transpose: one row per column,
label then value, quoted as such.

Which shape a two-row table has is told by its labels: in columns, the header row names at least
two facts ("Zuwendung", "Laufzeit", "Antragsteller" …) and the row beneath opens with a value; in
rows, the first column holds the labels, so the second row opens with one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from sketchproc.facts.locators import LOCATORS, Loc
from sketchproc.model import Block, BlockKind
from sketchproc.passages import Passage

__all__ = ["as_rows"]

# The facts whose labels head a column of key data.
_KEY_FACTS: Final = (
    Loc.APPLICANT,
    Loc.LEGAL_FORM,
    Loc.GRANT,
    Loc.OWN_SHARE,
    Loc.THIRD_PARTY,
    Loc.TOTAL,
    Loc.RATE,
    Loc.TIME,
)
_MIN_LABELLED_COLUMNS = 2
_MIN_COLUMNS = 3
# A header cell is a label: a few words, no figure (a year column "2019" heads a cost table).
_MAX_LABEL_WORDS = 6
_FIGURE = re.compile(r"\d")


def as_rows(block: Block, passages: tuple[Passage, ...]) -> tuple[Block, tuple[Passage, ...]]:
    """The block and its passages, a table of key data in columns turned into label-value rows."""
    if not _in_columns(block):
        return block, passages
    header, values = block.rows
    # Merged cells repeat their text: each pair once.
    cells = zip(header, values, strict=False)
    pairs = tuple(dict.fromkeys((label.strip(), value.strip()) for label, value in cells if value.strip()))
    turned = block.model_copy(update={"rows": pairs, "text": "\n".join(" | ".join(pair) for pair in pairs)})
    value_row = next((p for p in passages if p.row == 1), None)
    if value_row is None:
        return block, passages
    return turned, tuple(_row(value_row, turned, i, pair) for i, pair in enumerate(pairs))


def _row(value_row: Passage, turned: Block, index: int, pair: tuple[str, str]) -> Passage:
    """One label-value row of the turned table, with the marks and place of the row of values."""
    text = " | ".join(pair)
    return replace(value_row, text=text, block=turned, span=(0, len(text)), row=index, cells=pair)


def _in_columns(block: Block) -> bool:
    """True for a two-row table whose header names two facts or more over a row of values."""
    if block.kind is not BlockKind.TABLE or len(block.rows) != 2:
        return False
    header = [cell.strip() for cell in dict.fromkeys(block.rows[0]) if cell.strip()]
    if len(header) < _MIN_COLUMNS or not all(_is_label(cell) for cell in header):
        return False
    labelled = sum(1 for cell in header if _names_key_fact(cell))
    first_value = next((cell.strip() for cell in block.rows[1] if cell.strip()), "")
    return labelled >= _MIN_LABELLED_COLUMNS and not _names_key_fact(first_value)


def _is_label(cell: str) -> bool:
    """A few words without a figure."""
    return len(cell.split()) <= _MAX_LABEL_WORDS and not _FIGURE.search(cell)


def _names_key_fact(cell: str) -> bool:
    """True if a locator word of a key fact stands in the cell."""
    return any(LOCATORS[kind].search(cell) for kind in _KEY_FACTS)
