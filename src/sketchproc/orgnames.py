"""Organisation names → word patterns that find them in text, whole words only.

"HS Harz", "Hochschule Harz (FH)" and "der Hochschule Harz" are one organisation; "Harz" is not
found inside "Harzgerode". Names are cut into casefolded words (hyphens and dots split or
vanish: "Industrie- und Handelskammer" → industrie, und, handelskammer); abbreviations from
data/org_abbreviations.tsv are written out on both sides; legal forms at the end ("GmbH",
"e. V.") and parenthesised qualifiers ("(FH)") are left out of a pattern. A capitalised
abbreviation the table does not know ("MDCC") also matches the words whose initials spell it.
Words match with German case endings ("Landkreises" is "Landkreis").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["OrgPattern", "find_name", "org_pattern"]

_WORD = re.compile(r"[^\W\d_][^\W_]*|\d+")
_PARENS = re.compile(r"\([^)]*\)")
# Words an initialism skips ("Industrie- und Handelskammer" is IHK, not IUHK).
_SKIP = frozenset({"und", "für", "der", "die", "das", "des", "von", "zu", "im", "in", "am", "an", "e"})
_ENDINGS = ("s", "es", "n", "en", "e", "er")
# Words that name a kind of organisation; a pattern of these alone names no one.
_GENERIC = frozenset(
    {"stadt", "gemeinde", "hansestadt", "verein", "verband", "kammer", "gesellschaft", "zentrum", "amt"}
)


@dataclass(frozen=True)
class _Token:
    word: str  # casefolded
    acronym: str | None  # the letters, when written as an unknown capitalised abbreviation


@dataclass(frozen=True)
class OrgPattern:
    """The words of one organisation's name, ready to be found in text."""

    name: str
    tokens: tuple[_Token, ...]

    @property
    def usable(self) -> bool:
        """False when only kinds of organisation are left ("Hochschule"): that names no one."""
        generic = _GENERIC | _table().generic
        return any(token.word not in generic for token in self.tokens)


@dataclass(frozen=True)
class _Table:
    expand: dict[str, tuple[str, ...]]
    suffixes: tuple[tuple[str, ...], ...]
    generic: frozenset[str]


@cache
def _table() -> _Table:
    text = resources.files("sketchproc.data").joinpath("org_abbreviations.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    expand: dict[str, tuple[str, ...]] = {}
    suffixes = []
    for row in csv.DictReader(lines, delimiter="\t"):
        key = tuple(_words(row["abbreviation"]))
        if row["kind"] == "suffix":
            suffixes.append(key)
        else:
            expand[" ".join(key)] = tuple(_words(row["words"]))
    generic = frozenset(word for words in expand.values() for word in words) - {"und"}
    return _Table(expand, tuple(sorted(suffixes, key=len, reverse=True)), generic)


def _words(text: str) -> list[str]:
    return [match.group(0).casefold() for match in _WORD.finditer(text.replace(".", ""))]


def _tokens(text: str, *, pattern: bool) -> list[_Token]:
    table = _table()
    out: list[_Token] = []
    for match in _WORD.finditer(text.replace(".", "")):
        raw = match.group(0)
        word = raw.casefold()
        if word in table.expand:
            out += [_Token(expanded, None) for expanded in table.expand[word]]
            continue
        is_acronym = pattern and 2 <= len(raw) <= 6 and raw.isalpha() and sum(c.isupper() for c in raw) >= 2
        out.append(_Token(word, word if is_acronym else None))
    return out


def org_pattern(name: str) -> OrgPattern:
    """The pattern of an organisation's name: qualifiers in parentheses and legal forms left out.

    A legal form stays when only one word would be left: "Harz AG" is not every "Harz".
    """
    tokens = _tokens(_PARENS.sub(" ", name), pattern=True)
    words = [token.word for token in tokens]
    trimmed = True
    while trimmed:
        trimmed = False
        for suffix in _table().suffixes:
            # One word left would be too weak a name ("Harz AG" is not every "Harz"): keep the form.
            if len(words) > len(suffix) + 1 and tuple(words[-len(suffix) :]) == suffix:
                tokens, words, trimmed = tokens[: -len(suffix)], words[: -len(suffix)], True
                break
    return OrgPattern(name=name, tokens=tuple(tokens))


def find_name(pattern: OrgPattern, text: str) -> bool:
    """True if the organisation is named in `text` (whole words, in order, adjacent)."""
    if not pattern.usable:
        return False
    words = [token.word for token in _tokens(text, pattern=False)]
    return any(_match_at(pattern.tokens, words, start) for start in range(len(words)))


def _match_at(tokens: tuple[_Token, ...], words: list[str], start: int) -> bool:
    if not tokens:
        return True
    if start >= len(words):
        return False
    head, rest = tokens[0], tokens[1:]
    if _same(head.word, words[start]) and _match_at(rest, words, start + 1):
        return True
    if head.acronym:
        end = _initialism_end(head.acronym, words, start)
        return end is not None and _match_at(rest, words, end)
    return False


def _same(pattern_word: str, text_word: str) -> bool:
    """Equal, or the text word is the pattern word with a German case ending (or vice versa)."""
    if pattern_word == text_word:
        return True
    shorter, longer = sorted((pattern_word, text_word), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter) and longer[len(shorter) :] in _ENDINGS


def _initialism_end(letters: str, words: list[str], start: int) -> int | None:
    """The index after the words from `start` whose initials spell `letters` (function words skipped)."""
    index, position = start, 0
    while position < len(letters) and index < len(words):
        word = words[index]
        if word in _SKIP and position > 0:
            index += 1
            continue
        if not word.startswith(letters[position]):
            return None
        position, index = position + 1, index + 1
    return index if position == len(letters) and index - start >= 2 else None
