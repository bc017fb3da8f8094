"""Check of the budget: a breakdown by cost type that adds up (investments: `investment`).

The arithmetic between the figures decides, not the labels alone: a budget that names
one cost type and itemises the rest without a label is broken down when the items add
up to the total; cost types whose sum misses the total are broken down but contradict
the text (or were misread, above all in a scan): a reviewer compares them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rules import Outcome, cue_rule, usable
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.facts.locators import LOCATORS
from sketchproc.facts.row_labels import lumps_cost_types
from sketchproc.facts.table_cells import cell_amount
from sketchproc.german import format_eur
from sketchproc.model import CheckStatus
from sketchproc.passages import PassageKind
from sketchproc.profiles.checks import ConsistencyParams
from sketchproc.profiles.checks import check_params as _params
from sketchproc.profiles.schema import ChecklistItem
from sketchproc.quantities import find_money, header_scale, per_unit

__all__ = ["budget_breakdown", "cell_amounts"]


def budget_breakdown(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """Personnel and material costs are separate figures that add up to the total."""
    facts, params = ctx.facts, _params(item, ConsistencyParams)
    personnel, material, total = facts.personnel_eur, facts.material_eur, facts.total_cost_eur
    if personnel is None and material is None:
        cue = cue_rule(ctx, item, settings)
        if cue.status is CheckStatus.MISSING:
            return Outcome(CheckStatus.MISSING, "keine Kostenarten beziffert")
        return Outcome(
            CheckStatus.UNCLEAR, "Kostenarten genannt, Beträge nicht eindeutig zuzuordnen", cue.evidence
        )
    if personnel is None or material is None:
        return _one_cost_type(ctx, item, settings)
    evidence = tuple(dict.fromkeys(f.evidence for f in (personnel, material, total) if f is not None))
    summed = personnel.value + material.value
    note = f"Personalkosten {format_eur(personnel.value)}, Sachkosten {format_eur(material.value)}"
    if total is None:
        return Outcome(CheckStatus.OK, note + " (keine Gesamtkosten zum Abgleich)", evidence)
    tolerance = max(params.consistency_tolerance_eur, params.consistency_tolerance_share * total.value)
    if abs(summed - total.value) <= tolerance:
        return Outcome(CheckStatus.OK, note + f" = Gesamtkosten {format_eur(total.value)}", evidence)
    table = _table_adding_up(ctx, item, total.value, tolerance)
    if table:
        # The cost table's own positions make its total: the breakdown is there and sound; only
        # our sorting of some positions into personnel and material fell short.
        note += (
            f" (nicht alle Posten zugeordnet); Einzelposten des Kostenplans ergeben die Gesamtkosten "
            f"{format_eur(total.value)}"
        )
        return Outcome(CheckStatus.OK, note, (*evidence, *ctx.quote(table, 1)))
    other = _other_cost_type(ctx, item, total.value - summed, tolerance)
    if other is not None:
        note += (
            f" und weitere Kostenposten {format_eur(total.value - summed)} "
            f"= Gesamtkosten {format_eur(total.value)}"
        )
        return Outcome(CheckStatus.OK, note, (*evidence, *ctx.quote([other], 1)))
    # The types are broken down; that their figures miss the total is a contradiction of the
    # text (or an amount we misread), which a reviewer weighs, as for the funding rate.
    note += f": Summe {format_eur(summed)} ≠ Gesamtkosten {format_eur(total.value)}"
    if any(p.block.ocr for p in ctx.in_outline(item.outline)):
        # A scanned table loses rows and digits; its arithmetic proves nothing either way, so
        # what is left is what the item asks: both cost types broken down with amounts.
        note += " (Kostenplan per Texterkennung gelesen, Beträge am Original prüfen)"
        return Outcome(CheckStatus.OK, note, evidence)
    note += "; bitte prüfen"
    return Outcome(CheckStatus.UNCLEAR, note, evidence)


# A row that restates others, wherever its label says so: "Summe Personal", "Zwischensumme",
# "Gesamtausgaben", "davon Zuwendung".
_RESTATING = re.compile(r"summe|gesamt|insgesamt|^\s*davon\b", re.IGNORECASE)


def _table_adding_up(
    ctx: CheckContext, item: ChecklistItem, total: float, tolerance: float
) -> list[Sentence]:
    """The position rows of the cost table that add up to `total`, the table holding a row of it.

    Arithmetic over the writer's own table: each position counts with its largest amount (its
    total beside the yearly figures); rows that sum or restate others are left out.
    """
    rows = [s for s in usable(ctx, item, ctx.in_outline(item.outline)) if s.is_table_row]
    # The cost table is the one the cost types were read from, not a financing table beside it;
    # continued over a page break, its parts repeat its header.
    read = [f.evidence.quote for f in (ctx.facts.personnel_eur, ctx.facts.material_eur) if f is not None]
    headers = {s.block.rows[0] for s in rows if s.block.rows and any(q.startswith(s.text[:60]) for q in read)}
    priced = [
        (s, max(amounts))
        for s in rows
        if s.block.rows
        and s.block.rows[0] in headers
        and s.cells != s.block.rows[0]
        and (amounts := cell_amounts(s))
    ]
    if not any(abs(amount - total) <= tolerance for _, amount in priced):
        return []
    # A row of both types in one figure ("Personal- und Sachkosten") breaks nothing down.
    positions = [
        (s, a)
        for s, a in priced
        if not any(_RESTATING.search(c) or lumps_cost_types(c, LOCATORS) for c in _label_cells(s.cells))
    ]
    if len(positions) >= 2 and abs(sum(a for _, a in positions) - total) <= tolerance:
        return [s for s, _ in positions]
    return []


def _label_cells(cells: Sequence[str]) -> Sequence[str]:
    """The cells before a row's first figure: its group and its label ("Investitionen |
    Zwischensumme Investitionen | 104.900 | …")."""
    first = next((i for i, cell in enumerate(cells) if _FIGURE.search(cell)), len(cells))
    return cells[: max(first, 1)]


