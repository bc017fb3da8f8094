"""Build the held-out ("unseen") sample sketches and their truth files.

Run:  .venv/bin/python scripts/build_samples.py --only unseen

Writes
  samples/vg_elbe_heide.docx            tests/data/truth/vg_elbe_heide.docx.json
  samples/hansestadt_osterburg.pdf      tests/data/truth/hansestadt_osterburg.pdf.json
  samples/smartregion_harz_ug.pdf       tests/data/truth/smartregion_harz_ug.pdf.json
  samples/lutherstadt_wittenberg.docx   tests/data/truth/lutherstadt_wittenberg.docx.json

Output is deterministic: docx zips get fixed timestamps and core properties; reportlab runs with
invariant=1; the LibreOffice PDF gets its CreationDate and /ID replaced (same byte length, so
the xref table stays valid). hansestadt_osterburg.pdf needs /usr/bin/soffice; its intermediate
.docx is written to a temporary directory and deleted.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from ..fonts import font_path
from . import truth as truth_io
from .text import SAMPLES as OUT
from .text import load_text
from .word_de import (
    a4,
    add_abstract_num,
    add_field,
    add_text_with_breaks,
    fix_widths,
    keep_with_next,
    save_deterministic,
    set_font,
    set_num,
    shade,
)

TRUTH = truth_io.TRUTH
SOFFICE = "/usr/bin/soffice"
LO_PROFILE = "file:///tmp/lo_unseen"

_ = WD_SECTION  # imported for readers extending the builder


def write_truth(filename: str, data: dict[str, Any]) -> None:
    data = {"file": filename, **data}
    truth_io.write_truth(TRUTH / f"{filename}.json", data)


def heading_truth(blocks: list[tuple], transform=None) -> list[dict[str, Any]]:
    out = []
    for b in blocks:
        if b[0] == "h":
            title = transform(b[2], b[3]) if transform else b[2]
            out.append({"number": b[1], "title": title, "level": int(b[3])})
    return out


def de(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# =============================================================================================
# 1. Verbandsgemeinde Elbe-Heide — German Word, localised "Überschrift" styles, typed numbers
# =============================================================================================
def build_elbe_heide() -> None:
    t = load_text("vg_elbe_heide")

    sid = "vg_elbe_heide"
    doc = Document()
    sec = doc.sections[0]
    a4(sec, top=2.5, bottom=2.0, left=2.5, right=2.0)

    normal = doc.styles["Normal"]
    set_font(normal, "Arial", 11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    h1 = doc.styles["Heading 1"]
    set_font(h1, "Arial", 12, bold=True, italic=False, color="000000")
    h1.paragraph_format.space_before = Pt(14)
    h1.paragraph_format.space_after = Pt(6)
    h1.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    h2 = doc.styles["Heading 2"]
    # the applicant changed "Überschrift 2" to underlined, not bold (a common house style)
    set_font(h2, "Arial", 11, bold=False, italic=False, underline=True, color="000000")
    h2.paragraph_format.space_before = Pt(10)
    h2.paragraph_format.space_after = Pt(4)
    h2.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    title_style = doc.styles["Title"]
    set_font(title_style, "Arial", 20, bold=True, color="000000")
    lb = doc.styles["List Bullet"]
    set_font(lb, "Arial", 11)

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run("Verbandsgemeinde Elbe-Heide"), "Arial", 8, color="595959")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def small(r):
        set_font(r, "Arial", 8)

    set_font(fp.add_run("Seite "), "Arial", 8)
    add_field(fp, "PAGE", "1", small)

    # title block
    p = doc.add_paragraph(style="Title")
    p.add_run(t.TITLE)
    p = doc.add_paragraph(t.SUBTITLE)
    p = doc.add_paragraph()
    set_font(p.add_run(t.PROJECT), "Arial", 13, bold=True)
    p.paragraph_format.space_after = Pt(12)

    # applicant block: 2-column table without heading
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = doc.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.LEFT
    for k, v in t.APPLICANT_TABLE:
        row = tbl.add_row()
        c0, c1 = row.cells
        c0.width, c1.width = Cm(4.6), Cm(11.9)
        shade(c0, "F2F2F2")
        c0.paragraphs[0].text = ""
        set_font(c0.paragraphs[0].add_run(k), "Arial", 10, bold=True)
        lines = v.split("\n")
        set_font(c1.paragraphs[0].add_run(lines[0]), "Arial", 10)
        for ln in lines[1:]:
            set_font(c1.add_paragraph().add_run(ln), "Arial", 10)
        for c in (c0, c1):
            for cp in c.paragraphs:
                cp.paragraph_format.space_after = Pt(0)
    fix_widths(tbl, (4.6, 11.9))
    doc.add_paragraph()

    def schedule(d) -> None:
        tb = d.add_table(rows=0, cols=3)
        tb.style = d.styles["Table Grid"]
        for i, row in enumerate(t.SCHEDULE_ROWS):
            cells = tb.add_row().cells
            for j, txt in enumerate(row):
                cells[j].width = Cm((3.6, 4.0, 8.9)[j])
                par = cells[j].paragraphs[0]
                par.paragraph_format.space_after = Pt(0)
                set_font(par.add_run(txt), "Arial", 10, bold=(i == 0))
                if i == 0:
                    shade(cells[j], "D9D9D9")
        fix_widths(tb, (3.6, 4.0, 8.9))
        d.add_paragraph()

    def budget(d) -> None:
        tb = d.add_table(rows=0, cols=4)
        tb.style = d.styles["Table Grid"]
        rows = [("Ausgabenart", "2019", "2020", "Gesamt")]
        s19 = s20 = 0
        for name, a, b in t.BUDGET_ROWS:
            rows.append((name, de(a), de(b), de(a + b)))
            s19, s20 = s19 + a, s20 + b
        rows.append(("Gesamtausgaben", de(s19), de(s20), de(s19 + s20)))
        assert s19 + s20 == t.TRUTH_FACTS["total_cost_eur"]
        for i, row in enumerate(rows):
            cells = tb.add_row().cells
            for j, txt in enumerate(row):
                cells[j].width = Cm((8.5, 2.6, 2.6, 2.8)[j])
                par = cells[j].paragraphs[0]
                par.paragraph_format.space_after = Pt(0)
                if j > 0:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                bold = i in (0, len(rows) - 1)
                set_font(par.add_run(txt), "Arial", 10, bold=bold)
                if i == 0:
                    shade(cells[j], "D9D9D9")
        fix_widths(tb, (8.5, 2.6, 2.6, 2.8))
        d.add_paragraph()

    specials = {"schedule": schedule, "budget": budget}
    for b in t.BLOCKS:
        kind = b[0]
        if kind == "h":
            level, display = b[3], b[4]
            p = doc.add_paragraph(style="Heading 1" if level == 1 else "Heading 2")
            add_text_with_breaks(p, display)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "x":
            specials[b[1]](doc)
        else:
            raise ValueError(kind)

    doc.add_paragraph()
    for line in t.SIGN_OFF:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)

    save_deterministic(
        doc,
        OUT / f"{sid}.docx",
        author="Zschiesche, Kathrin",
        title="Projektskizze Digitales Elbe-Heide",
        created=dt.datetime(2018, 10, 22, 8, 12, 0),
        modified=dt.datetime(2018, 11, 12, 14, 3, 0),
        company="Verbandsgemeinde Elbe-Heide",
        pages=4,
        german_ids=True,
        german_names=True,
    )
    write_truth(
        f"{sid}.docx",
        {
            "applicant_type": "Verbandsgemeinde",
            "failure_modes": [
                "german_style_names",
                "german_style_ids",
                "typed_numbering",
                "heading_trailing_colon",
                "heading_manual_line_break",
                "underlined_not_bold_subheadings",
                "applicant_table_no_heading",
                "title_style_not_section",
                "budget_table_years",
                "schedule_table",
                "signature_block",
                "running_header_footer",
            ],
            "headings": heading_truth(t.BLOCKS),
            "facts": t.TRUTH_FACTS,
            "deviations": [],
            "notes": "Style ids are Word-German ('berschrift1', 'berschrift2', 'Standard', 'Titel', "
            "'Tabellenraster', 'Aufzhlungszeichen') and the style NAMES are localised too "
            "('Überschrift 1', 'Überschrift 2', 'Standard', 'Titel'). Numbers are typed with a tab "
            "('1.\\tKurzbeschreibung …', '2.1\\tDie Verbandsgemeinde …'). 'Überschrift 2' is "
            "redefined as underlined, not bold. Heading 8 is typed '8.\\tZeitplan:' (trailing colon; "
            "truth title without colon). Heading 5 contains a manual line break (w:br) after "
            "'Digitalen Strategie'; truth joins both lines with a space. The applicant block is a "
            "2-column table with no heading before section 1. 'Projektskizze' (Titel style) is the "
            "document title, not a section. Sign-off 'Rogätz, 12.11.2018 / gez. … / "
            "Verbandsgemeindebürgermeister' at the end is a signature block.",
        },
    )


# =============================================================================================
# 2. Hansestadt Osterburg — python-docx Heading 1/2, no numbering, footer → LibreOffice PDF
# =============================================================================================
def _osterburg_docx(path: Path) -> None:
    t = load_text("hansestadt_osterburg")

    doc = Document()
    sec = doc.sections[0]
    a4(sec, top=2.5, bottom=2.2, left=2.5, right=2.5)
    text_w = 21.0 - 5.0
    normal = doc.styles["Normal"]
    set_font(normal, "Arial", 10.5)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    h1 = doc.styles["Heading 1"]
    set_font(h1, "Arial", 15, bold=True, color="1F4E79")
    h1.paragraph_format.space_before = Pt(16)
    h1.paragraph_format.space_after = Pt(4)
    h2 = doc.styles["Heading 2"]
    set_font(h2, "Arial", 12, bold=True, color="2E74B5")
    h2.paragraph_format.space_before = Pt(10)
    h2.paragraph_format.space_after = Pt(3)
    for name in ("List Bullet", "Footer"):
        set_font(doc.styles[name], "Arial", 10.5 if name != "Footer" else 8.5)

    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(text_w), WD_TAB_ALIGNMENT.RIGHT)
    fp.add_run(t.FOOTER + "\tSeite ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" von ")
    add_field(fp, "NUMPAGES", "3")

    p = doc.add_paragraph()
    set_font(p.add_run(t.TITLE), "Arial", 20, bold=True, color="1F4E79")
    p.paragraph_format.space_after = Pt(2)
    p = doc.add_paragraph()
    set_font(p.add_run(t.SUBTITLE), "Arial", 11, italic=True, color="404040")
    p.paragraph_format.space_after = Pt(10)

    def budget(d) -> None:
        tb = d.add_table(rows=0, cols=4)
        tb.style = d.styles["Table Grid"]
        rows = [("Position", "2019", "2020", "Summe")]
        for name, a, b in t.BUDGET:
            total = int(a.replace(".", "")) + int(b.replace(".", ""))
            rows.append((name, a, b, de(total)))
        rows.append(t.BUDGET_TOTALS)
        s = sum(int(r[3].replace(".", "")) for r in rows[1:-1])
        assert de(s) == t.BUDGET_TOTALS[3] and s == t.TRUTH_FACTS["total_cost_eur"]
        for i, row in enumerate(rows):
            cells = tb.add_row().cells
            for j, txt in enumerate(row):
                cells[j].width = Cm((9.0, 2.3, 2.3, 2.4)[j])
                par = cells[j].paragraphs[0]
                par.paragraph_format.space_after = Pt(0)
                if j:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                set_font(par.add_run(txt), "Arial", 9.5, bold=i in (0, len(rows) - 1))
                if i == 0:
                    shade(cells[j], "DEEAF6")
        fix_widths(tb, (9.0, 2.3, 2.3, 2.4))
        d.add_paragraph().paragraph_format.space_after = Pt(0)

    for b in t.BLOCKS:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[2], level=b[3])
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "kv":
            for k, v in b[1]:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(2)
                set_font(p.add_run(k + ": "), bold=True)
                p.add_run(v)
        elif kind == "ul":
            for item in b[1]:
                p = doc.add_paragraph(item, style="List Bullet")
                p.paragraph_format.space_after = Pt(2)
        elif kind == "x":
            assert b[1] == "budget"
            budget(doc)
        else:
            raise ValueError(kind)

    save_deterministic(
        doc,
        path,
        author="Krüger, Martin",
        title="Projektskizze Osterburg digital",
        created=dt.datetime(2018, 10, 1, 9, 0, 0),
        modified=dt.datetime(2018, 10, 29, 16, 40, 0),
        company="Hansestadt Osterburg (Altmark)",
        pages=3,
        german_ids=False,
        german_names=False,
    )


_PDF_DATE = re.compile(rb"D:\d{14}")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_PDF_CHECKSUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def normalise_lo_pdf(data: bytes) -> bytes:
    """Replace LibreOffice's creation date, document /ID and /DocChecksum with fixed values of the
    same byte length (so the xref offsets stay valid)."""
    data = _PDF_DATE.sub(b"D:20181029164500", data)

    def fix_id(m: re.Match) -> bytes:
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, b"A" * len(a)).replace(b, b"A" * len(b))

    data = _PDF_ID.sub(fix_id, data)
    return _PDF_CHECKSUM.sub(lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), data)


def build_osterburg() -> None:
    t = load_text("hansestadt_osterburg")

    sid = "hansestadt_osterburg"
    with tempfile.TemporaryDirectory(prefix="unseen_osterburg_") as tmp:
        tmpd = Path(tmp)
        src = tmpd / f"{sid}.docx"
        _osterburg_docx(src)
        subprocess.run(
            [
                SOFFICE,
                "--headless",
                f"-env:UserInstallation={LO_PROFILE}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmpd),
                str(src),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        pdf = tmpd / f"{sid}.pdf"
        data = normalise_lo_pdf(pdf.read_bytes())
        (OUT / f"{sid}.pdf").write_bytes(data)
        src.unlink()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    write_truth(
        f"{sid}.pdf",
        {
            "applicant_type": "Stadt",
            "pages": pages,
            "failure_modes": [
                "no_numbering",
                "word_heading_styles_exported",
                "running_header_footer",
                "page_x_of_y_footer",
                "wrapped_two_line_heading",
                "run_in_labels",
                "budget_table_years",
                "quarter_dates",
                "libreoffice_export",
            ],
            "headings": heading_truth(t.BLOCKS),
            "facts": t.TRUTH_FACTS,
            "scanned_pages": [],
            "deviations": [],
            "notes": "Made with python-docx (Heading 1 = Arial 15 pt bold blue, Heading 2 = Arial 12 pt "
            "bold blue, body Arial 10.5 pt) and exported by LibreOffice 7.4 (Arial → Liberation Sans). "
            "No heading has a number. The level-1 heading 'Geplante Aktivitäten des "
            "Digitalisierungszentrums „Osterburg digital“' wraps onto two lines. Footer on every page: "
            "'Hansestadt Osterburg (Altmark) – Projektskizze „Osterburg digital“' + 'Seite N von M'. "
            "Title and subtitle lines at the top are not sections. 'Antragstellerin: …' lines are "
            "run-in key–value labels, not headings. Schedule given by quarters ('I. Quartal 2019'). "
            "No 'Anlagen' section. PDF CreationDate/ModDate and /ID are normalised by the builder.",
        },
    )


# =============================================================================================
# 3. SmartRegion Harz UG — reportlab; ALL-CAPS lettered headings at body size, one 2-column page
# =============================================================================================
def build_smartregion() -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        KeepTogether,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )
    from reportlab.platypus.flowables import ListFlowable, ListItem

    t = load_text("smartregion_harz_ug")

    sid = "smartregion_harz_ug"
    for name, fn in (
        ("U-Sans", "LiberationSans-Regular.ttf"),
        ("U-Sans-Bold", "LiberationSans-Bold.ttf"),
        ("U-Sans-Italic", "LiberationSans-Italic.ttf"),
    ):
        # Liberation 1 (fonts-liberation), unlike the other PDF samples
        pdfmetrics.registerFont(TTFont(name, str(font_path(fn, subdirs=("liberation",)))))
    pdfmetrics.registerFontFamily("U-Sans", normal="U-Sans", bold="U-Sans-Bold", italic="U-Sans-Italic")

    W, H = A4
    lm, rm, tm, bm = 2.3 * cm, 2.0 * cm, 2.0 * cm, 2.3 * cm
    green = colors.Color(0.12, 0.42, 0.27)
    body = ParagraphStyle(
        "body", fontName="U-Sans", fontSize=10.5, leading=14.2, alignment=TA_JUSTIFY, spaceAfter=6
    )
    h1 = ParagraphStyle(
        "h1",
        fontName="U-Sans-Bold",
        fontSize=10.5,
        leading=14.2,
        spaceBefore=11,
        spaceAfter=4,
        keepWithNext=1,
        alignment=TA_LEFT,
    )
    h2 = ParagraphStyle("h2", parent=h1, spaceBefore=6, spaceAfter=3)
    small = ParagraphStyle("small", fontName="U-Sans", fontSize=9.5, leading=12)
    title = ParagraphStyle(
        "title",
        fontName="U-Sans-Bold",
        fontSize=13,
        leading=17,
        spaceBefore=14,
        spaceAfter=10,
        textColor=green,
    )
    cell = ParagraphStyle("cell", fontName="U-Sans", fontSize=9.5, leading=12)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="U-Sans-Bold")

    def footer(c, doc) -> None:
        c.saveState()
        c.setStrokeColor(green)
        c.setLineWidth(0.6)
        c.line(lm, 1.55 * cm, W - rm, 1.55 * cm)
        c.setFont("U-Sans", 8)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        c.drawString(lm, 1.1 * cm, t.FOOTER)
        c.drawRightString(W - rm, 1.1 * cm, f"Seite {doc.page}")
        c.restoreState()

    def first(c, doc) -> None:
        c.saveState()
        c.setFillColor(green)
        c.rect(lm, H - 1.9 * cm, 0.35 * cm, 0.95 * cm, stroke=0, fill=1)
        c.setFont("U-Sans-Bold", 15)
        c.drawString(lm + 0.55 * cm, H - 1.62 * cm, "SmartRegion")
        c.setFillColor(colors.black)
        c.setFont("U-Sans", 15)
        c.drawString(
            lm + 0.55 * cm + pdfmetrics.stringWidth("SmartRegion ", "U-Sans-Bold", 15), H - 1.62 * cm, "Harz"
        )
        c.setFont("U-Sans", 7.5)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        y = H - 1.15 * cm
        for line in t.LETTERHEAD:
            c.drawRightString(W - rm, y, line)
            y -= 9.5
        c.setStrokeColor(green)
        c.setLineWidth(0.8)
        c.line(lm, H - 2.35 * cm, W - rm, H - 2.35 * cm)
        c.restoreState()
        footer(c, doc)

    fw = W - lm - rm
    fh_first = H - 2.7 * cm - bm
    gap = 0.8 * cm
    colw = (fw - gap) / 2
    fh = H - tm - bm
    doc = BaseDocTemplate(
        str(OUT / f"{sid}.pdf"),
        pagesize=A4,
        leftMargin=lm,
        rightMargin=rm,
        topMargin=tm,
        bottomMargin=bm,
        title="Projektskizze Harz.Digital.Hub",
        author="Jan-Philipp Rosenau",
        subject="Förderaufruf Regionale Digitalisierungszentren",
        creator="Microsoft® Word 2016",
        producer="Microsoft® Word 2016",
        invariant=1,
        pageCompression=1,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                "first", [Frame(lm, bm, fw, fh_first, id="f0", leftPadding=0, rightPadding=0)], onPage=first
            ),
            PageTemplate(
                "one", [Frame(lm, bm, fw, fh, id="f1", leftPadding=0, rightPadding=0)], onPage=footer
            ),
            PageTemplate(
                "two",
                [
                    Frame(lm, bm, colw, fh, id="c1", leftPadding=0, rightPadding=0),
                    Frame(lm + colw + gap, bm, colw, fh, id="c2", leftPadding=0, rightPadding=0),
                ],
                onPage=footer,
            ),
        ]
    )

    story: list[Any] = [NextPageTemplate("one")]
    story += [Paragraph("<br/>".join(t.RECIPIENT), small), Spacer(1, 10)]
    story += [Paragraph(t.DATE_LINE, ParagraphStyle("date", parent=small, alignment=2))]
    story += [Paragraph(t.TITLE, title)]

    def costs_table() -> list[Any]:
        rows = [[Paragraph("Kostenposition", cellb), Paragraph("Betrag", cellb)]]
        rows += [[Paragraph(a, cell), Paragraph(b, cell)] for a, b in t.COSTS]
        rows += [[Paragraph(t.COSTS_TOTAL[0], cellb), Paragraph(t.COSTS_TOTAL[1], cellb)]]
        tot = sum(int(b.replace(".", "").replace(" €", "")) for _, b in t.COSTS)
        assert tot == t.TRUTH_FACTS["total_cost_eur"]
        fin = [[Paragraph("Finanzierung", cellb), Paragraph("", cellb)]]
        fin += [[Paragraph(a, cell), Paragraph(b, cell)] for a, b in t.FINANCING]
        assert sum(int(b.replace(".", "").replace(" €", "")) for _, b in t.FINANCING) == tot
        ts = TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, green),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, green),
                ("LINEABOVE", (0, -1), (-1, -1), 0.5, green),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, green),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        right = ParagraphStyle("r", parent=cell, alignment=2)
        rightb = ParagraphStyle("rb", parent=cellb, alignment=2)
        for r in rows[1:-1] + fin[1:]:
            r[1] = Paragraph(r[1].text, right)
        rows[-1][1] = Paragraph(rows[-1][1].text, rightb)
        t1 = Table(rows, colWidths=[fw - 3.2 * cm, 3.2 * cm], style=ts)
        t2 = Table(fin, colWidths=[fw - 3.2 * cm, 3.2 * cm], style=ts)
        return [KeepTogether([t1]), Spacer(1, 8), KeepTogether([t2]), Spacer(1, 6)]

    pending_mark = False
    last_para: Any = None
    for b in t.BLOCKS:
        kind = b[0]
        if kind == "h":
            _, num, ttl, level = b
            if level == 1:
                story.append(Paragraph(f"{num}.&nbsp;&nbsp;{ttl.upper()}", h1))
            else:
                story.append(Paragraph(f"{num}.&nbsp;{ttl}", h2))
            if pending_mark:
                story[-1]._unseen_key = "cols_start"
                pending_mark = False
        elif kind == "p":
            story.append(Paragraph(b[1], body))
            last_para = story[-1]
        elif kind == "ul":
            items = [
                ListItem(Paragraph(x, ParagraphStyle("li", parent=body, spaceAfter=2)), leftIndent=14)
                for x in b[1]
            ]
            story.append(
                ListFlowable(
                    items,
                    bulletType="bullet",
                    start="–",
                    leftIndent=14,
                    bulletFontName="U-Sans",
                    bulletFontSize=10.5,
                )
            )
            story.append(Spacer(1, 4))
        elif kind == "x":
            story += costs_table()
        elif kind == "cols":
            if b[1] == "start":
                story += [NextPageTemplate("two"), PageBreak(), NextPageTemplate("one")]
                pending_mark = True
            else:
                last_para._unseen_key = "cols_end"
                story.append(PageBreak())
        else:
            raise ValueError(kind)

    seen: dict[str, int] = {}

    def after(fl: Any) -> None:
        key = getattr(fl, "_unseen_key", None)
        if key:
            seen[key] = doc.page

    doc.afterFlowable = after  # type: ignore[method-assign]
    doc.build(story)
    pages = doc.page
    two_col_page = seen["cols_start"]
    assert seen["cols_end"] == two_col_page, f"two-column part spans pages {seen}"
    write_truth(
        f"{sid}.pdf",
        {
            "applicant_type": "Unternehmen",
            "pages": pages,
            "failure_modes": [
                "all_caps_headings",
                "body_size_headings",
                "lettered_numbering",
                "numbering_restarts_per_parent",
                "two_columns",
                "letterhead",
                "running_header_footer",
                "bullet_lists",
                "unruled_cost_table",
            ],
            "headings": heading_truth(t.BLOCKS, lambda s, lv: s.upper() if lv == 1 else s),
            "facts": t.TRUTH_FACTS,
            "scanned_pages": [],
            "deviations": [],
            "notes": "Letterhead (company name, address, register) on page 1 and a letter-style "
            "recipient block and date are not sections; the green 13 pt line 'Projektskizze Regionales "
            "Digitalisierungszentrum „Harz.Digital.Hub“' is the document title. Level-1 headings are "
            "lettered 'A.'–'K.' and printed in CAPITALS, bold Liberation Sans 10.5 pt — the same "
            "size as the body; level-2 headings are '1.', '2.', … in bold mixed case, restarting under "
            "each letter (C.1–2, E.1–3). Titles in truth are as printed (capitals). "
            f"Page {two_col_page} is set in two columns (sections E–H); the other pages have "
            "one column. Footer on every page: rule + company/project line + 'Seite N'. "
            "The 48.000 € non-grant share is 28.000 € own funds of the UG plus 20.000 € from "
            "network partners.",
        },
    )


# =============================================================================================
# 4. Lutherstadt Wittenberg — bold Normal headings, automatic "%1.)" numbering, cover, typed TOC
# =============================================================================================
def build_wittenberg() -> None:
    t = load_text("lutherstadt_wittenberg")

    sid = "lutherstadt_wittenberg"
    doc = Document()
    sec = doc.sections[0]
    a4(sec, top=2.5, bottom=2.0, left=2.5, right=2.0)
    sec.different_first_page_header_footer = True
    normal = doc.styles["Normal"]
    set_font(normal, "Calibri", 11)
    normal.paragraph_format.space_after = Pt(8)
    normal.paragraph_format.line_spacing = 1.08
    set_font(doc.styles["List Paragraph"], "Calibri", 11)

    # numbering: headings "1.)" (abstract 10 / num 10), bullets (abstract 11 / num 11)
    add_abstract_num(
        doc,
        10,
        10,
        "5A3C21F0",
        [
            {"fmt": "decimal", "text": "%1.)", "left": 425, "hanging": 425, "bold": True},
            {"fmt": "decimal", "text": "%1.%2.)", "left": 851, "hanging": 426},
            {"fmt": "lowerLetter", "text": "%3)", "left": 1276, "hanging": 425},
        ],
    )
    add_abstract_num(
        doc,
        11,
        11,
        "1B7E4C92",
        [
            {"fmt": "bullet", "text": "\uf0b7", "left": 720, "hanging": 360, "font": "Symbol"},
        ],
    )

    # header / footer on pages 2+
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_font(hp.add_run(t.HEADER), "Calibri", 9, color="7F7F7F")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def nine(r):
        set_font(r, "Calibri", 9)

    set_font(fp.add_run("Seite "), "Calibri", 9)
    add_field(fp, "PAGE", "2", nine)

    # ---- cover page (plain paragraphs, empty lines to push content down, manual page break) ----
    wine = "8B1A1A"
    for _ in range(3):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(t.COVER_LOGO)
    set_font(r, "Calibri", 26, bold=True, color=wine)
    rpr = r._r.get_or_add_rPr()
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sp = OxmlElement("w:spacing")
    sp.set(qn("w:val"), "40")
    rpr.append(sp)
    p.paragraph_format.space_after = Pt(0)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(t.COVER_LOGO_SUB), "Calibri", 10, italic=True, color="7F7F7F")
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(p.add_run(t.COVER_TITLE), "Calibri", 28, bold=True)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text_with_breaks(p, t.COVER_PROJECT, name="Calibri", size=16, bold=True, color=wine)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text_with_breaks(p, t.COVER_CALL, name="Calibri", size=11)
    for _ in range(7):
        doc.add_paragraph()
    for i, line in enumerate(t.COVER_FROM):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        set_font(p.add_run(line), "Calibri", 11, bold=(i == 1), italic=(i == 0))
    doc.add_paragraph()
    p = doc.add_paragraph()
    set_font(p.add_run(t.COVER_DATE), "Calibri", 11)
    p.add_run().add_break(WD_BREAK.PAGE)

    # ---- manually typed table of contents (tabs + dot leader, page numbers typed) ----
    p = doc.add_paragraph()
    set_font(p.add_run(t.TOC_TITLE), "Calibri", 14, bold=True)
    p.paragraph_format.space_after = Pt(12)
    toc_pages = _WITTENBERG_TOC_PAGES
    for b in t.BLOCKS:
        if b[0] != "h":
            continue
        _, num, ttl, level = b
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(4 if level == 1 else 2)
        if level == 1:
            pf.tab_stops.add_tab_stop(Cm(1.0))
            txt = f"{num}.)\t{ttl}\t{toc_pages[num]}"
        else:
            pf.tab_stops.add_tab_stop(Cm(1.0))
            pf.tab_stops.add_tab_stop(Cm(2.2))
            txt = f"\t{num}\t{ttl}\t{toc_pages[num]}"
        pf.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        set_font(p.add_run(txt), "Calibri", 11, bold=(level == 1))
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # ---- content ----
    def budget(d) -> None:
        tb = d.add_table(rows=0, cols=4)
        tb.style = d.styles["Table Grid"]
        rows = [("Ausgaben in EUR", "2019", "2020", "gesamt")]
        for name, a, b2 in t.BUDGET:
            rows.append((name, a, b2, de(int(a.replace(".", "")) + int(b2.replace(".", "")))))
        rows.append(t.BUDGET_SUM)
        assert sum(int(r[3].replace(".", "")) for r in rows[1:-1]) == t.TRUTH_FACTS["total_cost_eur"]
        for i, row in enumerate(rows):
            cells = tb.add_row().cells
            for j, txt in enumerate(row):
                cells[j].width = Cm((9.0, 2.4, 2.4, 2.7)[j])
                par = cells[j].paragraphs[0]
                par.paragraph_format.space_after = Pt(0)
                if j:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                set_font(par.add_run(txt), "Calibri", 10, bold=i in (0, len(rows) - 1))
                if i == 0:
                    shade(cells[j], "F2DCDB")
        fix_widths(tb, (9.0, 2.4, 2.4, 2.7))
        d.add_paragraph().paragraph_format.space_after = Pt(0)

    for b in t.BLOCKS:
        kind = b[0]
        if kind == "h":
            _, num, ttl, level = b
            p = doc.add_paragraph()
            keep_with_next(p)
            if level == 1:
                p.paragraph_format.space_before = Pt(12)
                p.paragraph_format.space_after = Pt(6)
                set_num(p, 10, 0)
                set_font(p.add_run(ttl), "Calibri", 12, bold=True)
            else:
                p.paragraph_format.space_before = Pt(6)
                p.paragraph_format.space_after = Pt(4)
                p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
                set_font(p.add_run(f"{num}\t{ttl}"), "Calibri", 11, bold=True)
        elif kind == "p":
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "ul":
            for item in b[1]:
                p = doc.add_paragraph(item, style="List Paragraph")
                p.paragraph_format.space_after = Pt(2)
                set_num(p, 11, 0)
            doc.add_paragraph().paragraph_format.space_after = Pt(0)
        elif kind == "x":
            assert b[1] == "budget"
            budget(doc)
        else:
            raise ValueError(kind)

    doc.add_paragraph()
    for line in t.SIGNATURE:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)

    save_deterministic(
        doc,
        OUT / f"{sid}.docx",
        author="Meißner, Susanne",
        title="Projektskizze WB digital",
        created=dt.datetime(2018, 9, 24, 10, 5, 0),
        modified=dt.datetime(2018, 10, 15, 11, 48, 0),
        company="Stadtverwaltung Lutherstadt Wittenberg",
        pages=5,
        german_ids=True,
        german_names=False,
    )
    write_truth(
        f"{sid}.docx",
        {
            "applicant_type": "Stadt",
            "failure_modes": [
                "bold_normal_headings",
                "auto_numbering",
                "auto_numbering_paren_suffix",
                "mixed_typed_auto_numbering",
                "cover_page_plain_paragraphs",
                "toc_typed_with_tabs",
                "manual_page_breaks",
                "german_style_ids",
                "budget_table_years",
                "word_bullets",
                "signature_block",
                "running_header_footer",
            ],
            "headings": heading_truth(t.BLOCKS),
            "facts": t.TRUTH_FACTS,
            "deviations": [],
            "notes": "No heading style is used: every heading is a 'Normal' ('Standard') paragraph "
            "with bold runs. Level-1 headings carry Word automatic numbering (w:numPr numId 10, "
            "ilvl 0, lvlText '%1.)'); the visible numbers '1.)'–'11.)' are NOT in the text. Level-2 "
            "headings are typed ('3.1\\tStadtprofil'). Page 1 is a cover made of plain centred "
            "paragraphs (no content control): 'LUTHERSTADT WITTENBERG' logo text, 'Projektskizze', "
            "project title, call text, 'vorgelegt von' block, 'Stand: 15. Oktober 2018', then a "
            "manual page break. Page 2 is a typed table of contents (no TOC field): lines such as "
            "'1.)\\tAntragsteller und Ansprechpartner\\t3' with a right-aligned dotted tab stop. "
            "Neither cover nor TOC lines are sections. The document ends with a signature block "
            "'Wittenberg, den 15.10.2018 / ____ / Frank-Peter Wendisch / Oberbürgermeister'. "
            "Style ids are Word-German ('Standard', 'Listenabsatz', 'Tabellenraster') with the "
            "English built-in names, as German Word writes them. Header/footer only from page 2 "
            "(different first page).",
        },
    )


# typed page numbers in the manual TOC (checked against a LibreOffice rendering of the docx)
_WITTENBERG_TOC_PAGES = {
    "1": "3",
    "2": "3",
    "3": "3",
    "3.1": "3",
    "3.2": "3",
    "4": "3",
    "5": "4",
    "5.1": "4",
    "5.2": "4",
    "5.3": "4",
    "6": "4",
    "7": "4",
    "8": "4",
    "9": "5",
    "10": "5",
    "11": "5",
}


def main(libreoffice: bool = True) -> None:
    """Build the held-out samples; hansestadt_osterburg.pdf only with LibreOffice."""
    TRUTH.mkdir(parents=True, exist_ok=True)
    build_elbe_heide()
    if libreoffice:
        build_osterburg()
    build_smartregion()
    build_wittenberg()
