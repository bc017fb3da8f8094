"""Conflicts of interest: board members whose organisation applies or is named in a sketch.

    board list (CSV Name;Organisation) → one pattern per member (orgnames) → the primary file's
    applicant, named partners and evidence passages searched → Conflict with quote and page

Only passages results.json keeps are searched (applicant, partners, checklist, fact and
relevance evidence): the full text stays in the summaries' cache, not in the results.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sketchproc.errors import ReviewError
from sketchproc.model import Record
from sketchproc.orgnames import find_name, org_pattern

__all__ = ["BoardMember", "Conflict", "find_conflicts", "read_board"]

_HEADER = ("Name", "Organisation")


class BoardMember(Record):
    """One member of the board and the organisation they belong to."""

    name: str
    organisation: str


class Conflict(Record):
    """A member whose organisation a submission names, with the passage that names it."""

    member: str
    organisation: str
    role: str  # German: "Antragsteller" or "in der Skizze genannt"
    quote: str
    page: int | None


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


def find_conflicts(sketch: Mapping[str, Any], board: Sequence[BoardMember]) -> list[Conflict]:
    """Members whose organisation is the sketch's applicant or is named in it (first passage each)."""
    passages = list(_passages(sketch))
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


def _passages(sketch: Mapping[str, Any]) -> Iterator[tuple[str, str, str, int | None]]:
    """(role, text searched, quote shown, page): the applicant first, then partners, then evidence."""
    facts: Mapping[str, Any] = sketch.get("facts") or {}
    evidence: Mapping[str, Any] = facts.get("evidence") or {}
    applicant = facts.get("applicant")
    if applicant:
        cited = evidence.get("applicant") or {}
        yield "Antragsteller", str(applicant), str(cited.get("quote") or applicant), cited.get("page")
    named = "in der Skizze genannt"
    for partner in facts.get("partners") or []:
        cited = partner.get("evidence") or {}
        quote = str(cited.get("quote") or partner.get("name") or "")
        yield named, f"{partner.get('name', '')} {quote}", quote, cited.get("page")
    quotes = [
        item for entry in (sketch.get("checklist") or {}).values() for item in entry.get("evidence") or []
    ]
    quotes += list(evidence.values()) + list((sketch.get("relevance") or {}).get("evidence") or [])
    for item in quotes:
        quote = str(item.get("quote") or "")
        yield named, quote, quote, item.get("page")