_FIGURE = re.compile(r"\d")


def _other_cost_type(ctx: CheckContext, item: ChecklistItem, gap: float, tolerance: float) -> Sentence | None:
    """The sentence stating personnel or material costs that also states the rest of the total.

    "Von den Gesamtausgaben … entfallen 181.200 € auf Personalkosten, 41.700 € auf Sachkosten und
    13.500 € auf Fremdleistungen": a third cost type, named in the same breath, closes the sum.
    """
    if gap <= tolerance:
        return None
    read = [f.evidence.quote[:60] for f in (ctx.facts.personnel_eur, ctx.facts.material_eur) if f is not None]
    for sentence in usable(ctx, item, ctx.in_outline(item.outline)):
        if sentence.is_table_row or not any(sentence.text.startswith(q) for q in read):
            continue
        if any(abs(money.eur - gap) <= tolerance for money in find_money(sentence.text)):
            return sentence
    return None


def cell_amounts(row: Sentence, columns: Sequence[int] | None = None) -> list[float]:
    """The amounts of a cost table row's cells after the first (a price in the label's text,
    "5.300 EUR/Monat", is one cell's figure among the row's yearly and total amounts), or of
    the given columns only."""
    scale = header_scale(row.block.rows[0])
    cells = row.cells[1:] if columns is None else [row.cells[i] for i in columns if i < len(row.cells)]
    return [value for cell in cells if (value := cell_amount(cell, scale))]


