"""Typed records of results.json (shared/spec/results-contract.md), from the worker to the renderers.

    worker payload → SketchPayload (validated in the parent, and when read from the cache)
    → Results (inputs, SketchRecord, SubmissionRecord; decisions, conflicts and letters applied)
    → results.json (`Results.dump`, sorted keys) and the view-model every renderer reads

`validate_payload` and `validate_results` turn pydantic's ValidationError into a German
`ResultsError` that names the record and the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import ValidationError

from sketchproc.errors import ResultsError
from sketchproc.results_model.base import FactValue, ResultRecord
from sketchproc.results_model.results import Counts, ErrorRecord, InputRecord, ProfileRef, Results
from sketchproc.results_model.sketch import (
    AbstractRecord,
    CheckRecord,
    CoverageRecord,
    EvidenceRecord,
    FactsRecord,
    PartnerRecord,
    RelevanceEvidenceRecord,
    RelevanceRecord,
    SectionRecord,
    SketchBody,
    SketchPayload,
    SketchRecord,
)
from sketchproc.results_model.submission import (
    ChangeRecord,
    ConflictRecord,
    DecisionRecord,
    DisagreementRecord,
    FactDecisionRecord,
    StaleDecisionRecord,
    SubmissionCheckRecord,
    SubmissionRecord,
    VersionRecord,
)

__all__ = [
    "AbstractRecord",
    "ChangeRecord",
    "CheckRecord",
    "ConflictRecord",
    "Counts",
    "CoverageRecord",
    "DecisionRecord",
    "DisagreementRecord",
    "ErrorRecord",
    "EvidenceRecord",
    "FactDecisionRecord",
    "FactValue",
    "FactsRecord",
    "InputRecord",
    "PartnerRecord",
    "ProfileRef",
    "RelevanceEvidenceRecord",
    "RelevanceRecord",
    "ResultRecord",
    "Results",
    "ResultsError",
    "SectionRecord",
    "SketchBody",
    "SketchPayload",
    "SketchRecord",
    "StaleDecisionRecord",
    "SubmissionCheckRecord",
    "SubmissionRecord",
    "VersionRecord",
    "validate_payload",
    "validate_results",
]

R = TypeVar("R", bound=ResultRecord)


def validate_payload(payload: Mapping[str, Any]) -> SketchPayload:
    """A worker's (trimmed) payload as a typed record.

    Raises:
        ResultsError: a key is missing, unknown or of the wrong type (the message names it).
    """
    fix = "Das ist ein Fehler in sketchproc; bitte mit dieser Meldung an das sketchproc-Team melden."
    return _validate(SketchPayload, payload, "Das Ergebnis einer Datei", fix)


def validate_results(results: Mapping[str, Any] | Results) -> Results:
    """results.json (as read, or as built) as a typed record; a `Results` is returned as it is.

    Raises:
        ResultsError: a key is missing, unknown or of the wrong type (the message names it).
    """
    if isinstance(results, Results):
        return results
    fix = "Bitte results.json mit „sketchproc run“ neu erzeugen, statt sie von Hand zu ändern."
    return _validate(Results, results, "results.json", fix)


def _validate(model: type[R], value: Mapping[str, Any], what: str, fix: str) -> R:
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        problems = "; ".join(
            f"{_where(error['loc'])}: {_problem(error['type'], error['msg'])}" for error in exc.errors()[:5]
        )
        more = f" (und {exc.error_count() - 5} weitere)" if exc.error_count() > 5 else ""
        raise ResultsError(
            f"{what} passt nicht zum Ergebnisformat (results-contract.md): {problems}{more}. {fix}"
        ) from exc


def _where(location: tuple[int | str, ...]) -> str:
    """A field's place as a path ("sketches.0.facts.grant_eur"), "(oben)" for the record itself."""
    return ".".join(str(part) for part in location) or "(oben)"


def _problem(kind: str, message: str) -> str:
    if kind == "missing":
        return "Feld fehlt"
    if kind == "extra_forbidden":
        return "unbekanntes Feld"
    return message
