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

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from . import truth as truth_io
from .text import SAMPLES as OUT
from .text import load_text
from .unseen_common import de, heading_truth, write_truth
from .unseen_osterburg import build_osterburg
from .unseen_smartregion import build_smartregion
from .unseen_wittenberg import build_wittenberg
from .word_de import (
    a4,
    add_field,
    add_text_with_breaks,
    fix_widths,
    save_deterministic,
    set_font,
    shade,
)

TRUTH = truth_io.TRUTH
SOFFICE = "/usr/bin/soffice"
LO_PROFILE = "file:///tmp/lo_unseen"


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


def main(libreoffice: bool = True) -> None:
    """Build the held-out samples; hansestadt_osterburg.pdf only with LibreOffice."""
    TRUTH.mkdir(parents=True, exist_ok=True)
    build_elbe_heide()
    if libreoffice:
        build_osterburg()
    build_smartregion()
    build_wittenberg()
