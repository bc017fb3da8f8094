"""Single date mentions: exact days, months, quarters, half-years, seasons and fuzzy year points.

Every mention carries `date` (the last day of the period it names, which is
what a deadline check needs) and `first_day` (what a project start needs).
"Ende 2020" or "Mitte 2020" name a point, so both are the same day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator
from datetime import date
from enum import StrEnum

from sketchproc.quantities._text import (
    DASH,
    Mention,
    Normalised,
    by_length,
    ends_with,
    has_digit,
    normalise,
    per_document,
    pick_non_overlapping,
)


class Precision(StrEnum):
    """How exactly the text names the date."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    YEAR = "year"


class Role(StrEnum):
    """What a word right before the date says it is."""

    START = "start"
    END = "end"


class DateMention(Mention):
    """A date in the text: `date` is the end of the named period, `first_day` its start."""

    # `dt.date`: the field named `date` would otherwise shadow the type for mypy.
    date: dt.date
    first_day: dt.date
    precision: Precision
    role_hint: Role | None = None


# German month names and the abbreviations sketches use; `_month_number` maps them.
_MONTH = r"""(?P<mon>Januar|Jänner|Jaenner|Jan|Jän|Februar|Febr|Feb|März|Maerz|Marz|Mrz|Mär
    |April|Apr|Mai|Juni|Jun|Juli|Jul|August|Aug|September|Sept|Sep|Oktober|Okt
    |November|Nov|Dezember|Dez)\.?(?![^\W\d_])"""
# The month-name pattern for the periods module ("Juli bis September 2019").
MONTH_NAME = _MONTH
_MONTH_PREFIXES = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez")

# No digit, separator or letter glued to the front of a numeric date.
_NB = r"(?<![\w.,/])"
# ... nor a digit, or separator plus digit, glued to its end. A dash may follow:
# "01/2019-12/2020" is a range, and no numeric format here ends where ISO starts.
_NA = r"(?!\d|[.,/]\d)"
_YEAR4 = r"(?P<y>(?:19|20|21)\d{2})"
_ORDINAL = r"erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?"
_IN_YEAR = r"(?:(?:des[ ]+Jahres|im[ ]+Jahr(?:e)?)[ ]+)?"

_FLAGS = re.VERBOSE | re.IGNORECASE
_ISO = re.compile(rf"{_NB}{_YEAR4}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_NA}", _FLAGS)
_DMY = re.compile(rf"{_NB}(?P<d>\d{{1,2}})\.[ ]?(?P<m>\d{{1,2}})\.[ ]?(?P<y>\d{{4}}|\d{{2}}){_NA}", _FLAGS)
_D_MONTH_Y = re.compile(rf"{_NB}(?P<d>\d{{1,2}})\.?[ ]*{_MONTH}[ ]*{_YEAR4}{_NA}", _FLAGS)
_MONTH_Y = re.compile(rf"(?<![^\W\d_])(?:(?P<fz>Anfang|Mitte|Ende)[ ]+)?{_MONTH}[ ]*{_YEAR4}{_NA}", _FLAGS)
_M_Y = re.compile(rf"{_NB}(?P<m>\d{{1,2}})(?:[ ]?/[ ]?|\.){_YEAR4}{_NA}", _FLAGS)
_QUARTER = re.compile(
    rf"""(?<![\w.])(?:(?P<q>IV|I{{1,3}}|[1-4])\.?|(?P<qw>{_ORDINAL}))[ ]*(?:Quartals?|Qu\.|Qrt\.)
        [ ]+{_IN_YEAR}{_YEAR4}{_NA}
    | (?<![^\W\d_])Q(?P<q2>[1-4])[ ]*(?:/|{DASH})?[ ]*
        (?:(?P<y2>(?:19|20|21)\d{{2}})|(?<=/)(?P<yy>\d{{2}})){_NA}
    | (?<![^\W\d_])Quartal[ ]+(?P<q3>[1-4])[ ]*/[ ]*(?P<y3>(?:19|20|21)\d{{2}}){_NA}
    | (?<![\w./])(?-i:(?P<q4>IV|I{{1,3}}))[ ]*/[ ]*(?P<y4>(?:19|20|21)\d{{2}}){_NA}""",
    _FLAGS,
)
_HALF = re.compile(
    rf"""(?<![\w.])(?:(?P<h>I{{1,2}}|[12])\.?|(?P<hw>erste[nrs]?|zweite[nrs]?))[ ]*
        (?:Halbjahr(?:es)?|Halbj\.?|Hj\.?)[ ]+{_IN_YEAR}{_YEAR4}{_NA}
    | (?<![^\W\d_])H(?P<h2>[12])[ ]*(?:/|{DASH})?[ ]*(?P<y2>(?:19|20|21)\d{{2}}){_NA}""",
    _FLAGS,
)
_FUZZY_YEAR = re.compile(
    rf"""(?<![^\W\d_])(?P<fz>Anfang|Beginn|Mitte|Ende|Jahresanfang|Jahresbeginn|Jahresmitte|Jahresende)
        [ ]+(?:(?:des[ ]+Jahres|d\.[ ]?J\.)[ ]+)?{_YEAR4}{_NA}""",
    _FLAGS,
)
# Seasons: "Frühjahr 2019", "im Herbst des Jahres 2019", "Winter 2019/2020", "Winter 2019/20".
_SEASON = re.compile(
    rf"""(?<![^\W\d_])(?P<season>Frühjahr|Frühling|Sommer|Herbst|Winter)(?:e?s)?
        [ ]+(?:(?:des[ ]+Jahres|d\.[ ]?J\.)[ ]+)?{_YEAR4}
        (?:[ ]*/[ ]*(?:(?:19|20|21)\d{{2}}|\d{{2}}))?{_NA}""",
    _FLAGS,
)
# A season stands for the month it opens (a common convention of German plans): spring for
# March, summer for June, autumn for September, winter for December (of the first year).
_SEASON_MONTH = {"frühjahr": 3, "frühling": 3, "sommer": 6, "herbst": 9, "winter": 12}
_BARE_YEAR = re.compile(rf"(?<![\w.,/]){_YEAR4}(?!\w|[.,/]\d|[ ]*{DASH}[ ]*\d)", _FLAGS)

