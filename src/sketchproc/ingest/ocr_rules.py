"""Lines to sign on in a scan: the horizontal rule Tesseract drops.

A text layer keeps the line of a signature block as typed underscores ("______"); on a
scan it is a thin dark rule, and Tesseract reads no text in it, so the block loses the
one mark that says "signed here" (place, date and the signatory's name stay). A rule is
found in the page's ink as a long horizontal run of dark pixels. Scans are slightly
skewed, so a few pixel rows are looked at together. A rule is a line to sign on when it
stands free: no text line runs through it (an underline), no vertical rule meets its ends
(the border of a table), it is no longer than a line to sign on is, and no longer rule lies
just above or below it (the rules of a table drawn without vertical borders).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["sign_lines"]

_Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels

# Pixel rows read together, so a rule skewed by a few pixels over its length stays one run.
_BAND_ROWS = 4
# A rule is at least this long (1.5 inch at 300 dpi): longer than any word's unbroken ink.
_MIN_LENGTH_INCH = 1.5
# A line to sign on is at most this long (30 typed underscores are about 2.3 inch); a table's
# rules run across the table. A table rule within this many inch above or below makes a short
# rule one of the table's.
_MAX_LENGTH_INCH = 3.5
_TABLE_REACH_INCH = 0.8
# A table's vertical border meets a rule's end within this many pixels (per 300 dpi) and
# runs on for at least this many.
_END_REACH = 8
_BORDER_LENGTH = 24
_DPI = 300


def sign_lines(ink: np.ndarray, text_boxes: Sequence[_Box], dpi: int) -> list[_Box]:
    """Boxes of the free-standing horizontal rules of a page (`ink`: True where dark)."""
    scale = dpi / _DPI
    rules = _horizontal_rules(ink, round(_MIN_LENGTH_INCH * dpi))
    longest = _MAX_LENGTH_INCH * dpi
    long = [rule for rule in rules if rule[2] - rule[0] > longest]
    return [
        rule
        for rule in rules
        if rule[2] - rule[0] <= longest
        and not any(_near(rule, other, _TABLE_REACH_INCH * dpi) for other in long)
        and not any(_crosses(rule, box) for box in text_boxes)
        and not _meets_vertical(ink, rule, round(_END_REACH * scale), round(_BORDER_LENGTH * scale))
    ]


def _near(rule: _Box, other: _Box, reach: float) -> bool:
    """True if `other` overlaps `rule` horizontally within `reach` pixels above or below."""
    return min(rule[2], other[2]) > max(rule[0], other[0]) and abs(rule[1] - other[1]) <= reach


def _horizontal_rules(ink: np.ndarray, min_length: int) -> list[_Box]:
    rows = len(ink) - _BAND_ROWS + 1
    if rows <= 0:
        return []
    band = ink[:rows].copy()
    for offset in range(1, _BAND_ROWS):
        band |= ink[offset : rows + offset]
    found: list[_Box] = []
    for y in np.nonzero(band.sum(axis=1) >= min_length)[0]:
        edges = np.diff(band[y].astype(np.int8), prepend=0, append=0)
        starts, ends = np.nonzero(edges == 1)[0], np.nonzero(edges == -1)[0]
        long = ends - starts >= min_length
        found += [
            (int(s), int(y), int(e), int(y) + _BAND_ROWS - 1)
            for s, e in zip(starts[long], ends[long], strict=True)
        ]
    merged: list[_Box] = []
    for x0, y0, x1, y1 in found:
        for index, (a0, b0, a1, b1) in enumerate(merged):
            if y0 <= b1 + 1 and min(x1, a1) > max(x0, a0):
                merged[index] = (min(a0, x0), b0, max(a1, x1), max(b1, y1))
                break
        else:
            merged.append((x0, y0, x1, y1))
    return merged


def _crosses(rule: _Box, box: _Box) -> bool:
    """True if the rule runs through a text line's box (an underline or a strike)."""
    x0, y0, x1, y1 = rule
    bx0, by0, bx1, by1 = box
    return min(x1, bx1) > max(x0, bx0) and min(y1, by1) >= max(y0, by0)


def _meets_vertical(ink: np.ndarray, rule: _Box, reach: int, length: int) -> bool:
    """True if a vertical rule starts or ends at either end of `rule` (a table's border)."""
    x0, y0, x1, y1 = rule
    height, width = ink.shape
    for x in (x0, x1):
        columns = ink[:, max(0, x - reach) : min(width, x + reach + 1)]
        above = columns[max(0, y0 - length) : y0]
        below = columns[y1 + 1 : min(height, y1 + 1 + length)]
        for part in (above, below):
            if len(part) >= length and bool(part.all(axis=0).any()):
                return True
    return False
