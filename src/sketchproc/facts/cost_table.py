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

from sketchproc.facts.cost_columns import (
    MIN_FINANCING_COLUMNS,
    other_cost_columns,
    read_financing_columns,
    read_type_columns,
    rows_are_periods,
)
from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.row_labels import (
    cost_type,
    distinct,
    financing_role,
    funding_head,
    has_amount_text,
    is_group_label,
    is_parent_code,
    is_total_label,
    lumps_cost_types,
    names_own_kind,
    position_code,
    role_label,
    share_of_total,
    staff_or_material,
)
from sketchproc.facts.scope import Located
from sketchproc.facts.settings import FactSettings
from sketchproc.facts.table_cells import aligned, layout_of, row_amount
from sketchproc.facts.table_reading import FINANCING, FinancingRow, TableReading
from sketchproc.model import BlockKind, Zone
from sketchproc.passages import Passage
from sketchproc.quantities import find_percentages

__all__ = ["FinancingRow", "TableReading", "read_cost_tables"]


def read_cost_tables(located: Sequence[Located], loc: Locators, settings: FactSettings) -> list[TableReading]:
    """One reading per logical table of `located` (a table continued in the next block joins it)."""
    readings: list[TableReading] = []
    previous: Located | None = None
    previous_index = 0
    # The sentence right before a table may give its unit ("Alle Beträge in T€"); a table
    # continued on the next page keeps its first part's.
    note = ""
    for index, where in enumerate(located):
        rows = [p for p in where.passages if p.is_table_row]
        if not rows:
            continue
        continued = (
            previous is not None
            and (not _texts(located[previous_index + 1 : index]) or _carried_over(previous, where))
            and _continues(previous, where)
        )
        reading = readings[-1] if continued and readings else TableReading()
        if not continued:
            readings.append(reading)
            before = located[index - 1] if index else None
            if before is None or before.block.kind is not BlockKind.TABLE:
                note = before.block.text if before is not None else ""
            # A table right after another keeps the note above both ("Angaben in TEUR" over the
            # cost table and the financing table beneath it).
        _read(rows, where.block.rows[0], loc, reading, note, positions=not where.turned)
        previous, previous_index = where, index
    return readings


def _texts(blocks: Sequence[Located]) -> bool:
    """True if a paragraph of the body stands among the blocks: it introduces a table of its own
    ("Anteil der Stadt Blankenburg:"), where a page break between two parts of one table leaves at
    most a running header or a caption that says so ("Kostenplan – Fortsetzung")."""
    return any(
        where.block.zone is Zone.BODY and where.block.text.strip() and not _CONTINUED.search(where.block.text)
        for where in blocks
    )


# A caption or row that carries a table over a page break.
_CONTINUED = re.compile(r"\b(?:fortsetzung|fortgesetzt|übertrag)", re.IGNORECASE)


def _carried_over(previous: Located, current: Located) -> bool:
    """True if the first part ends or the next opens with a carry-over row ("Übertrag | 196.800 €")."""
    rows = [*previous.block.rows[-1:], *current.block.rows[:2]]
    return any(_CONTINUED.search(" ".join(row)) for row in rows)


def _continues(previous: Located, current: Located) -> bool:
    """A table of the same width in the same section right after another continues it."""
    width = len(previous.block.rows[0]) if previous.block.rows else 0
    same_width = bool(current.block.rows) and len(current.block.rows[0]) == width
    return same_width and previous.section == current.section


