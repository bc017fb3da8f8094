"""The submission parts of the view-model: files, readable names, reason, changes, disagreements.

A results.json without `submissions` (older runs, single-file tests) is read as one
submission per sketch, so every renderer lists submissions either way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sketchproc.german import count_noun, format_eur, german_date, german_number, german_percent
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.labels import FACT_LABELS, NOT_FOUND, STATUS_LABELS, item_labels
from sketchproc.results_model import (
    ChangeRecord,
    DisagreementRecord,
    FactValue,
    Results,
    SketchRecord,
    SubmissionRecord,
)

__all__ = ["FileRow", "SubmissionParts", "fact_text", "file_slug", "submission_parts", "submissions_of"]

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


@dataclass(frozen=True)
class FileRow:
    """One file of a submission and its role in it (German)."""

    path: str
    role: str
    primary: bool


@dataclass(frozen=True)
class SubmissionParts:
    """What a submission adds to the view of its primary sketch."""

    id: str
    rank: int
    files: tuple[FileRow, ...]
    reason: str
    changes: tuple[str, ...]
    disagreements: tuple[str, ...]


def submissions_of(results: Results) -> list[SubmissionRecord]:
    """The results' submissions in rank order; one per sketch when the key is absent."""
    if results.submissions is not None:
        return sorted(results.submissions, key=lambda s: s.rank)
    sketches = sorted(results.sketches, key=lambda s: (s.rank, s.path))
    return [
        SubmissionRecord(
            id=s.id,
            rank=s.rank,
            primary=s.id,
            sketches=(s.id,),
            checklist={},
            facts=s.facts,
        )
        for s in sketches
    ]


def submission_parts(
    submission: SubmissionRecord, sketches: Mapping[str, SketchRecord], profile: CallProfile
) -> SubmissionParts:
    """Files with their roles, and the German lines on changes and disagreements."""
    members = list(submission.sketches)
    primary = submission.primary
    newest = set((submission.versions[-1].sketches if submission.versions else ()) or members)
    files = tuple(
        FileRow(
            path=sketch.path if (sketch := sketches.get(member)) else member,
            role=_role(member, primary, newest),
            primary=member == primary,
        )
        for member in members
    )
    labels = item_labels(profile)
    paths = {member: row.path for member, row in zip(members, files, strict=True)}
    return SubmissionParts(
        id=submission.id,
        rank=submission.rank,
        files=files,
        reason=submission.reason,
        changes=tuple(_change_line(change, labels) for change in submission.changes),
        disagreements=tuple(_disagreement_line(d, labels, paths) for d in submission.disagreements),
    )


def _role(member: str, primary: str, newest: set[str]) -> str:
    if member == primary:
        return "Hauptdatei (bewertet)"
    return "dieselbe Fassung in anderer Form" if member in newest else "frühere Fassung"


def _change_line(change: ChangeRecord, labels: Mapping[str, str]) -> str:
    parts = [f"Abschnitt „{title}“ hinzugefügt" for title in change.sections_added]
    parts += [f"Abschnitt „{title}“ entfernt" for title in change.sections_removed]
    for key, (old, new) in sorted(change.facts.items()):
        parts.append(f"{FACT_LABELS.get(key, key)}: {fact_text(key, old)} → {fact_text(key, new)}")
    for key, (old_status, new_status) in sorted(change.checklist.items()):
        parts.append(
            f"„{labels.get(key, key)}“: {STATUS_LABELS.get(old_status, old_status)} → "
            f"{STATUS_LABELS.get(new_status, new_status)}"
        )
    if change.score:
        parts.append(f"Gesamtscore: {_number(change.score[0])} → {_number(change.score[1])}")
    when = german_date(change.from_date) if change.from_date else None
    since = f"Gegenüber der Fassung vom {when}" if when else "Gegenüber der früheren Fassung"
    return f"{since} geändert: " + ("; ".join(parts) if parts else "nur Formulierungen") + "."


def _disagreement_line(item: DisagreementRecord, labels: Mapping[str, str], paths: Mapping[str, str]) -> str:
    key = item.key
    other = paths.get(item.sketch, item.sketch)
    if item.kind == "checklist":
        label = f"„{labels.get(key, key)}“"
        mine, theirs = STATUS_LABELS.get(str(item.primary), "?"), STATUS_LABELS.get(str(item.other), "?")
    else:
        label = FACT_LABELS.get(key, key)
        mine, theirs = fact_text(key, item.primary), fact_text(key, item.other)
    return f"{label}: in „{other}“ {theirs}, in der Hauptdatei {mine} – es gilt die Hauptdatei."


def fact_text(key: str, value: FactValue | date) -> str:
    """A fact value as shown: "148.000,00 €", "80,0 %", "31.12.2020", or "nicht gefunden"."""
    if value is None:
        return NOT_FOUND
    if isinstance(value, date):
        return german_date(value)
    if key.endswith("_eur"):
        return format_eur(float(value))
    if key == "funding_rate":
        return german_percent(float(value))
    if key == "duration_months":
        return count_noun(int(value), "Monat")
    return _german_date(value) or str(value)


def _number(value: float | None) -> str:
    return german_number(value) if value is not None else "–"


def _german_date(value: FactValue) -> str | None:
    try:
        return german_date(date.fromisoformat(str(value))) if value else None
    except ValueError:
        return None


def file_slug(rank: int, name: str, taken: set[str]) -> str:
    """A file name a person can find: "03_Landkreis_Harz"; unique within `taken` (updated)."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(_UMLAUTS)).encode("ascii", "ignore").decode()
    words = re.sub(r"[^A-Za-z0-9]+", "_", ascii_name).strip("_")[:48].rstrip("_") or "Skizze"
    slug = f"{rank:02d}_{words}"
    candidate, counter = slug, 2
    while candidate.casefold() in taken:
        candidate, counter = f"{slug}_{counter}", counter + 1
    taken.add(candidate.casefold())
    return candidate
