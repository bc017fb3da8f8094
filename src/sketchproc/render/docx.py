"""DOCX renderer: Votierungsbogen.docx, the voting sheet the board fills in during the session."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from sketchproc.errors import RenderError
from sketchproc.render.docx_zip import fixed_zip_times
from sketchproc.render.view_model import PackView, SketchView

__all__ = ["DOCX_NAME", "MEETING_BLANK", "TALLY_LABEL", "VOTE_COLUMNS", "DocxRenderer", "voting_sheet"]

DOCX_NAME = "Votierungsbogen.docx"
VOTE_COLUMNS = ("Zustimmung", "Ablehnung", "Enthaltung", "Bemerkung")
COLUMNS = ("Nr.", "Titel", "Antragsteller", "Zuwendung", "Score", "Muss-Kriterien", *VOTE_COLUMNS)
TALLY_LABEL = "Summe der Stimmen"
MEETING_BLANK = "____________________"
# Widths in mm for A4 landscape minus 2 × 15 mm margins (267 mm); the vote boxes stay wide
# enough for a tick, the remark column for a few words.
_WIDTHS_MM = (10, 58, 40, 26, 14, 32, 19, 19, 19, 30)
# Zip timestamps cannot be before 1980; used when no ISO date was passed in.
_FALLBACK_DATE = datetime(1980, 1, 1)


def voting_sheet(view: PackView) -> bytes:
    """The voting sheet as DOCX bytes, byte-identical for the same view."""
    document = Document()
    _landscape(document)
    document.add_heading(f"Votierungsbogen – {view.call_title}", level=1)
    document.add_paragraph("Sitzung des Digitalisierungsbeirats")
    document.add_paragraph(f"Sitzung am: {view.meeting or MEETING_BLANK}    Ort: {MEETING_BLANK}")
    document.add_paragraph(f"Stand: {view.generated}")
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    _header(table)
    for sketch in view.sketches:
        _sketch_row(table, sketch)
    _tally_row(table, view)
    _widths(table)
    document.add_paragraph(
        "Bitte je Einreichung genau ein Feld ankreuzen; in der letzten Zeile die Stimmen je Spalte zählen. "
        "„Ausschluss empfohlen“ ist ein Vorschlag der maschinellen Vorprüfung, kein Beschluss."
    )
    _review_notes(document, view)
    _signature(document)
    _footer(document, view)
    _fixed_properties(document, _stamp(view))
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip_times(buffer.getvalue(), _stamp(view))


def _review_notes(document: DocxDocument, view: PackView) -> None:
    """Conflicts of interest and reviewers' decisions, per submission, below the table."""
    noted = [
        (sketch, sketch.review)
        for sketch in view.sketches
        if sketch.review and (sketch.review.conflicts or sketch.review.decisions or sketch.review.stale)
    ]
    if noted:
        document.add_heading("Hinweise zu einzelnen Einreichungen", level=2)
    for sketch, review in noted:
        document.add_paragraph(f"Nr. {sketch.rank} – {sketch.applicant}").runs[0].bold = True
        for conflict in review.conflicts:
            page = f" (S. {conflict.page})" if conflict.page else ""
            document.add_paragraph(
                f"Befangenheit prüfen: {conflict.member} ({conflict.organisation}) – {conflict.role}: "
                f"„{conflict.quote}“{page}",
                style="List Bullet",
            )
        for line in (*review.decisions, *review.stale):
            document.add_paragraph(line, style="List Bullet")


def _landscape(document: DocxDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))


