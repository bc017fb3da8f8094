"""Checks of the budget: a breakdown by cost type that adds up, and the share of investments.

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
from sketchproc.facts.staff import names_post_extent
from sketchproc.facts.table_cells import cell_amount
from sketchproc.german import format_eur
from sketchproc.model import CheckStatus
from sketchproc.passages import PassageKind
from sketchproc.profiles.checks import ConsistencyParams, InvestmentParams
from sketchproc.profiles.checks import check_params as _params
from sketchproc.profiles.schema import ChecklistItem
from sketchproc.quantities import find_money, header_scale, per_unit
from sketchproc.terms import TermHit, TermMatcher

__all__ = ["budget_breakdown", "cost_base", "eligible_cost_types", "priced_risks"]


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
        and (amounts := _cell_amounts(s))
    ]
    if not any(abs(amount - total) <= tolerance for _, amount in priced):
        return []
    positions = [(s, a) for s, a in priced if not any(_RESTATING.search(c) for c in s.cells[:1])]
    if len(positions) >= 2 and abs(sum(a for _, a in positions) - total) <= tolerance:
        return [s for s, _ in positions]
    return []


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


def _cell_amounts(row: Sentence, columns: Sequence[int] | None = None) -> list[float]:
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
    if any(p.is_table_row for p in scope) and not any(p.block.ocr for p in scope):
        # A cost table read row by row hides no label: what it does not break down is not there.
        return Outcome(CheckStatus.VIOLATED, note, (known.evidence,))
    return Outcome(CheckStatus.UNCLEAR, note, (known.evidence,))


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
    ]
    for passage in scope:
        if abs(sum(amounts[passage.position]) - rest) <= tolerance:
            return [passage]
    items = [p for p in scope if p.kind is not PassageKind.SENTENCE]
    if items and abs(sum(amounts[p.position][0] for p in items) - rest) <= tolerance:
        return items
    for block in dict.fromkeys(p.block for p in scope):
        paragraph = [p for p in scope if p.block is block and p.kind is PassageKind.SENTENCE]
        if len(paragraph) > 1 and abs(sum(sum(amounts[p.position]) for p in paragraph) - rest) <= tolerance:
            return paragraph
    return []


def eligible_cost_types(ctx: CheckContext, item: ChecklistItem, settings: ChecklistSettings) -> Outcome:
    """Investment items (construction, broadband, hardware) carry at most `investment_share_flag`."""
    risky, priced = priced_risks(ctx, item)
    if not priced:
        note = "keine Investitionsposten mit Betrag" + (
            " (Investitionsbegriffe ohne Betrag erwähnt)" if risky else ""
        )
        return Outcome(CheckStatus.OK, note, ctx.quote(risky, 1))
    base = cost_base(ctx)
    invested = sum(amount for _, amount in priced)
    evidence = ctx.quote([s for s, _ in priced], settings.max_evidence)
    if base is None or base <= 0:
        return Outcome(
            CheckStatus.UNCLEAR,
            f"Investitionsposten {format_eur(invested)}, Gesamtkosten unbekannt",
            evidence,
        )
    share = invested / base
    limit = _params(item, InvestmentParams).investment_share_flag
    note = (
        f"Investitionsposten {format_eur(invested)} = {share * 100:.0f} % der Kosten "
        f"(Schwelle {limit * 100:.0f} %)"
    )
    return Outcome(CheckStatus.VIOLATED if share > limit else CheckStatus.OK, note, evidence)


def priced_risks(
    ctx: CheckContext, item: ChecklistItem
) -> tuple[list[Sentence], list[tuple[Sentence, float]]]:
    """Passages naming the item's risk objects, and those of them with an amount (the largest:
    a row repeats its total beside the yearly figures)."""
    risk = ctx.matcher(item.risk)
    # A post is personnel whatever it looks after: "Systembetreuer/in Server und Netz | 0,5 VZÄ".
    risky = [
        s
        for s in usable(ctx, item, ctx.in_outline(item.outline))
        if risk.search(s.text) and not (s.is_table_row and names_post_extent(s.text))
    ]
    priced = [(s, amount) for s in risky if (amount := _risk_amount(s, risk.find(s.text))) is not None]
    if any(s.is_table_row for s, _ in priced):
        # The cost table is the budget: prose about its positions restates them ("Die investiven
        # Positionen … machen zusammen 100.000 €") and would count them twice.
        priced = [(s, amount) for s, amount in priced if s.is_table_row]
    # "Summe Hardware" sums every row of its group, the "Sensoren (140 Stk.)" no risk word names:
    # it counts for them all, once. A sum row of rows already named counts by its positions.
    wider = [
        (s, amount)
        for s, amount in priced
        if _sum_row(s)
        and _names_risk_group(s, risk)
        and any(not _is_risk_row(s.block.rows[i], risk) for i in _summed_span(s))
    ]
    spans = [(total.block, _summed_span(total)) for total, _ in wider]
    covered = {
        id(row)
        for block, span in spans
        for row, _ in priced
        if row.block is block and row.row is not None and row.row in span
    }
    positions = [(s, amount) for s, amount in priced if not _sum_row(s) and id(s) not in covered]
    return risky, [*wider, *positions] or priced


def _summed_span(total: Sentence) -> range:
    """The row indices a sum row adds up: those after the previous sum row of its table (or its
    header) up to the sum row itself."""
    rows = total.block.rows
    end = total.row if total.row is not None else 0
    start = next((i + 1 for i in range(end - 1, 0, -1) if _is_sum_cells(rows[i])), 1)
    return range(start, end)


def _names_risk_group(total: Sentence, risk: TermMatcher) -> bool:
    """True if the sum row's label is of a risk group ("Summe Hardware"), not of costs that merely
    include one ("Summe Sachkosten inkl. Laptop")."""
    label = next((cell for cell in total.cells[:2] if _SUM_LABEL.match(cell)), "")
    core = _SUM_LABEL.sub("", label, count=1).lstrip(" :-–")
    return any(hit.start == 0 for hit in risk.find(core))


def _is_risk_row(cells: Sequence[str], risk: TermMatcher) -> bool:
    """True if a row names a risk object or holds no amount (a group's heading, an empty line)."""
    text = " ".join(cells)
    return bool(risk.search(text)) or not any(cell_amount(cell) for cell in cells[1:])


# A row that sums others: "Zwischensumme Investitionen", "Summe Hardware", "Gesamt".
_SUM_LABEL = re.compile(r"^\s*(?:zwischen)?summe\b|^\s*(?:gesamt|insgesamt)\b", re.IGNORECASE)


def _sum_row(sentence: Sentence) -> bool:
    return sentence.is_table_row and _is_sum_cells(sentence.cells)


def _is_sum_cells(cells: Sequence[str]) -> bool:
    return any(_SUM_LABEL.match(cell) for cell in cells[:2])


def _risk_amount(sentence: Sentence, hits: Sequence[TermHit]) -> float | None:
    """The amount the risk words stand for: a table row's largest; in prose each word's nearest
    amount in its clause, each amount once.

    "Für Personal sind 150.000 € vorgesehen, dazu 35.000 € für Sachkosten (…, Laptop, …)": the
    laptop is part of the 35.000 €, not of the personnel costs the sentence opens with. "Für die
    Glasfaseranschlüsse … 90.000 Euro, für neue Server 40.000 Euro": both are investments.
    """
    if sentence.is_table_row:
        amounts = _amounts(sentence)
        return max(amounts) if amounts else None
    text = sentence.text
    moneys = find_money(text)
    priced: dict[int, float] = {}
    for hit in hits:
        found = [
            (abs(money.start - hit.end) if money.start >= hit.end else abs(hit.start - money.end), i)
            for i, money in enumerate(moneys)
            if ";" not in text[min(hit.end, money.end) : max(hit.start, money.start)]
        ]
        if found:
            nearest = min(found)[1]
            priced[nearest] = moneys[nearest].eur
    return sum(priced.values()) if priced else None


def cost_base(ctx: CheckContext) -> float | None:
    """The costs a share is taken of: the total, else personnel + material costs."""
    facts = ctx.facts
    if facts.total_cost_eur is not None:
        return facts.total_cost_eur.value
    if facts.personnel_eur is not None and facts.material_eur is not None:
        return facts.personnel_eur.value + facts.material_eur.value
    return None


# A header that names the unit of its column ("Betrag (EUR)", "Kosten in €", "Euro"), or a cost
# table's columns of years and their total ("2019 | 2020 | Gesamt"): its bare figures are euros.
_MONEY_HEADER = re.compile(
    r"€|\beur\b|\beuro\b|\btsd\.?\s*€?|\bbetrag\b|^\s*(?:19|20)\d\d\s*$", re.IGNORECASE
)


def _amounts(sentence: Sentence) -> list[float]:
    """The euro amounts of a passage; in a table whose header names the unit, bare figures too."""
    found = [m.eur for m in find_money(sentence.text)]
    if found or not sentence.is_table_row or not sentence.block.rows:
        return found
    header = sentence.block.rows[0]
    if not any(_MONEY_HEADER.search(cell) for cell in header):
        return []
    # Only the columns of money: a count beside them ("Menge | T€": "140" sensors) is no amount.
    return _cell_amounts(
        sentence, [i for i, cell in enumerate(header) if i > 0 and _MONEY_COLUMN.search(cell)]
    )


# The columns of a money table that hold amounts: the unit's, the years' and their total's.
_MONEY_COLUMN = re.compile(rf"{_MONEY_HEADER.pattern}|gesamt|summe|insgesamt", re.IGNORECASE)
