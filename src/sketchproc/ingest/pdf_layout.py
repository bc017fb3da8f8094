"""Page layout: find a two-column gutter and put lines into reading order.

pdfplumber reads across columns (spec §5.6). A gutter is a vertical strip near
the page middle that (almost) no body row crosses, with filled text on both
sides. Reading order is then: left column top to bottom, then the right one;
a line spanning the gutter (a full-width title) closes the columns above it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from sketchproc.ingest.pdf_lines import Column, Gutter, Line, Word
from sketchproc.settings import IngestSettings


def find_gutter(
    words: Sequence[Word], width: float, height: float, settings: IngestSettings
) -> Gutter | None:
    """The free x-range between two text columns of the body band, or None for one column."""
    band = settings.furniture_band * height
    body = [w for w in words if w["top"] >= band and w["bottom"] <= height - band]
    rows = _coarse_rows(body, settings.pdf_line_top_tolerance)
    if len(rows) < settings.pdf_gutter_min_rows:
        return None
    start = math.ceil(settings.pdf_gutter_min_x * width)
    crossings = _row_crossings(rows, start, math.floor(settings.pdf_gutter_max_x * width))
    allowed = settings.pdf_gutter_max_crossing_share * len(rows)
    run = _widest_run([count <= allowed for count in crossings])
    if run is None or run[1] - run[0] < settings.pdf_gutter_min_width:
        return None
    gutter = (float(start + run[0]), float(start + run[1]))
    return gutter if _has_columns_on_both_sides(rows, gutter, settings) else None


def _coarse_rows(words: Sequence[Word], tolerance: float) -> list[list[Word]]:
    rows: list[list[Word]] = []
    row_top = 0.0
    for word in sorted(words, key=lambda w: w["top"]):
        if rows and word["top"] - row_top <= tolerance * float(word["size"]):
            rows[-1].append(word)
        else:
            rows.append([word])
            row_top = word["top"]
    return rows


def _row_crossings(rows: list[list[Word]], start: int, stop: int) -> list[int]:
    """For each integer x in [start, stop]: how many rows have a word covering it."""
    size = stop - start + 1
    if size <= 0:
        return []
    diff = [0] * (size + 1)
    for row in rows:
        for lo, hi in _merged_spans(row, start, stop):
            diff[lo - start] += 1
            diff[hi - start + 1] -= 1
    counts, running = [], 0
    for delta in diff[:size]:
        running += delta
        counts.append(running)
    return counts


def _merged_spans(row: list[Word], start: int, stop: int) -> list[tuple[int, int]]:
    """Integer x-spans a row covers inside [start, stop], overlaps merged (a row counts once)."""
    spans: list[tuple[int, int]] = []
    for lo, hi in sorted((math.ceil(w["x0"]), math.floor(w["x1"])) for w in row):
        lo, hi = max(lo, start), min(hi, stop)
        if lo > hi:
            continue
        if spans and lo <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def _widest_run(free: list[bool]) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    run_start: int | None = None
    for index, is_free in enumerate([*free, False]):
        if is_free and run_start is None:
            run_start = index
        elif not is_free and run_start is not None:
            if best is None or index - 1 - run_start > best[1] - best[0]:
                best = (run_start, index - 1)
            run_start = None
    return best


def _has_columns_on_both_sides(rows: list[list[Word]], gutter: Gutter, settings: IngestSettings) -> bool:
    left_ends = [max(w["x1"] for w in left) for row in rows if (left := _left_of(row, gutter))]
    right_rows = [row for row in rows if any(w["x0"] >= gutter[1] for w in row)]
    if min(len(left_ends), len(right_rows)) < settings.pdf_gutter_min_rows:
        return False
    # Text columns fill their width; a form's short labels before a value column do not.
    left_start = min(w["x0"] for row in rows for w in row)
    margin = settings.pdf_column_fill_margin * (gutter[0] - left_start)
    filled = sum(1 for end in left_ends if end >= gutter[0] - margin)
    return filled >= settings.pdf_column_fill_share * len(left_ends)


def _left_of(row: list[Word], gutter: Gutter) -> list[Word]:
    return [w for w in row if w["x1"] <= gutter[0]]


def order_lines(lines: Sequence[Line]) -> list[Line]:
    """Reading order: by top; between full-width lines, the left column before the right."""
    ordered: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for line in sorted(lines, key=lambda item: (item.top, item.x0)):
        if line.column == Column.LEFT:
            left.append(line)
        elif line.column == Column.RIGHT:
            right.append(line)
        else:
            ordered += left + right
            left, right = [], []
            ordered.append(line)
    return ordered + left + right
