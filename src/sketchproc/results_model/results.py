"""results.json as one typed record: inputs, sketches and submissions (results-contract.md)."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from sketchproc.results_model.base import ResultRecord
from sketchproc.results_model.sketch import SketchRecord
from sketchproc.results_model.submission import SubmissionRecord

__all__ = ["Counts", "ErrorRecord", "InputRecord", "ProfileRef", "Results"]


class ProfileRef(ResultRecord):
    """The call profile the results were computed with."""

    id: str
    sha256: str


class ErrorRecord(ResultRecord):
    """Why a file failed: a stable code and a German message naming the problem and the fix."""

    code: str
    message: str


class InputRecord(ResultRecord):
    """One file found under INPUT_DIR; every file appears exactly once."""

    path: str  # relative to INPUT_DIR, '/'-separated
    sha256: str | None
    status: str  # ok | failed | duplicate
    sketch: str | None
    error: ErrorRecord | None
    duplicate_of: str | None = None


class Counts(ResultRecord):
    """How many inputs ended in each status, and how many submissions there are."""

    ok: int
    failed: int
    duplicate: int
    submissions: int


class Results(ResultRecord):
    """The whole of results.json."""

    schema_: str = Field(alias="schema")  # "sketchproc.results/1"
    profile: ProfileRef
    inputs: tuple[InputRecord, ...]
    sketches: tuple[SketchRecord, ...]
    submissions: tuple[SubmissionRecord, ...] | None = None  # None: written before submissions
    ranking_rule: str | None = None
    primary_rule: str | None = None
    counts: Counts | None = None
    generated: str | None = None  # a date written by other tools; sketchproc never writes one

    def dump(self) -> dict[str, Any]:
        """The plain JSON value written to results.json (keys absent on input stay absent)."""
        absent = {"submissions", "ranking_rule", "primary_rule", "counts", "generated"}
        return self.model_dump(mode="json", by_alias=True, exclude=absent - self.model_fields_set)
