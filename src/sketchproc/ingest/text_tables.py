"""Tables read as lines of text: rows of a scanned budget rebuilt from their figures.

OCR gives a scanned table as lines ("Summe Sachkosten 25.550 € | 35.300 € 60.850 €"),
and the paragraph builder would run them together into one paragraph, so a reader
could no longer tell which figure is the row's total. A run of lines that each end
in figures is a table: each line a row, the figures its cells, the words before them
its label; a line of column names just above (years, "Gesamt") is its header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sketchproc.ingest.pdf_lines import Line

__all__ = ["rebuild_text_tables"]

# One figure: an amount with thousands dots or decimals, a plain number, a percentage;
# a currency sign may follow. OCR reads cell borders as "|".
_FIGURE = re.compile(
    r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2}|,-{1,2})?(?:\s*(?:€|EUR|Euro))?|\d+(?:,\d+)?\s*%"
)
_TRAILING_FIGURES = re.compile(rf"(?:\s*\|?\s*(?:{_FIGURE.pattern})\s*\|?)+\s*$")
_HEADER_CELL = re.compile(r"(?:19|20)\d{2}|[A-ZÄÖÜ][\wäöüß.-]*")
# A line ending in one figure is a row only inside a run this long (prose rarely does that thrice).
_MIN_SINGLE_FIGURE_RUN = 3
_MIN_RUN = 2


def rebuild_text_tables(lines: Sequence[Line]) -> list[Line]:
    """The lines with every run of figure rows (and its header line) replaced by one table line."""
    out: list[Line] = []
    run: list[tuple[Line, tuple[str, ...]]] = []
    for line in lines:
        cells = _row_cells(line.text)
        if cells is not None and not line.is_table:
            run.append((line, cells))
            continue
        out.extend(_flush(run, out))
        run = []
        out.append(line)
    out.extend(_flush(run, out))
    return out


def _row_cells(text: str) -> tuple[str, ...] | None:
    """Label and figure cells of a line that ends in figures after some words, else None."""
    match = _TRAILING_FIGURES.search(text)
    if match is None or match.start() == 0:
        return None
    label = text[: match.start()].strip(" |")
    if not re.search(r"[^\W\d]{2,}", label):
        return None
    figures = tuple(m.group(0).strip() for m in _FIGURE.finditer(match.group(0)))
    return (label, *figures)


def _flush(run: list[tuple[Line, tuple[str, ...]]], before: list[Line]) -> list[Line]:
    """The run as one table line (taking the header line from `before`), or its lines unchanged."""
    if not run:
        return []
    widest = max(len(cells) for _, cells in run)
    minimum = _MIN_RUN if widest >= 3 else _MIN_SINGLE_FIGURE_RUN
    if len(run) < minimum:
        return [line for line, _ in run]
    rows = [cells for _, cells in run]
    first = run[0][0]
    header = _header_cells(before[-1].text, widest - 1) if before and not before[-1].is_table else None
    if header is not None:
        first = before.pop()
        rows.insert(0, header)
    last = run[-1][0]
    table_rows = tuple(row + ("",) * (widest - len(row)) for row in rows)
    text = "\n".join(" | ".join(cell for cell in row if cell) for row in table_rows)
    return [
        replace(
            first,
            text=text,
            bottom=last.bottom,
            x0=min(line.x0 for line, _ in run),
            x1=max(line.x1 for line, _ in run),
            rows=table_rows,
            bold=False,
        )
    ]


def _header_cells(text: str, columns: int) -> tuple[str, ...] | None:
    """A line of column names above the rows: a first label, then one name per figure column."""
    words = text.replace("|", " ").split()
    if columns < 1 or len(words) < columns + 1 or any(_FIGURE.fullmatch(w) and "," in w for w in words):
        return None
    names = words[-columns:]
    if not all(_HEADER_CELL.fullmatch(name) for name in names):
        return None
    return (" ".join(words[:-columns]), *names)
