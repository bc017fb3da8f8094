"""Submission records → the `submissions` entries of results.json (results-contract.md)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sketchproc.submissions.records import Change, Disagreement, Submission

__all__ = ["submission_payload"]


def submission_payload(submission: Submission, primary: Mapping[str, Any], rank: int) -> dict[str, Any]:
    """One `submissions` entry; checklist and facts are the primary's (no reviewer decisions yet)."""
    checklist: Mapping[str, Any] = primary.get("checklist") or {}
    return {
        "id": submission.id,
        "rank": rank,
        "primary": submission.primary,
        "sketches": list(submission.sketches),
        "reason": submission.reason,
        "checklist": {
            item: {
                "status": entry.get("status"),
                "severity": entry.get("severity"),
                "tool_status": entry.get("status"),
                "decision": None,
            }
            for item, entry in checklist.items()
        },
        "facts": dict(primary.get("facts") or {}),
        "versions": [
            {"sketches": list(version.sketches), "date": version.date.isoformat() if version.date else None}
            for version in submission.versions
        ],
        "version_order": submission.date_source.value,
        "changes": [_change(change) for change in submission.changes],
        "disagreements": [_disagreement(item) for item in submission.disagreements],
        "conflicts": [],
        "letter": None,
    }


def _change(change: Change) -> dict[str, Any]:
    return {
        "from": change.from_sketch,
        "to": change.to_sketch,
        "from_date": change.from_date.isoformat() if change.from_date else None,
        "sections_added": list(change.sections_added),
        "sections_removed": list(change.sections_removed),
        "checklist": {key: list(pair) for key, pair in change.checklist.items()},
        "facts": {key: list(pair) for key, pair in change.facts.items()},
        "score": list(change.score) if change.score else None,
    }


def _disagreement(item: Disagreement) -> dict[str, Any]:
    return item.model_dump(mode="json")
