"""Which clause of a sentence an amount and a word stand in.

German binds an amount to the noun of its own clause: a conjunction after a comma opens
another clause, a relative clause speaks of the noun before it, a parenthesis explains what
stands before it, and "für" after an amount says what it pays for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sketchproc.quantities import find_money

__all__ = ["NEW_CLAUSE", "PURPOSE", "closed_aside", "completes_earlier", "inside_parentheses", "paid_from"]

# What an amount pays for, after it: "… 156.000 Euro für Personal- und Sachkosten".
PURPOSE = re.compile(r"\bfür\b", re.IGNORECASE)
# A comma before a conjunction opens another clause: "… beantragt wird, während die Partner 47.100
# Euro aus eigenen Mitteln tragen" — a word before it names nothing after it. (A relative clause
# speaks of the noun before it: "Die Gesamtkosten, die wir mit 150.000 € veranschlagen".)
NEW_CLAUSE = re.compile(
    r",\s*(?:während|wobei|wohingegen|weil|da|wenn|sofern|sodass|und|sowie)\b", re.IGNORECASE
)


def closed_aside(text: str, word_start: int, word_end: int, amount_start: int) -> bool:
    """True if the word stands in a relative clause closed before the amount: "Den Eigenanteil,
    den wir mit 20 Prozent auf die Fördersumme angesetzt haben, also 36.000 Euro" — the amount
    restates the noun the clause is about, not a noun inside it."""
    opened = _RELATIVE_OPEN.search(text, max(0, word_start - _RELATIVE_REACH), word_start)
    return opened is not None and "," in text[word_end:amount_start]


# A relative clause from its comma up to the word: ", den wir … auf die".
_RELATIVE_OPEN = re.compile(r",\s+(?:den|die|das|der|dem|denen|deren|dessen|welche[nmrs]?)\s[^,]*$")
_RELATIVE_REACH = 120


def inside_parentheses(text: str, start: int, end: int) -> bool:
    """True if text[start:end] stands inside an open "(" … ")" pair."""
    opened = text.rfind("(", 0, start)
    return opened >= 0 and ")" not in text[opened:start] and ")" in text[end:]


# How far a "für" complement may stand from the word it completes.
_COMPLEMENT_REACH = 60


def completes_earlier(text: str, word_start: int, earlier_ends: Iterable[int]) -> bool:
    """True if the word at `word_start` completes an earlier one (ending at one of `earlier_ends`)
    after "für": in "Die Gesamtkosten des Vorhabens für Personal- und Sachkosten betragen 245.000
    EUR" the amount is the total's, and the cost types say what it is for."""
    for end in earlier_ends:
        between = text[end:word_start]
        if (
            end <= word_start
            and word_start - end <= _COMPLEMENT_REACH
            and PURPOSE.search(between) is not None
            and ";" not in between
            and "," not in between
            and not find_money(between)
        ):
            return True
    return False


# The source a share is paid from follows it: "zu 80 Prozent aus dem beantragten Landeszuschuss".
_PAID_FROM = re.compile(r"\s*(?:aus|durch|über)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def paid_from(text: str, share_end: int, word_start: int) -> bool:
    """True if the word at `word_start` names the source the share ending at `share_end` is paid
    from ("zu 75 Prozent aus der Zuwendung des Landes")."""
    return _PAID_FROM.fullmatch(text, share_end, word_start) is not None
