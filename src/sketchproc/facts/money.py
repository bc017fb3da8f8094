"""Money facts: grant, own share, third-party funds, total, personnel and material costs, funding rate.

Two readers feed one list of candidates per role. Prose: every amount in a
sentence goes to the nearest locator word of the same sentence ("Zuwendung
185 T€", "150.000 € auf Personalkosten"). Tables: a row's label names the role
and the row's amount is its "Gesamt"/"Summe" column, else the sum of its year
columns, else its one amount (key-value rows); a total row is read as the total
and never added to anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sketchproc.facts.scope import Loc, Located, Locators, Passage, passages
from sketchproc.facts.settings import FactSettings
from sketchproc.model import AmountFact, BlockKind, Evidence
from sketchproc.quantities import Money, Percentage, Qualifier, find_money, find_percentages, parse_money

# Roles an amount in prose or a table row can take, in the order locators are tried.
MONEY_ROLES: tuple[Loc, ...] = (
    Loc.GRANT,
    Loc.OWN_SHARE,
    Loc.THIRD_PARTY,
    Loc.TOTAL,
    Loc.PERSONNEL,
    Loc.MATERIAL,
)
# Percentages near these words state the funding rate ("Zuwendung … (80 %)", "Förderquote 80 %").
_RATE_ROLES = (Loc.GRANT, Loc.RATE)
# Cells that mean "nothing in this year" in a budget table.
_ZERO_CELLS = frozenset({"0", "-", "–", "—", "0 €", "0,00 €", "0,00"})


@dataclass(frozen=True)
class Candidate:
    """One reading of a role's amount (EUR) or a stated rate (0..1)."""

    role: Loc
    value: float
    evidence: Evidence
    distance: float  # characters between amount and locator word; 0 for table rows
    bounded: bool  # "bis zu 200.000 €": an upper bound, weaker than a plain amount


@dataclass(frozen=True)
class _Hit:
    role: Loc
    start: int
    end: int


@dataclass(frozen=True)
class _Layout:
    """Where a table keeps its amounts: a total column and/or year columns."""

    total_col: int | None
    year_cols: tuple[int, ...]


def money_candidates(located: Sequence[Located], loc: Locators, settings: FactSettings) -> list[Candidate]:
    """All amount and rate candidates in `located`, prose and tables, in document order."""
    out: list[Candidate] = []
    for passage in passages(b for b in located if b.block.kind is not BlockKind.TABLE):
        out.extend(_prose_candidates(passage, loc, settings))
    for where in located:
        if where.block.kind is BlockKind.TABLE:
            out.extend(_table_candidates(where, loc, settings))
    return out


def best(candidates: Iterable[Candidate], role: Loc) -> Candidate | None:
    """The strongest candidate of a role: a plain amount before a bound, then the closest, then the first."""
    ranked = [c for c in candidates if c.role is role]
    return min(ranked, key=lambda c: (c.bounded, c.distance), default=None)


def as_fact(candidate: Candidate | None) -> AmountFact | None:
    """The candidate as an `AmountFact`, or None."""
    return None if candidate is None else AmountFact(value=candidate.value, evidence=candidate.evidence)


# --- prose -------------------------------------------------------------------


def _prose_candidates(passage: Passage, loc: Locators, settings: FactSettings) -> list[Candidate]:
    """Amounts and rates of one sentence, each given to its nearest locator word."""
    hits = _locator_hits(passage.text, (*MONEY_ROLES, Loc.RATE), loc)
    if not hits:
        return []
    out: list[Candidate] = []
    for money in find_money(passage.text):
        role, distance = _nearest(passage.text, money, [h for h in hits if h.role is not Loc.RATE], settings)
        if role is not None:
            bounded = money.qualifier is Qualifier.UP_TO
            ev = passage.evidence(settings.max_quote_chars, money.start)
            out.append(Candidate(role, money.eur, ev, distance, bounded))
    for pct in find_percentages(passage.text):
        # A percentage qualifies what stands before it ("Zuwendung … (80 %)", "das entspricht
        # 80 % der Gesamtkosten"): a locator after it names the base, not the share.
        role, distance = _nearest(passage.text, pct, hits, settings, preceding_only=True)
        if role in _RATE_ROLES:
            ev = passage.evidence(settings.max_quote_chars, pct.start)
            out.append(Candidate(Loc.RATE, pct.value, ev, distance, bounded=False))
    return out


def _locator_hits(text: str, roles: Sequence[Loc], loc: Locators) -> list[_Hit]:
    """Every locator word of the given roles in `text`."""
    return [_Hit(role, m.start(), m.end()) for role in roles for m in loc[role].finditer(text)]


def _nearest(
    text: str,
    mention: Money | Percentage,
    hits: Sequence[_Hit],
    settings: FactSettings,
    *,
    preceding_only: bool = False,
) -> tuple[Loc | None, float]:
    """The role of the nearest locator word, and its weighted distance; None if none is close enough.

    German names the item first ("Zuwendung 185 T€"), so a locator after the amount
    counts as farther away. An amount in parentheses ("(80 %)", "(20 %)") explains
    what stands before it, so only locators before it count.
    """
    in_parens = preceding_only or _inside_parentheses(text, mention.start, mention.end)
    best_role: Loc | None = None
    best_distance = float(settings.max_locator_distance)
    for hit in hits:
        if hit.end <= mention.start:
            distance = float(mention.start - hit.end)
        elif hit.start >= mention.end and not in_parens:
            distance = (hit.start - mention.end) * settings.following_locator_weight
        else:
            continue
        if distance <= best_distance:
            best_role, best_distance = hit.role, distance
    return best_role, best_distance


