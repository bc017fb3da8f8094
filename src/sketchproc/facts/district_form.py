"""The legal form of an applicant named only by its district's name ("Burgenlandkreis", "Saalekreis").

Some districts carry no type word in their name, or carry it inside a compound: the official
municipal register (kept as data, `places`) knows them as Landkreise, so a key-data row that
names the applicant "Burgenlandkreis, Schönburger Straße 41, …" names a Landkreis.
"""

from __future__ import annotations

from sketchproc.facts.names import legal_form_in
from sketchproc.places import national_districts
from sketchproc.profiles.schema import CallProfile, LegalForm, term_key

__all__ = ["district_form"]

# The register's kinds of district that are Landkreise by law (a "Kreis" in some Länder).
_RURAL_DISTRICTS = frozenset({"Landkreis", "Kreis"})


def district_form(name: str, profile: CallProfile) -> LegalForm | None:
    """The profile's Landkreis form if `name` is exactly a rural district of the register."""
    national = profile.gazetteer.national
    if national is None:
        return None
    key = term_key(name)
    known = any(term_key(d.name) == key and d.kind in _RURAL_DISTRICTS for d in national_districts(national))
    return legal_form_in("Landkreis", profile) if known else None
