"""Ruled tables of a PDF page (budgets, forms; spec §5.3).

`find_tables()` is the costliest pdfplumber call, so it runs only on pages with
ruling lines or rectangles. Each table becomes one pseudo-line carrying its
rows; the words inside it are taken out of the running text, so a cell never
turns into a paragraph or a heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sketchproc.ingest.pdf_lines import Column, Gutter, Line, Rows, Word
from sketchproc.ingest.pdf_text import clean_text
from sketchproc.settings import IngestSettings

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom


def page_tables(page: Any, page_number: int, settings: IngestSettings) -> list[Line]:
    """The ruled tables of a pdfplumber page, each as a pseudo-line with `rows` set."""
    if len(page.lines) + len(page.rects) < settings.pdf_table_min_rulings:
        return []
    tables: list[Line] = []
    for table in page.find_tables():
        rows = _clean_rows(table.extract())
        if not rows:
            continue
        x0, top, x1, bottom = (float(v) for v in table.bbox)
        text = "\n".join(" | ".join(row) for row in rows)
        tables.append(Line(page=page_number, text=text, top=top, bottom=bottom, x0=x0, x1=x1, rows=rows))
    return tables


def _clean_rows(raw: list[list[str | None]]) -> Rows:
    rows = tuple(tuple(" ".join(clean_text(cell or "").split()) for cell in row) for row in raw)
    return tuple(row for row in rows if any(row))


def words_outside(words: Sequence[Word], tables: Sequence[Line]) -> list[Word]:
    """Words whose centre lies in none of the tables."""
    if not tables:
        return list(words)
    boxes = [(t.x0, t.top, t.x1, t.bottom) for t in tables]
    return [w for w in words if not any(_centre_in(w, box) for box in boxes)]


def _centre_in(word: Word, box: BBox) -> bool:
    x = (float(word["x0"]) + float(word["x1"])) / 2
    y = (float(word["top"]) + float(word["bottom"])) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def place_tables(tables: list[Line], gutter: Gutter | None) -> list[Line]:
    """Give each table the column it sits in, so it keeps its place in reading order."""
    if gutter is not None:
        middle = (gutter[0] + gutter[1]) / 2
        for table in tables:
            if table.x1 < middle:
                table.column = Column.LEFT
            elif table.x0 > middle:
                table.column = Column.RIGHT
    return tables
