"""The held-out sample hansestadt_osterburg.pdf: python-docx, exported by LibreOffice."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt

from .libreoffice import LO_PROFILE, SOFFICE, normalise_lo_pdf
from .text import SAMPLES as OUT
from .text import load_text
from .unseen_common import de, heading_truth, write_truth
from .word_de import (
    a4,
    add_field,
    fix_widths,
    save_deterministic,
    set_font,
    shade,
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
