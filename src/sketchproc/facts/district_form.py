"""Legal forms of an applicant that its own key data leave out.

Some districts carry no type word in their name, or carry it inside a compound: the official
municipal register (kept as data, `places`) knows them as Landkreise, so a key-data row that
names the applicant "Burgenlandkreis, Schönburger Straße 41, …" names a Landkreis. An
association that writes "wir" throughout gives its name bare in the key data and its suffix
only where it signs ("Digitale Bildung Mansfeld-Südharz e. V." under the signature).
"""

from __future__ import annotations

from collections.abc import Iterable

from sketchproc.facts.names import legal_form_in, legal_form_spans
from sketchproc.model import TextFact
from sketchproc.passages import Passage
from sketchproc.places import national_districts
from sketchproc.profiles.schema import CallProfile, LegalForm, term_key

__all__ = ["district_form", "suffix_elsewhere"]

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


def suffix_elsewhere(
    applicant: TextFact | None, texts: Iterable[Passage], profile: CallProfile, max_quote_chars: int
) -> TextFact | None:
    """The legal form written right after the applicant's full name anywhere in the sketch."""
    if applicant is None:
        return None
    for passage in texts:
        at = passage.text.find(applicant.value)
        if at < 0:
            continue
        rest = passage.text[at + len(applicant.value) :]
        first = next(legal_form_spans(rest, profile), None)
        if first is not None and not rest[: first[0]].strip(" ,"):
            return TextFact(value=first[2].id, evidence=passage.evidence(max_quote_chars, at))
    return None
