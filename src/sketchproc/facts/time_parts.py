"""Start, end and duration as far as the text gives them, and how readings of them combine.

The time facts are read tier by tier (runtime words first, bare verbs last); each later
reading fills only what the earlier ones left open, and the duration follows from start and
end or the end from start and duration.
"""

from __future__ import annotations

from dataclasses import dataclass

from sketchproc.model import DateFact, MonthsFact
from sketchproc.quantities import add_months, months_between

__all__ = ["TimeFacts", "derived", "merged"]


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
