"""Cost and financing tables as they really come: groups, positions, sub-totals, totals, year columns.

A table (or a table continued in the next block of the same section) is read row by row:

- a row whose label opens or ends with a total word ("Gesamt", "Summe", "Gesamtausgaben",
  "Ausgaben insgesamt") is the grand total, unless it names a cost type ("Summe Sachausgaben",
  "Personalausgaben gesamt"): then it is that type's sub-total; a table without such a row
  states no total;
  a carry-over ("Übertrag", "Zwischensumme") is skipped, so nothing is counted twice; a row
  whose amount is the sum of every position above it is the total, whatever its label;
- a cost-type label without an amount ("Personalausgaben") opens a group: the positions below
  it belong to that type; a merged group cell repeats the type in the first column;
- any other row with an amount is a position: personnel when its group says so or, without a
  group, when it names staff (a post, a pay grade, a job title); every other position is a
  material cost, since the call funds personnel and material costs only;
- financing rows (grant, own share, third-party funds) are candidates of their own role.

A row's amount is its total column, else the sum of its year columns, else its right-most
amount (a table states the row's total last): `facts.table_cells`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.scope import Located
from sketchproc.facts.settings import FactSettings
from sketchproc.facts.staff import names_bought_service, names_staff
from sketchproc.facts.table_cells import ZERO_CELLS, Layout, aligned, cell_amount, layout_of, row_amount
from sketchproc.model import BlockKind, Evidence
from sketchproc.passages import Passage
from sketchproc.quantities import find_percentages, parse_money

__all__ = ["FinancingRow", "TableReading", "read_cost_tables"]

_FINANCING = (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY)


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


def read_cost_tables(located: Sequence[Located], loc: Locators, settings: FactSettings) -> list[TableReading]:
    """One reading per logical table of `located` (a table continued in the next block joins it)."""
    readings: list[TableReading] = []
    previous: Located | None = None
    # The sentence right before a table may give its unit ("Alle Beträge in T€"); a table
    # continued on the next page keeps its first part's.
    note = ""
    for index, where in enumerate(located):
        rows = [p for p in where.passages if p.is_table_row]
        if not rows:
            continue
        continued = previous is not None and _continues(previous, where)
        reading = readings[-1] if continued and readings else TableReading()
        if not continued:
            readings.append(reading)
            before = located[index - 1] if index else None
            note = (
                before.block.text if before is not None and before.block.kind is not BlockKind.TABLE else ""
            )
        _read(rows, where.block.rows[0], loc, reading, note)
        previous = where
    return readings


def _continues(previous: Located, current: Located) -> bool:
    """A table of the same width in the same section right after another continues it."""
    width = len(previous.block.rows[0]) if previous.block.rows else 0
    same_width = bool(current.block.rows) and len(current.block.rows[0]) == width
    return same_width and previous.section == current.section


def _read(
    rows: Sequence[Passage], header: Sequence[str], loc: Locators, reading: TableReading, note: str = ""
) -> None:
    layout = layout_of(header, loc, note)
    columns = {i: kind for i, cell in enumerate(header) if i and (kind := _cost_type(cell, loc))}
    if set(columns.values()) == {Loc.PERSONNEL} and _rows_are_periods(rows):
        # "Jahr | Personalausgaben | Reisekosten | Veranstaltungen | Summe": beside personnel,
        # every other cost column is a material cost.
        columns |= {i: Loc.MATERIAL for i in _other_cost_columns(header, columns, layout)}
    if len(set(columns.values())) == len((Loc.PERSONNEL, Loc.MATERIAL)):
        _read_type_columns(rows, header, columns, layout, loc, reading)
        return
    group: Loc | None = None
    # The role or cost type of the last row with a first cell: a vertically merged group cell
    # ("Eigenanteil" over four partners' rows) leaves the first cell of the rows below it empty.
    merged: Loc | None = None
    merged_label = ""
    for passage in rows:
        cells = _distinct(passage.cells)
        if not cells:
            continue
        label, amount = cells[0], row_amount(aligned(passage.cells, header), layout)
        ev = passage.evidence(400)
        inherited: Loc | None = None
        if passage.cells[0].strip():
            merged, merged_label = _financing_role(label, loc) or _cost_type(label, loc), label
            label = _role_label(cells, loc)
        else:
            inherited = merged
        kind = _cost_type(label, loc)
        if loc[Loc.CARRY_ROW].match(label) and not _share_of_total(label, loc):
            continue
        if _is_total_label(label, loc):
            if amount is None:
                continue
            summed_role = _financing_role(label, loc)
            if summed_role is not None:
                reading.financing_sums.append((summed_role, amount, ev))
            elif kind is not None:
                reading.add_subtotal(kind, amount, ev)
            else:
                reading.totals.append((amount, ev))
            continue
        role = _financing_role(label, loc) or (inherited if inherited in _FINANCING else None)
        if role is not None:
            if amount is not None and loc[Loc.TOTAL_ROW].search(label):
                reading.financing_sums.append((role, amount, ev))
            elif amount is not None:
                named = merged_label if inherited is not None else label
                shares = tuple(p.value for cell in _distinct(passage.cells) for p in find_percentages(cell))
                reading.financing.append(
                    FinancingRow(role, amount, ev, _names_own_kind(role, named, loc), shares)
                )
            continue
        if kind is not None and (amount is None or _is_group_label(cells, label)):
            group = kind
            if amount is not None:
                reading.subtotal.setdefault(kind, (amount, ev))
            continue
        if amount is None or (amount <= 0 and not _has_amount_text(passage.cells)):
            continue
        if _closes_the_sum(reading, amount):
            # "Zusammen", "Endbetrag", a label of the author's own: the row that adds up every
            # position above it is the table's total, whatever it is called.
            reading.totals.append((amount, ev))
            continue
        position_type = kind or inherited or group or _staff_or_material(" ".join(cells))
        reading.positions[position_type].append((amount, ev))


def _read_type_columns(
    rows: Sequence[Passage],
    header: Sequence[str],
    columns: dict[int, Loc],
    layout: Layout,
    loc: Locators,
    reading: TableReading,
) -> None:
    """A table whose columns are the cost types and whose rows are periods ("2019 | 81.900 € | …").

    Each period row adds one position per type column; the total row gives each type's sum
    and, in its total column, the grand total. Financing columns are left to the prose.
    """
    for passage in rows:
        cells = aligned(passage.cells, header)
        if not cells or [c.strip() for c in cells] == [c.strip() for c in header]:
            continue
        label, ev = cells[0].strip(), passage.evidence(400)
        amounts = {
            i: value
            for i in columns
            if i < len(cells) and (value := cell_amount(cells[i], layout.scale)) is not None
        }
        if _is_total_label(label, loc):
            # Several columns may be of one type (travel, events, other material): their sum.
            sums: dict[Loc, float] = {}
            for i, value in amounts.items():
                sums[columns[i]] = sums.get(columns[i], 0.0) + value
            reading.subtotal.update({kind: (value, ev) for kind, value in sums.items()})
            total = row_amount(cells, layout) if layout.total_col is not None else None
            if total is not None:
                reading.totals.append((total, ev))
            continue
        for i, value in amounts.items():
            reading.positions[columns[i]].append((value, ev))


# The number or letter a group row is enumerated by: "1.", "2)", "A.", "II.".
_ENUMERATION = re.compile(r"^(?:\d{1,2}|[A-Z]|[IVX]{1,4})[.)]\s+")
# A row label naming a period: a year ("2019 (März–Dezember)") or a project year ("1. Jahr").
_PERIOD = re.compile(r"\b(?:19|20)\d{2}\b|\bjahr\b|\bquartal\b|\bhalbjahr\b", re.IGNORECASE)


def _rows_are_periods(rows: Sequence[Passage]) -> bool:
    """True if most rows with a label are periods: the table's rows are years, its columns types."""
    labels = [passage.cells[0] for passage in rows if passage.cells and passage.cells[0].strip()]
    periods = [label for label in labels if _PERIOD.search(label)]
    return len(periods) >= 2 and 2 * len(periods) >= len(labels)


