"""A reviewer's written decision → a checklist status or a fact value, or a German reason why not.

People write verdicts in German ("erfüllt") and amounts, rates and dates the German way
("148.000 €", "80 %", "31.12.2020"); the contract's English values are accepted too.
"""

from __future__ import annotations

import re
from typing import Any

from sketchproc.profiles.schema import CallProfile
from sketchproc.quantities import parse_date, parse_duration, parse_money, parse_percentage

__all__ = ["STATUS_WORDS", "fact_value", "item_status"]

# Written verdict (casefolded) → contract status. The pack's own labels are accepted too.
STATUS_WORDS = {
    "erfüllt": "ok",
    "ok": "ok",
    "verletzt": "violated",
    "violated": "violated",
    "fehlt": "missing",
    "nicht gefunden": "missing",
    "missing": "missing",
    "unklar": "unclear",
    "unclear": "unclear",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NUMBER = re.compile(r"^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$")


def item_status(written: str) -> str | None:
    """The contract status for a written verdict, or None if it is none."""
    return STATUS_WORDS.get(" ".join(written.casefold().split()))


def fact_value(key: str, written: str, profile: CallProfile) -> tuple[Any, str | None]:
    """(value, None) for a readable value of fact `key`, else (None, German problem and fix)."""
    text = " ".join(written.split())
    if key.endswith("_eur"):
        amount = parse_money(text if not _NUMBER.match(text) else f"{text} €")
        return (amount, None) if amount is not None else (None, "ist kein Betrag. Beispiel: „148.000 €“.")
    if key == "funding_rate":
        rate = _bare_rate(text) if _NUMBER.match(text) else parse_percentage(text)
        if rate is None or not 0 <= rate <= 1:
            return None, "ist keine Förderquote. Beispiel: „80 %“."
        return rate, None
    if key in ("start", "end"):
        day = parse_date(text)
        return (day.isoformat(), None) if day else (None, "ist kein Datum. Beispiel: „31.12.2020“.")
    if key == "duration_months":
        months = int(text) if text.isdigit() else parse_duration(text)
        return (months, None) if months is not None else (None, "ist keine Laufzeit. Beispiel: „24 Monate“.")
    if key == "contact_email":
        return (text, None) if _EMAIL.match(text) else (None, "ist keine E-Mail-Adresse.")
    if key in ("legal_form", "region"):
        return _profile_id(key, text, profile)
    return text, None  # applicant: free text


def _bare_rate(text: str) -> float:
    """A number without "%": "0,8" is a fraction, "80" a percentage."""
    number = float(text.replace(".", "").replace(",", "."))
    return number if number <= 1 else number / 100


def _profile_id(key: str, text: str, profile: CallProfile) -> tuple[Any, str | None]:
    """Legal forms and regions are profile ids; a person writes the id or the German name."""
    checklist = profile.checklist
    if key == "legal_form":
        names = {
            f.id: f.label for f in (*checklist.eligible_legal_forms, *checklist.not_eligible_legal_forms)
        }
    else:
        names = {d.id: d.name for d in profile.gazetteer.districts}
    folded = text.casefold()
    for ident, name in names.items():
        if folded in (ident.casefold(), name.casefold()):
            return ident, None
    examples = ", ".join(f"„{name}“" for name in list(names.values())[:4])
    return (
        None,
        f"ist im Profil nicht bekannt. Bitte eine der Bezeichnungen des Profils verwenden, z. B. {examples}.",
    )
