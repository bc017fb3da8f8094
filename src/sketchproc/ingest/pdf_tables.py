"""Ruled tables of a PDF page (budgets, forms; spec §5.3).

`find_tables()` is the costliest pdfplumber call, so it runs only on pages with
ruling lines or rectangles. Each table becomes one pseudo-line carrying its
rows; the words inside it are taken out of the running text, so a cell never
turns into a paragraph or a heading.
"""

from __future__ import annotations

import itertools
import re
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
        rows = _clean_rows(_words_rejoined(page, table, table.extract()))
        if not rows:
            continue
        x0, top, x1, bottom = (float(v) for v in table.bbox)
        text = "\n".join(" | ".join(row) for row in rows)
        tables.append(Line(page=page_number, text=text, top=top, bottom=bottom, x0=x0, x1=x1, rows=rows))
    return tables


# A line break between two lower-case letters: a word may have been broken inside a narrow cell.
_BROKEN = re.compile(r"[a-zäöüß]\n[a-zäöüß]")


def _words_rejoined(page: Any, table: Any, raw: list[list[str | None]]) -> list[list[str | None]]:
    """The cells' text with words a narrow column broke across lines put back together.

    Word breaks a word inside only when it is wider than the column: its first part fills the
    line up to the cell's inner edge, so not even the next letter fitted, and the rest goes on in
    lower case ("Zuwendungsempfänge" | "r", "Gesamtfi" | "nanzieru" | "ng"). A line wrapped before
    the next word leaves room for less than that word, but seldom for less than one letter.
    """
    out = [list(row) for row in raw]
    for r, row in enumerate(out):
        for c, text in enumerate(row):
            if not text or not _may_be_split(text) or r >= len(table.rows) or c >= len(table.rows[r].cells):
                continue
            bbox = table.rows[r].cells[c]
            if bbox is not None:
                row[c] = _rejoined(_cell_page(page, bbox).extract_text_lines(), bbox) or text
    return out


def _cell_page(page: Any, bbox: BBox) -> Any:
    """The page with only the characters whose centre lies in the cell, as `Table.extract` takes
    them (a crop would also take a line that only touches the cell)."""
    x0, top, x1, bottom = bbox

    def centred(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return False
        h_mid = (float(obj["x0"]) + float(obj["x1"])) / 2
        v_mid = (float(obj["top"]) + float(obj["bottom"])) / 2
        return x0 <= h_mid < x1 and top <= v_mid < bottom

    return page.filter(centred)


def _may_be_split(text: str) -> bool:
    """True if a line break inside the cell may cut a word or an e-mail address."""
    return _BROKEN.search(text) is not None or ("@" in text and "\n" in text)


def _rejoined(lines: Sequence[dict[str, Any]], bbox: BBox) -> str | None:
    """The lines of one left-aligned cell, a line broken inside its only word joined to the next."""
    starts = [float(line["x0"]) for line in lines]
    if not lines or max(starts) - min(starts) > _SAME_START:
        return None  # centred or indented text: its line ends say nothing about the cell's edge
    # The padding on the right is the padding on the left.
    inner_right = float(bbox[2]) - (min(starts) - float(bbox[0]))
    parts = [str(lines[0]["text"])]
    for before, line in itertools.pairwise(lines):
        text, chars = str(line["text"]), line.get("chars") or []
        next_letter = float(chars[0]["width"]) if chars else 0.0
        previous = str(before["text"]).strip()
        one_word = " " not in previous and previous[-1:].isalpha() and text[:1].islower()
        broken = one_word and inner_right - float(before["x1"]) < next_letter
        parts.append(text if broken else "\n" + text)
    # An e-mail address has no space: its parts on two lines are one address, wherever the line
    # broke ("katrin." | "moebius@landkreis-wittenberg.de").
    return _SPLIT_ADDRESS.sub(r"\1", "".join(parts))


_SAME_START = 1.0
# The break falls at a dot, a dash or an underscore of the address, before or after it.
_SPLIT_ADDRESS = re.compile(
    r"(?<![\w.+-])([\w+-]+[.\-_]|[\w+-]+(?=\n[.\-_]))\n(?=[\w.+-]*@[\w-]+(?:\.[\w-]+)+)"
)


def _clean_rows(raw: list[list[str | None]]) -> Rows:
    rows = tuple(tuple(_clean_cell(cell) for cell in row) for row in raw)
    return tuple(row for row in rows if any(row))


# A cell of digits, separators and a currency sign only: one figure, however it was spaced.
_FIGURE_CELL = re.compile(r"[\d\s.,'€%-]*\d[\d\s.,'€%-]*")
_GAP_IN_FIGURE = re.compile(r"(?<=[\d.,'])\s+(?=[\d.,'])")


_WRAPPED_YEAR = re.compile(r"(?<=[./](?:19|20))\n(?=\d{2}\b)")


def _clean_cell(cell: str | None) -> str:
    """Whitespace collapsed; a figure never keeps a gap ("117.700, 00", "46.200,0 0").

    Right-aligned or letter-spaced figures leave gaps between their characters wider than
    pdfplumber's word tolerance; the gaps split one amount into two numbers.
    """
    # A date too wide for its column wraps inside the year ("04–06/20" | "19"): one token again.
    text = " ".join(_WRAPPED_YEAR.sub("", clean_text(cell or "")).split())
    if _FIGURE_CELL.fullmatch(text):
        return _GAP_IN_FIGURE.sub("", text)
    return text


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
