"""Heading similarity: how well a sketch's heading names each id of the call's outline.

Fuzzy, part by part, so "Ziele und Maßnahmen" can name two ids, and a word only
counts when it is distinctive for one id ("Region" alone proves nothing).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from sketchproc.numbering import split_number
from sketchproc.profiles.memo import per_profile
from sketchproc.profiles.schema import OutlineSection

__all__ = ["heading_scores"]


# Function words carry no meaning for matching headings ("Ziele des Zentrums").
# fmt: off
_STOPWORDS = frozenset({
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "und", "oder", "sowie",
    "zur", "zum", "zu", "für", "von", "im", "in", "am", "an", "auf", "mit", "nach", "bei", "aus",
    "über", "unter", "wie", "was", "wir", "unser", "unsere", "ihr", "ihre",
})
# fmt: on
# Headings join two topics with these ("Ziele und Maßnahmen", "Zeit-/Arbeitsplan").
_PART_SPLIT = re.compile(r"\s+(?:und|sowie|&)\s+|\s*[/,;]\s*|\s+[–-]\s+")


# The label of an enclosure opening a heading: "Anlage 2:", "Anhang B –", "Anlage 1a".
_ENCLOSURE = re.compile(r"^\W*((?i:anlage|anhang))\s*(?:\d+[a-z]?|[A-Z])\b(?!\.\d)")
# A parenthesis qualifies its heading: "Kostenübersicht (gesamte Laufzeit 36 Monate)" is the
# budget over the runtime, not the schedule too.
_PARENTHESIS = re.compile(r"\([^()]*\)")
# An id named only inside a parenthesis keeps this share of its score: below the heading's
# acceptance (0.86), so it is a hint the section's text must confirm, never a naming on its own
# ("Finanzübersicht (Laufzeit und Zeitplan)" is a budget), and beside an id the words outside
# name it is never a second topic (outline._is_second_part). Only a real naming (at least the
# subset score) is weighed; fuzzy noise of "(Monate 1–6)" stays.
_QUALIFIER_WEIGHT = 0.85


def names_enclosure(title: str) -> bool:
    """True if the heading labels an enclosure: "Anlage 2: …", "Anhang B – …"."""
    return _ENCLOSURE.match(title) is not None


def heading_scores(title: str, outline: Sequence[OutlineSection]) -> dict[str, float]:
    """Similarity 0-1 of a heading to each outline id: the best part against the best name.

    A heading that labels an enclosure ("Anlage 2: Absichtserklärungen der Partner", "Anhang B –
    Kostenplan") is scored by its label: what the enclosure holds is its content, not a chapter.
    """
    names = _outline_names(outline)
    label = _ENCLOSURE.match(title)
    if label is not None:
        return _best_part_scores(label.group(1), names)
    scores = _best_part_scores(title, names)
    outside = _PARENTHESIS.sub(" ", title)
    if outside == title or not _heading_key(outside):
        return scores
    plain = _best_part_scores(outside, names)
    inside = [_best_part_scores(match.group()[1:-1], names) for match in _PARENTHESIS.finditer(title)]
    return {
        outline_id: max(plain[outline_id], score * _QUALIFIER_WEIGHT)
        if _SUBSET_SCORE <= score > plain[outline_id] and any(found[outline_id] >= score for found in inside)
        else score
        for outline_id, score in scores.items()
    }


def _best_part_scores(title: str, names: _OutlineNames) -> dict[str, float]:
    parts = [title, *_PART_SPLIT.split(title)]
    keys = [key for key in (_heading_key(part) for part in parts) if key]
    by_key = [names.scores(key) for key in keys]
    return {
        outline_id: max((scores[outline_id] for scores in by_key), default=0.0) for outline_id in names.ids
    }


class _OutlineNames:
    """One outline's name keys, with each heading key's scores remembered.

    A part's score against an id depends only on the part and the outline, and sketches
    reuse their headings' parts ("Ziele", "Zeitplan"): each part is scored once per process
    instead of against every title and alias for every heading of every sketch.
    """

    def __init__(self, outline: Sequence[OutlineSection]) -> None:
        self.names = {
            spec.id: [_heading_key(name) for name in (spec.title, *spec.aliases)] for spec in outline
        }
        self.ids = tuple(self.names)
        self._scores: dict[str, dict[str, float]] = {}

    def scores(self, key: str) -> dict[str, float]:
        """The similarity of one heading key to each id: the best of its names (0 without any)."""
        cached = self._scores.get(key)
        if cached is None:
            if len(self._scores) >= _MAX_KEYS:
                self._scores.clear()
            owners = _token_owners(self.names, set(key.split()))
            cached = self._scores[key] = {
                outline_id: max(
                    (_similarity(key, name, outline_id, owners) for name in id_names if name), default=0.0
                )
                for outline_id, id_names in self.names.items()
            }
        return cached


# Heading keys remembered per outline: far more than one batch's distinct heading parts.
_MAX_KEYS = 16384


@per_profile
def _outline_names(outline: Sequence[OutlineSection]) -> _OutlineNames:
    """The names of one outline (a profile's immutable tuple), built once per process."""
    return _OutlineNames(outline)


# A heading whose words are all in an outline name (or the reverse) scores this,
# below an exact match, so "Ausgangssituation in Sangerhausen" finds "Ausgangssituation".
_SUBSET_SCORE = 0.92


def _similarity(heading: str, name: str, outline_id: str, owners: dict[str, set[str]]) -> float:
    whole = fuzz.ratio(heading, name) / 100.0
    heading_tokens, name_tokens = heading.split(), name.split()
    shared = [token for token in heading_tokens if any(_same_word(token, other) for other in name_tokens)]
    subset = len(shared) == len(heading_tokens) or all(
        any(_same_word(other, token) for token in heading_tokens) for other in name_tokens
    )
    # Words that several outline ids use ("Region", "Digitale") prove nothing alone.
    distinctive = any(owners.get(token, set()) == {outline_id} for token in shared)
    return max(whole, _SUBSET_SCORE if shared and subset and distinctive else 0.0)


@lru_cache(maxsize=65536)
def _same_word(one: str, other: str) -> bool:
    """Equal, inflected ("Ziel"/"Ziele") or one a compound part of the other ("Beteiligung")."""
    if one == other:
        return True
    if min(len(one), len(other)) >= 5 and (one in other or other in one):
        return True
    return fuzz.ratio(one, other) >= 88


def _token_owners(names: dict[str, list[str]], tokens: set[str]) -> dict[str, set[str]]:
    """For each heading word, the outline ids whose names use it."""
    owners: dict[str, set[str]] = {}
    for token in tokens:
        owners[token] = {
            outline_id
            for outline_id, id_names in names.items()
            if any(_same_word(token, other) for name in id_names for other in name.split())
        }
    return owners


def _heading_key(text: str) -> str:
    _, title = split_number(unicodedata.normalize("NFKC", text))
    words = re.findall(r"\w+", title.casefold())
    return " ".join(word for word in words if word not in _STOPWORDS and not word.isdigit())
