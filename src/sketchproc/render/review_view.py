"""The reviewer's parts of the view-model: decisions, stale decisions, conflicts, the letter.

A submission is shown through its primary file with the final verdicts and facts
(render.sketch_view), so every renderer shows what the reviewers decided and marks it
"manuell geprüft (Name)".
"""

from __future__ import annotations

from dataclasses import dataclass

from sketchproc.profiles.schema import CallProfile
from sketchproc.render.labels import FACT_LABELS, STATUS_LABELS, item_labels
from sketchproc.render.submission_view import fact_text
from sketchproc.results_model import SubmissionRecord

__all__ = ["ConflictLine", "ReviewParts", "decision_mark", "review_parts"]


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


def review_parts(submission: SubmissionRecord, profile: CallProfile) -> ReviewParts:
    """German lines for the decisions, stale decisions and conflicts of one submission."""
    labels = item_labels(profile)
    lines = []
    for item in profile.checklist.items:
        entry = submission.checklist.get(item.id)
        decision = entry.decision if entry is not None else None
        if entry is not None and decision is not None:
            tool = STATUS_LABELS.get(entry.tool_status, "?")
            final = STATUS_LABELS.get(decision.status, "?")
            text = f"„{item.label}“ {final} (maschinell: {tool})"
            lines.append(decision_mark(decision.by, text, decision.note))
    for key, fact in sorted(submission.fact_decisions.items()):
        label = FACT_LABELS.get(key, key)
        text = f"{label} {fact_text(key, fact.value)} (maschinell: {fact_text(key, fact.tool)})"
        lines.append(decision_mark(fact.by, text, fact.note))
    labels.update({key: label for key, label in FACT_LABELS.items() if key not in labels})
    stale = tuple(
        f"Entscheidung von {s.by} zu „{labels.get(s.key, s.key)}“ "
        f"({s.decision}) nicht angewandt: Die Dateien haben sich seither geändert."
        for s in submission.stale_decisions
    )
    conflicts = tuple(
        ConflictLine(c.member, c.organisation, c.role, " ".join(c.quote.split()), c.page)
        for c in submission.conflicts
    )
    return ReviewParts(tuple(lines), stale, conflicts, submission.letter or None)
