"""Money candidates of cost and financing tables: financing rows, cost types, the grand total."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sketchproc.facts.candidate import Candidate
from sketchproc.facts.cost_table import TableReading, read_cost_tables
from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.scope import Located
from sketchproc.facts.settings import FactSettings

__all__ = ["table_candidates"]


def table_candidates(located: Sequence[Located], loc: Locators, settings: FactSettings) -> list[Candidate]:
    """Role amounts of the tables: financing rows, cost types, and the grand total.

    Only a total row states a total: a table without one gives none, since personnel + material
    would be our sum, not the sketch's figure (the budget check adds the two itself).
    """
    readings = read_cost_tables(located, loc, settings)
    parts = _parts(readings)
    out: list[Candidate] = []
    for reading in readings:
        found = _read_candidates(reading, settings)
        out.extend([replace(c, part=True) for c in found] if any(reading is p for p in parts) else found)
    if parts:
        out.extend(_summed_types(parts, settings))
    return out


def _parts(readings: Sequence[TableReading]) -> list[TableReading]:
    """Tables of parts: each partner's or sub-project's own costs and financing, side by side,
    each with a total of its own. A table that restates another's total (the key data beside the
    financing plan) or totals all the others is the project's, not a part."""
    financed = [r for r in readings if r.totals and r.financing_of(Loc.GRANT)]
    totals = [r.totals[-1][0] for r in financed]
    parts = [
        reading
        for reading, total in zip(financed, totals, strict=True)
        if totals.count(total) == 1 and abs(2 * total - sum(totals)) >= 1.0
    ]
    return parts if len(parts) >= _MIN_PARTS else []


def _summed_types(parts: Sequence[TableReading], settings: FactSettings) -> list[Candidate]:
    """Personnel and material costs of the whole project: the sums of its parts' tables, where
    every part states the type."""
    out = []
    for role in (Loc.PERSONNEL, Loc.MATERIAL):
        sums = [s for part in parts if (s := part.type_sum(role)) is not None]
        if len(sums) == len(parts):
            out.append(
                Candidate(role, sum(v for v, _ in sums), sums[0][1], settings.derived_distance, bounded=False)
            )
    return out


# Two tables that each total and finance their own share are parts of one project.
_MIN_PARTS = 2


def _read_candidates(reading: TableReading, settings: FactSettings) -> list[Candidate]:
    """The role amounts and rates of one table."""
    out: list[Candidate] = []
    for role in (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY):
        financed = reading.financing_of(role)
        if financed is not None:
            out.append(Candidate(role, financed[0], financed[1], 0.0, bounded=False))
    out.extend(
        Candidate(Loc.RATE, value, ev, 0.0, bounded=False) for value, ev in reading.shares_of(Loc.GRANT)
    )
    own_shares = reading.shares_of(Loc.OWN_SHARE)
    if len(own_shares) == 1 and 0 < own_shares[0][0] < 1:
        # "Eigenanteil (20 %)": the rest is the rate only while nobody else pays (the caller checks).
        value, ev = own_shares[0]
        out.append(Candidate(Loc.RATE, 1 - value, ev, 0.0, bounded=False, from_own_share=True))
    sums = {role: reading.type_sum(role) for role in (Loc.PERSONNEL, Loc.MATERIAL)}
    out.extend(Candidate(role, s[0], s[1], 0.0, bounded=False) for role, s in sums.items() if s)
    personnel, material = sums[Loc.PERSONNEL], sums[Loc.MATERIAL]
    if reading.totals:
        amount, ev = reading.totals[-1]  # the grand total closes the table
        out.append(Candidate(Loc.TOTAL, amount, ev, 0.0, bounded=False))
        if personnel and not material and not (reading.financing or reading.financing_sums):
            # A cost table lists personnel rows and material items; the rest of its total is material.
            out.append(
                Candidate(Loc.MATERIAL, amount - personnel[0], ev, settings.derived_distance, bounded=False)
            )
    return out
