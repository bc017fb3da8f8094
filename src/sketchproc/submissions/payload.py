"""Submission records → the `submissions` entries of results.json (results-contract.md)."""

from __future__ import annotations

from sketchproc.results_model import (
    ChangeRecord,
    DisagreementRecord,
    SketchRecord,
    SubmissionCheckRecord,
    SubmissionRecord,
    VersionRecord,
)
from sketchproc.submissions.records import Change, Submission

__all__ = ["submission_record"]


def submission_record(submission: Submission, primary: SketchRecord, rank: int) -> SubmissionRecord:
    """One `submissions` entry; checklist and facts are the primary's (no reviewer decisions yet)."""
    return SubmissionRecord(
        id=submission.id,
        rank=rank,
        primary=submission.primary,
        sketches=submission.sketches,
        reason=submission.reason,
        checklist={
            item: SubmissionCheckRecord(
                status=entry.status, severity=entry.severity, tool_status=entry.status, decision=None
            )
            for item, entry in primary.checklist.items()
        },
        facts=primary.facts,
        versions=tuple(
            VersionRecord(sketches=version.sketches, date=version.date) for version in submission.versions
        ),
        version_order=submission.date_source.value,
        changes=tuple(_change(change) for change in submission.changes),
        disagreements=tuple(
            DisagreementRecord.model_validate(item.model_dump(mode="json"))
            for item in submission.disagreements
        ),
        conflicts=(),
        letter=None,
    )


def _change(change: Change) -> ChangeRecord:
    return ChangeRecord(
        from_sketch=change.from_sketch,
        to_sketch=change.to_sketch,
        from_date=change.from_date,
        sections_added=change.sections_added,
        sections_removed=change.sections_removed,
        checklist=change.checklist,
        facts=change.facts,
        score=change.score,
    )
