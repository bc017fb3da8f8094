"""Rows across columns: Tesseract reads widely spaced table columns as separate text blocks.

A borderless budget ("Raummiete    3.000 €    4.000 €    7.000 €") comes back from
Tesseract as a block of labels and one block per figure column, each line on its own.
A short line of figures (or the one word heading such a column) that stands level with
a line to its left is a cell of that line's row: it is joined to it, left to right, so
the row keeps its figures. Prose in two columns is untouched: its lines are long, and
a short last line of a paragraph has no figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol, TypeVar

__all__ = ["join_row_cells"]

# A cell holds at most this many words ("31.000 €" is two).
_MAX_CELL_WORDS = 3
# Two lines are level when their vertical overlap is at least this share of the lower one.
_LEVEL_OVERLAP = 0.5
# A column heading stands at most this many line heights above its first figure.
_HEADING_REACH = 2.5

_Box = tuple[int, int, int, int]
_Word = tuple[str, float, _Box]


class _Line(Protocol):
    @property
    def words(self) -> tuple[_Word, ...]: ...
    @property
    def bbox(self) -> _Box: ...


_L = TypeVar("_L", bound=_Line)


def join_row_cells(lines: Sequence[_L]) -> list[_L]:
    """The lines with every figure cell joined to the line level with it on its left."""
    cells = [index for index, line in enumerate(lines) if _is_cell(line, lines)]
    if not cells:
        return list(lines)
    words = {index: list(line.words) for index, line in enumerate(lines)}
    boxes = {index: line.bbox for index, line in enumerate(lines)}
    absorbed: set[int] = set()
    for index in sorted(cells, key=lambda i: lines[i].bbox[0]):
        host = _host(index, boxes, absorbed)
        if host is None:
            continue
        words[host].extend(words[index])
        boxes[host] = _union(boxes[host], boxes[index])
        absorbed.add(index)
    return [
        _rebuilt(line, tuple(sorted(words[index], key=lambda word: word[2][0])), boxes[index])
        for index, line in enumerate(lines)
        if index not in absorbed
    ]


def _is_cell(line: _Line, lines: Sequence[_Line]) -> bool:
    texts = [text for text, _, _ in line.words]
    if not texts or len(texts) > _MAX_CELL_WORDS:
        return False
    if any(char.isdigit() for text in texts for char in text):
        return True
    # A one-word column heading ("Summe", "Gesamt") directly above a cell of figures.
    return len(texts) == 1 and any(_heads(line.bbox, other) for other in lines if other is not line)


def _heads(box: _Box, other: _Line) -> bool:
    x0, _, x1, y1 = box
    ox0, oy0, ox1, _ = other.bbox
    height = box[3] - box[1]
    below = 0 <= oy0 - y1 <= _HEADING_REACH * height
    overlapping = min(x1, ox1) > max(x0, ox0)
    figures = any(char.isdigit() for text, _, _ in other.words for char in text)
    return below and overlapping and figures and len(other.words) <= _MAX_CELL_WORDS


def _host(index: int, boxes: dict[int, _Box], absorbed: set[int]) -> int | None:
    """The nearest line level with `index` that ends left of it."""
    x0, y0, _, y1 = boxes[index]
    best: tuple[int, int] | None = None
    for other, (_, oy0, ox1, oy1) in boxes.items():
        if other == index or other in absorbed or ox1 > x0:
            continue
        overlap = min(y1, oy1) - max(y0, oy0)
        if overlap < _LEVEL_OVERLAP * min(y1 - y0, oy1 - oy0):
            continue
        gap = x0 - ox1
        if best is None or gap < best[0]:
            best = (gap, other)
    return best[1] if best else None


def _union(a: _Box, b: _Box) -> _Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _rebuilt(line: _L, words: tuple[_Word, ...], box: _Box) -> _L:
    if words == line.words and box == line.bbox:
        return line
    rebuilt: Any = replace(line, words=words, bbox=box)  # type: ignore[type-var]  # a dataclass line
    return rebuilt  # type: ignore[no-any-return]
