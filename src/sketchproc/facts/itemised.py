"""Itemised prose budgets: cost items stated one per sentence or list item, added up to the total.

"Für die Stelle der Koordinatorin veranschlagen wir 107.800 Euro … 9.900 Euro entfallen auf
Miete … Zusammen sind das 160.000 Euro." names no cost type; the items that add up to the
stated total are the breakdown, personnel where an item names staff, else material.
"""

from __future__ import annotations

from collections.abc import Sequence

from sketchproc.facts.candidate import Candidate
from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.money import locator_hits
from sketchproc.facts.scope import Located, passages
from sketchproc.facts.settings import FactSettings
from sketchproc.facts.staff import names_bought_service, names_staff
from sketchproc.model import BlockKind, Evidence
from sketchproc.passages import PassageKind
from sketchproc.quantities import find_money, per_unit

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
        if locator_hits(passage.text, _NOT_ITEM_ROLES, loc):
            runs.append([])
            continue
        amounts = [m for m in find_money(passage.text) if not per_unit(passage.text, m)]
        if not amounts:
            continue
        kind = _cost_kind(passage.text, loc)
        # A sentence may join items ("… machen 4.300 Euro aus, und 2.000 Euro bleiben für …").
        for money in amounts if passage.kind is PassageKind.SENTENCE else amounts[-1:]:
            runs[-1].append((kind, money.eur, passage.evidence(settings.max_quote_chars, money.start)))
    for run in runs:
        found = _adding_up(run, total, settings)
        if found is not None:
            return found
    return {}


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
