"""What a scan keeps of the page's layout: lines to sign on, dates beside figures.

Each test draws a small page with reportlab, scans it (an image-only copy) and reads it with
the real Tesseract, so the behaviour under test is the one of a ministry's scanned letter.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from sketchproc import extract
from sketchproc.ingest.ocr import SIGN_LINE, ocr_available, ocr_page
from sketchproc.model import CheckStatus
from sketchproc.pipeline import check
from sketchproc.settings import IngestSettings
from tests.builders.scan import scanned_copy

pytestmark = pytest.mark.skipif(
    not ocr_available() and not os.environ.get("CI"),
    reason="Tesseract mit deutschen Daten fehlt (apt-get install tesseract-ocr tesseract-ocr-deu)",
)

_BODY = (
    "Die Hansestadt Havelberg richtet im Rathaus eine Anlaufstelle für digitale Fragen ein.",
    "Sie bündelt die Initiativen der Vereine, der Schulen und der Händler in der Stadt.",
    "Mit den Bürgerinnen und Bürgern erarbeiten wir in Werkstätten eine digitale Strategie.",
)


def _letter_pdf(path: Path, *, rule: bool, grid: bool = False) -> Path:
    """A one-page letter ending in place, date and the signatory (with or without a line to sign on)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    top = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, top - 80, "Skizze: Digitale Anlaufstelle Havelberg")
    c.setFont("Helvetica", 11)
    for index, sentence in enumerate(_BODY):
        c.drawString(72, top - 120 - index * 16, sentence)
    if grid:  # a ruled table: its borders are no lines to sign on
        rows = [("Posten", "Betrag"), ("Miete", "6.000 €"), ("Werkstätten", "9.000 €")]
        xs, ys = [72, 300, 420], [top - 190 - index * 20 for index in range(len(rows) + 1)]
        c.grid(xs, ys)
        for index, (label, amount) in enumerate(rows):
            c.drawString(78, ys[index] - 14, label)
            c.drawRightString(414, ys[index] - 14, amount)
    c.drawString(72, top - 300, "Havelberg, 14.03.2019")
    if rule:
        c.setLineWidth(0.8)
        c.line(72, top - 345, 250, top - 345)
    c.drawString(72, top - 360, "Katrin Oehme")  # a name alone: no office that signs by itself
    c.showPage()
    c.save()
    return path


def _scan(tmp_path: Path, name: str, **kwargs: bool) -> Path:
    return scanned_copy(_letter_pdf(tmp_path / f"{name}.pdf", **kwargs), tmp_path / f"{name}_scan.pdf")


def test_a_drawn_line_to_sign_on_is_read_like_typed_underscores(tmp_path: Path) -> None:
    texts = [line.text for line in ocr_page(_scan(tmp_path, "brief", rule=True), 1, IngestSettings())]
    assert SIGN_LINE in texts
    dated = next(index for index, text in enumerate(texts) if "14.03.2019" in text)
    signed = next(index for index, text in enumerate(texts) if "Oehme" in text)
    assert dated < texts.index(SIGN_LINE) < signed


def test_a_scanned_letter_with_a_line_to_sign_on_counts_as_signed(tmp_path: Path) -> None:
    signed = check(_scan(tmp_path, "brief", rule=True))
    unsigned = check(_scan(tmp_path, "ohne", rule=False))
    item = "council_resolution_or_signature"
    with_line, without = (next(c for c in a.checklist if c.item_id == item) for a in (signed, unsigned))
    assert with_line.status is CheckStatus.OK, with_line.note
    assert any("Oehme" in evidence.quote for evidence in with_line.evidence)
    assert without.status is not CheckStatus.OK


def test_the_borders_of_a_ruled_table_are_no_lines_to_sign_on(tmp_path: Path) -> None:
    texts = [
        line.text for line in ocr_page(_scan(tmp_path, "tabelle", rule=False, grid=True), 1, IngestSettings())
    ]
    assert any("Werkstätten" in text for text in texts)
    assert SIGN_LINE not in texts


