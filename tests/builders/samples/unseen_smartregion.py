"""The held-out sample smartregion_harz_ug.pdf: reportlab platypus."""

from __future__ import annotations

from typing import Any

from ..fonts import font_path
from .text import SAMPLES as OUT
from .text import load_text
from .unseen_common import heading_truth, write_truth

SOFFICE = "/usr/bin/soffice"
LO_PROFILE = "file:///tmp/lo_unseen"


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
