"""The Nachforderung letter as a Word file, on the letter record the composer hands it."""

from __future__ import annotations

import io
from datetime import date

import docx

from sketchproc.letters.compose import Letter, LetterItem
from sketchproc.letters.docx import letter_docx


def _letter(subject: str) -> Letter:
    return Letter(
        submission="01",
        applicant="Gemeinde Musterau",
        sender=("Ministerium", "Referat Digitales"),
        recipient=("Gemeinde Musterau", "Markt 1", "06000 Musterau"),
        place_date="Magdeburg, 7. Dezember 2026",
        subject=subject,
        items=(
            LetterItem(id="letters_of_intent", label="Absichtserklärungen", hint="als Anlage", hard=False),
        ),
        deadline="21. Dezember 2026",
        contact=("Frau Beispiel",),
        signer="Im Auftrag",
    )


def test_a_subject_longer_than_a_word_property_still_gives_a_letter() -> None:
    # A title read by OCR from a cover page can run to several lines; the letter quotes it whole.
    subject = "Nachforderung zu Ihrer Projektskizze „" + "Regionales Digitalisierungszentrum " * 10 + "“"
    document = docx.Document(io.BytesIO(letter_docx(_letter(subject), date(2026, 12, 7))))
    assert len(document.core_properties.title) <= 255
    assert document.core_properties.title.endswith("…")
    assert any(p.text == subject for p in document.paragraphs)


def test_a_short_subject_is_the_title_property_as_it_is() -> None:
    subject = "Nachforderung zu Ihrer Projektskizze „Digitalbüro Musterau“"
    document = docx.Document(io.BytesIO(letter_docx(_letter(subject), date(2026, 12, 7))))
    assert document.core_properties.title == subject
