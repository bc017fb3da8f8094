"""German labels of the contract's ids: fact keys, verdict statuses, coverage, input states.

The one place these words are spelt; checklist items, dimensions and the names of legal forms
and districts come from the call profile (`item_labels`, `display_names`).
"""

from __future__ import annotations

from sketchproc.profiles.schema import CallProfile

__all__ = [
    "COVERAGE_LABELS",
    "FACT_LABELS",
    "INPUT_STATUS_LABELS",
    "NOT_FOUND",
    "SEVERITY_LABELS",
    "STATUS_LABELS",
    "display_names",
    "item_labels",
]

NOT_FOUND = "nicht gefunden"

# Every key of the contract's `facts` (render.tabular.FACT_KEYS) with its German label.
FACT_LABELS = {
    "applicant": "Antragsteller",
    "legal_form": "Rechtsform",
    "region": "Region",
    "grant_eur": "Beantragte Zuwendung",
    "own_share_eur": "Eigenanteil",
    "total_cost_eur": "Gesamtkosten",
    "funding_rate": "Förderquote",
    "start": "Beginn",
    "end": "Ende",
    "duration_months": "Laufzeit",
    "contact_email": "Kontakt",
}
STATUS_LABELS = {"ok": "erfüllt", "violated": "verletzt", "missing": NOT_FOUND, "unclear": "unklar"}
SEVERITY_LABELS = {"hard": "Muss-Kriterium", "quality": "Qualität"}
COVERAGE_LABELS = {"present": "vorhanden", "thin": "dünn", "missing": "fehlt"}
INPUT_STATUS_LABELS = {"ok": "verarbeitet", "failed": "fehlgeschlagen", "duplicate": "Duplikat"}


def item_labels(profile: CallProfile) -> dict[str, str]:
    """Checklist item and finding ids → their German labels from the profile."""
    labels = {item.id: item.label for item in profile.checklist.items}
    labels.update({finding.id: finding.label for finding in profile.checklist.findings})
    return labels


def display_names(profile: CallProfile) -> dict[str, str]:
    """German names for the profile ids that facts carry (legal forms, districts)."""
    checklist = profile.checklist
    forms = (*checklist.eligible_legal_forms, *checklist.not_eligible_legal_forms)
    names = {form.id: form.label for form in forms}
    names.update({district.id: district.name for district in profile.gazetteer.districts})
    return names
