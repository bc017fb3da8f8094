"""results.json: inputs, sketches and submissions per the results contract, ranked, deterministic.

Ranking rule: a sketch with at least one hard checklist item "violated" (a
formal exclusion reason) ranks after every sketch without one; within each of
the two groups sketches are ordered by relevance score, highest first; equal
scores are ordered by path. Rank 1 is the best sketch. Submissions (the files
holding one sketch, grouped by `sketchproc.submissions`) are ranked by the same
rule applied to their primary file.

The same inputs give byte-identical output: no timestamps, keys sorted, inputs
ordered by path and sketches by rank, and no worker-side file paths inside.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sketchproc.batch.cache import atomic_write
from sketchproc.batch.discover import Entry, ErrorDict, readable_path
from sketchproc.batch.worker import Outcome
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.tabular import dump_json
from sketchproc.results_model import (
    Counts,
    InputRecord,
    ProfileRef,
    Results,
    SketchBody,
    SketchPayload,
    SketchRecord,
    SubmissionRecord,
)
from sketchproc.submissions import PRIMARY_RULE, Submission, group_submissions
from sketchproc.submissions.payload import submission_record

__all__ = [
    "RANKING_RULE",
    "SCHEMA",
    "build_results",
    "find_duplicates",
    "rank_sketches",
    "rank_submissions",
    "sketch_id",
    "write_results",
]

SCHEMA = "sketchproc.results/1"
RANKING_RULE = (
    "Einreichungen mit mindestens einem verletzten Muss-Kriterium stehen hinter allen anderen; "
    "innerhalb beider Gruppen wird nach Relevanzpunktzahl absteigend sortiert, "
    "bei Gleichstand nach Dateipfad. Jede Einreichung wird nach ihrer Hauptdatei beurteilt."
)
# Keys of the pipeline's payload that do not belong into results.json: the full section text
# is bulky (the summaries carry it), and the profile is stated once at the top.
_DROPPED_KEYS = ("profile",)
_DROPPED_SECTION_KEYS = ("text",)


def sketch_id(sha256: str) -> str:
    """A sketch's stable id: the first 12 hex digits of its content hash."""
    return sha256[:12]


