"""The `submissions` entries of results.json: one sketch as the board votes on it."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from sketchproc.model import CheckStatus
from sketchproc.profiles.checklist_schema import Severity
from sketchproc.results_model.base import FactValue, ResultRecord
from sketchproc.results_model.sketch import FactsRecord

__all__ = [
    "ChangeRecord",
    "ConflictRecord",
    "DecisionRecord",
    "DisagreementRecord",
    "FactDecisionRecord",
    "StaleDecisionRecord",
    "SubmissionCheckRecord",
    "SubmissionRecord",
    "VersionRecord",
]


class DecisionRecord(ResultRecord):
    """A reviewer's decision on a checklist item."""

    status: CheckStatus
    note: str
    by: str


class SubmissionCheckRecord(ResultRecord):
    """A submission's final verdict on one item, the tool's own beside it."""

    status: CheckStatus  # final: the reviewer's where one decided, else the tool's
    severity: Severity
    tool_status: CheckStatus
    decision: DecisionRecord | None


class FactDecisionRecord(ResultRecord):
    """A reviewer's decision on a fact: the value decided and the tool's."""

    tool: FactValue
    value: FactValue
    note: str
    by: str


class StaleDecisionRecord(ResultRecord):
    """A decision not applied because the submission's files changed since it was made."""

    key: str
    decision: str  # as the reviewer wrote it
    note: str
    by: str


class VersionRecord(ResultRecord):
    """Files holding the same text (renderings), the representative first."""

    sketches: tuple[str, ...]
    date: date | None


class ChangeRecord(ResultRecord):
    """What changed from one version to the next."""

    from_sketch: str = Field(alias="from")
    to_sketch: str = Field(alias="to")
    sections_added: tuple[str, ...]
    sections_removed: tuple[str, ...]
    checklist: dict[str, tuple[CheckStatus, CheckStatus]]
    facts: dict[str, tuple[FactValue, FactValue]]
    score: tuple[float | None, float | None] | None
    from_date: date | None = None


class DisagreementRecord(ResultRecord):
    """A fact or verdict on which another rendering differs from the primary (the primary stands)."""

    sketch: str
    kind: str  # fact | checklist
    key: str
    primary: FactValue
    other: FactValue


class ConflictRecord(ResultRecord):
    """A board member whose organisation the submission names, with the passage naming it."""

    member: str
    organisation: str
    quote: str
    page: int | None
    role: str  # German: "Antragsteller" or "in der Skizze genannt"


class SubmissionRecord(ResultRecord):
    """One entry of `submissions` in results.json (in rank order)."""

    id: str
    rank: int
    primary: str  # the sketch judged and shown
    sketches: tuple[str, ...]  # every member, primary first
    checklist: dict[str, SubmissionCheckRecord]
    facts: FactsRecord  # final values
    reason: str = ""  # German
    changes: tuple[ChangeRecord, ...] = ()
    conflicts: tuple[ConflictRecord, ...] = ()
    letter: str | None = None
    versions: tuple[VersionRecord, ...] = ()
    version_order: str | None = None
    disagreements: tuple[DisagreementRecord, ...] = ()
    fact_decisions: dict[str, FactDecisionRecord] = Field(default_factory=dict)
    stale_decisions: tuple[StaleDecisionRecord, ...] = ()
