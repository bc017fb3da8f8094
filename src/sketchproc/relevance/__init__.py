"""Relevance: Smart City / Smart Region relevance of a mapped sketch, explained by its passages.

`score_relevance` chains `counted_passages` (body passages of the counted sections) →
`Signals.read` (stems, markers, negation, call echo, keyword lists) → the multi-label
classifier → `score_dimensions` and `score_criteria` → `Relevance`.

Overall score (all scores 0-100; weights from the profile's taxonomy):

    D = Σ_d w_d · score_d / Σ_d w_d          (dimensions, weight w_d)
    C = Σ_c w_c · score_c / Σ_c w_c          (criteria, weight w_c)
    score = weights.dimensions · D + weights.criteria · C

Evidence lists the passages that earned credit, best first. The result is deterministic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sketchproc.model import Facts, Relevance, RelevanceEvidence
from sketchproc.passages import PassageIndex
from sketchproc.profiles.schema import CallProfile
from sketchproc.relevance.criteria import score_criteria
from sketchproc.relevance.passages import Passage, counted_passages
from sketchproc.relevance.scoring import (
    RelevanceSettings,
    Signals,
    dimension_probabilities,
    score_dimensions,
)
from sketchproc.textmodel import LinearTextModel

__all__ = ["Passage", "RelevanceSettings", "counted_passages", "score_relevance"]


def score_relevance(
    index: PassageIndex,
    facts: Facts,
    profile: CallProfile,
    model: LinearTextModel | None,
    settings: RelevanceSettings | dict[str, Any] | None = None,
) -> Relevance:
    """Score the sketch per dimension and criterion and overall, with the passages behind each score.

    Without a model only the taxonomy stems give credit (the classifier share stays zero).

    Raises:
        ModelError: the model does not score the profile's dimensions.
    """
    resolved = RelevanceSettings.resolve(settings)
    shared = Signals(profile, resolved)
    passages = counted_passages(index, profile, min_heading_cue_chars=resolved.min_heading_cue_chars)
    signals = [shared.read(passage.text) for passage in passages]
    dimension_ids = [dimension.id for dimension in profile.taxonomy.dimensions]
    probabilities = dimension_probabilities(model, [p.text for p in passages], dimension_ids)
    dimensions, dimension_evidence = score_dimensions(
        passages, signals, probabilities, dimension_ids, resolved
    )
    criteria, criteria_evidence = score_criteria(passages, signals, facts, shared)
    return Relevance(
        score=overall_score(profile, dimensions, criteria),
        dimensions=dimensions,
        criteria=criteria,
        evidence=_ordered([*dimension_evidence, *criteria_evidence]),
    )


def overall_score(
    profile: CallProfile, dimensions: Mapping[str, float], criteria: Mapping[str, float]
) -> float:
    """weights.dimensions × weighted mean of dimensions + weights.criteria × that of criteria."""
    taxonomy = profile.taxonomy
    dimension_mean = _weighted_mean([(d.weight, dimensions.get(d.id, 0.0)) for d in taxonomy.dimensions])
    criteria_mean = _weighted_mean([(c.weight, criteria.get(c.id, 0.0)) for c in taxonomy.criteria])
    weights = taxonomy.weights
    if not taxonomy.criteria:  # a profile without criteria puts all weight on the dimensions
        return round(dimension_mean, 1)
    return round(weights.dimensions * dimension_mean + weights.criteria * criteria_mean, 1)


def _weighted_mean(pairs: Sequence[tuple[float, float]]) -> float:
    total = sum(weight for weight, _ in pairs)
    return sum(weight * value for weight, value in pairs) / total if total else 0.0


def _ordered(evidence: Sequence[RelevanceEvidence]) -> tuple[RelevanceEvidence, ...]:
    """Best credit first; ties by dimension, section and quote, so the order is stable."""
    return tuple(
        sorted(
            evidence,
            key=lambda e: (-e.credit, e.dimension, e.section if e.section is not None else -1, e.quote),
        )
    )
