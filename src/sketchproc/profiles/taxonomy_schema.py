"""Schema of taxonomy.yaml: dimensions, criteria, concreteness markers and weights."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import Field, field_validator, model_validator

from sketchproc.profiles.base_schema import (
    MARKER_SOURCES,
    Id,
    ProfileModel,
    Share,
    Term,
    TermGroup,
    Text,
    by_id,
    term_key,
    unique_ids,
)


class Dimension(ProfileModel):
    """A thematic Smart City / Smart Region dimension; each stem belongs to one dimension only."""

    id: Id
    label: Text
    weight: float = Field(ge=0)
    terms: tuple[Term, ...] = Field(min_length=1)


class CriterionMethod(StrEnum):
    """How a cross-cutting criterion is scored."""

    TERMS = "terms"  # stems plus concreteness, and every `requires` group in the same passage
    CATEGORY_SHARE = "category_share"  # share of checklist actor categories with a named partner


class Criterion(ProfileModel):
    """A cross-cutting quality criterion; its stems may reuse dimension stems."""

    id: Id
    label: Text
    weight: float = Field(ge=0)
    method: CriterionMethod = CriterionMethod.TERMS
    terms: tuple[Term, ...] = ()
    requires: tuple[TermGroup, ...] = ()  # "counts when": all groups in the same passage

    @model_validator(mode="after")
    def _terms_for_term_method(self) -> Criterion:
        if self.method is CriterionMethod.TERMS and not self.terms:
            raise ValueError("terms: darf bei method 'terms' nicht leer sein")
        return self


class Marker(ProfileModel):
    """A class of concreteness marker: stems, regular expressions, or another file's data set."""

    id: Id
    label: Text
    terms: tuple[Term, ...] = ()
    patterns: tuple[Text, ...] = ()  # Python regexes, applied with re.IGNORECASE to normalised text
    source: str | None = None  # one of MARKER_SOURCES

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for index, pattern in enumerate(patterns):
            try:
                re.compile(pattern, re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"[{index}]: kein gültiger regulärer Ausdruck ({exc})") from exc
        return patterns

    @model_validator(mode="after")
    def _has_content(self) -> Marker:
        if self.source is not None and self.source not in MARKER_SOURCES:
            raise ValueError(f"source: '{self.source}' unbekannt; erlaubt: {', '.join(MARKER_SOURCES)}")
        if not (self.terms or self.patterns or self.source):
            raise ValueError("terms, patterns oder source muss angegeben sein")
        return self

    def regexes(self) -> tuple[re.Pattern[str], ...]:
        """Return the compiled patterns."""
        return tuple(re.compile(pattern, re.IGNORECASE) for pattern in self.patterns)


class Weights(ProfileModel):
    """Shares of dimensions and criteria in the overall score; they sum to 1."""

    dimensions: Share
    criteria: Share

    @model_validator(mode="after")
    def _sum_to_one(self) -> Weights:
        if abs(self.dimensions + self.criteria - 1) > 1e-9:
            raise ValueError("dimensions + criteria muss 1 ergeben")
        return self


class Taxonomy(ProfileModel):
    """Contents of taxonomy.yaml."""

    weights: Weights
    dimensions: tuple[Dimension, ...] = Field(min_length=1)
    criteria: tuple[Criterion, ...] = ()
    buzzwords: tuple[Term, ...] = ()  # never earn credit on their own
    concreteness: tuple[Marker, ...] = Field(min_length=1)
    negations: tuple[Term, ...] = ()  # cancel all credit of their sentence
    excluded_zones: tuple[Id, ...] = ()  # outline block or section ids that give no credit
    short_stems: tuple[Text, ...] = ()  # match only as whole tokens or before a hyphen
    short_stem_max_chars: int = Field(ge=1)  # every stem this short must be in short_stems
    call_phrases: tuple[Text, ...] = ()  # call wording; echoing it is quotation, not commitment

    @model_validator(mode="after")
    def _consistent(self) -> Taxonomy:
        unique_ids(self.dimensions, "dimensions")
        unique_ids(self.criteria, "criteria")
        unique_ids(self.concreteness, "concreteness")
        self._one_dimension_per_stem()
        for group, weighted in (("dimensions", self.dimensions), ("criteria", self.criteria)):
            if weighted and not any(entry.weight > 0 for entry in weighted):
                raise ValueError(f"{group}: mindestens ein Gewicht muss größer als 0 sein")
        return self

    def _one_dimension_per_stem(self) -> None:
        owner: dict[str, str] = {}
        for index, dimension in enumerate(self.dimensions):
            for position, term in enumerate(dimension.terms):
                key = term_key(term.stem)
                if key in owner:
                    raise ValueError(
                        f"dimensions[{index}].terms[{position}]: Stamm '{term.stem}' "
                        f"gehört schon zur Dimension '{owner[key]}'"
                    )
                owner[key] = dimension.id

    def marker(self, marker_id: str) -> Marker:
        """Return the concreteness marker with this id; raise KeyError if there is none."""
        return by_id(self.concreteness, marker_id)
