"""The held-out sample lutherstadt_wittenberg.docx: python-docx with a cover page and a TOC."""

from __future__ import annotations

import datetime as dt

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from .text import SAMPLES as OUT
from .text import load_text
from .unseen_common import de, heading_truth, write_truth
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

SOFFICE = "/usr/bin/soffice"
LO_PROFILE = "file:///tmp/lo_unseen"


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
