"""Lines of a PDF page: pdfplumber words grouped by their top, with the line's style.

`words_to_lines` is the first link of the chain
words_to_lines → order_lines → remove_furniture → lines_to_blocks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sketchproc.ingest.pdf_text import clean_text, is_bold, is_italic, strip_subset
from sketchproc.model import Zone

Word = dict[str, Any]  # one pdfplumber word: text, x0, x1, top, bottom, fontname, size
Gutter = tuple[float, float]  # free x-range between two columns
Rows = tuple[tuple[str, ...], ...]


class Column:
    """Where a line sits relative to a column gutter."""

    FULL = 0  # single-column page, or a line spanning the gutter
    LEFT = 1
    RIGHT = 2


@dataclass(slots=True)
class Line:
    """One text line (or a whole table, when `rows` is set) of one page."""

    page: int
    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    font: str | None = None
    size: float | None = None
    bold: bool = False
    italic: bool = False
    column: int = Column.FULL
    rows: Rows | None = None
    zone: Zone = Zone.BODY
    lead: str | None = None  # bold opening words before regular text ("3. Ziele. Das …")

    @property
    def height(self) -> float:
        """Height of the line box in points."""
        return self.bottom - self.top

    @property
    def all_caps(self) -> bool:
        """True if the line has letters and all of them are capitals."""
        letters = [c for c in self.text if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)

    @property
    def is_table(self) -> bool:
        """True if this line stands for a table."""
        return self.rows is not None


def round_size(size: float) -> float:
    """Font size rounded to the nearest half point."""
    return round(size * 2) / 2


def words_to_lines(
    words: Sequence[Word], page: int, tolerance: float, gutter: Gutter | None, min_gap: float
) -> list[Line]:
    """Group cleaned words into lines by their top; split rows at a column gutter.

    `tolerance` is a share of the font size within which tops count as one line;
    words closer than `min_gap` across the gutter are one line (a full-width title).
    """
    lines: list[Line] = []
    for row in _rows_by_top(words, tolerance):
        for column, segment in _split_at_gutter(row, gutter, min_gap):
            line = _line_from_words(segment, page, column)
            if line is not None:
                lines.append(line)
    return lines


def _rows_by_top(words: Iterable[Word], tolerance: float) -> list[list[Word]]:
    rows: list[list[Word]] = []
    row_top = 0.0
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if rows and word["top"] - row_top <= tolerance * float(word["size"]):
            rows[-1].append(word)
        else:
            rows.append([word])
            row_top = word["top"]
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows


def _split_at_gutter(row: list[Word], gutter: Gutter | None, min_gap: float) -> list[tuple[int, list[Word]]]:
    if gutter is None:
        return [(Column.FULL, row)]
    # A line may reach into the gutter strip; only crossing its middle joins the columns.
    middle = (gutter[0] + gutter[1]) / 2
    left = [w for w in row if w["x1"] < middle]
    right = [w for w in row if w["x0"] > middle]
    crossing = len(left) + len(right) < len(row)
    # A title whose word gap happens to fall on the middle is still one line: its gap
    # is normal word spacing, narrower than any gutter.
    narrow_gap = bool(left and right) and right[0]["x0"] - left[-1]["x1"] < min_gap
    if crossing or narrow_gap:
        return [(Column.FULL, row)]
    return [(Column.LEFT, left), (Column.RIGHT, right)]


def _line_from_words(words: list[Word], page: int, column: int) -> Line | None:
    texts = [clean_text(str(w["text"])) for w in words]
    kept = [(w, t) for w, t in zip(words, texts, strict=True) if t.strip()]
    if not kept:
        return None
    opening = _bold_opening(kept)
    # A run-in label does not set the line's look: the line reads like the text it opens.
    weight: Counter[tuple[str, float]] = Counter()
    for word, text in kept[opening:]:
        weight[(strip_subset(str(word["fontname"])), round_size(float(word["size"])))] += len(text)
    font, size = weight.most_common(1)[0][0]
    return Line(
        page=page,
        text=" ".join(t.strip() for _, t in kept),
        top=min(w["top"] for w, _ in kept),
        bottom=max(w["bottom"] for w, _ in kept),
        x0=min(w["x0"] for w, _ in kept),
        x1=max(w["x1"] for w, _ in kept),
        font=font,
        size=size,
        bold=is_bold(font),
        italic=is_italic(font),
        column=column,
        lead=" ".join(t.strip() for _, t in kept[:opening]) or None,
    )


def _bold_opening(kept: Sequence[tuple[Word, str]]) -> int:
    """How many words open the line in bold before regular text follows (0 if none or all bold)."""
    for index, (word, _) in enumerate(kept):
        if not is_bold(strip_subset(str(word["fontname"]))):
            return index
    return 0
