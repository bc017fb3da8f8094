"""Reviewer decisions: a filled Entscheidungen.csv → final verdicts and facts per submission.

read_decisions (sheet → checked Decision records, before anything is processed)
→ match_decisions (to submissions; stale when the files changed) → apply_decisions
(results with final verdicts, the tool's kept beside them, ranked again) → sheet_rows
(the pre-filled sheet for the next round, decisions kept)
"""

from __future__ import annotations

from sketchproc.decisions.apply import (
    apply_decisions,
    match_decisions,
    rank_by_final_verdicts,
    submission_fingerprint,
)
from sketchproc.decisions.prefill import FACT_LABELS, STATUS_LABELS, sheet_rows
from sketchproc.decisions.records import Decision, DecisionKind, Outcome
from sketchproc.decisions.sheet import COLUMNS, SHEET_NAME, read_decisions, sheet_text

__all__ = [
    "COLUMNS",
    "FACT_LABELS",
    "SHEET_NAME",
    "STATUS_LABELS",
    "Decision",
    "DecisionKind",
    "Outcome",
    "apply_decisions",
    "match_decisions",
    "rank_by_final_verdicts",
    "read_decisions",
    "sheet_rows",
    "sheet_text",
    "submission_fingerprint",
]
