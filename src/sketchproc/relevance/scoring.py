"""Dimension scoring: which passages earn credit for which Smart City / Smart Region dimension.

The chain per passage: `Signals.read` finds negations, call echo, keyword-list shape,
buzzwords, concreteness markers and the confirmed dimension stems → `passage_credit` combines
them with the classifier probability → `score_dimensions` sums the credit per dimension (each
passage text once, repeated stems and keyword lists damped) and saturates it to 0-100.

Credit of one passage for one dimension (spec §4 "what counts as evidence", §4.3):

- zero if the sentence is negated, echoes the call, holds only buzzwords, or has no
  concreteness marker;
- with a confirmed stem of the dimension: `term_credit + (1 - term_credit) × p`, where the
  classifier probability p counts only from `min_probability`;
- without a stem: `(1 - term_credit) × p`, and only for a very confident classifier
  (p ≥ `confident_probability`);
- a keyword list (dense enumeration) counts once per dimension, times `keyword_list_weight`;
- a passage whose stems all earned credit before gets `repeat_term_weight` of its credit.

Dimension score = 100 × (1 − exp(−Σ credit / saturation)).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray
from pydantic import Field

from sketchproc.errors import ModelError
from sketchproc.model import RelevanceEvidence
from sketchproc.profiles.checks import Role
from sketchproc.profiles.schema import CallProfile
from sketchproc.relevance.passages import Passage
from sketchproc.settings import StageSettings
from sketchproc.terms import MarkerSet, TermMatcher, fold_text
from sketchproc.textmodel import LinearTextModel

__all__ = [
    "PassageSignals",
    "RelevanceSettings",
    "Signals",
    "dimension_probabilities",
    "evidence_quote",
    "saturate",
    "score_dimensions",
]


class RelevanceSettings(StageSettings):
    """Thresholds and weights of the relevance stage (spec §4)."""

    # Σ credit = saturation gives 63 points, 2× gives 86: about three solid passages make a
    # dimension strong, and a tenth repetition adds almost nothing (§4.3 rule 2).
    saturation: float = Field(1.5, gt=0)
    # Criteria need fewer passages: one concrete Verstetigung plan is already the point.
    criteria_saturation: float = Field(1.0, gt=0)
    # A stem with a concreteness marker is evidence by the spec's own definition; the
    # classifier adds the rest of the credit when it agrees.
    term_credit: float = Field(0.4, ge=0, le=1)
    # Below this probability the classifier is noise and adds nothing.
    min_probability: float = Field(0.5, ge=0, le=1)
    # Without any stem only a classifier this sure gives credit (paraphrases like "Sprechstunde
    # per Video beim Hausarzt" are learned, buzzword prose is not).
    confident_probability: float = Field(0.9, ge=0, le=1)
    # Keyword lists count once per dimension at this share (§4.3 rule 1).
    keyword_list_weight: float = Field(0.3, ge=0, le=1)
    # An enumeration with at least this many items ...
    keyword_list_min_items: int = Field(4, ge=2)
    # ... of at most this many words on average is a keyword list, not a sentence.
    keyword_list_max_item_words: float = Field(3.0, gt=0)
    # A passage whose stems all earned credit before in the dimension adds this share.
    repeat_term_weight: float = Field(0.25, ge=0, le=1)
    # Call echo: word n-grams (words cut to a prefix, so "Koordinierungsstelle" meets the
    # call's "Koordinierungsstellen") shared with the call phrases ...
    echo_ngram: int = Field(3, ge=1)
    echo_prefix_chars: int = Field(6, ge=3)
    # ... covering at least this share of the sentence's words make it a quotation.
    echo_share: float = Field(0.4, gt=0, le=1)
    # Evidence shown per dimension or criterion, and the quote length (spec: ≤ 200 chars).
    evidence_per_dimension: int = Field(3, ge=0)
    quote_max_chars: int = Field(200, ge=20)
    # Heading cues shorter than this would drop real sections ("Stand der Digitalisierung").
    min_heading_cue_chars: int = Field(6, ge=1)
    # Section roles whose passages name the partners (network_breadth, spec §4.2).
    network_sections: tuple[Role, ...] = (Role.NETWORK,)
    # A requires group met only in the passage's block (not the sentence) gives this share.
    requires_context_weight: float = Field(0.5, ge=0, le=1)


# --- per-passage signals -----------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
# Separators of an enumeration: commas, semicolons, slashes and the German "und"/"sowie"/"oder".
_ENUMERATION = re.compile(r"\s*[,;/•·]\s*|\s+(?:und|sowie|oder)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class PassageSignals:
    """What one passage holds, before the classifier is consulted."""

    negated: bool
    echo: bool
    keyword_list: bool
    concrete: bool
    buzzwords: bool
    terms: dict[str, frozenset[str]]  # dimension id → confirmed stem keys

    @property
    def blocked(self) -> bool:
        """True if nothing in the passage may earn credit (negation, echo, no marker)."""
        return self.negated or self.echo or not self.concrete

    @property
    def buzzword_only(self) -> bool:
        """True if buzzwords are the only relevance words of the passage."""
        return self.buzzwords and not any(self.terms.values())


@dataclass
class Signals:
    """The profile's matchers, compiled once per scoring run."""

    profile: CallProfile
    settings: RelevanceSettings
    dimensions: dict[str, TermMatcher] = field(init=False)
    markers: MarkerSet = field(init=False)
    negations: TermMatcher = field(init=False)
    buzzwords: TermMatcher = field(init=False)
    echo_ngrams: frozenset[tuple[str, ...]] = field(init=False)

    def __post_init__(self) -> None:
        taxonomy = self.profile.taxonomy
        self.dimensions = {d.id: TermMatcher.for_profile(d.terms, self.profile) for d in taxonomy.dimensions}
        self.markers = MarkerSet.from_profile(self.profile)
        self.negations = TermMatcher.for_profile(taxonomy.negations, self.profile)
        self.buzzwords = TermMatcher.for_profile(taxonomy.buzzwords, self.profile)
        self.echo_ngrams = frozenset(gram for phrase in taxonomy.call_phrases for gram in self.ngrams(phrase))

    def ngrams(self, text: str) -> list[tuple[str, ...]]:
        """Word n-grams of `text`, each word folded and cut to its prefix."""
        words = self.words(text)
        size = self.settings.echo_ngram
        return [tuple(words[i : i + size]) for i in range(len(words) - size + 1)]

    def words(self, text: str) -> list[str]:
        """Folded words of `text`, cut to the echo prefix length."""
        cut = self.settings.echo_prefix_chars
        return [word[:cut] for word in _WORD.findall(fold_text(text).text)]

    def read(self, text: str) -> PassageSignals:
        """All signals of one passage."""
        return PassageSignals(
            negated=self.negations.search(text),
            echo=self.is_echo(text),
            keyword_list=self.is_keyword_list(text),
            concrete=self.markers.has_any(text),
            buzzwords=self.buzzwords.search(text),
            terms={
                dim: frozenset(hit.key for hit in matcher.find_confirmed(text, self.markers))
                for dim, matcher in self.dimensions.items()
            },
        )

    def is_echo(self, text: str) -> bool:
        """True if the passage's words are largely the call's own phrases (§4.3 rule 3)."""
        words = self.words(text)
        size = self.settings.echo_ngram
        covered: set[int] = set()
        for start in range(len(words) - size + 1):
            if tuple(words[start : start + size]) in self.echo_ngrams:
                covered.update(range(start, start + size))
        return bool(words) and len(covered) / len(words) >= self.settings.echo_share

    def is_keyword_list(self, text: str) -> bool:
        """True for a dense enumeration ("Mobilität, Gesundheit, Bildung, Energie …")."""
        items = [item for item in _ENUMERATION.split(text) if _WORD.search(item)]
        if len(items) < self.settings.keyword_list_min_items:
            return False
        mean_words = sum(len(_WORD.findall(item)) for item in items) / len(items)
        return mean_words <= self.settings.keyword_list_max_item_words


