"""Submissions: per-file results → the sketches the board votes on.

    sketches (results.json entries with fingerprints) → file cards → groups by body text
    (applicants never mixed) → versions (renderings of one text together), oldest first
    → primary, changes between versions, disagreements between renderings → Submission

A file holding its sketch alone is a submission of one file, so every later stage can
list submissions only.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sketchproc.german import german_date
from sketchproc.submissions.changes import FACT_KEYS, compare_versions, disagreements
from sketchproc.submissions.fingerprint import body_fingerprint
from sketchproc.submissions.grouping import Group, group_files
from sketchproc.submissions.records import (
    Change,
    DateSource,
    Disagreement,
    FileCard,
    Submission,
    Version,
)
from sketchproc.submissions.settings import SubmissionSettings
from sketchproc.submissions.versions import (
    PRIMARY_RULE,
    order_label,
    order_versions,
    split_versions,
    version_date,
)

__all__ = [
    "PRIMARY_RULE",
    "Change",
    "DateSource",
    "Disagreement",
    "FileCard",
    "Submission",
    "SubmissionSettings",
    "body_fingerprint",
    "file_card",
    "group_submissions",
]


def group_submissions(
    sketches: Sequence[Mapping[str, Any]],
    modified: Mapping[str, date] | None = None,
    settings: SubmissionSettings | dict[str, Any] | None = None,
) -> list[Submission]:
    """Group per-file results into submissions, in the order of their first file's path.

    `modified` maps a path to its file's modification date, where known.
    """
    resolved = SubmissionSettings.resolve(settings)
    cards = [file_card(sketch, (modified or {}).get(str(sketch.get("path")))) for sketch in sketches]
    cards.sort(key=lambda card: card.path)
    return [_submission(group, resolved) for group in group_files(cards, resolved)]


def file_card(sketch: Mapping[str, Any], modified: date | None = None) -> FileCard:
    """What grouping needs from one results.json sketch (with its `fingerprint` key)."""
    facts: Mapping[str, Any] = sketch.get("facts") or {}
    relevance: Mapping[str, Any] = sketch.get("relevance") or {}
    checklist: Mapping[str, Any] = sketch.get("checklist") or {}
    sections = sketch.get("sections") or []
    return FileCard(
        sketch=str(sketch["id"]),
        path=str(sketch["path"]),
        format=str(sketch.get("format") or ""),
        ocr=bool(sketch.get("ocr")),
        words=sum(int(section.get("words") or 0) for section in sections),
        fingerprint=frozenset(int(value) for value in sketch.get("fingerprint") or ()),
        applicant=facts.get("applicant"),
        title=sketch.get("title"),
        document_date=_date(sketch.get("document_date")),
        modified=modified,
        score=relevance.get("score"),
        sections=tuple(str(section.get("title") or "") for section in sections),
        checklist={key: str(value.get("status")) for key, value in checklist.items()},
        facts={key: facts.get(key) for key in FACT_KEYS},
    )


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _submission(group: Group, settings: SubmissionSettings) -> Submission:
    versions, source = order_versions(split_versions(group.files, settings))
    newest = versions[-1]
    primary = newest[0]
    others = [card for version in reversed(versions) for card in version if card is not primary]
    changes = [
        compare_versions(older[0], newer[0], version_date(older))
        for older, newer in itertools.pairwise(versions)
    ]
    members = (primary.sketch, *(card.sketch for card in others))
    return Submission(
        id=hashlib.sha256("\0".join(sorted(members)).encode()).hexdigest()[:12],
        primary=primary.sketch,
        sketches=members,
        versions=tuple(Version(sketches=tuple(c.sketch for c in v), date=version_date(v)) for v in versions),
        date_source=source,
        reason=_reason(group, versions, source),
        changes=tuple(changes),
        disagreements=tuple(disagreements(primary, newest[1:])),
    )


def _reason(group: Group, versions: list[list[FileCard]], source: DateSource) -> str:
    """German: why these files are one submission, and why the primary is primary."""
    primary = versions[-1][0]
    if len(group.files) == 1:
        return f"Einzige Datei dieser Skizze: „{primary.path}“."
    parts = list(group.reasons)
    if len(versions) > 1:
        dates = ", ".join(_version_name(version) for version in versions)
        parts.append(f"{len(versions)} Fassungen, geordnet {order_label(source)} ({dates}).")
        parts.append(f"Bewertet wird die neueste Fassung: „{primary.path}“.")
    renderings = versions[-1][1:]
    if renderings:
        names = ", ".join(f"„{card.path}“" for card in renderings)
        if any(card.ocr for card in renderings) and not primary.ocr:
            why = "sie hat eine Textebene"
        elif primary.format == "docx":
            why = "die Word-Datei gibt Gliederung und Tabellen genau wieder"
        else:
            why = "aus ihr wurde am meisten Text gelesen"
        verb = "ist" if len(renderings) == 1 else "sind"
        parts.append(
            f"{names} {verb} dieselbe Fassung in anderer Form; bewertet wird „{primary.path}“, denn {why}."
        )
    return " ".join(parts)


def _version_name(version: list[FileCard]) -> str:
    when = version_date(version)
    name = version[0].path.rsplit("/", 1)[-1]
    return f"{name} vom {german_date(when)}" if when else name
