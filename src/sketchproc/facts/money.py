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
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sketchproc.facts.candidate import Candidate
from sketchproc.facts.clauses import (
    NEW_CLAUSE,
    PURPOSE,
    closed_aside,
    completes_earlier,
    inside_parentheses,
    paid_from,
)
from sketchproc.facts.cost_lists import summed_cost_lists
from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.money_tables import table_candidates
from sketchproc.facts.scope import Located, passages
from sketchproc.facts.settings import FactSettings
from sketchproc.model import BlockKind
from sketchproc.passages import Passage, PassageZone
from sketchproc.quantities import Money, Percentage, Qualifier, find_money, find_percentages, per_unit
from sketchproc.sentences import clause_span

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
class _Hit:
    role: Loc
    start: int
    end: int
    # The word names the amount before it and nothing after it: an apposition with "als"
    # ("42.000 € als Eigenanteil") or a clause-final verb ("… mit 182.000 € gefördert werden").
    backward: bool = False
    # The word is the base of a share ("90 % der Gesamtkosten"): an amount restating the share
    # after a comma ("…, das sind 193.500 EUR") is the share's, not the base's.
    base: bool = False
    # A verb closing its clause ("…, das sind 67.200 Euro, beim Land beantragen, und …"): it names
    # the amount before it; a percentage after it ("…, das sind 80 Prozent") restates its clause.
    closes: bool = False


def money_candidates(
    located: Sequence[Located], loc: Locators, settings: FactSettings, *, items: bool = False
) -> list[Candidate]:
    """All amount and rate candidates in `located`, prose and tables, in document order.

    With `items`, the amounts of sentences without any locator word are candidates too
    (`Loc.ITEM`): only arithmetic places them.
    """
    out: list[Candidate] = []
    previous: Passage | None = None
    for passage in passages(b for b in located if b.block.kind is not BlockKind.TABLE):
        found = _prose_candidates(passage, loc, settings, items=items)
        if passage.zone is PassageZone.ANNEX:
            found = [replace(c, annexed=True) for c in found]
        out.extend(found)
        if previous is not None and previous.block is passage.block:
            out.extend(_whole_of_davon(previous, passage, found, loc, settings))
        previous = passage
    out.extend(table_candidates(located, loc, settings))  # the blocks between tables may give their unit
    return out


# "Davon …" opens a sentence about a part of the amount the sentence before it stated.
_DAVON = re.compile(r"^\W*(?:davon|hiervon)\b", re.IGNORECASE)
# The parts of a whole: its financing, or its cost types ("Davon entfallen 78.400 Euro auf Personal").
_DAVON_PARTS = (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY, Loc.PERSONNEL, Loc.MATERIAL)


def _whole_of_davon(
    before: Passage, passage: Passage, found: Sequence[Candidate], loc: Locators, settings: FactSettings
) -> list[Candidate]:
    """The total a "Davon" sentence points back to: "Alles in allem kommen wir auf rund 120.000
    Euro. Davon möchten wir 96.000 Euro als Förderung beantragen" — the one amount of the
    sentence before, which names no role of its own, is the whole the grant is part of."""
    if not _DAVON.match(passage.text) or not any(c.role in _DAVON_PARTS for c in found):
        return []
    if not before.text.lstrip()[:1].isupper():
        return []  # a fragment of a sentence (a line OCR cut off), not the sentence "davon" points to
    amounts = find_money(before.text)
    # What the whole pays for ("Personal und Räume") may be named; a financing role may not.
    if len(amounts) != 1 or locator_hits(before.text, (*_PARTS, Loc.TOTAL, Loc.RATE), loc):
        return []
    money = amounts[0]
    ev = before.evidence(settings.max_quote_chars, money.start)
    return [
        Candidate(
            Loc.TOTAL, money.eur, ev, float(settings.max_locator_distance), money.qualifier is Qualifier.UP_TO
        )
    ]


# --- prose -------------------------------------------------------------------


