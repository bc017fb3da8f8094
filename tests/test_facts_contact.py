"""The contact e-mail: the applicant's own among others' addresses, and as text recognition reads it."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from sketchproc.profiles import load_profile
from tests.builders import pdf_fixtures as pfx
from tests.builders.scan import scanned_copy
from tests.test_ocr import needs_tesseract

from .test_facts import build, facts_of

PROFILE = load_profile()


@needs_tesseract
def test_a_scanned_address_with_a_space_before_the_at_sign_is_one_address(tmp_path: Path) -> None:
    # Glyph spacing on the page makes text recognition read "m.ott @elbtal-netz.de".
    before = "Kontakt: Mara Ott, Hauptamt, m.ott"
    gap = pdfmetrics.stringWidth(before, "Helvetica", 11.0) + 5
    page = [
        pfx.Text("Antragsteller", 80, font="Helvetica-Bold", size=14),
        *pfx.paragraph("Gemeinde Elbaue, vertreten durch den Bürgermeister. " + pfx.FILLER + ".", 104),
        pfx.Text(before, 200),
        pfx.Text("@elbtal-netz.de", 200, x=pfx.LEFT + gap),
    ]
    scan = scanned_copy(pfx.build(tmp_path / "text.pdf", [page]), tmp_path / "scan.pdf")
    email = facts_of(scan, PROFILE).contact_email
    assert email is not None and email.value == "m.ott@elbtal-netz.de"


def test_the_applicants_own_address_outranks_the_writers_agency_on_the_cover(tmp_path: Path) -> None:
    # An agency wrote the sketch for the Verein and put its address first.
    path = build(
        tmp_path,
        [
            "Erstellt durch: Textwerk Kommunikation, Domplatz 2, Halberstadt, kontakt@textwerk-hbs.de",
            ("#", "Antragsteller"),
            "Bürgernetz Wippertal e. V., Marktstraße 9, 06456 Sandersleben. "
            "Vorsitzende: Petra Lindner, vorstand@buergernetz-wippertal.de",
        ],
    )
    facts = facts_of(path, PROFILE)
    assert facts.applicant is not None and "Wippertal" in facts.applicant.value
    email = facts.contact_email
    assert email is not None and email.value == "vorstand@buergernetz-wippertal.de"
