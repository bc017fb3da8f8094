"""One stem of a profile as a regex over folded text, and its literal needle.

The spelling rules of `sketchproc.terms`: where the stem writes a space or hyphen the text may
have any run of them or none; between two letters it may hyphenate a compound ("Breitband-
Ausbau"), also across a line break; a bare space may not. The regex of a stem is compiled at
its first candidate (`StemPattern`), once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from sketchproc.folding import fold_text

__all__ = ["StemPattern", "folded_stem", "literals", "stem_pattern"]

_SEPARATOR_CHARS = " \t\n\r\u00a0-\u2010\u2011\u2012\u2013\u2014"
# Where the stem writes a space or hyphen, the text may have any run of them, or none.
_ANY_SEPARATOR = r"[\s\-\u2010-\u2014]*"
# Between two letters of a stem the text may hyphenate a compound ("Breitband-Ausbau"),
# also across a line break ("Digitalisie-\nrungszentrum"); a bare space may not, or
# "berat" would match "über Attraktivität".
_OPTIONAL_HYPHEN = r"(?:[\-\u2010-\u2014]\s*)?"


def folded_stem(stem: str) -> str:
    """The stem as `fold_text` spells it (ä → ae, casefolded)."""
    return fold_text(stem).text


def stem_pattern(stem: str) -> str:
    """Regex for one folded stem: separators optional where written, hyphens allowed between letters."""
    parts: list[str] = []
    pending_separator = False
    for char in folded_stem(stem):
        if char in _SEPARATOR_CHARS:
            pending_separator = True
            continue
        if parts:
            parts.append(_ANY_SEPARATOR if pending_separator else _OPTIONAL_HYPHEN)
        parts.append(re.escape(char))
        pending_separator = False
    return "".join(parts)


def literals(stem: str) -> str:
    """The characters of a folded stem its pattern requires (everything but separators)."""
    return "".join(char for char in folded_stem(stem) if char not in _SEPARATOR_CHARS)


@lru_cache(maxsize=8192)
def _compiled(alternative: str) -> re.Pattern[str]:
    """One stem's alternative, compiled once per process (matchers share stems)."""
    return re.compile(alternative)


class StemPattern:
    """A stem's regex, compiled at its first candidate.

    A profile has thousands of stems and a sketch names a few hundred of them: compiling
    every one when its matcher is built was two thirds of a first sketch's analysis (and so
    of `sketchproc check` on one file).
    """

    __slots__ = ("_pattern", "source")

    def __init__(self, source: str) -> None:
        self.source = source
        self._pattern: re.Pattern[str] | None = None

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        """`re.Pattern.match` of the stem's regex at `pos`."""
        if self._pattern is None:
            self._pattern = _compiled(self.source)
        return self._pattern.match(text, pos)

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """`re.Pattern.finditer` of the regex within [pos, endpos)."""
        if self._pattern is None:
            self._pattern = _compiled(self.source)
        return self._pattern.finditer(text, pos, endpos)
