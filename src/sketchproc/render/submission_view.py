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
from typing import Any

from sketchproc.german import count_noun, format_eur, german_date, german_number
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.labels import FACT_LABELS, NOT_FOUND, STATUS_LABELS, item_labels

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


def submissions_of(results: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The results' submissions in rank order; one per sketch when the key is absent."""
    if "submissions" in results:
        return sorted(results["submissions"], key=lambda s: int(s.get("rank") or 10**9))
    sketches = sorted(results.get("sketches", []), key=lambda s: (s.get("rank") or 10**9, s.get("path", "")))
    return [
        {"id": s.get("id"), "rank": s.get("rank"), "primary": s.get("id"), "sketches": [s.get("id")]}
        for s in sketches
    ]


def submission_parts(
    submission: Mapping[str, Any], sketches: Mapping[str, Mapping[str, Any]], profile: CallProfile
) -> SubmissionParts:
    """Files with their roles, and the German lines on changes and disagreements."""
    members = [str(member) for member in submission.get("sketches") or []]
    primary = str(submission.get("primary"))
    newest = {str(m) for m in ((submission.get("versions") or [{}])[-1].get("sketches") or members)}
    files = tuple(
        FileRow(
            path=str(sketches.get(member, {}).get("path", member)),
            role=_role(member, primary, newest),
            primary=member == primary,
        )
        for member in members
    )
    labels = item_labels(profile)
    paths = {member: row.path for member, row in zip(members, files, strict=True)}
    return SubmissionParts(
        id=str(submission.get("id", "")),
        rank=int(submission.get("rank") or 0),
        files=files,
        reason=str(submission.get("reason") or ""),
        changes=tuple(_change_line(change, labels) for change in submission.get("changes") or []),
        disagreements=tuple(
            _disagreement_line(d, labels, paths) for d in submission.get("disagreements") or []
        ),
    )


def _role(member: str, primary: str, newest: set[str]) -> str:
    if member == primary:
        return "Hauptdatei (bewertet)"
    return "dieselbe Fassung in anderer Form" if member in newest else "frühere Fassung"


def _change_line(change: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    parts = [f"Abschnitt „{title}“ hinzugefügt" for title in change.get("sections_added") or []]
    parts += [f"Abschnitt „{title}“ entfernt" for title in change.get("sections_removed") or []]
    for key, (old, new) in sorted((change.get("facts") or {}).items()):
        parts.append(f"{FACT_LABELS.get(key, key)}: {_value(key, old)} → {_value(key, new)}")
    for key, (old, new) in sorted((change.get("checklist") or {}).items()):
        parts.append(
            f"„{labels.get(key, key)}“: {STATUS_LABELS.get(old, old)} → {STATUS_LABELS.get(new, new)}"
        )
    score = change.get("score")
    if score:
        parts.append(f"Gesamtscore: {_number(score[0])} → {_number(score[1])}")
    when = _german_date(change.get("from_date"))
    since = f"Gegenüber der Fassung vom {when}" if when else "Gegenüber der früheren Fassung"
    return f"{since} geändert: " + ("; ".join(parts) if parts else "nur Formulierungen") + "."


def _disagreement_line(item: Mapping[str, Any], labels: Mapping[str, str], paths: Mapping[str, str]) -> str:
    key = str(item.get("key"))
    other = paths.get(str(item.get("sketch")), str(item.get("sketch")))
    if item.get("kind") == "checklist":
        label = f"„{labels.get(key, key)}“"
        mine, theirs = (
            STATUS_LABELS.get(str(item.get("primary")), "?"),
            STATUS_LABELS.get(str(item.get("other")), "?"),
        )
    else:
        label = FACT_LABELS.get(key, key)
        mine, theirs = _value(key, item.get("primary")), _value(key, item.get("other"))
    return f"{label}: in „{other}“ {theirs}, in der Hauptdatei {mine} – es gilt die Hauptdatei."


def fact_text(key: str, value: Any) -> str:
    """A fact value as shown: "148.000 €", "80,0 %", "31.12.2020", or "nicht gefunden"."""
    return _value(key, value)


def _value(key: str, value: Any) -> str:
    if value is None:
        return NOT_FOUND
    if key.endswith("_eur"):
        return format_eur(float(value))
    if key == "funding_rate":
        return f"{_number(float(value) * 100)} %"
    if key == "duration_months":
        return count_noun(int(value), "Monat")
    return _german_date(value) or str(value)


def _number(value: Any) -> str:
    return german_number(float(value)) if value is not None else "–"


def _german_date(value: Any) -> str | None:
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
