"""Key data set out in columns: the labels in a header row, the values in the one row beneath.

Form-like sketches give their key data as rows ("Antragsteller | Landkreis Harz") or as columns
("Antragsteller | Rechtsform | Zuwendung | Laufzeit" over "Landkreis Harz | Gebietskörperschaft |
176.000 € | 04/2019 – 12/2020"), and summary tables of the financing come the same way
("Gesamtausgaben | Zuwendung | Eigenmittel" over three amounts). Every reader of key data reads
label-value rows, so a table of the second shape is read as its transpose: one row per column,
label then value, quoted as such. So is a form that sets two label-value pairs side by side in
each row ("Antragsteller | Landkreis Saalekreis | Rechtsform | Gebietskörperschaft").

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

__all__ = ["as_rows", "is_key_label", "key_fact_end"]

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
    """The block and its passages, a table of key data in columns, or with two label-value pairs
    side by side in each row, turned into label-value rows."""
    by_row = {p.row: p for p in passages if p.row is not None}
    if _in_columns(block):
        header, values = block.rows
        pairs = [(1, label, value) for label, value in zip(header, values, strict=False)]
    elif _side_by_side(block):
        # "Antragsteller | Landkreis Saalekreis | Rechtsform | Gebietskörperschaft": each row holds
        # two pairs, read left to right.
        pairs = [
            (r, row[i], row[i + 1]) for r, row in enumerate(block.rows) for i in range(0, len(row) - 1, 2)
        ]
    else:
        return block, passages
    # Merged cells repeat their text: each pair once.
    kept = list(
        dict.fromkeys((r, label.strip(), value.strip()) for r, label, value in pairs if value.strip())
    )
    if not kept or any(r not in by_row for r, _, _ in kept):
        return block, passages
    rows = tuple((label, value) for _, label, value in kept)
    turned = block.model_copy(update={"rows": rows, "text": "\n".join(" | ".join(pair) for pair in rows)})
    return turned, tuple(
        _row(by_row[r], turned, i, (label, value)) for i, (r, label, value) in enumerate(kept)
    )


def _row(source: Passage, turned: Block, index: int, pair: tuple[str, str]) -> Passage:
    """One label-value row of the turned table, with the marks and place of the row it came from."""
    text = " | ".join(pair)
    return replace(source, text=text, block=turned, span=(0, len(text)), row=index, cells=pair)


def _side_by_side(block: Block) -> bool:
    """True for a table of four or six columns whose even columns are labels, two of them or more
    naming key facts, the right-hand ones among them."""
    if block.kind is not BlockKind.TABLE or not block.rows:
        return False
    widths = {len(row) for row in block.rows}
    if len(widths) != 1 or (width := widths.pop()) < _PAIRED_COLUMNS or width % 2:
        return False
    labels = [row[i].strip() for row in block.rows for i in range(0, width, 2) if row[i].strip()]
    right = [row[i].strip() for row in block.rows for i in range(2, width, 2) if row[i].strip()]
    named = sum(1 for label in labels if _names_key_fact(label))
    return (
        all(_is_label(label) for label in labels)
        and named >= _MIN_LABELLED_COLUMNS
        and any(_names_key_fact(label) for label in right)
        and len({row[0] for row in block.rows}) == len(block.rows)  # no merged first column
    )


_PAIRED_COLUMNS = 4


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


def is_key_label(cell: str) -> bool:
    """A few words without a figure that name a key fact ("Beantragte Zuwendung")."""
    return _is_label(cell) and _names_key_fact(cell)


def key_fact_end(cell: str) -> int:
    """Where the last locator word of a key fact in the cell ends (0 if there is none)."""
    return max((m.end() for kind in _KEY_FACTS for m in LOCATORS[kind].finditer(cell)), default=0)


def _names_key_fact(cell: str) -> bool:
    """True if a locator word of a key fact stands in the cell."""
    return any(LOCATORS[kind].search(cell) for kind in _KEY_FACTS)