def _prose_candidates(
    passage: Passage, loc: Locators, settings: FactSettings, *, items: bool = False
) -> list[Candidate]:
    """Amounts and rates of one sentence, each given to its nearest locator word."""
    # A rate per month or piece is never a role's amount ("rund 5.200 Euro im Monat, insgesamt …").
    moneys = [m for m in find_money(passage.text) if not per_unit(passage.text, m)]
    if not moneys and not find_percentages(passage.text):
        # Every candidate is an amount or a rate: without either, the sentence's locator
        # words (eight patterns, half the cost of reading the money facts) change nothing.
        return []
    hits = locator_hits(passage.text, (*MONEY_ROLES, Loc.RATE), loc)
    if not hits:
        if not items:
            return []
        return [
            Candidate(
                Loc.ITEM,
                money.eur,
                passage.evidence(settings.max_quote_chars, money.start),
                float(settings.max_locator_distance),
                money.qualifier is Qualifier.UP_TO,
            )
            for money in moneys
        ]
    out: list[Candidate] = []
    for money in moneys:
        role, distance = _nearest(passage.text, money, [h for h in hits if h.role is not Loc.RATE], settings)
        bounded = money.qualifier is Qualifier.UP_TO
        ev = passage.evidence(settings.max_quote_chars, money.start)
        rounded = money.qualifier is Qualifier.ABOUT
        out.append(Candidate(role or Loc.UNLABELLED, money.eur, ev, distance, bounded, approximate=rounded))
    out = _summed_totals(passage.text, moneys, out, hits, settings)
    out = summed_cost_lists(passage.text, moneys, out, hits)
    for pct in find_percentages(passage.text):
        # A percentage qualifies what stands before it ("Zuwendung … (80 %)", "das entspricht
        # 80 % der Gesamtkosten"): a locator after it names the base, not the share.
        role, distance = _paid_from(passage.text, pct, hits) or _nearest(
            passage.text, pct, hits, settings, preceding_only=True
        )
        ev = passage.evidence(settings.max_quote_chars, pct.start)
        if role in _RATE_ROLES:
            out.append(Candidate(Loc.RATE, pct.value, ev, distance, bounded=False))
        elif role is Loc.OWN_SHARE and 0 < pct.value < 1:
            rest = 1 - pct.value
            of_total = _COST_BASE.match(passage.text, pct.end) is not None or any(
                h.role is Loc.TOTAL and _base_of(passage.text, pct, h) for h in hits
            )
            out.append(Candidate(Loc.RATE, rest, ev, distance, False, from_own_share=True, of_total=of_total))
    return out


def _paid_from(text: str, pct: Percentage, hits: Sequence[_Hit]) -> tuple[Loc, float] | None:
    """The role of the source a percentage is paid from, named right after it, at distance 0."""
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start >= pct.end and hit.role is not Loc.RATE:
            return (hit.role, 0.0) if paid_from(text, pct.end, hit.start) else None
    return None


_BASE_LINK = re.compile(r"\s+(?:der|des|aller)\s+(?:\w+\s+)?", re.IGNORECASE)
# The project's costs as the base without a total's word: "ein Fünftel der Kosten", "20 % der Ausgaben".
_COST_BASE = re.compile(r"\s+(?:der|aller|unserer)\s+(?:\w+\s+)?(?:kosten|ausgaben)\b", re.IGNORECASE)


def _base_of(text: str, pct: Percentage, hit: _Hit) -> bool:
    """True if the locator word is the base of this percentage: "20 % der Gesamtausgaben"."""
    return hit.start >= pct.end and _BASE_LINK.fullmatch(text, pct.end, hit.start) is not None


# A sum adverb: "Für die zwei Jahre rechnen wir insgesamt mit rund 150.000 €".
_SUM_ADVERB = re.compile(r"\b(?:insgesamt|in\s+summe|alles\s+in\s+allem)\b", re.IGNORECASE)
# A clause ends at a comma or semicolon, but not at the decimal comma of "150.000,00".
_CLAUSE_END = re.compile(r"[,;:](?!\d)")
_PARTS = (Loc.GRANT, Loc.OWN_SHARE, Loc.THIRD_PARTY)


