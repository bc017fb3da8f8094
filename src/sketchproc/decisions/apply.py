"""Decisions + results → final results: verdicts and facts as decided, the tool's kept beside them.

    decisions → matched to submissions (by id or by any file's path) → stale ones set aside
    → checklist statuses and facts replaced → submissions ranked again by the final verdicts

A decision is stale when the fingerprint of its submission's files differs from the one in the
sheet: the files changed since it was made, so it is reported and not applied.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from sketchproc.decisions.records import Decision, DecisionKind, Outcome
from sketchproc.errors import ReviewError

__all__ = ["apply_decisions", "match_decisions", "rank_by_final_verdicts", "submission_fingerprint"]


def submission_fingerprint(submission: Mapping[str, Any], sketches: Mapping[str, Mapping[str, Any]]) -> str:
    """A short hash over the content hashes of the submission's files (order-independent)."""
    hashes = sorted(
        str(sketches.get(member, {}).get("sha256") or member) for member in submission["sketches"]
    )
    return hashlib.sha256("\n".join(hashes).encode()).hexdigest()[:16]


def match_decisions(decisions: Sequence[Decision], results: Mapping[str, Any], sheet: str) -> list[Outcome]:
    """Each decision with its submission id and whether it is stale.

    Raises:
        ReviewError: a decision names no submission of this run, or two decide the same thing.
    """
    sketches = {str(s["id"]): s for s in results.get("sketches", [])}
    owner = {
        str(member): str(sub["id"]) for sub in results.get("submissions", []) for member in sub["sketches"]
    }
    by_ref = {str(sub["id"]): str(sub["id"]) for sub in results.get("submissions", [])}
    for entry in results.get("inputs", []):
        if entry.get("sketch") in owner:
            by_ref[str(entry["path"])] = owner[str(entry["sketch"])]
    fingerprints = {
        str(sub["id"]): submission_fingerprint(sub, sketches) for sub in results.get("submissions", [])
    }
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


def apply_decisions(results: Mapping[str, Any], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    """A copy of `results` with the fresh decisions applied and the stale ones listed, ranked again."""
    final = copy.deepcopy(dict(results))
    by_id = {str(sub["id"]): sub for sub in final.get("submissions", [])}
    for submission in by_id.values():
        submission.setdefault("fact_decisions", {})
        submission.setdefault("stale_decisions", [])
    for outcome in outcomes:
        submission, decision = by_id[outcome.submission_id], outcome.decision
        if outcome.stale:
            submission["stale_decisions"].append(
                {"key": decision.key, "decision": decision.written, "note": decision.note, "by": decision.by}
            )
        elif decision.kind is DecisionKind.ITEM:
            entry = submission["checklist"][decision.key]
            entry["status"] = decision.value
            entry["decision"] = {"status": decision.value, "note": decision.note, "by": decision.by}
        else:
            old = submission["facts"].get(decision.key)
            submission["facts"][decision.key] = decision.value
            submission["fact_decisions"][decision.key] = {
                "tool": old,
                "value": decision.value,
                "note": decision.note,
                "by": decision.by,
            }
    for submission in by_id.values():
        submission["stale_decisions"].sort(key=lambda item: item["key"])
    final["submissions"] = rank_by_final_verdicts(final.get("submissions", []), final.get("sketches", []))
    return final


def rank_by_final_verdicts(
    submissions: Sequence[dict[str, Any]], sketches: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The ranking rule (batch.results) on the submissions' final verdicts and their primary's score."""
    by_id = {str(sketch["id"]): sketch for sketch in sketches}

    def key(submission: Mapping[str, Any]) -> tuple[bool, float, str]:
        primary = by_id.get(str(submission["primary"]), {})
        relevance = primary.get("relevance") or {}
        score = float(relevance["score"]) if relevance.get("score") is not None else -1.0
        excluded = any(
            item.get("severity") == "hard" and item.get("status") == "violated"
            for item in (submission.get("checklist") or {}).values()
        )
        return excluded, -score, str(primary.get("path", ""))

    ordered = sorted(submissions, key=key)
    return [{**submission, "rank": rank} for rank, submission in enumerate(ordered, start=1)]
