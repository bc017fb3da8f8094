"""Money facts: grant, own share, third-party funds, total, personnel and material costs, funding rate.

Two readers feed one list of candidates per role. Prose: every amount in a
sentence goes to the nearest locator word of the same sentence ("Zuwendung
185 T€", "150.000 € auf Personalkosten"). Tables: a row's label names the role
and the row's amount is its "Gesamt"/"Summe" column, else the sum of its year
columns, else its one amount (key-value rows); a total row is read as the total
and never added to anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sketchproc.facts.cost_table import read_cost_tables
from sketchproc.facts.scope import Loc, Located, Locators, passages
from sketchproc.facts.settings import FactSettings
from sketchproc.model import AmountFact, BlockKind, Evidence
from sketchproc.passages import Passage
from sketchproc.quantities import Money, Percentage, Qualifier, find_money, find_percentages

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


@dataclass(frozen=True)
class Candidate:
    """One reading of a role's amount (EUR) or a stated rate (0..1)."""

    role: Loc
    value: float
    evidence: Evidence
    distance: float  # characters between amount and locator word; 0 for table rows
    bounded: bool  # "bis zu 200.000 €": an upper bound, weaker than a plain amount
    # A rate read as the rest of an own-share percentage ("Eigenanteil von 20 %" → 80 %):
    # true only while nobody else pays a share, which the caller checks.
    from_own_share: bool = False


@dataclass(frozen=True)
class _Hit:
    role: Loc
    start: int
    end: int
    # The word names the amount before it and nothing after it: an apposition with "als"
    # ("42.000 € als Eigenanteil") or a clause-final verb ("… mit 182.000 € gefördert werden").
    backward: bool = False


def money_candidates(located: Sequence[Located], loc: Locators, settings: FactSettings) -> list[Candidate]:
    """All amount and rate candidates in `located`, prose and tables, in document order."""
    out: list[Candidate] = []
    for passage in passages(b for b in located if b.block.kind is not BlockKind.TABLE):
        out.extend(_prose_candidates(passage, loc, settings))
    out.extend(_table_candidates([b for b in located if b.block.kind is BlockKind.TABLE], loc, settings))
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
        bounded = money.qualifier is Qualifier.UP_TO
        ev = passage.evidence(settings.max_quote_chars, money.start)
        out.append(Candidate(role or Loc.UNLABELLED, money.eur, ev, distance, bounded))
    for pct in find_percentages(passage.text):
        # A percentage qualifies what stands before it ("Zuwendung … (80 %)", "das entspricht
        # 80 % der Gesamtkosten"): a locator after it names the base, not the share.
        role, distance = _nearest(passage.text, pct, hits, settings, preceding_only=True)
        ev = passage.evidence(settings.max_quote_chars, pct.start)
        if role in _RATE_ROLES:
            out.append(Candidate(Loc.RATE, pct.value, ev, distance, bounded=False))
        elif role is Loc.OWN_SHARE and 0 < pct.value < 1:
            rest = 1 - pct.value
            out.append(Candidate(Loc.RATE, rest, ev, distance, bounded=False, from_own_share=True))
    return out


def _locator_hits(text: str, roles: Sequence[Loc], loc: Locators) -> list[_Hit]:
    """Every locator word of the given roles in `text`."""
    return [
        _Hit(role, m.start(), m.end(), _binds_backward(text, m.start(), m.group()))
        for role in roles
        for m in loc[role].finditer(text)
    ]


