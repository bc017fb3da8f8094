"""Memos of text analysis that live for one document.

The stages of one sketch ask the same questions of the same texts: facts normalise the same
passages, the outline, checklist and relevance fold the same sentences. These memos keep
per-character data (two integer offsets per character of a folded or normalised text) for
every text they saw, joined sections of many KB included, bounded only by a count of
entries. In a worker that assesses one sketch after another they grew by about 2 MB per
sketch (95 MB to 524 MB over the 200 bench sketches), while a folded text is hardly ever
asked for again by the next sketch. Each such memo registers how to empty itself here, and
the pipeline forgets them all before it reads the next document.

Kept across documents: the term and marker hits per text (small, and the renderings and
versions of one sketch in a folder repeat their sentences) and the memos keyed by words or
stems (words recur across sketches, and each entry is a few hundred bytes).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["forget_texts", "memo_of_texts"]

_FORGETTERS: list[Callable[[], None]] = []


def memo_of_texts(forget: Callable[[], None]) -> Callable[[], None]:
    """Register `forget`, which empties one memo keyed by whole texts; return it."""
    _FORGETTERS.append(forget)
    return forget


def forget_texts() -> None:
    """Empty every memo keyed by whole texts (a new document is about to be read)."""
    for forget in _FORGETTERS:
        forget()
