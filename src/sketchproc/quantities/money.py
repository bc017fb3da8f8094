"""Money amounts in German notation (and English notation where it is unambiguous).

A number counts as money only with a currency unit right before or after it
("170.320,00 €", "EUR 170.320,-", "170 T€", "0,2 Mio. €"). Bare numbers are
postal codes, phone numbers, years or page numbers far more often than amounts,
so they are read as money only through `parse_money(..., assume_currency=True)`,
when the caller knows the cell sits in a budget column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from sketchproc.quantities._text import (
    DASH,
    Mention,
    Normalised,
    ends_with,
    has_digit,
    normalise,
    per_document,
    pick_non_overlapping,
)
from sketchproc.quantities.number_words import parse_cardinal

# One number as written in a sketch. Order matters: the unambiguous English
# forms come first, the bare integer last, so the regex engine prefers the
# longest sensible reading and backtracks to shorter ones.
_NUM = r"""(?P<num>
      \d{1,3}(?:,\d{3})+\.\d{1,2}                   # English with cents: 170,320.00
    | \d{1,3}(?:,\d{3}){2,}                         # English millions: 1,234,567
    | \d{1,3}(?:\.\d{3})+(?:,(?:\d+|-{1,2}|–))?     # German: 170.320,00 / 170.320,-
    | \d{1,3}(?:[ ]\d{3})+(?:,(?:\d+|-{1,2}|–))?    # German, space groups: 170 320,00
    | \d+(?:,(?:\d+|-{1,2}|–))?                     # plain: 170320 / 0,2 / 42580,-
    | \d+\.\d{1,2}(?!\d)                            # decimal point: 1.5 (Mio.)
)"""

# Currency words. "Euro" must not run on into "Europa"/"Eurobeträge".
_CUR = r"(?:€|EURO?)(?![^\W\d_])"

# Scale words between number and currency. "T"/"k" only directly before the
# currency ("T€", "TEUR", "k€"), otherwise they would be ordinary letters.
_SCALE = r"""(?:
      [Tk](?=€|EUR)
    | Tsd\.? | Tausend
    | Mrd\.? | Milliarden? | Mio\.? | Mill\.? | Millionen | Million
)"""

_SUFFIX = re.compile(
    rf"(?<![\w.,]){_NUM}[ ]{{0,3}}(?:(?P<scale>{_SCALE})[ ]{{0,2}})?(?P<cur>{_CUR})",
    re.VERBOSE | re.IGNORECASE,
)
_PREFIX = re.compile(
    rf"""(?<![^\W\d_])(?P<pscale>[Tk])?(?P<cur>{_CUR})[ ]{{0,3}}:?[ ]{{0,3}}{_NUM}(?![\d/]|[.,]\d)
    (?:[ ]?(?P<scale>Tsd\.?|Tausend|Mrd\.?|Milliarden?|Mio\.?|Mill\.?|Millionen|Million)(?![^\W\d_]))?""",
    re.VERBOSE | re.IGNORECASE,
)
# The lower end of a range whose upper end carries the unit: "100.000 bis 200.000 €".
_RANGE_LEFT = re.compile(rf"(?<![\w.,]){_NUM}[ ]*(?P<conn>{DASH}|bis|und)[ ]*$", re.VERBOSE | re.IGNORECASE)
# Upper and lower end of a money range differ at most by this factor.
_RANGE_MAX_RATIO = 100
_BETWEEN = re.compile(r"(?<!\w)zwischen[ ]*$", re.IGNORECASE)
_YEAR_WITH_UNIT = re.compile(rf"(?:19|20)\d{{2}}[ ]*{_CUR}", re.IGNORECASE)
# A bare budget-table cell: needs decimals or thousand separators to count.
_BARE = re.compile(
    r"(?P<num>\d{1,3}(?:[. ]\d{3})+(?:,(?:\d{1,2}|-{1,2}|–))?|\d+,(?:\d{1,2}|-{1,2}|–))",
)


# German thousands with cents, the format of a budget's amounts: "118.000,00".
_CENTS = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{2}")
# … standing alone: not inside a longer number, not before a percent sign or an area.
_CENTS_IN_TEXT = re.compile(r"(?<![\d.,])(?P<num>\d{1,3}(?:\.\d{3})+,\d{2})(?![\d.,]|\s*(?:%|m²|m2\b|qm\b))")


class Qualifier(StrEnum):
    """How a word before the amount bounds it."""

    UP_TO = "up_to"
    ABOUT = "about"
    AT_LEAST = "at_least"


_QUALIFIERS: tuple[tuple[Qualifier, re.Pattern[str]], ...] = (
    (Qualifier.UP_TO, re.compile(r"(?<!\w)(?:bis(?:[ ]+zu)?|max(?:imal|\.)|höchstens)[ ]*$", re.I)),
    (Qualifier.ABOUT, re.compile(r"(?<!\w)(?:ca\.|circa|zirka|rund|etwa|ungefähr|knapp)[ ]*$", re.I)),
    (Qualifier.AT_LEAST, re.compile(r"(?<!\w)(?:mindestens|min\.|über|mehr[ ]+als)[ ]*$", re.I)),
)


class Money(Mention):
    """An amount of money in euro; `qualifier` records "bis zu", "ca." and the like."""

    eur: float
    qualifier: Qualifier | None = None


@per_document
def find_money(text: str) -> list[Money]:
    """All money amounts in `text`, in order, each with its exact source substring."""
    norm = normalise(text)
    if not has_digit(norm):
        return _word_amounts(norm)
    candidates = [*_suffix_amounts(norm), *_prefix_amounts(norm), *_word_amounts(norm)]
    if any(_CENTS.fullmatch(m.source.strip(" €EURO")) for m in candidates):
        candidates += _cents_beside(norm, candidates)
    return pick_non_overlapping(candidates, _money_priority)


def _cents_beside(norm: Normalised, marked: Sequence[Money]) -> list[Money]:
    """Bare amounts written like their marked siblings, thousands and cents ("32.000,00").

    A scan loses the "€" at a line end ("…, Sachkosten 32.000,00" under "Personalkosten
    118.000,00 €"); a number in the very format of the sentence's amounts is one of them.
    """
    taken = [(m.start, m.end) for m in marked]
    out: list[Money] = []
    for m in _CENTS_IN_TEXT.finditer(norm.text):
        money = _make(norm, m.start(), m.end(), m["num"], None)
        if money is not None and not any(start < money.end and money.start < end for start, end in taken):
            out.append(money)
    return out


def parse_money(s: str, *, assume_currency: bool = False) -> float | None:
    """The one amount in `s` (a table cell or short string), or None if none or several.

    With `assume_currency`, a bare German-formatted number with decimals or
    thousand separators ("176.000,00", "42.580,-") also counts as euro.
    """
    found = {m.eur for m in find_money(s)}
    if len(found) == 1:
        return found.pop()
    if found or not assume_currency:
        return None
    bare = _BARE.fullmatch(normalise(s).text.strip())
    if bare is None:
        return None
    value = _to_decimal(bare["num"], scaled=False)
    return None if value is None else float(value)


def _suffix_amounts(norm: Normalised) -> list[Money]:
    """Numbers followed by a (scaled) currency unit: "170.320,00 €", "170 T€", "1,5 Mio. EUR"."""
    out: list[Money] = []
    for m in _SUFFIX.finditer(norm.text):
        money = _make(norm, m.start(), m.end(), m["num"], m["scale"])
        if money is not None:
            out.append(money)
            lower = _range_lower_end(norm, m.start(), m["scale"])
            # A real range has ends of similar size; "Pos. 3 – 5.000 €" is a list number.
            if lower is not None and money.eur / _RANGE_MAX_RATIO <= lower.eur <= money.eur:
                out.append(lower)
    return out


def _prefix_amounts(norm: Normalised) -> list[Money]:
    """A currency unit followed by a number: "EUR 170.320,-", "€ 170.320", "TEUR 170"."""
    out: list[Money] = []
    for m in _PREFIX.finditer(norm.text):
        if m["pscale"] and m["scale"]:
            continue  # "T€ 1,5 Mio." scales twice: no sensible reading
        if _is_year_like(m["num"]):
            continue  # "EUR 2019 2020" is a table header with year columns, not an amount
        money = _make(norm, m.start(), m.end(), m["num"], m["pscale"] or m["scale"])
        if money is not None:
            out.append(money)
    return out


# A number written as a word before the currency: "neunzigtausend Euro", "zwei Millionen €".
_WORD_AMOUNT = re.compile(
    rf"(?<![^\W\d_])(?P<word>[^\W\d_]{{3,}})[ ]{{1,3}}"
    rf"(?:(?P<scale>Tausend|Millionen|Million|Mio\.)[ ]{{1,2}})?(?P<cur>{_CUR})",
    re.IGNORECASE,
)
_UNIT_WORDS = frozenset({"hundert", "tausend"})
_ANY_CURRENCY = re.compile(_CUR, re.IGNORECASE)
# Smaller amounts in words are phrases ("ein paar Euro", "keinen Euro"), not figures of a budget.
_MIN_WORD_AMOUNT = 100


def _word_amounts(norm: Normalised) -> list[Money]:
    """Amounts whose number is written in words: "Gesamtkosten: neunzigtausend Euro"."""
    out: list[Money] = []
    if not _ANY_CURRENCY.search(norm.text):
        return out  # most sentences: no unit, so no word before one to read
    for m in _WORD_AMOUNT.finditer(norm.text):
        value = parse_cardinal(m["word"])
        if value is None or m["word"].lower() in _UNIT_WORDS:
            continue  # "Angaben in Tausend Euro" names the unit of figures, it is none
        eur = float(value * _multiplier(m["scale"]))
        if eur >= _MIN_WORD_AMOUNT:
            source, start, end = norm.span(m.start(), m.end())
            qualifier = _qualifier(norm, m.start())
            out.append(Money(source=source, start=start, end=end, eur=eur, qualifier=qualifier))
    return out


def _range_lower_end(norm: Normalised, nstart: int, scale: str | None) -> Money | None:
    """The lower end of "100.000 – 200.000 €", which borrows the unit and scale of the upper end."""
    left = ends_with(_RANGE_LEFT, norm, nstart)
    if left is None or _is_year_like(left["num"]):
        return None  # "2019 – 200.000 €" is a year label, not a range
    if left["conn"].lower() == "und" and not ends_with(_BETWEEN, norm, left.start()):
        return None  # "und" joins a range only after "zwischen"; "2 und 200.000 €" is no range
    return _make(norm, left.start("num"), left.end("num"), left["num"], scale)


def _make(norm: Normalised, nstart: int, nend: int, num: str, scale: str | None) -> Money | None:
    """Build a Money from a normalised span, or None if the number does not read as an amount."""
    value = _to_decimal(num, scaled=scale is not None)
    if value is None:
        return None
    source, start, end = norm.span(nstart, nend)
    eur = float(value * _multiplier(scale))
    return Money(source=source, start=start, end=end, eur=eur, qualifier=_qualifier(norm, nstart))


def _to_decimal(num: str, *, scaled: bool = True) -> Decimal | None:
    """Read a German (or unambiguous English) number; None if it cannot be an amount."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", num) and (num.count(",") >= 2 or "." in num):
        return Decimal(num.replace(",", ""))  # English: 170,320.00 or 1,234,567
    if re.fullmatch(r"\d+\.\d{1,2}", num):
        return Decimal(num)  # a dot followed by one or two digits cannot be a German group
    whole, _, frac = num.partition(",")
    whole = whole.replace(".", "").replace(" ", "")
    if len(whole) > 1 and whole.startswith("0"):
        return None  # leading zero: area code or postal code ("03941", "06108"), not an amount
    if frac[:1] in ("-", "–"):
        frac = ""  # "170.320,-" means no cents
    if len(frac) > 2 and not scaled:
        return None  # "170,320 €" is German 170.32 or English 170320: ambiguous, so no reading
    try:
        return Decimal(f"{whole}.{frac or '0'}")
    except InvalidOperation:
        return None