# "… 42.000 € (20 %) als Eigenanteil", "96.000 € auf Personal-", "24.000 € für Sachkosten": a
# preposition and up to two words right after an amount assign it. A clause opening with
# "Als Eigenanteil bringt …" or "Für Personal sind …" names what follows.
_APPOSITION = re.compile(r"(?:€|\beuro|\beur|%|\))\s*(?:als|auf|für)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# A participle with its auxiliary closes the clause: "… gefördert werden", "… bezuschusst wird".
_CLAUSE_FINAL_VERB = re.compile(r"\s(?:werden|wird)$", re.IGNORECASE)


def _binds_backward(text: str, start: int, word: str) -> bool:
    while start > 0 and text[start - 1].isalnum():
        start -= 1  # a locator inside a compound ("Landeszuwendung"): look before the whole word
    return bool(_APPOSITION.search(text[max(0, start - 40) : start]) or _CLAUSE_FINAL_VERB.search(word))


# A semicolon ends a clause: a locator word never reaches an amount across it.
_CLAUSE_BREAK = ";"


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
    # An amount right after its own label ("Zuwendung Land (80 %) 192.000 € Eigenmittel …") is that
    # label's: the word after it opens the next pair of a table flattened into one line.
    labelled = any(_labels(text, hit, mention, settings) for hit in hits)
    best_role: Loc | None = None
    best_distance = float(settings.max_locator_distance)
    for hit in hits:
        if _CLAUSE_BREAK in text[min(hit.end, mention.end) : max(hit.start, mention.start)]:
            continue  # "… 76.800 € bezuschusst werden; 19.200 € tragen wir": a word names its own clause
        if hit.end <= mention.start:
            if hit.backward:
                continue
            distance = float(mention.start - hit.end)
        elif hit.backward and hit.start >= mention.end:
            if find_money(text[mention.end : hit.start]):
                continue  # the word names the amount right before it, not one further back
            distance = float(hit.start - mention.end)  # the amount this word was written for
        elif hit.start >= mention.end and not in_parens and not labelled:
            distance = (hit.start - mention.end) * settings.following_locator_weight
        else:
            continue
        if distance <= best_distance:
            best_role, best_distance = hit.role, distance
    return best_role, best_distance


def _labels(text: str, hit: _Hit, mention: Money | Percentage, settings: FactSettings) -> bool:
    """True if `hit` stands before `mention` with no other amount and no clause break between."""
    if hit.backward or hit.end > mention.start or mention.start - hit.end > settings.max_locator_distance:
        return False
    between = text[hit.end : mention.start]
    return _CLAUSE_BREAK not in between and not find_money(between)


def _inside_parentheses(text: str, start: int, end: int) -> bool:
    """True if text[start:end] stands inside an open "(" … ")" pair."""
    opened = text.rfind("(", 0, start)
    return opened >= 0 and ")" not in text[opened:start] and ")" in text[end:]


# --- tables ------------------------------------------------------------------


def _table_candidates(located: Sequence[Located], loc: Locators, settings: FactSettings) -> list[Candidate]:
    """Role amounts of the tables: financing rows, cost types, and the grand total (stated or summed)."""
    out: list[Candidate] = []
    for reading in read_cost_tables(located, loc, settings):
        for role in (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY):
            financed = reading.financing_of(role)
            if financed is not None:
                out.append(Candidate(role, financed[0], financed[1], 0.0, bounded=False))
        out.extend(Candidate(Loc.RATE, value, ev, 0.0, bounded=False) for value, ev in reading.rates)
        sums = {role: reading.type_sum(role) for role in (Loc.PERSONNEL, Loc.MATERIAL)}
        out.extend(Candidate(role, s[0], s[1], 0.0, bounded=False) for role, s in sums.items() if s)
        personnel, material = sums[Loc.PERSONNEL], sums[Loc.MATERIAL]
        if reading.totals:
            amount, ev = reading.totals[-1]  # the grand total closes the table
            out.append(Candidate(Loc.TOTAL, amount, ev, 0.0, bounded=False))
            if personnel and not material and not (reading.financing or reading.financing_sums):
                # A cost table lists personnel rows and material items; the rest of its total is material.
                out.append(
                    Candidate(
                        Loc.MATERIAL, amount - personnel[0], ev, settings.derived_distance, bounded=False
                    )
                )
        elif personnel and material:
            summed = personnel[0] + material[0]
            out.append(Candidate(Loc.TOTAL, summed, personnel[1], settings.derived_distance, bounded=False))
    return out