def _summed_totals(
    text: str, moneys: Sequence[Money], found: list[Candidate], hits: Sequence[_Hit], settings: FactSettings
) -> list[Candidate]:
    """Unlabelled amounts that a sum adverb of their own clause marks as the total beside a part.

    "… rechnen wir insgesamt mit rund 150.000 €, beantragt werden 120.000 €": the clause of
    150.000 € names no role but sums up, and another clause of the sentence names a smaller
    grant or share — a total stated beside its part. Without such a part, "insgesamt" may sum
    a single cost item and names no total. `found` holds one candidate per mention of `moneys`.
    """
    parts = [c.value for c in found if c.role in _PARTS]
    out = []
    for money, cand in zip(moneys, found, strict=True):
        start, end = clause_span(text, money.start, money.end, _CLAUSE_END)
        summed = (
            cand.role is Loc.UNLABELLED
            and _SUM_ADVERB.search(text, start, end)
            and not any(start <= h.start < end for h in hits)
            and any(part < money.eur for part in parts)
        )
        out.append(
            Candidate(
                Loc.TOTAL, cand.value, cand.evidence, float(settings.max_locator_distance), cand.bounded
            )
            if summed
            else cand
        )
    return out


def _names_own_clause(text: str, after: int, hit: _Hit) -> bool:
    """True if a word after a comma names the amount of its own clause, not one before the comma.

    "… rund 150.000 €, beantragt werden 120.000 €": "beantragt" names 120.000 €.
    """
    rest = _CLAUSE_REST.match(text, hit.end)
    return "," in text[after : hit.start] and bool(rest and find_money(rest.group()))


def locator_hits(text: str, roles: Sequence[Loc], loc: Locators) -> list[_Hit]:
    """Every locator word of the given roles in `text`."""
    return [
        _Hit(
            role,
            m.start(),
            m.end(),
            _binds_backward(text, m.start(), m.end(), m.group()),
            _SHARE_OF.search(text[max(0, m.start() - 40) : m.start()]) is not None,
            _closes_clause(text, m.start(), m.end()),
        )
        for role in roles
        for m in loc[role].finditer(text)
    ]


