"""Start, end and duration as far as the text gives them, and how readings of them combine.

The time facts are read tier by tier (runtime words first, bare verbs last); each later
reading fills only what the earlier ones left open, and the duration follows from start and
end or the end from start and duration.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sketchproc.model import DateFact, MonthsFact
from sketchproc.passages import Passage
from sketchproc.quantities import add_months, find_dates, months_between, runtime_start

__all__ = ["TimeFacts", "derived", "merged", "start_agreeing"]


@dataclass(frozen=True)
class TimeFacts:
    """Start, end and duration as far as the text gives them."""

    start: DateFact | None = None
    end: DateFact | None = None
    duration: MonthsFact | None = None


def merged(first: TimeFacts, second: TimeFacts) -> TimeFacts:
    """`first`, its gaps filled from `second`; a lone date of `first` gives way to one period of
    `second` around it (a step's "bis zum 30. September 2020" inside "vom 1. April 2019 bis …")."""
    one, other = (first.start, first.end) if first.start else (first.end, first.start)
    start, end = second.start, second.end
    around = (
        start and end and start.evidence == end.evidence and start.value <= (one or start).value <= end.value
    )
    if one and not other and around:
        return TimeFacts(start, end, first.duration or second.duration)
    return TimeFacts(first.start or second.start, first.end or second.end, first.duration or second.duration)


def derived(found: TimeFacts) -> TimeFacts:
    """Fill a missing duration from start and end, or a missing end from start and duration."""
    start, end, duration = found.start, found.end, found.duration
    if start and end and duration is None and end.value >= start.value:
        ev = start.evidence
        duration = MonthsFact(value=months_between(start.value, end.value), evidence=ev)
    if start and duration and end is None:
        ev = start.evidence
        end = DateFact(value=add_months(start.value, duration.value), evidence=ev)
    return TimeFacts(start, end, duration)


def start_agreeing(found: TimeFacts, texts: Iterable[Passage], max_quote_chars: int) -> TimeFacts:
    """The start that end and duration imply, where the start read first disagrees with them
    and the sketch writes that date too.

    "Beide Stellen werden im Februar 2019 ausgeschrieben, damit sie zum Projektbeginn besetzt
    sind" names the project's start beside another event's month; "… planen mit dem 1. April
    2019 als Beginn. Das Vorhaben endet am 31. Dezember 2020; … 21 Monate" is the arithmetic's
    start, and the sketch states it.
    """
    start, end, duration = found.start, found.end, found.duration
    if start is None or end is None or duration is None or end.value < start.value:
        return found
    if months_between(start.value, end.value) == duration.value or duration.value < 1:
        return found
    implied = runtime_start(end.value, duration.value)
    for passage in texts:
        for mention in find_dates(passage.text):
            if mention.first_day == implied and mention.date != end.value:
                evidence = passage.evidence(max_quote_chars, mention.start)
                return TimeFacts(DateFact(value=implied, evidence=evidence), end, duration)
    return found
