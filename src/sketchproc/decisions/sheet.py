"""The decisions sheet (Entscheidungen.csv): read a filled one, write a pre-filled one.

German Excel dialect: UTF-8 with BOM, `;` between cells, CRLF line ends. The first five
columns are the contract's (results-contract.md); the ones after them help the reviewer
(who applied, what the item is, what the tool said) and carry the files' fingerprint, by
which a later run recognises a decision made on files that have changed since.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sketchproc.decisions.records import Decision, DecisionKind
from sketchproc.decisions.values import fact_value, item_status
from sketchproc.errors import ReviewError
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.tabular import FACT_KEYS

__all__ = ["COLUMNS", "HELP_COLUMNS", "SHEET_NAME", "SheetRow", "read_decisions", "sheet_text"]

SHEET_NAME = "Entscheidungen.csv"
COLUMNS = ("Einreichung", "Kriterium", "Entscheidung", "Begründung", "Prüfer")
HELP_COLUMNS = ("Antragsteller", "Bezeichnung", "Maschinelle Bewertung", "Frühere Entscheidung", "Prüfsumme")
_FINGERPRINT = "Prüfsumme"
_FIX_HEADER = (
    "Erwartete Kopfzeile: " + ";".join(COLUMNS) + " (weitere Spalten: " + ", ".join(HELP_COLUMNS) + ")."
)

SheetRow = Mapping[str, str]


def read_decisions(path: Path, profile: CallProfile) -> list[Decision]:
    """The filled rows of a decisions sheet, each checked against the profile; empty decisions skipped.

    Raises:
        ReviewError: the file cannot be read, the header is wrong, or a row names an unknown
            item or fact, a value that is no verdict or amount, or no reviewer.
    """
    name = path.name
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ReviewError(
            f"Die Entscheidungsdatei „{path}“ kann nicht gelesen werden ({exc.strerror})."
        ) from exc
    except UnicodeDecodeError as exc:
        raise ReviewError(
            f"{name}: Die Datei ist nicht in UTF-8 gespeichert. In Excel bitte „Speichern unter“ → "
            "„CSV UTF-8 (durch Trennzeichen getrennt)“ wählen."
        ) from exc
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    if not rows:
        raise ReviewError(f"{name}, Zeile 1: Die Datei ist leer. {_FIX_HEADER}")
    header = _header(name, rows[0])
    decisions = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        row = {
            column: (cells[index].strip() if index < len(cells) else "") for index, column in header.items()
        }
        decision = _decision(name, number, row, profile)
        if decision is not None:
            decisions.append(decision)
    return decisions


def _header(name: str, cells: Sequence[str]) -> dict[int, str]:
    """Column index → column name; the five contract columns are required, no unknown ones."""
    named = {index: cell.strip() for index, cell in enumerate(cells) if cell.strip()}
    if len(named) == 1 and any(sep in cells[0] for sep in ",\t"):
        raise ReviewError(
            f"{name}, Zeile 1: Die Spalten sind nicht durch Semikolon („;“) getrennt. "
            f"Bitte als „CSV UTF-8“ mit Semikolon speichern. {_FIX_HEADER}"
        )
    unknown = [cell for cell in named.values() if cell not in (*COLUMNS, *HELP_COLUMNS)]
    missing = [column for column in COLUMNS if column not in named.values()]
    if unknown or missing:
        problems = [f"unbekannte Spalte „{cell}“" for cell in unknown]
        problems += [f"Spalte „{column}“ fehlt" for column in missing]
        raise ReviewError(f"{name}, Zeile 1: falsche Kopfzeile ({', '.join(problems)}). {_FIX_HEADER}")
    return {index: cell for index, cell in named.items()}


def _decision(name: str, line: int, row: Mapping[str, str], profile: CallProfile) -> Decision | None:
    where = f"{name}, Zeile {line}"
    key = row["Kriterium"]
    items = {item.id for item in profile.checklist.items}
    if key not in items and key not in FACT_KEYS:
        raise ReviewError(
            f"{where}: „{key}“ ist weder ein Prüfpunkt des Profils noch eine Eckdatenangabe. "
            f"Bitte die Kennung aus der Spalte „Kriterium“ des vorausgefüllten {SHEET_NAME} übernehmen "
            f"(Prüfpunkte z. B. „{sorted(items)[0]}“, Eckdaten: {', '.join(FACT_KEYS)})."
        )
    written = row["Entscheidung"]
    if not written:
        return None
    if not row["Einreichung"]:
        raise ReviewError(
            f"{where}: Die Spalte „Einreichung“ ist leer. Bitte Kennung oder Dateipfad eintragen."
        )
    if not row["Prüfer"]:
        raise ReviewError(
            f"{where}: Die Spalte „Prüfer“ ist leer. Bitte den Namen der prüfenden Person eintragen."
        )
    kind = DecisionKind.ITEM if key in items else DecisionKind.FACT
    if kind is DecisionKind.ITEM:
        value: Any = item_status(written)
        if value is None:
            raise ReviewError(
                f"{where}: „{written}“ ist keine Bewertung für „{key}“. "
                "Erlaubt sind: erfüllt, verletzt, fehlt, unklar."
            )
    else:
        value, problem = fact_value(key, written, profile)
        if problem is not None:
            raise ReviewError(f"{where}: „{written}“ {problem}")
    return Decision(
        line=line,
        submission=row["Einreichung"],
        key=key,
        kind=kind,
        value=value,
        written=written,
        note=row["Begründung"],
        by=row["Prüfer"],
        fingerprint=row.get(_FINGERPRINT) or None,
    )


def sheet_text(rows: Iterable[SheetRow]) -> str:
    """The sheet as text with BOM, `;` and CRLF, contract columns first."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    columns = (*COLUMNS, *HELP_COLUMNS)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    return "\ufeff" + buffer.getvalue()
