"""The applicant in a table with one column per organisation.

Consortia give their key data side by side: a row of roles under the names ("Organisation |
Hochschule Harz | Landkreis Harz" over "Rolle | Antragstellerin | Partner"), or a header of
roles over a row of names ("Angabe | Antragsteller / Verbundkoordination | Mitantragsteller"
over "Institution | Stadt Dessau-Roßlau | Stadtwerke Dessau GmbH"). The applicant is the name
in the column its role names; a table headed by the role as a whole names it in its name row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.names import clean_name
from sketchproc.facts.scope import Located
from sketchproc.facts.settings import FactSettings
from sketchproc.model import BlockKind, TextFact

__all__ = ["from_columns", "names_applicant_role"]

# Roles coordinated in one label: "Konsortialführer und Antragsteller", "Träger / Antragstellerin".
_COORDINATED = re.compile(r"\s+(?:und|sowie)\s+|\s*[/,&]\s*")


def names_applicant_role(label: str, loc: Locators) -> bool:
    """True if the label, or one of the roles it coordinates, is the applicant's role.

    Each part must open with the role ("Antragsteller"), so "Anschrift des Antragstellers"
    labels an address, not the applicant.
    """
    return any(loc[Loc.APPLICANT].match(part.strip()) for part in _COORDINATED.split(label.strip()))


def from_columns(located: Sequence[Located], loc: Locators, settings: FactSettings) -> TextFact | None:
    """The name in the column of a table whose role cell names the applicant, roles under the
    names or names under the roles."""
    for where in located:
        if where.block.kind is not BlockKind.TABLE or len(where.passages) < 2:
            continue
        header = where.passages[0].cells
        # A first column headed "Partner" or "Einrichtung" holds the names, one per row, and
        # the role stands beside its name; otherwise the names head the columns, roles below.
        names_down = bool(_NAMES_COLUMN.search(header[0]))
        for row in where.passages[1:]:
            for column, cell in enumerate(row.cells[1 : len(header)], start=1):
                if not names_applicant_role(cell, loc):
                    continue
                holder = row if names_down else where.passages[0]
                name = clean_name(holder.cells[0 if names_down else column], loc, settings)
                if name:
                    return TextFact(value=name, evidence=holder.evidence(settings.max_quote_chars))
        role_column = next(
            (i for i, cell in enumerate(header) if i and names_applicant_role(cell, loc)), None
        )
        named = next((row for row in where.passages[1:] if _NAME_ROW.search(row.cells[0])), None)
        if role_column is not None and named is not None and role_column < len(named.cells):
            name = clean_name(named.cells[role_column], loc, settings)
            if name:
                return TextFact(value=name, evidence=named.evidence(settings.max_quote_chars))
        # A table headed by the role as a whole ("Angaben zum Antragsteller" over "Name | X",
        # "Anschrift | …"): its name row names the applicant.
        if named is not None and len(named.cells) > 1 and loc[Loc.APPLICANT].search(header[0]):
            name = clean_name(named.cells[1], loc, settings)
            if name:
                return TextFact(value=name, evidence=named.evidence(settings.max_quote_chars))
    return None


# Words that label organisations' names.
_ORGANISATION = r"name|institution|organisation|einrichtung|körperschaft"
# The row label under a header of roles that holds the organisations' names.
_NAME_ROW = re.compile(rf"^\s*(?:{_ORGANISATION}|bezeichnung)", re.IGNORECASE)
# The header of a first column that lists organisations, one per row.
_NAMES_COLUMN = re.compile(
    rf"^\s*(?:{_ORGANISATION}|(?:verbund|projekt|kooperations)?partner)", re.IGNORECASE
)
