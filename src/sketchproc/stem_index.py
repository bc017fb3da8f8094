"""Every stem of every term matcher found in one pass over a folded text.

`TermMatcher`s used to scan each sentence with their own regex alternation, about fifty
passes over every character of a sketch. Instead each matcher registers the *needles* of
its stems (the folded stem without spaces and hyphens) here, and one Aho-Corasick automaton
(pyahocorasick) finds all needles of all matchers in the *skeleton* of a text: the folded
text with every space and hyphen removed, because the stem patterns allow separators
between letters ("Breitband-Ausbau" for "breitbandausbau"). A needle found there is only a
candidate; the matcher confirms it with its stem's own regex at the candidate's start.

The automaton lives once per process and grows when a matcher with new stems appears (only
while the first sketch warms up); scans are cached per text, so the checklist, outline and
relevance stages share the hits of a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol

import ahocorasick

__all__ = ["SEPARATOR_CLASS", "StemIndex", "StemRegex", "needle_of"]

# What a stem pattern may skip between two letters (spaces, hyphens, dashes): the skeleton
# drops exactly these characters, so every regex match of a stem is a needle hit there.
SEPARATOR_CLASS = r"[\s\-\u2010-\u2014]"
_SEPARATOR = re.compile(SEPARATOR_CLASS)
_KEPT_RUN = re.compile(SEPARATOR_CLASS.replace("[", "[^", 1) + "+")
# Scans kept per text; about one sketch's sentences, passages and headings.
_MAX_SCANS = 8192


def needle_of(literals: str) -> str | None:
    """The needle for a stem's literal characters, or None if one of them is a separator.

    Such a stem (a letter the skeleton would drop) cannot be found through the index.
    """
    if not literals or _SEPARATOR.search(literals):
        return None
    return literals


class StemRegex(Protocol):
    """What the index needs of a stem's regex (a compiled pattern, or one compiled on demand)."""

    def match(self, text: str, pos: int, /) -> re.Match[str] | None:
        """The regex's match at `pos`, or None."""


class StemIndex:
    """Needles of all registered stems; `occurrences` finds them all in one pass."""

    def __init__(self) -> None:
        self._needles: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None
        self._scans: dict[str, dict[str, list[int]]] = {}

    def add(self, needles: Iterable[str]) -> None:
        """Register needles; new ones rebuild the automaton on the next scan."""
        new = set(needles) - self._needles
        if new:
            self._needles |= new
            self._automaton = None
            self._scans.clear()

    def occurrences(self, text: str) -> Mapping[str, list[int]]:
        """Needle → start offsets in `text` (increasing) of every registered needle, overlaps included."""
        cached = self._scans.get(text)
        if cached is not None:
            return cached
        found: dict[str, list[int]] = {}
        automaton = self._built()
        if automaton is not None:
            pieces: list[str] = []
            offsets: list[int] = []
            for run in _KEPT_RUN.finditer(text):
                pieces.append(run.group())
                offsets.extend(range(run.start(), run.end()))
            for end, needle in automaton.iter("".join(pieces)):
                found.setdefault(needle, []).append(offsets[end - len(needle) + 1])
        if len(self._scans) >= _MAX_SCANS:
            self._scans.clear()
        self._scans[text] = found
        return found

    def matches(
        self, text: str, by_needle: Mapping[str, Sequence[tuple[int, StemRegex]]]
    ) -> Iterator[re.Match[str]]:
        """What `re.finditer` of one alternation gives, from the candidates of its needles.

        `by_needle` maps each needle to its stems' (place in the alternation, regex). At each
        start the first alternative that matches wins, and the search goes on after it.
        """
        found = self.occurrences(text)
        candidates = [
            (start, order, regex)
            for needle in by_needle.keys() & found.keys()
            for order, regex in by_needle[needle]
            for start in found[needle]
        ]
        candidates.sort(key=lambda candidate: candidate[:2])
        resume = 0
        for start, _, regex in candidates:
            if start < resume:
                continue
            match = regex.match(text, start)
            if match is not None:
                resume = match.end()  # stems are never empty, so this moves past `start`
                yield match

    def _built(self) -> ahocorasick.Automaton | None:
        if self._automaton is None and self._needles:
            automaton = ahocorasick.Automaton()
            for needle in sorted(self._needles):
                automaton.add_word(needle, needle)
            automaton.make_automaton()
            self._automaton = automaton
        return self._automaton
