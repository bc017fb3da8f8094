"""Durations in months: "24 Monate", "24-monatig", "zwei Jahre", "eineinhalb Jahre"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from sketchproc.quantities._text import Mention, Normalised, by_length, normalise, pick_non_overlapping
from sketchproc.quantities.number_words import TEENS, TENS, UNITS, ascii_spelling


class Duration(Mention):
    """A runtime or duration, converted to whole months."""

    months: int


def _number_words() -> dict[str, int]:
    """German number words 1–69 as they appear before "Monate"/"Jahre", with ASCII spellings."""
    words = {"ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "eines": 1, **UNITS, **TEENS}
    tens = {ten: value for ten, value in TENS.items() if value <= _LARGEST_TEN}
    words |= tens
    for unit, u in UNITS.items():
        for ten, t in tens.items():
            words[f"{unit}und{ten}"] = u + t
    # Sketches typed without umlauts or ß: "fuenf", "zwoelf", "dreissig".
    return words | {ascii_spelling(word): n for word, n in words.items()}


# A runtime in words is at most "neunundsechzig Monate" long.
_LARGEST_TEN = 60
_WORDS = _number_words()
# Longest first, so "vierundzwanzig" wins over "vier".
_WORD_ALT = "|".join(sorted(_WORDS, key=len, reverse=True))
_NUMBER = rf"""(?:
      (?P<digits>\d{{1,3}}(?:[.,]\d{{1,2}})?)
    | (?P<word>{_WORD_ALT})(?P<half>einhalb)?
    | (?P<anderthalb>anderthalb)
)"""
# An inflected adjective may stand between count and unit ("zwei volle Jahre", "24 ganze Monate");
# "weitere" counts time beyond something else, never the runtime itself.
_ATTRIBUTE = r"(?:[ ]+(?-i:(?!weiter)[a-zäöüß]{3,}en?)(?=[ ]))?"
_NOUN = re.compile(
    rf"(?<![\w.,]){_NUMBER}{_ATTRIBUTE}[ ]*(?P<unit>Monat(?:e|en|s)?|Mon\.|Jahr(?:e|en|es)?)(?![^\W\d_])",
    re.VERBOSE | re.IGNORECASE,
)
_ADJECTIVE = re.compile(
    rf"(?<![\w.,]){_NUMBER}[ ]?-?[ ]?(?P<unit>monatig|jährig|jaehrig)(?:e[nmrs]?)?(?![^\W\d_])",
    re.VERBOSE | re.IGNORECASE,
)
_HALF_YEAR = re.compile(r"(?<![^\W\d_])(?:ein|eines)[ ]+halben?s?[ ]+Jahr(?:es)?(?![^\W\d_])", re.IGNORECASE)


def find_durations(text: str) -> list[Duration]:
    """All durations in `text`, in order, converted to whole months."""
    norm = normalise(text)
    candidates = [*_counted(norm, _NOUN), *_counted(norm, _ADJECTIVE), *_half_years(norm)]
    return pick_non_overlapping(candidates, by_length)


def parse_duration(s: str) -> int | None:
    """Months of the one duration in `s`, or None if none or several differ."""
    found = {d.months for d in find_durations(s)}
    return found.pop() if len(found) == 1 else None


def _counted(norm: Normalised, pattern: re.Pattern[str]) -> Iterator[Duration]:
    """A number with a month or year unit; non-whole months ("1,5 Monate") are skipped."""
    for m in pattern.finditer(norm.text):
        count = _count(m)
        per_unit = 12 if m["unit"].lower().startswith("j") else 1
        months = count * per_unit
        if months > 0 and months == months.to_integral_value():
            source, start, end = norm.span(m.start(), m.end())
            yield Duration(source=source, start=start, end=end, months=int(months))


def _half_years(norm: Normalised) -> Iterator[Duration]:
    """Half years: "ein halbes Jahr" is six months."""
    for m in _HALF_YEAR.finditer(norm.text):
        source, start, end = norm.span(m.start(), m.end())
        yield Duration(source=source, start=start, end=end, months=6)


def _count(m: re.Match[str]) -> Decimal:
    """The number of a match: digits ("1,5"), a word ("vierundzwanzig") or "-einhalb" forms."""
    if m["digits"]:
        return Decimal(m["digits"].replace(",", "."))
    if m["anderthalb"]:
        return Decimal("1.5")
    whole = Decimal(_WORDS[m["word"].lower()])
    return whole + Decimal("0.5") if m["half"] else whole
