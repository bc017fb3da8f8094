"""Itemised prose budgets: cost items stated one per sentence or list item, added up to the total.

"Für die Stelle der Koordinatorin veranschlagen wir 107.800 Euro … 9.900 Euro entfallen auf
Miete … Zusammen sind das 160.000 Euro." names no cost type; the items that add up to the
stated total are the breakdown, personnel where an item names staff, else material.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.facts.candidate import Candidate
from sketchproc.facts.cost_lists import LocatorHit
from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.money import locator_hits
from sketchproc.facts.scope import Located, passages
from sketchproc.facts.settings import FactSettings
from sketchproc.facts.staff import names_bought_service, names_staff
from sketchproc.model import BlockKind, Evidence
from sketchproc.passages import PassageKind
from sketchproc.quantities import Money, find_money, per_unit
from sketchproc.sentences import clause_span

__all__ = ["itemised_costs"]

# The words that end a list of cost items: financing and total statements.
_NOT_ITEM_ROLES = (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY, Loc.TOTAL, Loc.RATE)


def itemised_costs(
    located: Sequence[Located], loc: Locators, settings: FactSettings, total: float
) -> dict[Loc, Candidate]:
    """Personnel and material costs of a budget itemised in prose, when its items add up to `total`.

    "Für die Stelle der Koordinatorin veranschlagen wir 107.800 Euro … 9.900 Euro entfallen auf
    Miete … Zusammen sind das 160.000 Euro.": each sentence or list item states one cost item
    (a list item "Label: amount" states its last amount), personnel when it names staff or
    personnel, else material. A run of consecutive items (a financing or total statement ends
    it) whose amounts add up to the total is the breakdown; the two sums are cited by the first
    item of each kind. Nothing is returned unless the arithmetic agrees and both kinds occur.
    """
    runs: list[list[tuple[Loc, float, Evidence]]] = [[]]
    for passage in passages(b for b in located if b.block.kind is not BlockKind.TABLE):
        amounts = [m for m in find_money(passage.text) if not per_unit(passage.text, m)]
        hits = locator_hits(passage.text, _NOT_ITEM_ROLES, loc)
        if hits and not _sums_one_item(hits, amounts, total):
            runs.append([])
            continue
        if not amounts:
            continue
        # A sentence may join items ("… machen 4.300 Euro aus, und 2.000 Euro bleiben für …"):
        # each is of the kind its own clause names.
        for money in amounts if passage.kind is PassageKind.SENTENCE else amounts[-1:]:
            text = passage.text if len(amounts) == 1 else _clause_of(passage.text, money)
            evidence = passage.evidence(settings.max_quote_chars, money.start)
            runs[-1].append((_cost_kind(text, loc), money.eur, evidence))
    for run in runs:
        found = _adding_up(run, total, settings)
        if found is not None:
            return found
    return {}


def _sums_one_item(hits: Sequence[LocatorHit], amounts: Sequence[Money], total: float) -> bool:
    """True if a sentence whose only role word is a total's sums up one item far below the total:
    "Miete 250 Euro im Monat, das macht zusammen sechstausend Euro" is an item, not the end of the
    list."""
    return (
        bool(amounts)
        and all(hit.role is Loc.TOTAL for hit in hits)
        and all(money.eur < total * _ITEM_SHARE for money in amounts)
    )


# An amount below this share of the total is no total.
_ITEM_SHARE = 0.5
# Clauses of a sentence joining items; a colon or comma between digits belongs to a number.
_CLAUSE_BREAK = re.compile(r"[,;:](?!\d)|\s(?:und|sowie)\s")


def _clause_of(text: str, money: Money) -> str:
    """The clause of a sentence that holds the amount."""
    start, end = clause_span(text, money.start, money.end, _CLAUSE_BREAK)
    return text[start:end]


def _cost_kind(text: str, loc: Locators) -> Loc:
    """Personnel when the item names personnel or staff (unless the work is bought in), else material."""
    staff = loc[Loc.PERSONNEL].search(text) is not None or names_staff(text)
    return Loc.PERSONNEL if staff and not names_bought_service(text) else Loc.MATERIAL


def _adding_up(
    run: Sequence[tuple[Loc, float, Evidence]], total: float, settings: FactSettings
) -> dict[Loc, Candidate] | None:
    """The longest stretch of the run whose amounts add up to `total`, as two cost-type sums."""
    for length in range(len(run), 1, -1):
        for first in range(len(run) - length + 1):
            items = run[first : first + length]
            summed = sum(amount for _, amount, _ in items)
            if abs(summed - total) > max(settings.sum_tolerance_eur, settings.sum_tolerance_share * total):
                continue
            kinds = {
                kind: [(a, ev) for k, a, ev in items if k is kind] for kind in (Loc.PERSONNEL, Loc.MATERIAL)
            }
            if not all(kinds.values()):
                return None
            return {
                kind: Candidate(
                    kind, sum(a for a, _ in rows), rows[0][1], settings.derived_distance, bounded=False
                )
                for kind, rows in kinds.items()
            }
    return None
