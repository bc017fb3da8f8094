"""Periods ("01/2019 – 12/2020", "2019–2020", "01.01.2019 bis 31.12.2020") and month arithmetic.

A period runs from the first day of its start mention to the last day of its
end mention, so "01/2019 – 12/2020" is 2019-01-01 to 2020-12-31: 24 months.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

from pydantic import model_validator

from sketchproc.quantities._text import (
    CONTEXT_WINDOW,
    DASH,
    Mention,
    Normalised,
    by_length,
    has_digit,
    normalise,
    per_document,
    pick_non_overlapping,
)
from sketchproc.quantities.dates import (
    MONTH_NAME,
    DateMention,
    Precision,
    find_dates,
    last_day_of_month,
    month_number,
)


class Period(Mention):
    """A span of time; `months` counts calendar months inclusively."""

    start_date: date
    end_date: date
    months: int

    @model_validator(mode="after")
    def _dates_are_ordered(self) -> Period:
        if self.end_date < self.start_date:
            raise ValueError("end_date must not precede start_date")
        return self


# What may stand between the two ends of a range: a dash or "bis (zum)".
_CONNECTOR = re.compile(rf"[ ]*(?:{DASH}|bis(?:[ ]+(?:zum|einschließlich|einschl\.))?)[ ]*", re.IGNORECASE)
# Year ranges "2019–2020", "2019 bis 2020", "2019/2020", "2019/20".
_YEAR_RANGE = re.compile(
    rf"""(?<![\w.,/])(?P<y1>(?:19|20|21)\d{{2}})
        [ ]*(?:{DASH}|bis|/)[ ]*
        (?P<y2>(?:19|20|21)\d{{2}}|\d{{2}})(?!\w|[.,/]\d|{DASH}\d)""",
    re.VERBOSE | re.IGNORECASE,
)


@per_document
def find_periods(text: str) -> list[Period]:
    """All periods in `text`, in order: two dates joined by a dash or "bis", or a year range."""
    norm = normalise(text)
    if not has_digit(norm):
        return []  # a period needs a date or a year, each written with digits
    dates = find_dates(text)
    # "Winter 2019/2020" is one season, not the years 2019 and 2020.
    seasons = [d for d in dates if d.precision is Precision.SEASON]
    years = [p for p in _year_ranges(norm) if not any(p.start < d.end and d.start < p.end for d in seasons)]
    shared = _shared_year_months(norm, dates)
    return pick_non_overlapping([*_date_pairs(norm, dates), *years, *shared], by_length)


def parse_period(s: str) -> Period | None:
    """The one period in `s`, or None if there is none or more than one."""
    found = find_periods(s)
    return found[0] if len(found) == 1 else None


def months_between(start: date, end: date) -> int:
    """Calendar months from `start` to `end`, both counted: 2019-01-01 → 2020-12-31 is 24.

    Raises:
        ValueError: if `end` is before `start`.
    """
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    return (end.year - start.year) * 12 + end.month - start.month + 1


def add_months(start: date, months: int) -> date:
    """The last day of a runtime of `months` months from `start`: 2019-01-01 + 24 → 2020-12-31.

    The end is start + n months − 1 day. If the shifted day does not exist
    (31 January + 1 month), the runtime ends on the last day of that month.

    Raises:
        ValueError: if `months` is less than 1.
    """
    if months < 1:
        raise ValueError(f"a runtime needs at least one month, got {months}")
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if start.day > last_day_of_month(year, month).day:
        return last_day_of_month(year, month)
    return date(year, month, start.day) - timedelta(days=1)


def runtime_start(end: date, months: int) -> date:
    """The first day of a runtime of `months` months that ends in `end`'s month, the inverse of
    `add_months` for runtimes from a month's first day: 2020-12-31, 24 → 2019-01-01."""
    index = end.year * 12 + end.month - 1 - (months - 1)
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def _date_pairs(norm: Normalised, dates: list[DateMention]) -> list[Period]:
    """Consecutive date mentions joined only by a connector: "01/2019 – 12/2020"."""
    out: list[Period] = []
    for first, second in itertools.pairwise(dates):
        between = normalise(norm.original[first.end : second.start]).text
        if _CONNECTOR.fullmatch(between) and first.first_day <= second.date:
            out.append(_period(norm.original, first.start, second.end, first.first_day, second.date))
    return out


# A month name without a year right before a connector: "Juli bis September 2019".
_YEARLESS_MONTH = re.compile(rf"(?<![^\W\d_]){MONTH_NAME}$", re.VERBOSE | re.IGNORECASE)


# A month number without a year before a connector and a numeric month: "04–06/2019".
_YEARLESS_MONTH_NUMBER = re.compile(r"(?<![\w.,/])(?P<num>0?[1-9]|1[0-2])[ ]*$")


def _shared_year_months(norm: Normalised, dates: list[DateMention]) -> list[Period]:
    """Month ranges whose first month borrows the year of the second: "März bis Juni 2020",
    "04–06/2019" (a number, only before a month written as a number).

    The first month lies in the same year, so it must not come after the second; otherwise
    ("November bis Februar 2020") the range is not read.
    """
    out: list[Period] = []
    for second in dates:
        if second.precision is not Precision.MONTH:
            continue
        window = max(0, second.start - CONTEXT_WINDOW)
        before = norm.original[window : second.start]
        connector = _CONNECTOR_BEFORE.search(before)
        if connector is None:
            continue
        month = _YEARLESS_MONTH.search(before[: connector.start()])
        number = _YEARLESS_MONTH_NUMBER.search(before[: connector.start()])
        if month is not None:
            first_month = month_number(month["mon"])
        elif number is not None and norm.original[second.start].isdigit():
            first_month, month = int(number["num"]), number
        else:
            continue
        first = date(second.date.year, first_month, 1)
        if first <= second.first_day:
            out.append(_period(norm.original, window + month.start(), second.end, first, second.date))
    return out


_CONNECTOR_BEFORE = re.compile(rf"{_CONNECTOR.pattern}$", re.IGNORECASE)


def _year_ranges(norm: Normalised) -> list[Period]:
    """Whole-year ranges: "2019–2020" is 2019-01-01 to 2020-12-31."""
    out: list[Period] = []
    for m in _YEAR_RANGE.finditer(norm.text):
        y1 = int(m["y1"])
        y2 = int(m["y2"]) if len(m["y2"]) == 4 else y1 // 100 * 100 + int(m["y2"])
        if y1 <= y2:
            _, start, end = norm.span(m.start(), m.end())
            out.append(_period(norm.original, start, end, date(y1, 1, 1), date(y2, 12, 31)))
    return out


def _period(original: str, start: int, end: int, first: date, last: date) -> Period:
    """Build a Period over original[start:end]."""
    return Period(
        source=original[start:end],
        start=start,
        end=end,
        start_date=first,
        end_date=last,
        months=months_between(first, last),
    )
