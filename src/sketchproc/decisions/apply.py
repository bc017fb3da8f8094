"""Decisions + results → final results: verdicts and facts as decided, the tool's kept beside them.

    decisions → matched to submissions (by id or by any file's path) → stale ones set aside
    → checklist statuses and facts replaced → submissions ranked again by the final verdicts

A decision is stale when the fingerprint of its submission's files differs from the one in the
sheet: the files changed since it was made, so it is reported and not applied.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from sketchproc.decisions.records import Decision, DecisionKind, Outcome
from sketchproc.errors import ReviewError
from sketchproc.model import CheckStatus
from sketchproc.profiles.checklist_schema import Severity
from sketchproc.results_model import (
    DecisionRecord,
    FactDecisionRecord,
    Results,
    SketchRecord,
    StaleDecisionRecord,
    SubmissionRecord,
    validate_results,
)

__all__ = ["apply_decisions", "match_decisions", "rank_by_final_verdicts", "submission_fingerprint"]


def submission_fingerprint(submission: SubmissionRecord, sketches: Mapping[str, SketchRecord]) -> str:
    """A short hash over the content hashes of the submission's files (order-independent)."""
    hashes = sorted(
        str((sketch.sha256 if (sketch := sketches.get(member)) else None) or member)
        for member in submission.sketches
    )
    return hashlib.sha256("\n".join(hashes).encode()).hexdigest()[:16]


def match_decisions(
    decisions: Sequence[Decision], results: Results | Mapping[str, Any], sheet: str
) -> list[Outcome]:
    """Each decision with its submission id and whether it is stale.

    Raises:
        ReviewError: a decision names no submission of this run, or two decide the same thing.
        ResultsError: `results` do not fit the results contract.
    """
    results = validate_results(results)
    submissions = results.submissions or ()
    sketches = {sketch.id: sketch for sketch in results.sketches}
    owner = {member: sub.id for sub in submissions for member in sub.sketches}
    by_ref = {sub.id: sub.id for sub in submissions}
    for entry in results.inputs:
        if entry.sketch in owner:
            by_ref[entry.path] = owner[entry.sketch]
    fingerprints = {sub.id: submission_fingerprint(sub, sketches) for sub in submissions}
    outcomes: list[Outcome] = []
    seen: dict[tuple[str, str], int] = {}
    for decision in decisions:
        submission = by_ref.get(decision.submission.replace("\\", "/"))
        if submission is None:
            raise ReviewError(
                f"{sheet}, Zeile {decision.line}: Die Einreichung „{decision.submission}“ gibt es in diesem "
                "Lauf nicht. Bitte Kennung oder Dateipfad (relativ zum Eingangsordner) aus dem "
                "vorausgefüllten Entscheidungen.csv übernehmen oder die Zeile löschen."
            )
        earlier = seen.setdefault((submission, decision.key), decision.line)
        if earlier != decision.line:
            raise ReviewError(
                f"{sheet}, Zeile {decision.line}: „{decision.key}“ dieser Einreichung ist schon in Zeile "
                f"{earlier} entschieden. Bitte nur eine der beiden Zeilen behalten."
            )
        stale = decision.fingerprint is not None and decision.fingerprint != fingerprints[submission]
        outcomes.append(Outcome(decision=decision, submission_id=submission, stale=stale))
    return outcomes


def apply_decisions(results: Results | Mapping[str, Any], outcomes: Sequence[Outcome]) -> Results:
    """`results` with the fresh decisions applied and the stale ones listed, ranked again.

    Raises:
        ResultsError: `results` do not fit the results contract.
    """
    results = validate_results(results)
    mine: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        mine.setdefault(outcome.submission_id, []).append(outcome)
    submissions = [_decided(sub, mine.get(sub.id, [])) for sub in results.submissions or ()]
    ranked = rank_by_final_verdicts(submissions, results.sketches)
    return results.model_copy(update={"submissions": tuple(ranked)})


def _decided(submission: SubmissionRecord, outcomes: Sequence[Outcome]) -> SubmissionRecord:
    """One submission with its decisions: items and facts replaced, stale decisions listed."""
    checklist = dict(submission.checklist)
    facts = submission.facts.model_dump()
    fact_decisions = dict(submission.fact_decisions)
    stale = list(submission.stale_decisions)
    for outcome in outcomes:
        decision = outcome.decision
        if outcome.stale:
            stale.append(
                StaleDecisionRecord(
                    key=decision.key, decision=decision.written, note=decision.note, by=decision.by
                )
            )
        elif decision.kind is DecisionKind.ITEM:
            mark = DecisionRecord(status=decision.value, note=decision.note, by=decision.by)
            checklist[decision.key] = checklist[decision.key].model_copy(
                update={"status": mark.status, "decision": mark}
            )
        else:
            old = submission.facts.model_dump(mode="json").get(decision.key)
            facts[decision.key] = decision.value
            fact_decisions[decision.key] = FactDecisionRecord(
                tool=old, value=decision.value, note=decision.note, by=decision.by
            )
    stale.sort(key=lambda item: item.key)
    return submission.model_copy(
        update={
            "checklist": checklist,
            "facts": type(submission.facts).model_validate(facts),
            "fact_decisions": fact_decisions,
            "stale_decisions": tuple(stale),
        }
    )


def rank_by_final_verdicts(
    submissions: Sequence[SubmissionRecord], sketches: Sequence[SketchRecord]
) -> list[SubmissionRecord]:
    """The ranking rule (batch.results) on the submissions' final verdicts and their primary's score."""
    by_id = {sketch.id: sketch for sketch in sketches}

    def key(submission: SubmissionRecord) -> tuple[bool, float, str]:
        primary = by_id.get(submission.primary)
        relevance = primary.relevance if primary else None
        score = float(relevance.score) if relevance else -1.0
        excluded = any(
            item.severity is Severity.HARD and item.status is CheckStatus.VIOLATED
            for item in submission.checklist.values()
        )
        return excluded, -score, primary.path if primary else ""

    ordered = sorted(submissions, key=key)
    return [submission.model_copy(update={"rank": rank}) for rank, submission in enumerate(ordered, start=1)]