def _read(
    rows: Sequence[Passage],
    header: Sequence[str],
    loc: Locators,
    reading: TableReading,
    note: str = "",
    *,
    positions: bool = True,
) -> None:
    """Read one table's rows into `reading`; without `positions` (key data), only its financing
    rows and totals: a label the reader does not know there is no cost position."""
    layout = layout_of(header, loc, note)
    columns = {i: kind for i, cell in enumerate(header) if i and (kind := cost_type(cell, loc))}
    if set(columns.values()) == {Loc.PERSONNEL} and rows_are_periods(rows):
        # "Jahr | Personalausgaben | Reisekosten | Veranstaltungen | Summe": beside personnel,
        # every other cost column is a material cost.
        columns |= {i: Loc.MATERIAL for i in other_cost_columns(header, columns, layout)}
    if len(set(columns.values())) == len((Loc.PERSONNEL, Loc.MATERIAL)):
        read_type_columns(rows, header, columns, layout, loc, reading)
        return
    financing_columns = {
        i: role for i, cell in enumerate(header) if i and (role := financing_role(cell, loc))
    }
    if len(set(financing_columns.values())) >= MIN_FINANCING_COLUMNS:
        read_financing_columns(rows, header, financing_columns, layout, loc, reading)
        return
    group: Loc | None = None
    # The role or cost type of the last row with a first cell: a vertically merged group cell
    # ("Eigenanteil" over four partners' rows) leaves the first cell of the rows below it empty.
    merged: Loc | None = None
    merged_label = ""
    # A table naming some shares of the financing is a financing table: its row opening with
    # "Förderung" is the grant ("Förderung Land Sachsen-Anhalt | 145.000 €").
    financing_table = any(financing_role(cells[0], loc) for p in rows if (cells := distinct(p.cells)))
    financing_seen = False
    financing_above = False  # the last row that was no "davon" row names a source of money
    # A first column numbering the rows ("A", "A.1", "A.2", "B", …) is no label, and it tells
    # groups from positions: a group's number heads the numbers of the rows that follow it.
    codes = [position_code(distinct(p.cells)) for p in rows]
    following = [next((c for c in codes[i + 1 :] if c is not None), None) for i in range(len(codes))]
    for passage, code, next_code in zip(rows, codes, following, strict=True):
        cells = distinct(passage.cells)[1 if code is not None else 0 :]
        if not cells:
            continue
        label, amount = cells[0], row_amount(aligned(passage.cells, header), layout)
        ev = passage.evidence(400)
        inherited: Loc | None = None
        if passage.cells[0].strip():
            merged, merged_label = financing_role(label, loc) or cost_type(label, loc), label
            label = role_label(cells, loc)
        else:
            inherited = merged
        kind = cost_type(label, loc)
        if loc[Loc.CARRY_ROW].match(label):
            if kind is not None and amount is not None and loc[Loc.SUBTOTAL_ROW].match(label):
                # "Zwischensumme Personalkosten" closes that type's group with the writer's own sum.
                reading.add_subtotal(kind, amount, ev)
                group = None
                continue
            # "davon Zuwendung" below the total names a share of it; below a financing row
            # ("Eigenanteil" over "davon Rücklagen", "davon Zuschuss des Fördervereins") it
            # splits that row, whose amount already counts.
            if not share_of_total(label, loc) or financing_above:
                continue
        else:
            financing_above = financing_role(label, loc) is not None and not is_total_label(label, loc)
        if is_total_label(label, loc):
            if amount is None:
                continue
            summed_role = financing_role(label, loc)
            if summed_role is not None:
                reading.financing_sums.append((summed_role, amount, ev))
            elif kind is not None:
                reading.add_subtotal(kind, amount, ev)
            else:
                reading.totals.append((amount, ev))
            continue
        role = financing_role(label, loc) or (inherited if inherited in FINANCING else None)
        if role is None and financing_table and funding_head(label):
            role = Loc.GRANT
        if role is not None:
            financing_seen = True
            if amount is not None and loc[Loc.TOTAL_ROW].search(label):
                reading.financing_sums.append((role, amount, ev))
            elif amount is not None:
                named = merged_label if inherited is not None else label
                shares = tuple(p.value for cell in distinct(passage.cells) for p in find_percentages(cell))
                reading.financing.append(
                    FinancingRow(role, amount, ev, names_own_kind(role, named, loc), shares)
                )
            continue
        numbered_group = is_parent_code(code, next_code)
        numbered_position = code is not None and not numbered_group
        if numbered_group or (
            kind is not None and (amount is None or (is_group_label(cells, label) and not numbered_position))
        ):
            # A numbered group of no known type ("4 Sonstiges") still ends the group before it.
            group = kind
            if amount is not None and kind is not None:
                reading.subtotal.setdefault(kind, (amount, ev))
            continue
        if not positions or amount is None or (amount <= 0 and not has_amount_text(passage.cells)):
            continue
        if financing_seen:
            continue  # below the financing's first row, a row naming no role is a source of money, no cost
        if _closes_the_sum(reading, amount):
            # "Zusammen", "Endbetrag", a label of the author's own: the row that adds up every
            # position above it is the table's total, whatever it is called.
            reading.totals.append((amount, ev))
            continue
        if lumps_cost_types(label, loc):
            continue  # one figure for both types is no position of either
        position_type = kind or inherited or group or staff_or_material(" ".join(cells))
        reading.positions[position_type].append((amount, ev))


# At least this many positions above a row before it can be their sum.
_MIN_SUMMED = 2


def _closes_the_sum(reading: TableReading, amount: float) -> bool:
    """True if `amount` equals the sum of all positions read so far (to the euro)."""
    above = [a for items in reading.positions.values() for a, _ in items]
    return len(above) >= _MIN_SUMMED and not reading.totals and abs(sum(above) - amount) < 1.0
