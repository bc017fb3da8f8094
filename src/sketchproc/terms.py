"""One term matcher for checklist, outline and relevance: profile stems found in German text.

The chain: `fold_text` (NFKC, casefold, ä→ae ö→oe ü→ue ß→ss, with a map back to the
original offsets) → `TermMatcher` (one precompiled alternation over the folded text,
longest stem first) → `TermHit`s with offsets into the ORIGINAL text. `MarkerSet` finds
the taxonomy's concreteness markers (action verbs, numbers, dates, named actors and places).
Folding lives in `sketchproc.folding` and sentence splitting in `sketchproc.sentences`; both
are re-exported here for the stages that import them with the matchers.

Matching rules (profiles/schema.py docstring, spec §4):

- stems match inside compounds ("breitband" in "Glasfaser-Breitbandnetz");
- short stems (listed in `short_stems` or at most `short_stem_max_chars` long) match only as
  whole tokens or before a hyphen ("KI-gestützt", but not "Kirche");
- hyphens and spaces written in a stem are optional in the text, and a hyphen may appear
  between any two letters of a stem ("Breitband-Ausbau" for "breitbandausbau");
- at one position the longest stem wins, shorter stems inside it do not count;
- a hit inside a word of `Term.not_in` is ignored ("verein" in "Vereinbarung");
- a stem also matches its plural umlaut ("Zukunftswerkstätten" for "zukunftswerkstatt",
  see `sketchproc.umlaut`);
- a `ctx` stem counts only in a sentence with another stem of the same matcher or a marker.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sketchproc.folding import FoldedText, fold_text
from sketchproc.profiles.memo import per_profile
from sketchproc.profiles.schema import CallProfile, Term, term_key
from sketchproc.sentences import split_sentences
from sketchproc.stem_index import SEPARATOR_CLASS, StemIndex, needle_of
from sketchproc.stem_patterns import StemPattern, folded_stem, literals, stem_pattern
from sketchproc.umlaut import umlaut_variant

__all__ = [
    "FoldedText",
    "MarkerHit",
    "MarkerSet",
    "TermHit",
    "TermMatcher",
    "fold_text",
    "split_sentences",
]

_TOKEN_START = r"(?<![^\W_])"
_TOKEN_END = r"(?![^\W_])"
_SEPARATOR_RUN = re.compile(SEPARATOR_CLASS + "+")
# Shared by every matcher of the process; matchers are cached by terms and rules.
_INDEX = StemIndex()
_MATCHERS: dict[tuple[object, ...], TermMatcher] = {}
_MAX_MATCHERS = 1024
# Texts whose hits a matcher or marker set keeps: about one sketch's sentences.
_MAX_MARKED_TEXTS = 8192


# --- terms -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TermHit:
    """A profile term found in a text; `start`/`end` index the original text."""

    term: Term
    start: int
    end: int

    @property
    def key(self) -> str:
        """The comparison form of the stem (see `term_key`)."""
        return term_key(self.term.stem)


class TermMatcher:
    """Finds a fixed set of terms in text: the alternation's semantics, one shared scan.

    Matching behaves like one regex alternation of the stems, longest first, run with
    `finditer` (at a position the first alternative that matches wins, and the search goes
    on after it). The candidates come from the process-wide `StemIndex`, so a sentence is
    scanned once for all matchers; each candidate is confirmed by its stem's own regex.
    """

    def __init__(self, terms: Sequence[Term], short_keys: frozenset[str], short_stem_max_chars: int) -> None:
        self.terms = tuple(terms)
        self._short_keys = short_keys
        self._short_max = short_stem_max_chars
        # key → (term, the spelling its pattern is built from): the stem, then its plural umlaut.
        self._stems: dict[str, tuple[Term, str]] = {}
        for term in self.terms:
            self._stems.setdefault(term_key(term.stem), (term, term.stem))
        for key, (term, stem) in list(self._stems.items()):
            variant = None if self._is_short(key) else umlaut_variant(folded_stem(stem))
            if variant is not None:
                self._stems.setdefault(term_key(variant), (term, variant))
        self._by_key = {key: term for key, (term, _) in self._stems.items()}
        ordered = sorted(self._by_key, key=lambda key: (-len(key), key))
        alternatives = [self._alternative(key) for key in ordered]
        self._alternatives = "|".join(alternatives)
        self._pattern: re.Pattern[str] | None = None
        self._by_needle: dict[str, list[tuple[int, StemPattern]]] | None = {}
        for order, (key, alternative) in enumerate(zip(ordered, alternatives, strict=True)):
            needle = needle_of(literals(self._stems[key][1]))
            if needle is None:
                # A stem the index cannot find: this matcher scans with its own alternation.
                self._by_needle = None
                break
            self._by_needle.setdefault(needle, []).append((order, StemPattern(alternative)))
        if self._by_needle is not None:
            _INDEX.add(self._by_needle)
        self._found: dict[str, tuple[TermHit, ...]] = {}
        self._not_in = {
            key: StemPattern("|".join(stem_pattern(word) for word in term.not_in))
            for key, term in self._by_key.items()
            if term.not_in
        }

    @classmethod
    def from_terms(
        cls,
        terms: Iterable[Term | str],
        *,
        short_stems: Iterable[str] = (),
        short_stem_max_chars: int = 0,
        whole_tokens: bool = False,
    ) -> TermMatcher:
        """Compile `terms`; short stems (listed, or this short) match only as whole tokens.

        With `whole_tokens` every term is matched as a whole token (place names: "Burg" must
        not hit "Magdeburg"). Matchers are cached by their terms and rules, so the stages
        of every sketch reuse the ones built for the first.
        """
        parsed = [Term(stem=term) if isinstance(term, str) else term for term in terms]
        short = frozenset(term_key(stem) for stem in short_stems)
        if whole_tokens:
            short = frozenset(term_key(term.stem) for term in parsed)
        key = (tuple((t.stem, t.ctx, t.not_in) for t in parsed), short, short_stem_max_chars)
        matcher = _MATCHERS.get(key)
        if matcher is None:
            if len(_MATCHERS) >= _MAX_MATCHERS:
                _MATCHERS.clear()
            matcher = _MATCHERS[key] = cls(parsed, short, short_stem_max_chars)
        return matcher

    @classmethod
    def for_profile(cls, terms: Iterable[Term | str], profile: CallProfile) -> TermMatcher:
        """Compile `terms` with the profile's short-stem rules."""
        taxonomy = profile.taxonomy
        return cls.from_terms(
            terms, short_stems=taxonomy.short_stems, short_stem_max_chars=taxonomy.short_stem_max_chars
        )

    def _is_short(self, key: str) -> bool:
        return key in self._short_keys or len(key) <= self._short_max

    def _alternative(self, key: str) -> str:
        term, stem = self._stems[key]
        pattern = stem_pattern(stem)
        if self._is_short(term_key(term.stem)):
            return f"{_TOKEN_START}{pattern}{_TOKEN_END}"
        return pattern

    def find(self, text: str) -> list[TermHit]:
        """Every hit in `text`, `ctx` stems included; offsets index `text` itself."""
        # Kept per text: checklist items share term groups, so half the questions are repeats.
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _MAX_MARKED_TEXTS:
                self._found.clear()
            found = self._found[text] = tuple(self.find_folded(fold_text(text)))
        return list(found)

    def find_folded(self, folded: FoldedText) -> list[TermHit]:
        """Like `find`, on text already folded by `fold_text` (reuse it for several matchers)."""
        hits: list[TermHit] = []
        for match in self._matches(folded.text):
            key = _SEPARATOR_RUN.sub("", match.group())
            term = self._by_key.get(key)
            if term is None or self._inside_excluded_word(key, folded.text, match.start(), match.end()):
                continue
            start, end = folded.original_span(match.start(), match.end())
            hits.append(TermHit(term, start, end))
        return hits

    def _matches(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `re.finditer` of the alternation would give, from the index's candidates."""
        if self._by_needle is None:
            if self._pattern is None:
                # An empty matcher must never match: "(?!)" fails everywhere.
                self._pattern = re.compile(self._alternatives or "(?!)")
            yield from self._pattern.finditer(text)
            return
        yield from _INDEX.matches(text, self._by_needle)

    def _inside_excluded_word(self, key: str, text: str, start: int, end: int) -> bool:
        """True if the hit lies inside an occurrence of one of its term's `not_in` words."""
        pattern = self._not_in.get(key)
        if pattern is None:
            return False
        # A not_in word is at most a few dozen characters longer than the stem.
        window_start = max(0, start - 60)
        return any(
            found.start() <= start and found.end() >= end
            for found in pattern.finditer(text, window_start, min(len(text), end + 60))
        )

    def find_confirmed(self, text: str, markers: MarkerSet | None = None) -> list[TermHit]:
        """Hits of `text` (one sentence) with unconfirmed `ctx` stems dropped.

        A ctx stem is confirmed by another stem of this matcher or by any concreteness marker
        in the same text; pass a single sentence.
        """
        hits = self.find(text)
        if not any(hit.term.ctx for hit in hits):
            return hits
        keys = {hit.key for hit in hits}
        has_marker = markers is not None and markers.has_any(text)
        return [hit for hit in hits if not hit.term.ctx or has_marker or len(keys - {hit.key}) > 0]

    def search(self, text: str) -> bool:
        """True if `text` holds at least one (non-excluded) hit."""
        return bool(self.find(text))


# --- concreteness markers --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MarkerHit:
    """A concreteness marker (taxonomy id) found in a text, offsets into the original."""

    marker: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _MarkerFinder:
    marker: str
    matcher: TermMatcher | None
    regexes: tuple[re.Pattern[str], ...]


class MarkerSet:
    """The taxonomy's concreteness markers: stems, regexes and the actor/place data sets."""

    def __init__(self, finders: Sequence[_MarkerFinder]) -> None:
        self._finders = tuple(finders)
        # Hits by text: checklist groups, ctx confirmation and relevance ask about the same
        # sentence many times.
        self._found: dict[str, tuple[MarkerHit, ...]] = {}

    @classmethod
    def from_profile(cls, profile: CallProfile, ids: Iterable[str] | None = None) -> MarkerSet:
        """Markers `ids` of the profile's taxonomy (all of them when None).

        Raises:
            KeyError: an id is not a concreteness marker of the profile.
        """
        built = _marker_sets(profile)
        key = None if ids is None else tuple(ids)
        if key not in built:
            built[key] = cls._build(profile, key)
        return built[key]

    @classmethod
    def _build(cls, profile: CallProfile, ids: Iterable[str] | None) -> MarkerSet:
        wanted = [m.id for m in profile.taxonomy.concreteness] if ids is None else list(ids)
        finders: list[_MarkerFinder] = []
        for marker_id in wanted:
            marker = profile.taxonomy.marker(marker_id)
            terms: list[Term] = list(marker.terms)
            whole_tokens = False
            if marker.source == "actor_categories":
                terms += [
                    term for category in profile.checklist.actor_categories for term in category.lexicon
                ]
            elif marker.source == "region_gazetteer":
                terms += _place_terms(profile)
                whole_tokens = True
            matcher = None
            if terms and whole_tokens:
                matcher = TermMatcher.from_terms(terms, whole_tokens=True)
            elif terms:
                matcher = TermMatcher.for_profile(terms, profile)
            finders.append(_MarkerFinder(marker.id, matcher, marker.regexes()))
        return cls(finders)

    @property
    def ids(self) -> tuple[str, ...]:
        """The marker ids this set finds."""
        return tuple(finder.marker for finder in self._finders)

    def find(self, text: str) -> list[MarkerHit]:
        """Every marker hit in `text`, ordered by position."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _MAX_MARKED_TEXTS:
                self._found.clear()
            found = self._found[text] = tuple(self._find(text))
        return list(found)

    def _find(self, text: str) -> list[MarkerHit]:
        folded = fold_text(text)
        # Patterns are written for NFKC text with umlauts ("märz"), so they get the unfolded form.
        plain = fold_text(text, ascii_fold=False)
        hits: list[MarkerHit] = []
        for finder in self._finders:
            if finder.matcher is not None:
                hits += [
                    MarkerHit(finder.marker, hit.start, hit.end, text[hit.start : hit.end])
                    for hit in finder.matcher.find_folded(folded)
                ]
            for regex in finder.regexes:
                for match in regex.finditer(plain.text):
                    start, end = plain.original_span(match.start(), match.end())
                    hits.append(MarkerHit(finder.marker, start, end, text[start:end]))
        return sorted(hits, key=lambda hit: (hit.start, hit.end, hit.marker))

    def has_any(self, text: str) -> bool:
        """True if `text` holds at least one marker."""
        return bool(self.find(text))


@per_profile
def _marker_sets(profile: CallProfile) -> dict[tuple[str, ...] | None, MarkerSet]:
    """The marker sets built for a profile, by their ids (None: all markers)."""
    return {}


def _place_terms(profile: CallProfile) -> list[Term]:
    """Gazetteer names as whole-token terms; ambiguous bare names ("Harz") are left out."""
    gazetteer = profile.gazetteer
    names: list[str] = []
    for district in gazetteer.districts:
        names += [] if district.needs_context else [district.name]
        names += [alias for alias in district.aliases if not district.needs_context or " " in alias]
    for place in gazetteer.places:
        names += [] if place.needs_context else [place.name]
        names += [alias for alias in place.aliases if not place.needs_context or " " in alias]
    return [Term(stem=unicodedata.normalize("NFKC", name).lower()) for name in dict.fromkeys(names)]
