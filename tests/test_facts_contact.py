"""The contact e-mail as text recognition reads it from a scanned page."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from sketchproc.profiles import load_profile
from tests.builders import pdf_fixtures as pfx
from tests.builders.scan import scanned_copy
from tests.test_ocr import needs_tesseract

from .test_facts import facts_of

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