# --- classifier --------------------------------------------------------------------


def dimension_probabilities(
    model: LinearTextModel | None, texts: Sequence[str], dimension_ids: Sequence[str]
) -> NDArray[np.float64]:
    """Classifier probabilities (rows: texts, columns: `dimension_ids`); zeros without a model.

    Raises:
        ModelError: the model does not score the profile's dimensions.
    """
    if model is None or not texts:
        return np.zeros((len(texts), len(dimension_ids)))
    missing = [dim for dim in dimension_ids if dim not in model.classes]
    if missing or not model.multilabel:
        raise ModelError(
            "Das Relevanzmodell passt nicht zum Profil (fehlende Dimensionen: "
            f"{', '.join(missing) or 'keine, aber kein Mehrfachlabel-Modell'}). "
            "Bitte das Modell mit `sketchproc train` neu erzeugen.",
            code="model_version",
        )
    columns = [model.classes.index(dim) for dim in dimension_ids]
    return model.probabilities(list(texts))[:, columns]


# --- credit ------------------------------------------------------------------------


def passage_credit(
    signals: PassageSignals, dimension: str, probability: float, s: RelevanceSettings
) -> float:
    """Credit of one passage for one dimension, before de-duplication (module docstring)."""
    if signals.blocked or signals.buzzword_only:
        return 0.0
    model_part = probability if probability >= s.min_probability else 0.0
    if signals.terms.get(dimension):
        credit = s.term_credit + (1 - s.term_credit) * model_part
    elif probability >= s.confident_probability:
        credit = (1 - s.term_credit) * probability
    else:
        return 0.0
    return credit * (s.keyword_list_weight if signals.keyword_list else 1.0)


