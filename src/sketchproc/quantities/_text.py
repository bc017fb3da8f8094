"""Shared plumbing: normalisation with an offset map, the `Mention` base and overlap resolution.

The regexes run on NFKC-normalised text, but every mention reports offsets into
the caller's original string. NFKC can change lengths (a ligature "ﬁ" becomes
"fi", "½" becomes "1⁄2"), so `normalise` keeps, for every normalised character,
the span of the original characters it came from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TypeVar

from pydantic import Field, model_validator

from sketchproc.model import Record
from sketchproc.text_memo import memo_of_texts

# Invisible characters that split numbers and words in extracted text but carry
# no meaning: soft hyphen, zero-width space/joiners, word joiner, BOM.
_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")

# Hyphen-minus plus the typographic dashes Word and PDF exports produce.
DASH = r"[-\u2010\u2011\u2012\u2013\u2014\u2212]"

# How many characters before a match are searched for role and qualifier words
# ("Projektbeginn am", "bis zu"): enough for two or three short words.
CONTEXT_WINDOW = 48


class Mention(Record):
    """A quantity found in a text; `source` is exactly `text[start:end]` of the input."""

    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _span_is_ordered(self) -> Mention:
        if self.end < self.start:
            raise ValueError("end must not precede start")
        return self


@dataclass(frozen=True, slots=True)
class Normalised:
    """NFKC text for matching, with a map back to the original string."""

    text: str
    original: str
    starts: tuple[int, ...]  # original index where the chunk of each normalised char starts
    ends: tuple[int, ...]  # original index where that chunk ends

    def span(self, start: int, end: int) -> tuple[str, int, int]:
        """Map the normalised span [start, end) to (source, start, end) in the original."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return "", at, at
        first, last = self.starts[start], self.ends[end - 1]
        return self.original[first:last], first, last


@lru_cache(maxsize=4096)
def normalise(text: str) -> Normalised:
    """NFKC-normalise `text` chunk by chunk so that offsets can be mapped back.

    Cached: money, dates, durations and periods each normalise the same passages.
    """
    if text.isascii():
        # Fast path: NFKC is the identity on ASCII and no character is dropped.
        return Normalised(text, text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        run = _ASCII_RUN.match(text, i)
        j = run.end() if run else i
        if j < len(text) and unicodedata.combining(text[j]):
            j -= 1  # that character normalises with its mark, below
        if j > i:
            # The same identity on an ASCII run inside other text.
            pieces.append(text[i:j])
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
            i = j
            continue
        j = i + 1
        if text[i] not in _DROP:
            # A base character and its combining marks normalise together ("a" + U+0308 → "ä").
            while j < len(text) and unicodedata.combining(text[j]):
                j += 1
            norm = unicodedata.normalize("NFKC", text[i:j])
            pieces.append(norm)
            starts.extend([i] * len(norm))
            ends.extend([j] * len(norm))
        i = j
    return Normalised("".join(pieces), text, tuple(starts), tuple(ends))


memo_of_texts(normalise.cache_clear)

_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


M = TypeVar("M", bound=Mention)


def pick_non_overlapping(mentions: Iterable[M], priority: Callable[[M], tuple[int, ...]]) -> list[M]:
    """Keep the best of overlapping mentions (highest priority first), return them in text order."""
    kept: list[M] = []
    for cand in sorted(mentions, key=lambda m: (tuple(-p for p in priority(m)), m.start)):
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda m: m.start)


def by_length(mention: Mention) -> tuple[int, ...]:
    """Priority for overlap resolution: the longer reading wins."""
    return (mention.end - mention.start,)


def ends_with(pattern: re.Pattern[str], norm: Normalised, start: int) -> re.Match[str] | None:
    """Match `pattern` (anchored with `$`) against the context just before `start`."""
    return pattern.search(norm.text, max(0, start - CONTEXT_WINDOW), start)


_DIGIT = re.compile(r"\d")


def has_digit(norm: Normalised) -> bool:
    """True if the normalised text holds a digit (`\\d`, as the quantity patterns read it).

    Every date, period and amount pattern needs one (a year, a day, a quarter's number, an
    amount), so a text without (most sentences of a sketch) has none of them: its finder
    returns at once instead of running a dozen patterns over it. The normalised text, not
    the original: NFKC turns a superscript or circled digit into a plain one.
    """
    return _DIGIT.search(norm.text) is not None


def per_document(find: Callable[[str], list[M]]) -> Callable[[str], list[M]]:
    """`find`, kept per text until the next document (see `text_memo`).

    The stages of one sketch ask for the quantities of the same passages again: time facts read
    each passage in three tiers and several scopes, the money, share and checklist readers the
    same sentences (over 10 bench sketches 2,500 `find_periods` calls for 1,130 texts, 4,200
    `find_money` calls for 1,560). Each call gets a list of its own; the mentions are frozen.
    """

    @lru_cache(maxsize=4096)
    def kept(text: str) -> tuple[M, ...]:
        return tuple(find(text))

    memo_of_texts(kept.cache_clear)

    @wraps(find)
    def found(text: str) -> list[M]:
        return list(kept(text))

    return found