def _key_data_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    top = A4[1]
    c.setFont("Helvetica", 11)
    lines = (
        "Träger: Hansestadt Havelberg, Landkreis Stendal",
        "Zeitraum des Vorhabens: 01.05.2019 bis 30.11.2020",
        "Beantragte Mittel insgesamt: 144.000",
        "Davon Personalausgaben: 112.000",
    )
    for index, line in enumerate(lines):
        c.drawString(72, top - 90 - index * 18, line)
    c.showPage()
    c.save()
    return path


def test_a_date_at_the_end_of_a_scanned_line_is_no_column_of_figures(tmp_path: Path) -> None:
    """A run of lines ending in figures is a scanned table; a date at the end is no figure."""
    scan = scanned_copy(_key_data_pdf(tmp_path / "eckdaten.pdf"), tmp_path / "eckdaten_scan.pdf")
    blocks = extract(scan).document.blocks
    assert any("01.05.2019 bis 30.11.2020" in block.text for block in blocks)
    dated = next(block for block in blocks if "Zeitraum" in block.text)
    assert not dated.rows
    end = check(scan).facts.end
    assert end is not None and end.value == datetime.date(2020, 11, 30)


def _wrapped_budget_pdf(path: Path) -> Path:
    """A borderless budget whose label cells wrap onto a second line, over a running footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    # (label lines, figures): a second label line sits tight below the first.
    rows = [
        (("Koordination Bürgerbüro (0,8 VZÄ,",), ("36.000,00", "48.000,00", "84.000,00")),
        (("Assistenz Sprechstunden (0,5 VZÄ,", "ab Juli 2019)"), ("9.000,00", "19.000,00", "28.000,00")),
        (("Summe Personalausgaben",), ("45.000,00", "67.000,00", "112.000,00")),
        (("Schulungen, Lesepatenkurse,", "Ferienakademie"), ("4.000,00", "6.000,00", "10.000,00")),
        (("Miete Ladenlokal",), ("5.000,00", "7.000,00", "12.000,00")),
        (("Summe Sachausgaben",), ("9.000,00", "13.000,00", "22.000,00")),
        (("Ausgaben gesamt",), ("54.000,00", "80.000,00", "134.000,00")),
    ]
    c = Canvas(str(path), pagesize=A4)
    top = A4[1]
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, top - 80, "Kostenplan")
    c.setFont("Helvetica", 10)
    y = top - 120
    for labels, figures in rows:
        for index, label in enumerate(labels):
            c.drawString(72, y - index * 12, label)
        for column, figure in enumerate(figures):
            c.drawRightString(370 + column * 80, y, figure)
        y -= 12 * len(labels) + 12
    c.drawString(72, 50, "Bürgerbüro Havelberg – Projektskizze Seite 1 von 2")
    c.showPage()
    c.save()
    return path


def test_a_scanned_budget_keeps_rows_whose_labels_wrap_and_leaves_the_footer_out(tmp_path: Path) -> None:
    scan = scanned_copy(_wrapped_budget_pdf(tmp_path / "kosten.pdf"), tmp_path / "kosten_scan.pdf")
    tables = [block for block in extract(scan).document.blocks if block.rows]
    rows = {row[0]: row[1:] for table in tables for row in table.rows}
    assert rows["Assistenz Sprechstunden (0,5 VZÄ, ab Juli 2019)"] == ("9.000,00", "19.000,00", "28.000,00")
    assert rows["Schulungen, Lesepatenkurse, Ferienakademie"][-1] == "10.000,00"
    assert rows["Summe Personalausgaben"][-1] == "112.000,00"
    assert not any("Seite" in label for label in rows)
    facts = check(scan).facts
    assert facts.personnel_eur is not None and facts.personnel_eur.value == 112_000
    assert facts.material_eur is not None and facts.material_eur.value == 22_000