def _other_cost_columns(header: Sequence[str], columns: dict[int, Loc], layout: Layout) -> list[int]:
    """Columns beside the known cost types that name costs: not a total, year or share column."""
    skipped = {layout.total_col, *layout.year_cols, *layout.share_cols, *columns}
    return [i for i, cell in enumerate(header) if i and i not in skipped and re.search(r"[^\W\d]{3,}", cell)]


# At least this many positions above a row before it can be their sum.
_MIN_SUMMED = 2


def _closes_the_sum(reading: TableReading, amount: float) -> bool:
    """True if `amount` equals the sum of all positions read so far (to the euro)."""
    above = [a for items in reading.positions.values() for a, _ in items]
    return len(above) >= _MIN_SUMMED and not reading.totals and abs(sum(above) - amount) < 1.0


def _staff_or_material(text: str) -> Loc:
    """A position without a group is personnel when it names staff, unless the work is bought in."""
    return Loc.PERSONNEL if names_staff(text) and not names_bought_service(text) else Loc.MATERIAL


def _role_label(cells: Sequence[str], loc: Locators) -> str:
    """The cell that names the row: the first, unless it is a group heading naming no role.

    A financing block may carry its heading in a first column of its own ("Finanzierung |
    Zuwendung des Landes (80 %) | … | 198.400,00"): the first cell names neither a financing
    role nor a cost type, and the next text cell names the row.
    """
    first = cells[0]
    if _financing_role(first, loc) or _cost_type(first, loc) or _is_sum_label(first, loc):
        return first
    texts = [c for c in cells[1:] if cell_amount(c) is None and any(ch.isalpha() for ch in c)]
    return texts[0] if texts and _financing_role(texts[0], loc) else first


