"""Typed records of the submission stage: one file as grouping sees it, and a submission."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from sketchproc.model import Record

__all__ = ["Change", "DateSource", "Disagreement", "FileCard", "Submission", "Version"]


class DateSource(StrEnum):
    """Where the order of versions came from (stated in the pack)."""

    DOCUMENT = "document"  # docx core properties / PDF metadata
    MTIME = "mtime"  # the file's modification time
    NAME = "name"  # a version mark in the file name
    PATH = "path"  # nothing else: file path order


class FileCard(Record):
    """One processed file with what grouping and comparison need from its results."""

    sketch: str  # sketch id
    path: str
    format: str  # docx | pdf
    ocr: bool
    words: int
    fingerprint: frozenset[int]
    applicant: str | None
    title: str | None
    document_date: date | None
    modified: date | None  # file modification date; None when unknown (e.g. zip member)
    score: float | None
    sections: tuple[str, ...]  # section titles in order
    checklist: dict[str, str]  # item id → status
    facts: dict[str, Any]  # contract fact keys → values

    @property
    def kind(self) -> str:
        """The rendering kind: docx, pdf (text layer) or scan (text from OCR)."""
        return "scan" if self.ocr else self.format


class Version(Record):
    """Files holding the same text (renderings): the representative first."""

    sketches: tuple[str, ...]
    date: date | None  # shown as "Fassung vom …"


class Change(Record):
    """What changed from one version to the next (by their representatives)."""

    from_sketch: str
    to_sketch: str
    from_date: date | None
    sections_added: tuple[str, ...]
    sections_removed: tuple[str, ...]
    checklist: dict[str, tuple[str, str]]
    facts: dict[str, tuple[Any, Any]]
    score: tuple[float | None, float | None] | None


class Disagreement(Record):
    """A fact or verdict on which a rendering differs from the primary (the primary stands)."""

    sketch: str  # the other rendering
    kind: str  # fact | checklist
    key: str
    primary: Any
    other: Any


class Submission(Record):
    """One sketch as the board votes on it: all its files, the primary judged and shown."""

    id: str
    primary: str
    sketches: tuple[str, ...]  # primary first, then newest version first, then path
    versions: tuple[Version, ...]  # oldest first
    date_source: DateSource
    reason: str  # German
    changes: tuple[Change, ...]
    disagreements: tuple[Disagreement, ...]
