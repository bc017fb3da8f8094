"""Coordinated compounds that share their head: "Anlauf- und Steuerungsstelle".

German leaves out the common head of coordinated compounds and marks the gap with a hyphen:
"Anlauf- und Koordinierungsstelle" is an Anlaufstelle and a Koordinierungsstelle, "Bürger- und
Unternehmensbefragung" two surveys. A term written whole ("anlaufstelle") then stands in the
text only in parts. The shared head is a tail of the last member; where it begins is not
marked, so each tail of at least three letters is offered behind the truncated member, and a
stem hit that reaches from that member into the tail is the completed compound.

Every term group of the checklist asks again for the same sentence, so the candidates are
kept per text until the next document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sketchproc.text_memo import memo_of_texts

__all__ = ["Completed", "completed_compounds"]

# "Anlauf- und Steuerungsstelle", "Bürger-, Vereins- oder Unternehmensberatung": truncated members
# (a hyphen and a space), a conjunction, and the whole last member whose head they share.
_COORDINATED = re.compile(
    r"\b([^\W\d_]{3,})-(?:,\s*[^\W\d_]{3,}-)*\s+(?:und|oder|bzw\.|sowie|&)\s+([^\W\d_]{5,})\b"
)
# The shared head has at least this many letters ("stelle", "büro", "amt").
_MIN_HEAD = 3


@dataclass(frozen=True, slots=True)
class Completed:
    """A truncated member completed by a tail of the last member, and where the phrase stands."""

    word: str
    start: int
    end: int
    join: int  # length of the truncated member inside `word`

    def covers(self, start: int, end: int) -> bool:
        """True if a stem hit at [start, end) of `word` runs from the member into the shared head."""
        return start < self.join < end


@lru_cache(maxsize=8192)
def completed_compounds(text: str) -> tuple[Completed, ...]:
    """Each truncated first member of `text`, completed with every tail of the last member."""
    out = []
    for match in _COORDINATED.finditer(text):
        first, last = match.group(1), match.group(2)
        out += [
            Completed(first + last[cut:].lower(), match.start(1), match.end(2), len(first))
            for cut in range(len(last) - _MIN_HEAD + 1)
        ]
    return tuple(out)


memo_of_texts(completed_compounds.cache_clear)
