"""Investment items: the share of the costs that goes into construction, networks or hardware.

The call funds a coordinating centre, not infrastructure (spec §3.2): investment items above
a share of the costs flag the item. An item counts with the amount its words stand for — a
cost table row's, or in prose the nearest amount of its clause — never a whole cost group's
that merely includes it ("Sachkosten 31.300 € (Miete, Laptops, …)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.checklist.budget import cell_amounts
from sketchproc.checklist.context import CheckContext, Sentence
from sketchproc.checklist.rules import Outcome, usable
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.facts.staff import names_post_extent
from sketchproc.facts.table_cells import cell_amount
from sketchproc.german import format_eur
from sketchproc.model import CheckStatus
from sketchproc.profiles.checks import InvestmentParams
from sketchproc.profiles.checks import check_params as _params
from sketchproc.profiles.schema import ChecklistItem
from sketchproc.quantities import find_money
from sketchproc.terms import TermHit, TermMatcher

__all__ = ["cost_base", "eligible_cost_types", "priced_risks"]


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
        aside = _parenthesis_around(text, hit.start)
        inside = [i for i, money in enumerate(moneys) if aside and aside[0] < money.start < aside[1]]
        if (
            aside
            and not inside
            and (_COST_TYPE_BEFORE.search(text[: aside[0]]) or _EXAMPLES.match(text, aside[0] + 1))
        ):
            # "Sachkosten 31.300 € (Miete, zehn Laptops, Fahrtkosten)": the laptops are a part of
            # the material costs of unknown size, not all of them. So is an example in passing:
            # "Eigenleistungen (z. B. den Umbau des Ladens machen unsere Tischler selbst)".
            continue
        found = [
            (abs(money.start - hit.end) if money.start >= hit.end else abs(hit.start - money.end), i)
            for i, money in enumerate(moneys)
            if ";" not in text[min(hit.end, money.end) : max(hit.start, money.start)]
            and (not inside or i in inside)
        ]
        if found:
            nearest = min(found)[1]
            priced[nearest] = moneys[nearest].eur
    return sum(priced.values()) if priced else None


def _parenthesis_around(text: str, position: int) -> tuple[int, int] | None:
    """The span of the innermost parenthesis around `position`, if it stands in one."""
    opening = text.rfind("(", 0, position)
    if opening < 0 or ")" in text[opening:position]:
        return None
    closing = text.find(")", position)
    return (opening, closing if closing >= 0 else len(text))


# An aside that opens by giving examples of what stands before it.
_EXAMPLES = re.compile(
    r"\s*(?:z\.\s?b\.|zum\s+beispiel|bspw\.|beispielsweise|etwa\b|u\.\s?a\.|unter\s+anderem)", re.IGNORECASE
)
# A cost type right before the parenthesis (its amount between): "Sachkosten 31.300 € (…",
# "54.000 Euro Sachkosten (…".
_COST_TYPE_BEFORE = re.compile(
    r"\b(?:sach|personal)(?:kosten|ausgaben|mittel)\b[^()]{0,30}$",
    re.IGNORECASE,
)


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
    return cell_amounts(
        sentence, [i for i, cell in enumerate(header) if i > 0 and _MONEY_COLUMN.search(cell)]
    )


# The columns of a money table that hold amounts: the unit's, the years' and their total's.
_MONEY_COLUMN = re.compile(rf"{_MONEY_HEADER.pattern}|gesamt|summe|insgesamt", re.IGNORECASE)
