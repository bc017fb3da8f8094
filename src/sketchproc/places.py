"""German places as data: every Landkreis and kreisfreie Stadt with its Land, and a state's municipalities.

The files in `sketchproc/data/` hold facts of the official municipal register (Destatis
Gemeindeverzeichnis, territorial status 31.12.2020); a profile's gazetteer names which of them
it uses. They let the facts stage say *where* a sketch is even when that is outside the call's
state ("Landkreis Helmstedt liegt in Niedersachsen"), and map any town of the state to its
district, without listing places in the profile by hand.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sketchproc.errors import ProfileError

__all__ = ["NationalDistrict", "StateMunicipality", "municipalities", "national_districts"]


@dataclass(frozen=True, slots=True)
class NationalDistrict:
    """A Landkreis, Kreis or kreisfreie Stadt of Germany."""

    ags: str  # 5-digit district key
    name: str
    kind: str  # "Landkreis", "Kreis", "kreisfreie Stadt", "Stadtkreis", …
    land: str
    seat: str | None

    @property
    def display(self) -> str:
        """The name as a sketch writes it: "Landkreis Uelzen", "Stadt Wolfsburg", "Burgenlandkreis"."""
        if self.kind in ("kreisfreie Stadt", "Stadtkreis", "Stadtstaat"):
            return self.name if self.name.startswith("Stadt") else f"Stadt {self.name}"
        if self.name.casefold().endswith(("kreis", "land")) and " " not in self.name:
            return self.name
        return f"{self.kind} {self.name}"


@dataclass(frozen=True, slots=True)
class StateMunicipality:
    """A municipality (or Verbandsgemeinde) of one state with its district key."""

    name: str
    kind: str
    district_ags: str


def _rows(file_name: str) -> list[dict[str, str]]:
    """The rows of a bundled TSV file.

    Raises:
        ProfileError: the profile names a data file that does not ship with sketchproc.
    """
    try:
        text = resources.files("sketchproc.data").joinpath(file_name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ProfileError(
            f"Ortsdaten „{file_name}“ fehlen im Paket sketchproc/data; "
            "bitte den Dateinamen im gazetteer.yaml prüfen."
        ) from exc
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


@cache
def national_districts(file_name: str) -> tuple[NationalDistrict, ...]:
    """Every district of the national data set (loaded once per process)."""
    return tuple(
        NationalDistrict(r["ags"], r["name"], r["kind"], r["land"], r["seat"] or None)
        for r in _rows(file_name)
    )


@cache
def municipalities(file_name: str) -> tuple[StateMunicipality, ...]:
    """Every municipality of the state's data set (loaded once per process)."""
    return tuple(StateMunicipality(r["name"], r["kind"], r["district_ags"]) for r in _rows(file_name))