def _multiplier(scale: str | None) -> Decimal:
    """The factor a scale word stands for ("T€" → 1000, "Mio." → 10⁶)."""
    if not scale:
        return Decimal(1)
    word = scale.lower().rstrip(".")
    if word.startswith(("mrd", "milliard")):
        return Decimal(10) ** 9
    if word.startswith(("mio", "mill")):
        return Decimal(10) ** 6
    return Decimal(1000)  # T, k, Tsd., Tausend


def _qualifier(norm: Normalised, start: int) -> Qualifier | None:
    """The bounding word right before an amount, if any ("bis zu 200.000 €" → up_to)."""
    for qualifier, pattern in _QUALIFIERS:
        if ends_with(pattern, norm, start):
            return qualifier
    return None


def _is_year_like(num: str) -> bool:
    """A bare four-digit number that reads as a year (1900–2099)."""
    return num.isdigit() and len(num) == 4 and num[:2] in ("19", "20")


def _money_priority(m: Money) -> tuple[int, ...]:
    """Prefer amounts that look like money over a bare year next to a unit, then a unit after its
    number, then the longer one.

    In "im Jahr 2019 € 170.320" both "2019 €" and "€ 170.320" match; the year loses. In prose
    the unit follows its number: "Sachausgaben von 68.000 Euro: 14.000 Euro für …" shares one
    "Euro" between "68.000 Euro" and "Euro: 14.000", and it is the first number's.
    """
    year_with_unit = _YEAR_WITH_UNIT.fullmatch(normalise(m.source).text) is not None
    unit_first = _LEADING_UNIT.match(m.source) is not None
    return (0 if year_with_unit else 1, 0 if unit_first else 1, m.end - m.start)


