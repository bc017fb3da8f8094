"""One reading of a role's amount or rate, as the money readers produce and arithmetic weighs them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sketchproc.facts.locators import Loc
from sketchproc.model import AmountFact, Evidence

__all__ = ["Candidate", "as_fact", "best", "exact_for_rounded"]


@dataclass(frozen=True)
class Candidate:
    """One reading of a role's amount (EUR) or a stated rate (0..1)."""

    role: Loc
    value: float
    evidence: Evidence
    distance: float  # characters between amount and locator word; 0 for table rows
    bounded: bool  # "bis zu 200.000 €": an upper bound, weaker than a plain amount
    # A rate read as the rest of an own-share percentage ("Eigenanteil von 20 %" → 80 %):
    # true only while nobody else pays a share, which the caller checks.
    from_own_share: bool = False
    # The percentage names the total as its base ("20 % der Gesamtausgaben"): it states an
    # amount of the total, not only a ratio.
    of_total: bool = False
    # "rund 180.000 €": a rounded figure, which the exact one of the same role replaces.
    approximate: bool = False
    # An amount of one part's table (a partner's, a sub-project's) beside tables of the other
    # parts: the project's own figure, where the text states one, comes first.
    part: bool = False
    # An amount of the annexes (a partner's letter, the list of enclosures): the sketch's own text
    # states the project's figures, an annex only where the text does not.
    annexed: bool = False


def best(candidates: Iterable[Candidate], role: Loc) -> Candidate | None:
    """The strongest candidate of a role: a plain amount before a bound, the sketch's own text
    before an annex, the project's before a part's, then the closest, then the first."""
    ranked = [c for c in candidates if c.role is role]
    return min(ranked, key=lambda c: (c.bounded, c.annexed, c.part, c.distance), default=None)


def as_fact(candidate: Candidate | None) -> AmountFact | None:
    """The candidate as an `AmountFact`, or None."""
    return None if candidate is None else AmountFact(value=candidate.value, evidence=candidate.evidence)


# A rounded figure and an exact one this close to it state the same amount.
_ROUNDING = 0.05


def exact_for_rounded(
    chosen: Mapping[Loc, Candidate | None], candidates: Sequence[Candidate]
) -> dict[Loc, Candidate | None]:
    """The chosen amounts, a rounded one ("rund 180.000 €" in the summary) replaced by the exact
    figure of its role that the budget states ("179.920,00 €")."""
    out = dict(chosen)
    for role, pick in chosen.items():
        if pick is None or not pick.approximate:
            continue
        exact = [
            c
            for c in candidates
            if c.role is role
            and not (c.approximate or c.bounded)
            and abs(c.value - pick.value) <= _ROUNDING * pick.value
        ]
        if exact:
            out[role] = min(exact, key=lambda c: abs(c.value - pick.value))
    return out