def trim_payload(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The worker's payload without the keys results.json leaves out, every string valid UTF-8."""
    trimmed = {key: value for key, value in payload.items() if key not in _DROPPED_KEYS}
    trimmed["sections"] = [
        {key: value for key, value in section.items() if key not in _DROPPED_SECTION_KEYS}
        for section in payload.get("sections", [])
    ]
    readable: dict[str, Any] = _readable(trimmed)
    return readable


def _readable(value: Any) -> Any:
    """`value` with each string made writable as UTF-8 (`readable_path`).

    A file name that is not valid UTF-8 reaches the payload as the worker's path (with
    surrogate escapes), which neither the cache nor results.json could encode.
    """
    if isinstance(value, str):
        return readable_path(value)
    if isinstance(value, dict):
        return {_readable(key): _readable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_readable(item) for item in value]
    return value


def find_duplicates(entries: list[Entry]) -> dict[str, Entry]:
    """Map the path of each later copy to the first entry (by path) with the same content.

    Rejected entries and empty files take no part: every empty file has the same hash,
    and reporting the tenth empty upload as a copy of the first would hide the real problem.
    """
    first: dict[str, Entry] = {}
    copies: dict[str, Entry] = {}
    for entry in sorted(entries, key=lambda item: item.path):
        if entry.error is not None or entry.sha256 is None or entry.local is None:
            continue
        if entry.local.stat().st_size == 0:
            continue
        original = first.setdefault(entry.sha256, entry)
        if original is not entry:
            copies[entry.path] = original
    return copies


def build_results(
    profile: CallProfile,
    entries: list[Entry],
    outcomes: Mapping[str, Outcome],
    payloads: Mapping[str, SketchPayload],
    duplicates: Mapping[str, Entry],
    modified: Mapping[str, date] | None = None,
) -> Results:
    """The results: `outcomes` and `payloads` by path for every processed entry, `duplicates` from above.

    `modified` (path → the file's modification date) orders versions without a date of their own.
    """
    inputs = [_input(entry, outcomes, duplicates) for entry in sorted(entries, key=lambda item: item.path)]
    processed = [(entry, payloads[entry.path]) for entry in entries if entry.path in payloads]
    # Grouping reads the payload with its fingerprint, which results.json leaves out.
    submissions = group_submissions(
        [_grouping_view(entry, payload) for entry, payload in processed], modified
    )
    ranked = rank_sketches([_sketch(entry, payload) for entry, payload in processed])
    counts = {status: sum(item.status == status for item in inputs) for status in _STATUSES}
    return Results(
        schema_=SCHEMA,
        profile=ProfileRef(id=profile.id, sha256=profile.sha256),
        ranking_rule=RANKING_RULE,
        primary_rule=PRIMARY_RULE,
        counts=Counts(**counts, submissions=len(submissions)),
        inputs=tuple(inputs),
        sketches=_with_submission(ranked, submissions),
        submissions=tuple(rank_submissions(submissions, ranked)),
    )


def rank_submissions(
    submissions: list[Submission], sketches: Sequence[SketchRecord]
) -> list[SubmissionRecord]:
    """The contract's `submissions`, ranked by their primary sketch (ranking rule above)."""
    by_id = {sketch.id: sketch for sketch in sketches}
    ordered = sorted(submissions, key=lambda item: by_id[item.primary].rank)
    return [
        submission_record(submission, by_id[submission.primary], rank)
        for rank, submission in enumerate(ordered, start=1)
    ]


def _with_submission(sketches: list[SketchRecord], submissions: list[Submission]) -> tuple[SketchRecord, ...]:
    owner = {member: submission.id for submission in submissions for member in submission.sketches}
    return tuple(sketch.model_copy(update={"submission": owner[sketch.id]}) for sketch in sketches)


_STATUSES = ("ok", "failed", "duplicate")


def _input(entry: Entry, outcomes: Mapping[str, Outcome], duplicates: Mapping[str, Entry]) -> InputRecord:
    return InputRecord.model_validate(_input_entry(entry, outcomes, duplicates))


def _input_entry(
    entry: Entry, outcomes: Mapping[str, Outcome], duplicates: Mapping[str, Entry]
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "path": entry.path,
        "sha256": entry.sha256,
        "status": "failed",
        "sketch": None,
        "error": entry.error,
        "duplicate_of": None,
    }
    if entry.error is not None:
        return record
    original = duplicates.get(entry.path)
    outcome = outcomes[(original or entry).path]
    if outcome["status"] != "ok":
        record["error"] = _copy_error(entry, original, outcome["error"])
        return record
    assert entry.sha256 is not None  # only rejected entries lack a hash
    record["status"] = "duplicate" if original else "ok"
    record["sketch"] = sketch_id(entry.sha256)
    record["duplicate_of"] = original.path if original else None
    return record


def _copy_error(entry: Entry, original: Entry | None, error: ErrorDict | None) -> ErrorDict:
    """A copy of a failed file fails too, and says where the problem was reported first."""
    error = error or {"code": "internal_error", "message": f"{entry.path}: Kein Ergebnis."}
    if original is None:
        return error
    return {
        "code": error["code"],
        "message": f"{entry.path}: Inhalt identisch mit „{original.path}“; dort: {error['message']}",
    }


def _sketch(entry: Entry, payload: SketchPayload) -> SketchRecord:
    assert entry.sha256 is not None
    body = {name: getattr(payload, name) for name in SketchBody.model_fields}
    # The worker saw a scratch or cached path; the contract wants the path under INPUT_DIR.
    body.update(id=sketch_id(entry.sha256), path=entry.path, sha256=entry.sha256, rank=0)
    return SketchRecord.model_validate(body)


def _grouping_view(entry: Entry, payload: SketchPayload) -> dict[str, Any]:
    assert entry.sha256 is not None
    view: dict[str, Any] = payload.model_dump(mode="json")
    view.update(id=sketch_id(entry.sha256), path=entry.path)
    return view


def rank_sketches(sketches: list[SketchRecord]) -> list[SketchRecord]:
    """Sort by the ranking rule (module docstring) and number them from 1."""
    ordered = sorted(sketches, key=lambda sketch: (sketch.excluded, -_score(sketch), sketch.path))
    return [sketch.model_copy(update={"rank": rank}) for rank, sketch in enumerate(ordered, start=1)]


def _score(sketch: SketchRecord) -> float:
    # A sketch without relevance (not expected from `score`) sorts last within its group.
    return float(sketch.relevance.score) if sketch.relevance else -1.0


def write_results(results: Results, target: Path) -> Path:
    """Write results.json deterministically and atomically; return its path.

    Raises:
        OSError: the output folder cannot be written.
    """
    atomic_write(target, dump_json(results.dump()))
    return target