# "… 42.000 € (20 %) als Eigenanteil", "96.000 € auf Personal-", "24.000 € für Sachkosten": a
# preposition and up to two words right after an amount assign it. A clause opening with
# "Als Eigenanteil bringt …" or "Für Personal sind …" names what follows.
_APPOSITION = re.compile(r"(?:€|\beuro|\beur|%|\))\s*(?:als|auf|für)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# The predicative "als" may stand after the verb and subject of the amount's clause: "und
# 32.000 Euro bringt die Gemeinde als Eigenanteil auf" — when nothing follows the word in its
# clause that it could name instead.
_LATE_APPOSITION = re.compile(
    r"(?:€|\beuro|\beur|%|\))\s+(?:[\w-]+\s+){1,6}als\s+(?:\w+\s+){0,1}$", re.IGNORECASE
)
# A noun right after an amount with its currency names it ("56.000 € Förderung vom Land (80 %),
# …", "100.000 € Personalkosten, 30.000 € Sachkosten"), unless an amount follows in the noun's own
# member of the list: then it labels that one, as in a table flattened into a line ("Zuwendung
# 192.000 € Eigenmittel des Vereins 48.000 €").
_BARE_AMOUNT_BEFORE = re.compile(r"\d\s*(?:€|\beuro|\beur)\s*$", re.IGNORECASE)
# Without a delimiter in reach (a scanned table run into one line), the next 80 characters.
_MEMBER = re.compile(r".{0,80}?(?=[,;]|\s(?:und|sowie|oder)\s|$)|.{0,80}", re.IGNORECASE | re.DOTALL)
_CLAUSE_REST = re.compile(r"(?:[^,;.:]|[.,](?=\d))*")  # to the clause's end; "22.500" is one number
_CONJUNCT = re.compile(r"\s(?:und|sowie|oder)\s", re.IGNORECASE)
# A participle with its auxiliary closes the clause ("… gefördert werden", "… bezuschusst wird"),
# and so does a verb with its subject and "selbst" ("20 % (39.560 €) trage ich selbst").
_CLAUSE_FINAL_VERB = re.compile(r"\s(?:werden|wird|selbst)$", re.IGNORECASE)
# "90 % der Gesamtkosten", "80 Prozent der förderfähigen Ausgaben": the word is a share's base.
_SHARE_OF = re.compile(r"(?:%|\bprozent)\s+(?:der|des|aller)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _binds_backward(text: str, start: int, end: int, word: str) -> bool:
    while start > 0 and text[start - 1].isalnum():
        start -= 1  # a locator inside a compound ("Landeszuwendung"): look before the whole word
    before = text[max(0, start - 60) : start]
    if _APPOSITION.search(before[-40:]) or _CLAUSE_FINAL_VERB.search(word):
        return True
    if _BARE_AMOUNT_BEFORE.search(before) and text[start : start + 1].isupper():
        member = _MEMBER.match(text, end)
        if not (member and find_money(member.group())):
            return True  # "100.000 € Personalkosten, 30.000 € Sachkosten": each amount, then its noun
    rest = _CLAUSE_REST.match(text, end)
    # A conjunct after the word has its own amount: "zu 16.000 € … als Eigenanteil und zu 15.000 € …".
    own_rest = _CONJUNCT.split(rest.group(), maxsplit=1)[0] if rest else ""
    return bool(_LATE_APPOSITION.search(before)) and not find_money(own_rest)


# What may follow a word that closes its clause: a comma, a full stop, the end of the text.
_AT_CLAUSE_END = re.compile(r"\w*\s*(?:[,;.!?)]|$)")


def _closes_clause(text: str, start: int, end: int) -> bool:
    """True if the word is a verb that closes its clause after an amount of the sentence.

    German puts the verb of a subordinate or infinitive clause last, after its object: "…, das
    sind 67.200 Euro, beim Land beantragen, und 16.800 Euro bringt …" — the verb names the
    amount before it, not the one of the next clause. German writes nouns with a capital, so a
    locator written in lower case ("beantragen", "gefördert") is the verb, a capital one
    ("Eigenanteil, das sind …") the label of what follows.
    """
    return (
        text[start : start + 1].islower()
        and bool(_AT_CLAUSE_END.match(text, end))
        and any(money.end <= start for money in find_money(text))  # the text's amounts, kept per text
    )


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
    in_parens = preceding_only or inside_parentheses(text, mention.start, mention.end)
    # An amount right after its own label ("Zuwendung Land (80 %) 192.000 € Eigenmittel …") is that
    # label's: the word after it opens the next pair of a table flattened into one line.
    labelled = any(_labels(text, hit, mention, settings) for hit in hits)
    best_role: Loc | None = None
    best_distance = float(settings.max_locator_distance)
    for hit in hits:
        backward = hit.backward or (hit.closes and not preceding_only)
        if _CLAUSE_BREAK in text[min(hit.end, mention.end) : max(hit.start, mention.start)]:
            continue  # "… 76.800 € bezuschusst werden; 19.200 € tragen wir": a word names its own clause
        if hit.base and hit.end <= mention.start and "," in text[hit.end : mention.start]:
            continue  # "90 % der Gesamtkosten, das sind 193.500 EUR": the amount restates the share
        if hit.end <= mention.start:
            if backward or NEW_CLAUSE.search(text, hit.end, mention.start):
                continue
            if closed_aside(text, hit.start, hit.end, mention.start):
                continue
            if completes_earlier(text, hit.start, (other.end for other in hits if other is not hit)):
                continue
            distance = float(mention.start - hit.end)
        elif backward and hit.start >= mention.end:
            if find_money(text[mention.end : hit.start]):
                continue  # the word names the amount right before it, not one further back
            if labelled and PURPOSE.search(text, mention.end, hit.start):
                continue  # "Zuwendung von 156.000 Euro für Personal- und Sachkosten": what it pays for
            if text[hit.start : hit.end].endswith("selbst") and "," in text[mention.end : hit.start]:
                continue  # "… erbitten wir 138.000 Euro, den Rest tragen wir selbst": another clause's object
            distance = float(hit.start - mention.end)  # the amount this word was written for
        elif hit.start >= mention.end and not in_parens and not labelled:
            if _names_own_clause(text, mention.end, hit):
                continue
            distance = (hit.start - mention.end) * settings.following_locator_weight
        else:
            continue
        if distance <= best_distance:
            best_role, best_distance = hit.role, distance
    return best_role, best_distance


def _labels(text: str, hit: _Hit, mention: Money | Percentage, settings: FactSettings) -> bool:
    """True if `hit` stands before `mention` with no other amount and no clause break between."""
    if (
        hit.backward
        or hit.closes
        or hit.end > mention.start
        or mention.start - hit.end > settings.max_locator_distance
    ):
        return False
    between = text[hit.end : mention.start]
    return _CLAUSE_BREAK not in between and not NEW_CLAUSE.search(between) and not find_money(between)
