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
from dataclasses import dataclass, field, replace

from sketchproc.ingest.pdf_lines import Line

__all__ = ["rebuild_text_tables"]

# One figure: an amount with thousands dots or decimals, a plain number, a percentage;
# a currency sign may follow. OCR reads cell borders as "|".
_FIGURE = re.compile(
    r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2}|,-{1,2})?(?:\s*(?:€|EUR|Euro))?|\d+(?:,\d+)?\s*%"
)
# A figure is a whole cell: a date ("31.12.2020") holds figure-like runs but is none.
_CELL = re.compile(rf"(?<![^\s|])(?:{_FIGURE.pattern})(?![^\s|])")
_TRAILING_FIGURES = re.compile(rf"(?:\s*\|?\s*{_CELL.pattern}\s*\|?)+\s*$")
_HEADER_CELL = re.compile(r"(?:19|20)\d{2}|[A-ZÄÖÜ][\wäöüß.-]*")
# An amount as a budget writes it (thousands dots, decimals or a currency), then a short rest
# of words: the end of the label cell, wrapped below and read after the amounts.
_LABEL_TAIL = re.compile(
    r"(?:\d,\d{2}|\d\.\d{3})(?:\s*(?:€|EUR|Euro))?"
    r"(?P<tail>\s*\|?(?P<words>(?:\s+\d{1,2})?(?:\s+(?!(?:EUR|Euro)\b)[^\W\d][\w()/-]*\)?){1,3})\s*)$"
)
# A label cell is short; a longer line ending in an amount and a word is prose wrapped.
_MAX_TAIL_LABEL_WORDS = 10
_MIN_TAIL_COLUMNS = 2
# The second line of a label cell: a few words, lower-case or in brackets, no amount.
_LABEL_WRAP = re.compile(r"\s*(?:[a-zäöüß(]|\d{1,2}\s)[^|€]{0,40}?")
# A wrapped label line stands closer below its row than this share of the row's height.
_WRAP_GAP = 0.4
_WRAP_WORDS = 3
# A running footer that ends in its page count: "… Projektskizze Seite 7 von 9".
_PAGE_FOOTER = re.compile(r"\bSeite\s+\d+\s*(?:von|/)?\s*$", re.IGNORECASE)
# A line ending in one figure is a row only inside a run this long (prose rarely does that thrice).
_MIN_SINGLE_FIGURE_RUN = 3
_MIN_RUN = 2


@dataclass
class _Row:
    """A line read as a table row, with the lines that wrapped its label cell."""

    line: Line
    cells: tuple[str, ...]
    wrapped: list[Line] = field(default_factory=list)


def rebuild_text_tables(lines: Sequence[Line]) -> list[Line]:
    """The lines with every run of figure rows (and its header line) replaced by one table line."""
    out: list[Line] = []
    run: list[_Row] = []
    for line in lines:
        cells = _row_cells(line.text)
        if cells is not None and not line.is_table:
            run.append(_Row(line, cells))
            continue
        if run and not line.is_table and _wraps_label(run[-1], line):
            # The second line of the row's label cell: "Netzwerkmanagement (0,75 VZÄ, 10" above
            # "bzw. 12 Monate)"; the row keeps it and the run goes on.
            row = run[-1]
            row.cells = (f"{row.cells[0]} {line.text.strip()}", *row.cells[1:])
            row.wrapped.append(line)
            continue
        out.extend(_flush(run, out))
        run = []
        out.append(line)
    out.extend(_flush(run, out))
    return out


def _wraps_label(row: _Row, line: Line) -> bool:
    """True if `line` is the second line of the label cell of a row of columns (two amounts at
    least: prose names one): lower-case or in brackets, or a few words after a label left open
    ("Veranstaltungen, Werkstätten," above "Hackathon"), set as tight below the row as the lines
    of one cell are (rows stand further apart)."""
    if len(row.cells) <= _MIN_TAIL_COLUMNS:
        return False
    if _LABEL_WRAP.fullmatch(line.text):
        return True
    if not row.cells[0].rstrip().endswith((",", "-", "–", "und", "sowie")):
        return False  # "Gesamtausgaben" above "Finanzierung": the next row, not the rest of this one
    height = row.line.bottom - row.line.top
    tight = line.top - row.line.bottom < _WRAP_GAP * height
    return tight and len(line.text.split()) <= _WRAP_WORDS and not any(c.isdigit() for c in line.text)


def _row_cells(text: str) -> tuple[str, ...] | None:
    """Label and figure cells of a line that ends in figures after some words, else None.

    The wrapped end of a label cell that Tesseract puts after the row's amounts ("Leitung
    (1,0 VZÄ, 10 bzw. 59.000,00 72.000,00 131.000,00 12 Monate)") goes back to the label.
    """
    tail = _LABEL_TAIL.search(text)
    if tail is not None:
        text = text[: tail.start("tail")]
    match = _TRAILING_FIGURES.search(text)
    if match is None or match.start() == 0:
        return None
    label = text[: match.start()].strip(" |")
    if not re.search(r"[^\W\d]{2,}", label) or _PAGE_FOOTER.search(label):
        return None
    figures = tuple(m.group(0).strip() for m in _CELL.finditer(match.group(0)))
    if tail is not None:
        # A row of columns (two amounts side by side) wraps its label; prose names one amount.
        if len(label.split()) > _MAX_TAIL_LABEL_WORDS or len(figures) < _MIN_TAIL_COLUMNS:
            return None
        label = f"{label} {tail.group('words').strip()}"
    return (label, *figures)


def _flush(run: list[_Row], before: list[Line]) -> list[Line]:
    """The run as one table line (taking the header line from `before`), or its lines unchanged."""
    if not run:
        return []
    widest = max(len(row.cells) for row in run)
    minimum = _MIN_RUN if widest >= 3 else _MIN_SINGLE_FIGURE_RUN
    if len(run) < minimum:
        return [line for row in run for line in (row.line, *row.wrapped)]
    rows = [row.cells for row in run]
    first = run[0].line
    header = _header_cells(before[-1].text, widest - 1) if before and not before[-1].is_table else None
    if header is not None:
        first = before.pop()
        rows.insert(0, header)
    last = run[-1].wrapped[-1] if run[-1].wrapped else run[-1].line
    table_rows = tuple(row + ("",) * (widest - len(row)) for row in rows)
    text = "\n".join(" | ".join(cell for cell in row if cell) for row in table_rows)
    return [
        replace(
            first,
            text=text,
            bottom=last.bottom,
            x0=min(row.line.x0 for row in run),
            x1=max(row.line.x1 for row in run),
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