def _header(table: Table) -> None:
    row = table.rows[0]
    for cell, text in zip(row.cells, COLUMNS, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    # w:tblHeader repeats the row at the top of every page Word breaks the table onto.
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def _sketch_row(table: Table, sketch: SketchView) -> None:
    hard = [f"Ausschluss empfohlen: {flag.defect}" for flag in sketch.exclusions]
    hard += [f"offen: {flag.defect}" for flag in sketch.open_items]
    # The remark cell starts with the members who must check their impartiality (listed below).
    members = sorted({c.member for c in sketch.review.conflicts}) if sketch.review else []
    remark = f"Befangenheit prüfen: {', '.join(members)}" if members else ""
    values = (
        str(sketch.rank),
        sketch.title,
        sketch.applicant,
        sketch.grant_text,
        sketch.score_text,
        "; ".join(hard) or "keine",
        "",
        "",
        "",
        remark,
    )
    _fill(table, values)


def _tally_row(table: Table, view: PackView) -> None:
    """The last row: the grant total and empty cells for the count of each vote column."""
    cells = _fill(table, ("", TALLY_LABEL, "", f"Summe: {view.grant_total.text}", "", ""))
    for cell in cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True


def _fill(table: Table, values: tuple[str, ...]) -> list[Any]:
    # python-docx leaves add_row unannotated; it returns a _Row.
    cells: list[Any] = table.add_row().cells  # type: ignore[no-untyped-call]
    for cell, text in zip(cells, values, strict=False):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.font.size = Pt(9)
    return cells


def _signature(document: DocxDocument) -> None:
    """Lines for place, date and the chair's signature below the table."""
    document.add_paragraph()
    document.add_paragraph("Ort, Datum: ______________________________")
    document.add_paragraph()
    document.add_paragraph("Unterschrift (Vorsitz): ______________________________")
    document.add_paragraph("Protokoll: ______________________________")


def _footer(document: DocxDocument, view: PackView) -> None:
    """Footer "Votierungsbogen · Stand … · Seite N von M" with Word's PAGE and NUMPAGES fields."""
    paragraph = document.sections[0].footer.paragraphs[0]
    paragraph.text = ""
    paragraph.add_run(f"Votierungsbogen · {view.call_title} · Stand {view.generated} · Seite ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" von ")
    _field(paragraph, "NUMPAGES")
    for run in paragraph.runs:
        run.font.size = Pt(8)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A Word field (begin, instruction, separate, placeholder result, end) Word updates on open."""
    parts = (("fldChar", "begin"), ("instrText", f" {instruction} "), ("fldChar", "separate"))
    for kind, value in parts:
        run = paragraph.add_run()
        element = OxmlElement(f"w:{kind}")
        if kind == "fldChar":
            element.set(qn("w:fldCharType"), value)
        else:
            element.set(qn("xml:space"), "preserve")
            element.text = value
        run._r.append(element)
    paragraph.add_run("1")  # shown until the viewer computes the field
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _widths(table: Table) -> None:
    """Set widths per cell: Word ignores column widths, LibreOffice ignores cell widths."""
    table.autofit = False
    for index, width in enumerate(_WIDTHS_MM):
        table.columns[index].width = Mm(width)
        for cell in table.columns[index].cells:
            cell.width = Mm(width)


def _stamp(view: PackView) -> datetime:
    if view.generated_iso is None:
        return _FALLBACK_DATE
    return max(datetime.fromisoformat(view.generated_iso), _FALLBACK_DATE)


def _fixed_properties(document: DocxDocument, stamp: datetime) -> None:
    """Core properties from the passed-in date, not python-docx's clock or template values."""
    props = document.core_properties
    props.author = "sketchproc"
    props.last_modified_by = "sketchproc"
    props.title = "Votierungsbogen"
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.revision = 1


class DocxRenderer:
    """Writes Votierungsbogen.docx."""

    name = "DOCX"

    def render(self, view: PackView, out_dir: Path) -> list[Path]:
        """Write the voting sheet.

        Raises:
            RenderError: the file cannot be written.
        """
        target = out_dir / DOCX_NAME
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            target.write_bytes(voting_sheet(view))
        except OSError as exc:
            raise RenderError(
                f"{target} kann nicht geschrieben werden ({exc.strerror}). Schreibrechte prüfen."
            ) from exc
        return [target]