@dataclass
class _Tally:
    """Running state of one dimension while passages are credited in document order."""

    total: float = 0.0
    stems: set[str] = field(default_factory=set)
    keyword_list_used: bool = False
    evidence: list[tuple[float, int, Passage]] = field(default_factory=list)


def score_dimensions(
    passages: Sequence[Passage],
    signals: Sequence[PassageSignals],
    probabilities: NDArray[np.float64],
    dimension_ids: Sequence[str],
    settings: RelevanceSettings,
) -> tuple[dict[str, float], list[RelevanceEvidence]]:
    """Saturated 0-100 score per dimension and the passages that earned it."""
    tallies = {dim: _Tally() for dim in dimension_ids}
    seen: set[str] = set()
    for position, (passage, signal) in enumerate(zip(passages, signals, strict=True)):
        if passage.key in seen:
            continue  # a repeated paragraph is one piece of evidence (§4.3 rule 2)
        seen.add(passage.key)
        for column, dim in enumerate(dimension_ids):
            credit = passage_credit(signal, dim, float(probabilities[position, column]), settings)
            if credit > 0:
                _add(
                    tallies[dim], credit, signal.keyword_list, signal.terms[dim], position, passage, settings
                )
    scores = {dim: saturate(tally.total, settings.saturation) for dim, tally in tallies.items()}
    evidence = [
        _evidence(dim, credit, passage, settings)
        for dim, tally in tallies.items()
        for credit, _, passage in _top(tally.evidence, settings.evidence_per_dimension)
    ]
    return scores, evidence


def _add(
    tally: _Tally,
    credit: float,
    keyword_list: bool,
    stems: frozenset[str],
    position: int,
    passage: Passage,
    settings: RelevanceSettings,
) -> None:
    if keyword_list:
        if tally.keyword_list_used:
            return  # one keyword list per dimension at most (§4.3 rule 1)
        tally.keyword_list_used = True
    if stems and stems <= tally.stems:
        credit *= settings.repeat_term_weight  # the same stems again add little
    tally.stems |= stems
    tally.total += credit
    tally.evidence.append((credit, position, passage))


def _top(entries: list[tuple[float, int, Passage]], count: int) -> list[tuple[float, int, Passage]]:
    """The `count` best entries, ties broken by document order so output is deterministic."""
    return sorted(entries, key=lambda entry: (-entry[0], entry[1]))[:count]


def _evidence(dim: str, credit: float, passage: Passage, settings: RelevanceSettings) -> RelevanceEvidence:
    return RelevanceEvidence(
        dimension=dim,
        quote=evidence_quote(passage.text, settings.quote_max_chars),
        page=passage.page,
        section=passage.section,
        credit=round(credit, 3),
    )


def evidence_quote(text: str, limit: int) -> str:
    """The passage as a quote of at most `limit` characters, cut at a word with "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def saturate(total: float, saturation: float) -> float:
    """100 × (1 − exp(−total / saturation)), rounded to one decimal."""
    return round(100.0 * (1.0 - math.exp(-total / saturation)), 1)