# Words right before a date that say whether it starts or ends something.
# Filler words ("am", "zum", "mit dem", "des Projekts") may stand between word and date.
_FILLER = (
    r"(?:[ ]*[:=]?[ ]*(?:dem|den|der|das|zum|zur|am|im|in|mit|des|ist|voraussichtlich|geplant|ca\."
    r"|Projekts?|Projektes|Vorhabens|Förderung))*[ ]*[:=]?[ ]*$"
)
_START_WORDS = re.compile(
    rf"(?<!\w)(?:Projektbeginn|Projektstart|Laufzeitbeginn|Förderbeginn|Maßnahmenbeginn|Vorhabensbeginn"
    rf"|Beginn|beginnt|beginnend|Start|startet|ab|vom|von|seit){_FILLER}",
    re.IGNORECASE,
)
_END_WORDS = re.compile(
    rf"(?<!\w)(?:Projektende|Laufzeitende|Förderende|Projektabschluss|Abschluss|Ende|endet|endend"
    rf"|bis|spätestens|Fertigstellung){_FILLER}",
    re.IGNORECASE,
)


@per_document
def find_dates(text: str) -> list[DateMention]:
    """All date mentions in `text`, in order; of overlapping readings the longest wins."""
    norm = normalise(text)
    if not has_digit(norm):
        return []  # every scanner's pattern needs a digit
    candidates = [mention for scanner in _SCANNERS for mention in scanner(norm)]
    return pick_non_overlapping(candidates, by_length)


def parse_date(s: str) -> date | None:
    """The one date in `s` (end of its period), or None if none or several differ."""
    found = {m.date for m in find_dates(s)}
    return found.pop() if len(found) == 1 else None


def role_before(norm: Normalised, start: int) -> Role | None:
    """START or END if a word just before `start` says so ("Projektbeginn:", "bis zum")."""
    if ends_with(_START_WORDS, norm, start):
        return Role.START
    if ends_with(_END_WORDS, norm, start):
        return Role.END
    return None


