"""What one cost or financing table states: financing rows, type totals, positions, the total."""

from __future__ import annotations

from dataclasses import dataclass, field

from sketchproc.facts.locators import Loc
from sketchproc.model import Evidence

__all__ = ["FINANCING", "FinancingRow", "TableReading"]

FINANCING = (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY)


@dataclass(frozen=True)
class FinancingRow:
    """One financing row: its role, amount and whether its label names the role's own kind.

    `primary` is true when the label says what the role is in the call's sense: the grant
    applied for ("Zuwendung", "beantragt", "Landesmittel"), the applicant's own means ("Eigen…").
    """

    role: Loc
    amount: float
    evidence: Evidence
    primary: bool = True
    # Percentages the row states ("Zuwendung des Landes (80 %)"): the share of its own role.
    shares: tuple[float, ...] = ()


@dataclass
class TableReading:
    """What one logical table states: financing rows, type totals, positions and the grand total."""

    financing: list[FinancingRow] = field(default_factory=list)
    subtotal: dict[Loc, tuple[float, Evidence]] = field(default_factory=dict)
    positions: dict[Loc, list[tuple[float, Evidence]]] = field(
        default_factory=lambda: {Loc.PERSONNEL: [], Loc.MATERIAL: []}
    )
    totals: list[tuple[float, Evidence]] = field(default_factory=list)
    # Financing rows that sum up their role ("Eigenanteil gesamt", "Summe Eigenmittel").
    financing_sums: list[tuple[Loc, float, Evidence]] = field(default_factory=list)
    # How many positions of each type the type's last sub-total row summed up.
    _summed_up_to: dict[Loc, int] = field(default_factory=dict)

    def financing_of(self, role: Loc) -> tuple[float, Evidence] | None:
        """A financing role's amount: its sum row, else its one row, else its rows added up.

        Several rows of one role are shares of it: the own share split among partners
        ("Eigenanteil Stadt …", "Eigenanteil Gemeinde …"), the grant by year. Beside a row
        that names the role's own kind, a row of the same role that does not is another
        party's contribution: "Zuschuss Sparkasse" beside "Zuwendung (beantragt)",
        "Kofinanzierung Landkreis" beside "Eigenmittel Verein" are third-party funds.
        """
        summed = [(a, ev) for r, a, ev in self.financing_sums if r is role]
        if summed:
            return summed[-1]
        rows = [(a, ev) for r, a, ev in self._financing_roles() if r is role]
        return (sum(a for a, _ in rows), rows[0][1]) if rows else None

    def shares_of(self, role: Loc) -> list[tuple[float, Evidence]]:
        """The percentages stated in the rows of one financing role (after third parties moved out).

        A percentage binds to its own row: "Eigenanteil (20 %)" is the own share's, never the
        funding rate, even when it stands beside "Zuwendung (80 %)".
        """
        return [
            (share, row.evidence)
            for row, final in zip(self.financing, self._final_roles(), strict=True)
            if final is role
            for share in row.shares
        ]

    def _financing_roles(self) -> list[tuple[Loc, float, Evidence]]:
        """Each financing row with its role, another party's rows moved to third-party funds."""
        return [
            (final, row.amount, row.evidence)
            for row, final in zip(self.financing, self._final_roles(), strict=True)
        ]

    def _final_roles(self) -> list[Loc]:
        mixed = {
            role
            for role in (Loc.GRANT, Loc.OWN_SHARE)
            if len({row.primary for row in self.financing if row.role is role}) == 2
        }
        return [
            Loc.THIRD_PARTY if row.role in mixed and not row.primary else row.role for row in self.financing
        ]

    def add_subtotal(self, kind: Loc, amount: float, evidence: Evidence) -> None:
        """A cost type's sub-total row. One that sums only the positions read since the type's last
        sub-total is another block's ("Teilvorhaben B" under "Teilvorhaben A"): the two add up."""
        known = self.subtotal.get(kind)
        since = self.positions[kind][self._summed_up_to.get(kind, 0) :]
        self._summed_up_to[kind] = len(self.positions[kind])
        if known is not None and since and abs(sum(a for a, _ in since) - amount) < 1.0:
            amount += known[0]
        self.subtotal[kind] = (amount, evidence)

    def type_sum(self, role: Loc) -> tuple[float, Evidence] | None:
        """A cost type's amount: its sub-total row, else the sum of its positions."""
        if role in self.subtotal:
            return self.subtotal[role]
        items = self.positions[role]
        return (sum(a for a, _ in items), items[0][1]) if items else None
