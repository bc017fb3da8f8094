"""Typed records of the decisions stage: one reviewer decision as read from the sheet."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sketchproc.model import Record

__all__ = ["Decision", "DecisionKind", "Outcome"]


class DecisionKind(StrEnum):
    """What a decision is about."""

    ITEM = "item"  # a checklist item's verdict
    FACT = "fact"  # a fact's value


class Decision(Record):
    """One filled row of the decisions sheet, its value already checked and parsed."""

    line: int  # line number in the file (the header is line 1)
    submission: str  # as written: a submission id or a file path under INPUT_DIR
    key: str  # checklist item id or fact key
    kind: DecisionKind
    value: Any  # item: a status value ("ok" …); fact: the parsed value (float, ISO date, text)
    written: str  # the decision as the reviewer wrote it
    note: str
    by: str
    fingerprint: str | None  # of the submission's files when the sheet was written; None if absent


class Outcome(Record):
    """A decision matched to its submission: applied, or not applied because the files changed."""

    decision: Decision
    submission_id: str
    stale: bool
