"""A cost type that opens a list of amounts: the list's sum is the type's amount.

"Hinzu kommen die Sachausgaben: 14.400 Euro für die Miete, 22.000 Euro für Umfragen, … sowie
5.000 Euro für Fahrten." The word before the colon names every amount of the list, not only
the first one beside it; the writer left the adding up to the reader. Where the word follows
an amount of its own ("23.400 Euro auf Sachausgaben: 6.500 Euro für …"), or the first amount
of the list is the others together ("Sachkosten: 67.000 € (Büro 9.000 €, …)"), that amount is
the type's, and the rest only breaks it down.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from sketchproc.facts.candidate import Candidate
from sketchproc.facts.locators import Loc
from sketchproc.quantities import Money

__all__ = ["LocatorHit", "summed_cost_lists"]

_COST_TYPES = (Loc.PERSONNEL, Loc.MATERIAL)
# The rest of the locator's word and the colon that opens the list.
_OPENS_LIST = re.compile(r"\w*\s*:(?!\d)")
# A list has at least two members.
_MIN_MEMBERS = 2


def _first_sums_the_rest(amounts: Sequence[float]) -> bool:
    """True if the first amount equals the others together (to the euro)."""
    return abs(amounts[0] - sum(amounts[1:])) < 1.0


class LocatorHit(Protocol):
    """Where a locator word stands and whether it names the amount before it."""

    @property
    def role(self) -> Loc: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def backward(self) -> bool: ...


def summed_cost_lists(
    text: str, moneys: Sequence[Money], found: Sequence[Candidate], hits: Sequence[LocatorHit]
) -> list[Candidate]:
    """`found` (one candidate per mention of `moneys`) with each listed cost type's sum added, and
    the list's members, which the type's word reached one by one, made cost items."""
    out = list(found)
    for hit in hits:
        colon = _OPENS_LIST.match(text, hit.end)
        if hit.role not in _COST_TYPES or hit.backward or colon is None:
            continue
        # The list ends where a semicolon closes it or another role's word begins.
        end = min([h.start for h in hits if h.start >= colon.end()] + [len(text)])
        semicolon = text.find(";", colon.end(), end)
        end = end if semicolon < 0 else semicolon
        members = [i for i, money in enumerate(moneys) if colon.end() <= money.start and money.end <= end]
        if len(members) < _MIN_MEMBERS or _first_sums_the_rest([moneys[i].eur for i in members]):
            continue  # "Sachkosten: 67.000 € (Büro 9.000 €, …)": the first is the type's, the rest its parts
        for i in members:
            if out[i].role is hit.role:
                out[i] = replace(out[i], role=Loc.ITEM)
        total = sum(moneys[i].eur for i in members)
        out.append(Candidate(hit.role, total, found[members[0]].evidence, 0.0, bounded=False))
    return out
