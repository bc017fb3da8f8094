"""Letter → .docx bytes (python-docx), byte-identical for the same letter and date."""

from __future__ import annotations

import io
from datetime import date, datetime

from docx import Document
from docx.shared import Pt

from sketchproc.letters.compose import Letter
from sketchproc.render.docx_zip import fixed_zip_times

__all__ = ["letter_docx"]

# Zip timestamps cannot be before 1980; used when the run has no date (--stand).
_FALLBACK = datetime(1980, 1, 1)
# A core property of a Word file holds at most this many characters (python-docx refuses more);
# a subject quoting a long title read from a scan is cut for the property, never in the letter.
_MAX_PROPERTY_CHARS = 255


def letter_docx(letter: Letter, stand: date | None) -> bytes:
    """The letter as a Word document: sender, recipient, date, subject, items, deadline, contact."""
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    small = document.add_paragraph()
    small.add_run(" · ".join(letter.sender)).font.size = Pt(8)
    document.add_paragraph("\n".join(letter.recipient))
    document.add_paragraph(letter.place_date)
    document.add_paragraph().add_run(letter.subject).bold = True
    document.add_paragraph("Sehr geehrte Damen und Herren,")
    document.add_paragraph(
        "vielen Dank für Ihre Projektskizze. Bei der Vorprüfung haben wir die folgenden Angaben "
        "nicht gefunden. Damit der Digitalisierungsbeirat Ihre Skizze vollständig beraten kann, "
        "bitten wir Sie, sie nachzureichen:"
    )
    for item in letter.items:
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(item.label).bold = True
        kind = " (Muss-Kriterium)" if item.hard else ""
        paragraph.add_run(f"{kind}: {item.hint}")
    document.add_paragraph(
        f"Bitte senden Sie die fehlenden Angaben bis zum {letter.deadline} an die unten genannte "
        "Ansprechperson. Liegen sie bis dahin nicht vor, wird die Skizze in der vorliegenden Form beraten."
    )
    document.add_paragraph("\n".join(letter.contact))
    document.add_paragraph("Mit freundlichen Grüßen")
    document.add_paragraph(letter.signer)
    stamp = max(datetime(stand.year, stand.month, stand.day), _FALLBACK) if stand else _FALLBACK
    props = document.core_properties
    props.author = props.last_modified_by = "sketchproc"
    props.title = _property_text(letter.subject)
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip_times(buffer.getvalue(), stamp)


def _property_text(text: str) -> str:
    """`text`, cut with "…" to fit a core property."""
    return text if len(text) <= _MAX_PROPERTY_CHARS else text[: _MAX_PROPERTY_CHARS - 1] + "…"
