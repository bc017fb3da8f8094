"""The applicant read from key-data labels that coordinate several roles."""

from __future__ import annotations

from pathlib import Path

from sketchproc.profiles import load_profile

from .test_facts import build, facts_of

PROFILE = load_profile()


def test_a_label_coordinating_the_lead_role_with_the_applicant_names_the_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            "Verbund: Elbe-Netz Dienste GmbH · Stadt Musterburg · Gemeinde Elbaue",
            [
                ("Aufgabe im Verbund", "Angaben"),
                ("Federführung / Antragstellerin", "Elbe-Netz Dienste GmbH, Hafenweg 2, 39104 Magdeburg"),
                ("Anschrift der Antragstellerin", "Hafenweg 2, 39104 Magdeburg"),
                ("Verbundpartner", "Stadt Musterburg; Gemeinde Elbaue"),
            ],
            ("#", "1 Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and facts.applicant.value == "Elbe-Netz Dienste GmbH"


def test_a_label_that_only_mentions_the_applicant_names_no_applicant(tmp_path: Path) -> None:
    path = build(
        tmp_path,
        [
            [("Anschrift des Antragstellers", "Hafenweg 2, 39104 Magdeburg")],
            ("#", "1 Ausgangslage"),
            "Die Region zählt rund 30.000 Einwohner.",
        ],
    )
    applicant = facts_of(path, PROFILE).applicant
    assert applicant is None or "Hafenweg" not in applicant.value