def _inside_parentheses(text: str, start: int, end: int) -> bool:
    """True if text[start:end] stands inside an open "(" … ")" pair."""
    opened = text.rfind("(", 0, start)
    return opened >= 0 and ")" not in text[opened:start] and ")" in text[end:]


# --- tables ------------------------------------------------------------------


def _table_candidates(where: Located, loc: Locators, settings: FactSettings) -> list[Candidate]:
    """Role amounts of one table: labelled rows, the total row, summed personnel and material rows."""
    rows = where.block.rows
    if not rows:
        return []
    layout = _layout(rows[0], loc)
    out: list[Candidate] = []
    sums: dict[Loc, list[tuple[float, Evidence]]] = {Loc.PERSONNEL: [], Loc.MATERIAL: []}
    total: float | None = None
    for row in rows:
        role = _row_role(row[0], loc)
        amount = _row_amount(row, layout)
        if role is None or amount is None:
            continue
        ev = Passage(" | ".join(row), where, row).evidence(settings.max_quote_chars)
        if role in sums:
            sums[role].append(
                (amount, ev)
            )  # several personnel rows ("Personal: Leitung", "Personal: Assistenz")
            continue
        out.append(Candidate(role, amount, ev, 0.0, bounded=False))
        total = amount if role is Loc.TOTAL else total
        out.extend(_row_rate(row, role, ev))
    out.extend(_summed(sums, total, out, where, settings))
    return out


def _summed(
    sums: dict[Loc, list[tuple[float, Evidence]]],
    total: float | None,
    found: Sequence[Candidate],
    where: Located,
    settings: FactSettings,
) -> list[Candidate]:
    """Personnel and material sums; material as total minus personnel in a pure cost table."""
    out = [
        Candidate(role, sum(a for a, _ in items), items[0][1], 0.0, bounded=False)
        for role, items in sums.items()
        if items
    ]
    financing = any(c.role in (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY) for c in found)
    personnel = sum(a for a, _ in sums[Loc.PERSONNEL])
    if total is not None and sums[Loc.PERSONNEL] and not sums[Loc.MATERIAL] and not financing:
        # A cost table lists personnel rows and material items; the rest of its total is material.
        ev = next(c.evidence for c in found if c.role is Loc.TOTAL)
        out.append(Candidate(Loc.MATERIAL, total - personnel, ev, settings.derived_distance, bounded=False))
    return out


def _layout(header: Sequence[str], loc: Locators) -> _Layout:
    """Find a "Gesamt"/"Summe" column and year columns in the header row."""
    total_col = next(
        (i for i, cell in enumerate(header) if i and loc[Loc.TOTAL_ROW].match(cell.strip())), None
    )
    years = tuple(i for i, cell in enumerate(header) if i and loc[Loc.YEAR].fullmatch(cell.strip()))
    return _Layout(total_col, years)


def _row_role(label: str, loc: Locators) -> Loc | None:
    """The role a row label names; a total row ("Summe", "Gesamtausgaben") is the total."""
    text = label.strip()
    if loc[Loc.TOTAL_ROW].match(text):
        return Loc.TOTAL
    if loc[Loc.PERSONNEL_ROW].match(text):
        return Loc.PERSONNEL
    if loc[Loc.MATERIAL_ROW].match(text):
        return Loc.MATERIAL
    hits = _locator_hits(text, MONEY_ROLES, loc)
    return min(hits, key=lambda h: h.start).role if hits else None


def _row_amount(row: Sequence[str], layout: _Layout) -> float | None:
    """The row's amount: total column, else the sum of the year columns, else its one amount."""
    if layout.total_col is not None and layout.total_col < len(row):
        value = _cell_amount(row[layout.total_col])
        if value is not None:
            return value
    years = [_cell_amount(row[i]) for i in layout.year_cols if i < len(row)]
    if any(v is not None for v in years):
        return sum(v or 0.0 for v in years)
    return next((v for v in map(_cell_amount, row[1:]) if v is not None), None)


def _cell_amount(cell: str) -> float | None:
    """A budget cell read as euro (bare "170.000" counts: the column says it is money)."""
    text = " ".join(cell.split())
    if text in _ZERO_CELLS:
        return 0.0
    return parse_money(text, assume_currency=True)


def _row_rate(row: Sequence[str], role: Loc, ev: Evidence) -> list[Candidate]:
    """A percentage in a grant row ("Zuwendung … | 210.000 € | 80 %") states the funding rate."""
    if role is not Loc.GRANT:
        return []
    found = [p for cell in row for p in find_percentages(cell)]
    return [Candidate(Loc.RATE, found[0].value, ev, 0.0, bounded=False)] if found else []
