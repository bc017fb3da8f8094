"""The reviewer's parts of the view-model: decisions, stale decisions, conflicts, the letter.

`final_sketch` shows a submission through its primary file with the final verdicts and facts,
so every renderer shows what the reviewers decided and marks it "manuell geprüft (Name)".
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sketchproc.profiles.schema import CallProfile
from sketchproc.render.labels import FACT_LABELS, STATUS_LABELS, item_labels
from sketchproc.render.submission_view import fact_text

__all__ = ["ConflictLine", "ReviewParts", "decision_mark", "final_sketch", "review_parts"]


@dataclass(frozen=True)
class ConflictLine:
    """A board member who should check their impartiality on this submission."""

    member: str
    organisation: str
    role: str
    quote: str
    page: int | None


@dataclass(frozen=True)
class ReviewParts:
    """What reviewers decided on a submission and what the board must know about it."""

    decisions: tuple[str, ...]  # "manuell geprüft (Name): …", items first, then facts
    stale: tuple[str, ...]  # decisions not applied because the files changed
    conflicts: tuple[ConflictLine, ...]
    letter: str | None  # path under OUT_DIR of the letter asking for missing items


def decision_mark(by: str, text: str, note: str) -> str:
    """The one wording of a reviewer's mark: "manuell geprüft (Name): erfüllt – reason"."""
    return f"manuell geprüft ({by}): {text}" + (f" – {note}" if note else "")


def final_sketch(primary: Mapping[str, Any], submission: Mapping[str, Any]) -> dict[str, Any]:
    """The primary's entry with the submission's final checklist statuses and facts."""
    sketch = copy.deepcopy(dict(primary))
    checklist = sketch.get("checklist") or {}
    for item, entry in (submission.get("checklist") or {}).items():
        if item in checklist and entry.get("decision"):
            checklist[item] = {
                **checklist[item],
                "status": entry["status"],
                "verdict": None,
                "decision": entry["decision"],
                "tool_status": entry.get("tool_status"),
            }
    if submission.get("fact_decisions"):
        sketch["facts"] = {**(sketch.get("facts") or {}), **(submission.get("facts") or {})}
    return sketch


def review_parts(submission: Mapping[str, Any], profile: CallProfile) -> ReviewParts:
    """German lines for the decisions, stale decisions and conflicts of one submission."""
    labels = item_labels(profile)
    lines = []
    for item in profile.checklist.items:
        decision = ((submission.get("checklist") or {}).get(item.id) or {}).get("decision")
        if decision:
            tool = STATUS_LABELS.get(str(submission["checklist"][item.id].get("tool_status")), "?")
            final = STATUS_LABELS.get(str(decision.get("status")), "?")
            text = f"„{item.label}“ {final} (maschinell: {tool})"
            lines.append(decision_mark(str(decision.get("by")), text, str(decision.get("note") or "")))
    for key, fact in sorted((submission.get("fact_decisions") or {}).items()):
        label = FACT_LABELS.get(key, key)
        text = f"{label} {fact_text(key, fact.get('value'))} (maschinell: {fact_text(key, fact.get('tool'))})"
        lines.append(decision_mark(str(fact.get("by")), text, str(fact.get("note") or "")))
    labels.update({key: label for key, label in FACT_LABELS.items() if key not in labels})
    stale = tuple(
        f"Entscheidung von {s.get('by')} zu „{labels.get(str(s.get('key')), s.get('key'))}“ "
        f"({s.get('decision')}) nicht angewandt: Die Dateien haben sich seither geändert."
        for s in submission.get("stale_decisions") or []
    )
    conflicts = tuple(
        ConflictLine(
            str(c.get("member")),
            str(c.get("organisation")),
            str(c.get("role")),
            " ".join(str(c.get("quote") or "").split()),
            c.get("page"),
        )
        for c in submission.get("conflicts") or []
    )
    letter = submission.get("letter")
    return ReviewParts(tuple(lines), stale, conflicts, str(letter) if letter else None)
