"""Percentages: "80 %", "80%", "80 Prozent", "80,5 %", "zu 80 v. H.", "80-prozentig", and
fractions in words: "ein Fünftel", "drei Viertel", "die Hälfte"."""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import Field

from sketchproc.quantities._text import Mention, by_length, normalise, per_document, pick_non_overlapping


class Percentage(Mention):
    """A percentage as a fraction: "80 %" is 0.8."""

    value: float = Field(ge=0, le=1)


_PERCENT = re.compile(
    r"""(?<![\w.,])(?P<num>\d{1,3}(?:,\d+|\.\d{1,2})?)[ ]?
    (?:%|Prozent(?![^\W\d_])|-?prozentig(?:e[nmrs]?)?(?![^\W\d_])
      |v\.[ ]?H\.|vH(?![^\W\d_])|vom[ ]+Hundert)""",
    re.VERBOSE | re.IGNORECASE,
)


# A fraction in words is a count before a denominator named after a number ("ein Fünftel",
# "zwei Drittel", "drei Viertel"); "die Hälfte" has a word of its own.
_NUMERATORS = {
    "ein": 1, "eine": 1, "einem": 1, "einen": 1, "eines": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
}  # fmt: skip
_DENOMINATORS = {
    "drittel": 3, "viertel": 4, "fünftel": 5, "sechstel": 6, "siebtel": 7, "achtel": 8,
    "neuntel": 9, "zehntel": 10, "zwanzigstel": 20,
}  # fmt: skip
_FRACTION = re.compile(
    rf"(?<![\w-])(?:(?P<num>{'|'.join(_NUMERATORS)})[ ]+(?P<den>{'|'.join(_DENOMINATORS)})"
    r"|(?P<half>(?:die|der|zur)[ ]+Hälfte))(?![\w-])",
    re.IGNORECASE,
)


@per_document
def find_percentages(text: str) -> list[Percentage]:
    """All percentages from 0 to 100 in `text`, in order, as fractions."""
    norm = normalise(text)
    out: list[Percentage] = []
    for m in _PERCENT.finditer(norm.text):
        value = Decimal(m["num"].replace(",", ".")) / 100
        # A funding rate or share lies in 0..1; growth figures above 100 % are not
        # what the checklist reads, and the field contract is a fraction.
        if value <= 1:
            source, start, end = norm.span(m.start(), m.end())
            out.append(Percentage(source=source, start=start, end=end, value=float(value)))
    for m in _FRACTION.finditer(norm.text):
        share = 0.5 if m["half"] else _NUMERATORS[m["num"].lower()] / _DENOMINATORS[m["den"].lower()]
        if share <= 1:
            source, start, end = norm.span(m.start(), m.end())
            out.append(Percentage(source=source, start=start, end=end, value=round(share, 4)))
    return pick_non_overlapping(out, by_length)


def parse_percentage(s: str) -> float | None:
    """The one percentage in `s` as a fraction, or None if none or several differ."""
    found = {p.value for p in find_percentages(s)}
    return found.pop() if len(found) == 1 else None