def _one_cost_type(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """One cost type named with its amount: the rest of the total may be itemised without a label.

    "Personalkosten 132.000 €; dazu 12.000 € Miete, 18.500 € Veranstaltungen …": when the
    other amounts of the budget section add up to total minus the named type, the budget is
    broken down; when they cannot be matched, a reviewer must look (the tool may have missed
    a label), which is no proof of a missing breakdown.
    """
    facts, params = ctx.facts, _params(item, ConsistencyParams)
    known = facts.personnel_eur or facts.material_eur
    assert known is not None
    stated, other = (
        ("Personalkosten", "Sachkosten") if facts.personnel_eur else ("Sachkosten", "Personalkosten")
    )
    total = facts.total_cost_eur
    if total is not None and total.value > known.value:
        rest = total.value - known.value
        tolerance = max(params.consistency_tolerance_eur, params.consistency_tolerance_share * total.value)
        # Items in prose, or the positions of the cost table (one column per partner or year
        # beside their total) that make the total with the named type's row.
        items = _itemised(ctx, item, [known.value, total.value], rest, tolerance) or _table_adding_up(
            ctx, item, total.value, tolerance
        )
        if items:
            note = (
                f"{stated} {format_eur(known.value)}, {other} in Einzelposten "
                f"{format_eur(rest)} = Gesamtkosten {format_eur(total.value)}"
            )
            return Outcome(
                CheckStatus.OK, note, (known.evidence, *ctx.quote(items, settings.max_evidence - 1))
            )
    scope = ctx.in_outline(item.outline)
    denied = _other_type_denied(scope, personnel_named=facts.personnel_eur is not None)
    if (
        denied is not None
        and total is not None
        and abs(total.value - known.value) <= params.consistency_tolerance_eur
    ):
        # "Personalausgaben fallen nicht an.": the one type is the whole budget, the other is nil.
        note = f"{stated} {format_eur(known.value)} = Gesamtkosten; {other} laut Text keine"
        return Outcome(CheckStatus.OK, note, (known.evidence, *ctx.quote([denied], 1)))
    note = f"nur {stated} beziffert ({format_eur(known.value)}), {other} nicht erkennbar aufgeschlüsselt"
    lumped = next((p for p in scope if lumps_cost_types(p.text, LOCATORS) and find_money(p.text)), None)
    if lumped is not None:
        note += f"; beide Kostenarten in einem Betrag: „{lumped.text[: settings.note_quote_chars]}“"
    if any(p.is_table_row for p in scope) and not any(p.block.ocr for p in scope):
        # A cost table read row by row hides no label: what it does not break down is not there.
        return Outcome(CheckStatus.VIOLATED, note, (known.evidence,))
    return Outcome(CheckStatus.UNCLEAR, note, (known.evidence,))


def _stated_sum(amounts: Sequence[float]) -> float:
    """The amount of a passage that adds up its others ("…mit rund 116.000 Euro, …mit etwa 32.000
    Euro, zusammen also 148.000 Euro"), first or last; 0 if none does."""
    if len(amounts) < 3:
        return 0.0
    for whole, parts in ((amounts[-1], amounts[:-1]), (amounts[0], amounts[1:])):
        if abs(whole - sum(parts)) < 1.0:
            return whole
    return 0.0


def _other_type_denied(scope: Sequence[Sentence], *, personnel_named: bool) -> Sentence | None:
    """A sentence saying the cost type not stated does not arise ("Personalausgaben fallen nicht an")."""
    other = _MATERIAL_WORD if personnel_named else _PERSONNEL_WORD
    return next((s for s in scope if other.search(s.text) and _NONE.search(s.text)), None)


_PERSONNEL_WORD = re.compile(r"\bpersonal(?:kosten|ausgaben|mittel)?\b", re.IGNORECASE)
_MATERIAL_WORD = re.compile(r"\bsach(?:kosten|ausgaben|mittel)\b", re.IGNORECASE)
# The type is nil: "fallen nicht an", "entstehen keine", "keine Personalkosten", "sind nicht vorgesehen".
_NONE = re.compile(
    r"\b(?:fallen|fällt|entstehen|entsteht)\s+(?:\w+\s+){0,3}?(?:nicht|keine)\b|\bkeine\s+(?:\w+\s+)?"
    r"(?:personal|sach)\w*|\bnicht\s+vorgesehen\b",
    re.IGNORECASE,
)


def _itemised(
    ctx: CheckContext, item: ChecklistItem, excluded: Sequence[float], rest: float, tolerance: float
) -> list[Sentence]:
    """Passages of the budget whose amounts add up to `rest`: one sentence, a run of list items, or
    the sentences of one paragraph ("Für Raum- und Betriebskosten setzen wir 18.900 EUR an, also
    900 EUR im Monat. Auf Ausstattung … entfallen 22.660 EUR."); rates per month never count."""
    facts = ctx.facts
    financing = [f.value for f in (facts.grant_eur, facts.own_share_eur, facts.third_party_eur) if f]
    skip = [*excluded, *financing]

    # Each passage's amounts, read once: the filter and both sums use them.
    budget = usable(ctx, item, ctx.in_outline(item.outline))
    amounts = {p.position: [m.eur for m in find_money(p.text) if not per_unit(p.text, m)] for p in budget}
    # A passage that states an excluded figure, or whose parts make one ("rund 98.000 Euro für die
    # Koordinatorin, etwa 12.000 Euro für die Hilfskraft" are the personnel costs), is no item.
    scope = [
        p
        for p in budget
        if amounts[p.position]
        and not any(abs(a - v) < 0.5 for a in (*amounts[p.position], sum(amounts[p.position])) for v in skip)
        and not lumps_cost_types(p.text, LOCATORS)
    ]
    for passage in scope:
        found = amounts[passage.position]
        if abs(sum(found) - rest) <= tolerance or abs(_stated_sum(found) - rest) <= tolerance:
            return [passage]
    items = [p for p in scope if p.kind is not PassageKind.SENTENCE]
    if items and abs(sum(amounts[p.position][0] for p in items) - rest) <= tolerance:
        return items
    for block in dict.fromkeys(p.block for p in scope):
        paragraph = [p for p in scope if p.block is block and p.kind is PassageKind.SENTENCE]
        if len(paragraph) > 1 and abs(sum(sum(amounts[p.position]) for p in paragraph) - rest) <= tolerance:
            return paragraph
    return []