def _is_sum_label(label: str, loc: Locators) -> bool:
    """A total, sub-total or carry-over label: it names its row itself."""
    return _is_total_label(label, loc) or bool(loc[Loc.CARRY_ROW].match(label))


def _is_total_label(label: str, loc: Locators) -> bool:
    """A total or sub-total label: opening with its word ("Summe Sachausgaben") or closing with it
    ("Personalausgaben gesamt")."""
    return bool(loc[Loc.TOTAL_ROW].match(label) or loc[Loc.TOTAL_ROW_END].search(label))


def _distinct(cells: Sequence[str]) -> list[str]:
    """Non-empty cells, a merged cell's repeated text once."""
    return list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))


def _is_group_label(cells: Sequence[str], label: str) -> bool:
    """A cost-type label standing alone ("Personalausgaben | 126.000") rather than a position
    ("Personalkosten | Leitung (5.300 EUR/Monat) | 63.600": a described post, price and all)."""
    texts = [
        c for c in cells if parse_money(c, assume_currency=True) is None or _WORD.search(_CURRENCY.sub("", c))
    ]
    return len(texts) <= 1 and len(label.split()) <= 3


_WORD = re.compile(r"[^\W\d_]{3,}")
_CURRENCY = re.compile(r"\b(?:EUR|Euro|TEUR|Tsd)\b", re.IGNORECASE)


def _cost_type(label: str, loc: Locators) -> Loc | None:
    """The cost type a label names ("Personalkosten", "Summe Sachausgaben", "1. Personalausgaben"),
    or None."""
    core = loc[Loc.TOTAL_ROW].sub("", _ENUMERATION.sub("", label.strip(), count=1), count=1).strip(" :-–")
    core = loc[Loc.ARTICLE].sub("", core, count=1)
    if loc[Loc.PERSONNEL_ROW].match(core):
        return Loc.PERSONNEL
    if loc[Loc.MATERIAL_ROW].match(core):
        return Loc.MATERIAL
    return None


def _share_of_total(label: str, loc: Locators) -> bool:
    """A "davon" row that names a financing role ("davon Zuwendung (80 %)") is a financing row."""
    return (
        bool(re.match(r"davon\b", label.strip(), re.IGNORECASE)) and _financing_role(label, loc) is not None
    )


def _names_own_kind(role: Loc, label: str, loc: Locators) -> bool:
    """True if a financing label names its role's own kind (the grant applied for, own means)."""
    kind = {Loc.GRANT: Loc.REQUESTED_ROW, Loc.OWN_SHARE: Loc.OWN_MEANS_ROW}.get(role)
    # A parenthesis tells the row's state, not its kind: "Zuschuss der Stadt (beantragt)" is
    # another party's money applied for, not the grant.
    return kind is None or loc[kind].search(_PARENTHESIS.sub(" ", label)) is not None


_PARENTHESIS = re.compile(r"\([^()]*\)")


def _financing_role(label: str, loc: Locators) -> Loc | None:
    """Grant, own share or third-party funds named by a row label (earliest word wins)."""
    hits = [(m.start(), role) for role in _FINANCING for m in loc[role].finditer(label)]
    return min(hits)[1] if hits else None


def _has_amount_text(cells: Sequence[str]) -> bool:
    return any(" ".join(c.split()) in ZERO_CELLS for c in cells[1:])
