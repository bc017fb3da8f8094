"""Conflicts of interest: board members whose organisation applies or is named in a sketch.

    board list (CSV Name;Organisation) → one pattern per member (orgnames) → the primary file's
    applicant, named partners and evidence passages searched → Conflict with quote and page

Only passages results.json keeps are searched (applicant, partners, checklist, fact and
relevance evidence): the full text stays in the summaries' cache, not in the results.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from sketchproc.errors import ReviewError
from sketchproc.model import Record
from sketchproc.orgnames import find_name, org_pattern
from sketchproc.results_model import ConflictRecord as Conflict
from sketchproc.results_model import EvidenceRecord, RelevanceEvidenceRecord, SketchRecord

__all__ = ["BoardMember", "Conflict", "find_conflicts", "read_board"]

_HEADER = ("Name", "Organisation")


class BoardMember(Record):
    """One member of the board and the organisation they belong to."""

    name: str
    organisation: str


def read_board(path: Path) -> tuple[BoardMember, ...]:
    """The members listed in a board file (CSV `Name;Organisation`, UTF-8 with or without BOM).

    Raises:
        ReviewError: the file cannot be read, the header is wrong or a line lacks a field.
    """
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ReviewError(f"Die Beiratsliste „{path}“ kann nicht gelesen werden ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise ReviewError(
            f"{path.name}: Die Datei ist nicht in UTF-8 gespeichert (Excel: „CSV UTF-8“)."
        ) from exc
    rows = [row for row in csv.reader(io.StringIO(text), delimiter=";") if any(cell.strip() for cell in row)]
    if not rows or tuple(cell.strip() for cell in rows[0][:2]) != _HEADER:
        raise ReviewError(
            f"{path.name}, Zeile 1: falsche Kopfzeile. Erwartet wird „Name;Organisation“, "
            "dann eine Zeile je Mitglied, z. B. „Dr. Anna Beispiel;Hochschule Harz“."
        )
    members = []
    for number, row in enumerate(rows[1:], start=2):
        cells = [cell.strip() for cell in row] + ["", ""]
        if not cells[0] or not cells[1]:
            raise ReviewError(
                f"{path.name}, Zeile {number}: Name oder Organisation fehlt. Bitte beides eintragen, "
                "getrennt durch ein Semikolon."
            )
        members.append(BoardMember(name=cells[0], organisation=cells[1]))
    return tuple(members)


def find_conflicts(sketch: SketchRecord | None, board: Sequence[BoardMember]) -> list[Conflict]:
    """Members whose organisation is the sketch's applicant or is named in it (first passage each)."""
    passages = list(_passages(sketch)) if sketch is not None else []
    conflicts = []
    for member in board:
        pattern = org_pattern(member.organisation)
        for role, text, quote, page in passages:
            if find_name(pattern, text):
                conflicts.append(
                    Conflict(
                        member=member.name,
                        organisation=member.organisation,
                        role=role,
                        quote=quote,
                        page=page,
                    )
                )
                break
    return conflicts


def _passages(sketch: SketchRecord) -> Iterator[tuple[str, str, str, int | None]]:
    """(role, text searched, quote shown, page): the applicant first, then partners, then evidence."""
    facts = sketch.facts
    applicant = facts.applicant
    if applicant:
        cited = facts.evidence.get("applicant")
        yield (
            "Antragsteller",
            applicant,
            (cited.quote if cited else "") or applicant,
            cited.page if cited else None,
        )
    named = "in der Skizze genannt"
    for partner in facts.partners:
        quote = partner.evidence.quote or partner.name
        yield named, f"{partner.name} {quote}", quote, partner.evidence.page
    quotes: list[EvidenceRecord | RelevanceEvidenceRecord] = [
        item for entry in sketch.checklist.values() for item in entry.evidence
    ]
    quotes += list(facts.evidence.values())
    quotes += list(sketch.relevance.evidence if sketch.relevance else ())
    for item in quotes:
        yield named, item.quote, item.quote, item.page