_LEADING_UNIT = re.compile(rf"\s*[Tk]?{_CUR}", re.IGNORECASE)


# A column or table header that counts in thousands: "T€", "TEUR", "Tsd. €", "in Tausend Euro",
# "k€". The bare figures below it ("45,00") are thousands of euro.
_THOUSANDS_HEADER = re.compile(
    rf"(?<![^\W\d_])(?:[Tk]|Tsd\.?[ ]?|Tausend[ ]){_CUR}|\bin[ ]+(?:Tsd\.|Tausend\b)", re.IGNORECASE
)


def header_scale(header: Sequence[str]) -> float:
    """The factor a table header gives its bare figures: 1000 under "T€" or "Tsd. EUR", else 1."""
    return 1000.0 if any(_THOUSANDS_HEADER.search(normalise(cell).text) for cell in header) else 1.0


# A note on the unit of a table's figures: "Alle Beträge in T€", "(Angaben in Tausend Euro)". An
# amount written in thousands ("217,5 T€") is no such note: "in" must stand before the unit.
_IN_THOUSANDS = re.compile(rf"\bin[ ]+(?:[Tk][ ]?{_CUR}|Tsd\.?[ ]?{_CUR}|Tausend[ ]{_CUR})", re.IGNORECASE)


def note_scale(note: str) -> float:
    """The factor a sentence before a table gives its bare figures: 1000 after "in T€", else 1."""
    return 1000.0 if _IN_THOUSANDS.search(normalise(note).text) else 1.0


# A rate per unit, not an amount: "(380 Euro im Monat)", "je 450 Euro", "5.600 €/Monat", "rund
# 5.200 Euro Arbeitgeberbrutto im Monat" (a word or two may name what the rate is of); "im Jahr
# 2019" names a year, not a rate.
_PER_UNIT_AFTER = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:/\s*\w|pro\s|je\s|im\s+(?:monat|jahr|quartal)\b(?!\s*\d)|monatlich|jährlich|wöchentlich)",
    re.IGNORECASE,
)
_PER_UNIT_BEFORE = re.compile(r"(?:\bje|\bà|\bá|[×x*])\s*$", re.IGNORECASE)


def per_unit(text: str, money: Money) -> bool:
    """True if the amount at `money` in `text` is a rate per month, year or piece."""
    return bool(_PER_UNIT_AFTER.match(text, money.end) or _PER_UNIT_BEFORE.search(text[: money.start]))
