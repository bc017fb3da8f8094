"""Organisation names: tolerant of abbreviations and legal forms, exact about words."""

from __future__ import annotations

from pathlib import Path

import pytest

from sketchproc.batch.results import trim_payload
from sketchproc.conflicts import BoardMember, find_conflicts
from sketchproc.orgnames import find_name, org_pattern
from sketchproc.pipeline import score
from sketchproc.profiles import load_profile
from sketchproc.render.tabular import score_payload
from sketchproc.results_model import FactsRecord, SketchRecord

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PROFILE = load_profile(None)


@pytest.mark.parametrize(
    ("organisation", "text", "named"),
    [
        ("HS Harz", "entwickeln mit der Hochschule Harz (FH) einen Leitfaden", True),
        ("Hochschule Harz (FH)", "gemeinsam mit der HS Harz", True),
        ("FH Harz", "die Hochschule Harz begleitet", True),
        ("IHK Magdeburg", "die Industrie- und Handelskammer Magdeburg unterstützt", True),
        ("Industrie- und Handelskammer Magdeburg", "Partner: IHK Magdeburg.", True),
        ("LK Harz", "Antragsteller ist der Landkreis Harz", True),
        ("Landkreis Harz", "die Wirtschaftsförderung des Landkreises Harz", True),
        ("Digitalverein Börde e. V.", "der Digitalverein Börde unterstützt", True),
        ("MDCC Magdeburg", "das Magdeburger Digital Coworking Center Magdeburg", True),  # initialism
        ("Harz AG", "Die Stadt Harzgerode plant", False),
        ("Stadt Harzgerode", "Im Landkreis Harz leben", False),
        ("Harz AG", "Im Landkreis Harz leben", False),  # one word left would name every "Harz"
        ("Hochschule", "die Hochschule Harz", False),  # a kind of organisation names no one
        ("IHK Halle-Dessau", "die IHK Magdeburg", False),
    ],
)
def test_names_match_whole_words_with_abbreviations(organisation: str, text: str, named: bool) -> None:
    assert find_name(org_pattern(organisation), text) is named


def test_conflict_names_the_passage_and_page() -> None:
    # A real sketch's record, its facts replaced so the passages and pages are known.
    payload = trim_payload(score_payload(score(SAMPLES / "stadt_wolmirstedt.docx", PROFILE), PROFILE))
    record = SketchRecord.model_validate({**payload, "id": "a", "rank": 1, "document_date": None})
    facts = record.facts.model_dump() | {
        "applicant": "Landkreis Harz",
        "evidence": {"applicant": {"quote": "Antragsteller ist der Landkreis Harz.", "page": 1}},
        "partners": [
            {
                "name": "Hochschule Harz",
                "category": "science",
                "evidence": {"quote": "mit der Hochschule Harz", "page": 3},
            }
        ],
    }
    sketch = record.model_copy(
        update={"facts": FactsRecord.model_validate(facts), "checklist": {}, "relevance": None}
    )
    board = [
        BoardMember(name="A", organisation="HS Harz"),
        BoardMember(name="B", organisation="LK Harz"),
        BoardMember(name="C", organisation="Stadt Harzgerode"),
    ]
    found = {c.member: (c.role, c.page) for c in find_conflicts(sketch, board)}
    assert found == {"A": ("in der Skizze genannt", 3), "B": ("Antragsteller", 1)}
