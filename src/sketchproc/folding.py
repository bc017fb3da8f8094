"""Text folded for matching: NFKC, casefolded, umlauts spelled out, with a map back to the original.

Every matcher works on folded text but reports offsets into the original, so a finding
can quote the sketch as written; `FoldedText.original_span` is that map.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sketchproc.text_memo import memo_of_texts

__all__ = ["FoldedText", "fold_text"]

# Characters that vanish before matching: soft hyphen and zero-width marks Word leaves in text.
_DROP = frozenset("\u00ad\u200b\u200c\u200d\ufeff")
_UMLAUTS = (("ä", "ae"), ("ö", "oe"), ("ü", "ue"))


@dataclass(frozen=True, slots=True)
class FoldedText:
    """Normalised text for matching, with each character's span in the original string."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original_length: int

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map the folded span [start, end) to the span of the original text it came from."""
        if end <= start:
            at = self.starts[start] if start < len(self.starts) else self.original_length
            return at, at
        return self.starts[start], self.ends[end - 1]


@lru_cache(maxsize=8192)
def fold_text(text: str, *, ascii_fold: bool = True) -> FoldedText:
    """NFKC-normalise and casefold `text`; with `ascii_fold` also ä→ae, ö→oe, ü→ue (ß→ss always).

    Cached: the checklist and relevance stages fold the same sentences once per term list.
    """
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    index = 0
    while index < len(text):
        stop = _ascii_run_end(text, index)
        if stop > index:
            # NFKC is the identity on ASCII and casefold is lower(): one char for one, in bulk.
            pieces.append(text[index:stop].lower())
            starts.extend(range(index, stop))
            ends.extend(range(index + 1, stop + 1))
            index = stop
            continue
        stop = index + 1
        # A base letter and its combining marks normalise together ("a" + U+0308 → "ä").
        while stop < len(text) and unicodedata.combining(text[stop]):
            stop += 1
        folded = _fold_chunk(text[index:stop], ascii_fold)
        if folded:
            pieces.append(folded)
            starts.extend([index] * len(folded))
            ends.extend([stop] * len(folded))
        index = stop
    return FoldedText("".join(pieces), tuple(starts), tuple(ends), len(text))


memo_of_texts(fold_text.cache_clear)

_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def _ascii_run_end(text: str, index: int) -> int:
    """End of the ASCII run at `index` (`index` if none), short of a letter a combining mark follows."""
    run = _ASCII_RUN.match(text, index)
    if run is None:
        return index
    stop = run.end()
    if stop < len(text) and unicodedata.combining(text[stop]):
        stop -= 1  # that letter folds with its mark, one chunk at a time
    return stop


@lru_cache(maxsize=4096)
def _fold_chunk(chunk: str, ascii_fold: bool) -> str:
    """One character (with its combining marks) folded; "" for characters that vanish."""
    if chunk[0] in _DROP:
        return ""
    folded = unicodedata.normalize("NFKC", chunk).casefold()
    if ascii_fold:
        for umlaut, replacement in _UMLAUTS:
            folded = folded.replace(umlaut, replacement)
    return folded