def last_day_of_month(year: int, month: int) -> date:
    """The last calendar day of `month` in `year`."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _iso_dates(norm: Normalised) -> Iterator[DateMention]:
    """ISO dates: "2020-12-31"."""
    for m in _ISO.finditer(norm.text):
        yield from _day(norm, m, int(m["y"]), int(m["m"]), int(m["d"]))


# A preposition of time right before a number: what follows is a date, not a section number.
_DATE_PREPOSITION = re.compile(r"\b(?:am|ab|vom|zum|bis|dem|den)\s+$", re.IGNORECASE)


def _numeric_dates(norm: Normalised) -> Iterator[DateMention]:
    """German numeric dates: "31.12.2020", "1.1.2019", "31.12.20"."""
    for m in _DMY.finditer(norm.text):
        short = len(m["y"]) == 2 and (len(m["d"]) != 2 or len(m["m"]) != 2)
        if short and not _DATE_PREPOSITION.search(norm.text, max(0, m.start() - 12), m.start()):
            continue  # "2.1.10" is a section number far more often than a date; "ab dem 1.4.19" is one
        yield from _day(norm, m, _full_year(m["y"]), int(m["m"]), int(m["d"]))


def _day_ordinals() -> dict[str, int]:
    """The days of a month as ordinal words: "ersten" 1 … "einunddreißigsten" 31."""
    units = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
    first = ["erste", "zweite", "dritte", "vierte", "fünfte", "sechste", "siebte", "achte", "neunte"]
    teens = ["zehnte", "elfte", "zwölfte", *(f"{u}zehnte" for u in ("drei", "vier", "fünf", "sech", "sieb"))]
    teens += ["achtzehnte", "neunzehnte"]
    words = {w: i for i, w in enumerate([*first, *teens], start=1)}
    words["siebente"] = 7
    for tens, base in (("zwanzigste", 20), ("dreißigste", 30)):
        words[tens] = base
        for i, unit in enumerate(units[: 9 if base == 20 else 1], start=1):
            words[f"{unit}und{tens}"] = base + i
    return words


_DAY_WORDS = _day_ordinals()
_DAY_WORD = "|".join(sorted(_DAY_WORDS, key=len, reverse=True))  # longest first: "einundzwanzigste"
# "ab dem ersten März 2019", "zum einunddreißigsten Dezember 2020".
_WORD_DAY_MONTH_Y = re.compile(
    rf"(?<![^\W\d_])(?P<dw>{_DAY_WORD})[nrs]?[ ]+{_MONTH}[ ]*{_YEAR4}{_NA}", _FLAGS
)


def _named_month_days(norm: Normalised) -> Iterator[DateMention]:
    """Days with a month name: "1. Januar 2019", "15. Dez. 2020", "ersten März 2019"."""
    for m in _D_MONTH_Y.finditer(norm.text):
        yield from _day(norm, m, int(m["y"]), month_number(m["mon"]), int(m["d"]))
    for m in _WORD_DAY_MONTH_Y.finditer(norm.text):
        yield from _day(norm, m, int(m["y"]), month_number(m["mon"]), _DAY_WORDS[m["dw"].lower()])


def _named_months(norm: Normalised) -> Iterator[DateMention]:
    """Months by name: "Januar 2019", "Dez. 2020", "Ende Dezember 2020"."""
    for m in _MONTH_Y.finditer(norm.text):
        year, month = int(m["y"]), month_number(m["mon"])
        first, last = date(year, month, 1), last_day_of_month(year, month)
        fuzzy = (m["fz"] or "").lower()
        # "Anfang/Mitte/Ende <Monat>" names a point, not the whole month.
        point = {"anfang": first, "mitte": date(year, month, 15), "ende": last}.get(fuzzy)
        yield _mention(norm, m, point or last, point or first, Precision.MONTH)


def _numeric_months(norm: Normalised) -> Iterator[DateMention]:
    """Numeric months: "12/2020", "01/2019", "12.2020"."""
    for m in _M_Y.finditer(norm.text):
        month, year = int(m["m"]), int(m["y"])
        if 1 <= month <= 12:
            yield _mention(norm, m, last_day_of_month(year, month), date(year, month, 1), Precision.MONTH)


def _quarters(norm: Normalised) -> Iterator[DateMention]:
    """Quarters: "IV. Quartal 2020", "4. Quartal 2020", "Q4/2020", "Q4 2020", "Quartal 4/2020",
    "IV/2020" (a Roman numeral before the year is a quarter; months are written in digits)."""
    for m in _QUARTER.finditer(norm.text):
        quarter = _ordinal(m["q"] or m["q2"] or m["q3"] or m["q4"] or m["qw"])
        year = int(m["y"] or m["y2"] or m["y3"] or m["y4"]) if not m["yy"] else _full_year(m["yy"])
        first = date(year, 3 * quarter - 2, 1)
        yield _mention(norm, m, last_day_of_month(year, 3 * quarter), first, Precision.QUARTER)


def _halves(norm: Normalised) -> Iterator[DateMention]:
    """Half-years: "1. Halbjahr 2020", "2. Hj. 2020", "H2/2020", "zweites Halbjahr 2020"."""
    for m in _HALF.finditer(norm.text):
        half = _ordinal(m["h"] or m["h2"] or m["hw"])
        if half > 2:
            continue
        year = int(m["y"] or m["y2"])
        first = date(year, 6 * half - 5, 1)
        yield _mention(norm, m, last_day_of_month(year, 6 * half), first, Precision.HALF)


def _fuzzy_years(norm: Normalised) -> Iterator[DateMention]:
    """Points in a year: "Anfang 2019" → 1 Jan, "Mitte 2020" → 30 Jun, "Ende 2020" → 31 Dec."""
    for m in _FUZZY_YEAR.finditer(norm.text):
        year, word = int(m["y"]), m["fz"].lower().removeprefix("jahres")
        point = {"anfang": date(year, 1, 1), "beginn": date(year, 1, 1), "mitte": date(year, 6, 30)}
        day = point.get(word, date(year, 12, 31))
        yield _mention(norm, m, day, day, Precision.YEAR)


def _seasons(norm: Normalised) -> Iterator[DateMention]:
    """Seasons as the month they open: "Frühjahr 2019" → March 2019, "Winter 2019/2020" → December 2019."""
    for m in _SEASON.finditer(norm.text):
        year, month = int(m["y"]), _SEASON_MONTH[m["season"].lower()]
        yield _mention(norm, m, last_day_of_month(year, month), date(year, month, 1), Precision.SEASON)


def _bare_years(norm: Normalised) -> Iterator[DateMention]:
    """A bare year, but only after a start or end word ("ab 2019", "bis 2020").

    Without such a word a four-digit number is too often a count, an amount or
    a programme name ("Digitale Agenda 2017") to be a date.
    """
    for m in _BARE_YEAR.finditer(norm.text):
        if role_before(norm, m.start()) is not None:
            year = int(m["y"])
            yield _mention(norm, m, date(year, 12, 31), date(year, 1, 1), Precision.YEAR)


_SCANNERS: tuple[Callable[[Normalised], Iterator[DateMention]], ...] = (
    _iso_dates,
    _numeric_dates,
    _named_month_days,
    _named_months,
    _numeric_months,
    _quarters,
    _halves,
    _seasons,
    _fuzzy_years,
    _bare_years,
)


def _day(norm: Normalised, m: re.Match[str], year: int, month: int, day: int) -> Iterator[DateMention]:
    """Yield a day-precision mention if the day exists in the calendar."""
    if 1900 <= year <= 2199 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        when = date(year, month, day)
        yield _mention(norm, m, when, when, Precision.DAY)


def _mention(norm: Normalised, m: re.Match[str], end: date, first: date, precision: Precision) -> DateMention:
    """Build the record for a regex match, with the role word before it."""
    source, start, stop = norm.span(m.start(), m.end())
    return DateMention(
        source=source,
        start=start,
        end=stop,
        date=end,
        first_day=first,
        precision=precision,
        role_hint=role_before(norm, m.start()),
    )


def month_number(name: str) -> int:
    """1–12 for a German month name or abbreviation ("Dez." → 12, "Maerz" → 3)."""
    key = name.lower().rstrip(".").replace("ä", "a").replace("ae", "a")
    key = "mar" if key.startswith("mrz") else key
    return _MONTH_PREFIXES.index(key[:3]) + 1


def _ordinal(token: str) -> int:
    """1–4 from "IV", "4", "viertes" and the like."""
    token = token.lower()
    roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
    if token in roman:
        return roman[token]
    if token.isdigit():
        return int(token)
    return ("erst", "zweit", "dritt", "viert").index(token[:5].rstrip("eno")) + 1


def _full_year(digits: str) -> int:
    """Four-digit year; a two-digit year is taken as 20yy up to 69, else 19yy."""
    year = int(digits)
    if len(digits) == 2:
        return 2000 + year if year <= 69 else 1900 + year
    return year
