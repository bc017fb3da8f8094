"""Heading numbers as authors type them: "2.1", "II.", "A)", "a)", "3)".

Shared by the sections stage (splitting typed numbers off headings, deriving
levels) and by later stages that match heading titles.
"""

from __future__ import annotations

import re
from enum import StrEnum

from sketchproc.model import Record


class NumberKind(StrEnum):
    """Families of heading numbers; each family forms its own level ladder."""

    DECIMAL = "decimal"
    ROMAN = "roman"
    UPPER_ALPHA = "upper_alpha"
    LOWER_ALPHA = "lower_alpha"


class HeadingNumber(Record):
    """A parsed heading number: its family, depth and the text as displayed."""

    kind: NumberKind
    depth: int
    display: str  # without a trailing "." or ")", e.g. "2.1", "II", "a"


# Two-digit parts at most, so dates ("31.12.2020") and years ("2019 wurde")
# never look like numbering.
_DECIMAL = re.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,5})(?P<end>\.\)|\.|\))?")
_ROMAN = re.compile(r"(?P<num>[IVXL]{1,7})(?P<end>\.\)|\.|\))")
_UPPER = re.compile(r"(?P<num>[A-Z])(?P<end>\.\)|\.|\))")
_LOWER = re.compile(r"(?P<num>[a-z])(?P<end>\))")
_ROMAN_VALID = re.compile(r"^L?X{0,3}(IX|IV|V?I{0,3})$")
# After the number: a tab or spaces, then the title must start with a letter
# (or a quote), so "2019 Beginn" or "1,5 Stellen" are not numbered headings.
_TITLE_START = re.compile(r"[\s\t]+(?=[„\"'(\w])")


def parse_number(text: str) -> HeadingNumber | None:
    """Parse a number string on its own (e.g. Word's automatic "2.1." or "II.")."""
    stripped = text.strip()
    for kind, pattern in _LABELS:
        match = pattern.fullmatch(stripped)
        if match and _valid(kind, match.group("num")):
            return _build(kind, match.group("num"))
    return None


def split_number(text: str) -> tuple[HeadingNumber | None, str]:
    """Split a typed heading number off the start of a line: "2.1 Ziele" → (2.1, "Ziele")."""
    stripped = text.strip()
    for kind, pattern in _PATTERNS:
        match = pattern.match(stripped)
        if not match or not _valid(kind, match.group("num")):
            continue
        if kind is NumberKind.DECIMAL and match.group("end") is None and "." not in match.group("num"):
            # "3 Ausgangslage" is a heading number, "3 Stellen" is not: accept a
            # bare single number only before a capitalised word.
            rest = stripped[match.end() :]
            if not re.match(r"[\s\t]+[A-ZÄÖÜ]", rest):
                continue
        title_start = _TITLE_START.match(stripped, match.end())
        if title_start is None:
            continue
        return _build(kind, match.group("num")), stripped[title_start.end() :].strip()
    return None, stripped


_PATTERNS: tuple[tuple[NumberKind, re.Pattern[str]], ...] = (
    (NumberKind.DECIMAL, _DECIMAL),
    (NumberKind.ROMAN, _ROMAN),
    (NumberKind.UPPER_ALPHA, _UPPER),
    (NumberKind.LOWER_ALPHA, _LOWER),
)


# Word's list labels may lack the closing dot ("A", "iv"), may wrap the number
# in brackets ("(a)") or close it twice ("3.)").
_LABELS: tuple[tuple[NumberKind, re.Pattern[str]], ...] = (
    (NumberKind.DECIMAL, re.compile(r"\(?(?P<num>\d{1,3}(?:\.\d{1,3}){0,5})\.?\)?")),
    (NumberKind.ROMAN, re.compile(r"\(?(?P<num>[IVXL]{1,7})\.?\)?")),
    (NumberKind.ROMAN, re.compile(r"\(?(?P<num>[ivxl]{2,7})\.?\)?")),
    (NumberKind.UPPER_ALPHA, re.compile(r"\(?(?P<num>[A-Z])\.?\)?")),
    (NumberKind.LOWER_ALPHA, re.compile(r"\(?(?P<num>[a-z])\.?\)?")),
)


def as_letter(number: HeadingNumber) -> HeadingNumber | None:
    """Read a one-letter roman number ("I", "V", "X", "L") as a capital letter instead."""
    if number.kind is NumberKind.ROMAN and len(number.display) == 1 and number.display.isupper():
        return HeadingNumber(kind=NumberKind.UPPER_ALPHA, depth=1, display=number.display)
    return None


def _valid(kind: NumberKind, num: str) -> bool:
    if kind is NumberKind.ROMAN:
        return bool(_ROMAN_VALID.match(num.upper()))
    return True


def _build(kind: NumberKind, num: str) -> HeadingNumber:
    depth = num.count(".") + 1 if kind is NumberKind.DECIMAL else 1
    return HeadingNumber(kind=kind, depth=depth, display=num)
