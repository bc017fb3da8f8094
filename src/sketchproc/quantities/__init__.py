"""One shared German parser for money, dates, periods, durations and percentages.

Every `find_*` function returns frozen records in text order. Each record keeps
the exact substring it was read from (`source`) and its character offsets
(`start`, `end`) in the caller's text, so a checklist finding can quote its
evidence. Input is NFKC-normalised for matching (non-breaking and thin spaces,
ligatures), but offsets always refer to the original string.

Modules: `money`, `dates` (single dates), `periods` (ranges and month
arithmetic), `durations`, `percentages`, `postal` (a postal address, so its postcode is not
read as a number of anything); `_text` holds the shared plumbing.
"""

from __future__ import annotations

from sketchproc.quantities._text import Mention
from sketchproc.quantities.dates import (
    DateMention,
    Precision,
    Role,
    find_dates,
    last_day_of_month,
    parse_date,
)
from sketchproc.quantities.durations import Duration, find_durations, parse_duration
from sketchproc.quantities.money import (
    Money,
    Qualifier,
    find_money,
    header_scale,
    note_scale,
    parse_money,
    per_unit,
)
from sketchproc.quantities.percentages import Percentage, find_percentages, parse_percentage
from sketchproc.quantities.periods import (
    Period,
    add_months,
    find_periods,
    months_between,
    parse_period,
    runtime_start,
)
from sketchproc.quantities.postal import POSTAL_ADDRESS

__all__ = [
    "POSTAL_ADDRESS",
    "DateMention",
    "Duration",
    "Mention",
    "Money",
    "Percentage",
    "Period",
    "Precision",
    "Qualifier",
    "Role",
    "add_months",
    "find_dates",
    "find_durations",
    "find_money",
    "find_percentages",
    "find_periods",
    "header_scale",
    "last_day_of_month",
    "months_between",
    "note_scale",
    "parse_date",
    "parse_duration",
    "parse_money",
    "parse_percentage",
    "parse_period",
    "per_unit",
    "runtime_start",
]
