"""
Run:  .venv/bin/python scripts/build_samples.py --only pdf

Output is deterministic: reportlab runs with invariant=1 and fixed metadata, and the only
randomness (scan noise, signature strokes) comes from seeded generators.

"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..fonts import register_fonts
from ..pdf_writer import (
    BLACK,
    Flow,
    Frame,
    PStyle,
    draw_right,
    draw_text,
    render,
    style,
    text_width,
)
from . import truth as truth_io
from .pdf_common import (
    _join_hyph,
    _wrap_simple,
    lay_blocks,
    new_canvas,
    truth_headings,
    write_truth,
)
from .stendal_scan import build_stendal
from .text import SAMPLES as OUT
from .text import load_text

TRUTH = truth_io.TRUTH
W, H = A4


# =============================================================================================
# 1. Stadt Sangerhausen — two-column flyer
# =============================================================================================
def build_sangerhausen() -> None:
    t = load_text("stadt_sangerhausen_flyer")

    sid = "stadt_sangerhausen_flyer"
    rose = (0.58, 0.09, 0.22)
    margin, gutter = 42.0, 20.0
    colw = (W - 2 * margin - gutter) / 2
    first_top = H - 215
    box_h = 178.0

    def frames(page: int) -> list[Frame]:
        top = first_top if page == 1 else H - 50
        right_top = top - box_h - 14 if page == 2 else top
        return [
            Frame(margin, top, colw, 62),
            Frame(margin + colw + gutter, right_top, colw, 62),
        ]

    body = PStyle("DejaVuSans", 8.5, 12.0, align="justify", space_after=5)
    head = PStyle("DejaVuSans-Bold", 12, 15, color=rose, space_before=9, space_after=4)
    bullet = style(body, left_indent=10, space_after=2)
    flow = Flow(frames)
    lay_blocks(flow, t.BLOCKS, body, {"1": head}, bullet, bullet_char="■", sep="  ", hyph=t.HYPHENATION)
    fills = [round(f, 2) for f in flow.forced_fill]
    print(f"  {sid}: forced-break line fill {fills} {flow.forced_text}")

    def before(c: Canvas, page: int, total: int) -> None:
        if page == 1:
            c.setFillColorRGB(*rose)
            c.rect(0, H - 46, W, 46, stroke=0, fill=1)
            draw_text(c, "LiberationSans-Bold", 9, margin, H - 28, t.KICKER, (1, 1, 1))
            draw_text(c, "LiberationSans-Bold", 22, margin, H - 96, t.TITLE, rose)
            sub_lines = _wrap_simple(t.SUBTITLE, "LiberationSans", 13, W - 2 * margin)
            y = H - 124
            for s in sub_lines:
                draw_text(c, "LiberationSans", 13, margin, y, s, (0.25, 0.25, 0.25))
                y -= 17
            c.setStrokeColorRGB(*rose)
            c.setLineWidth(1.5)
            c.line(margin, first_top + 16, W - margin, first_top + 16)
        if page == 2:
            x = margin + colw + gutter
            top = H - 50
            c.setFillColorRGB(0.985, 0.91, 0.93)
            c.setStrokeColorRGB(*rose)
            c.setLineWidth(0.8)
            c.roundRect(x, top - box_h, colw, box_h, 6, stroke=1, fill=1)
            draw_text(c, "DejaVuSans-Bold", 11, x + 10, top - 20, t.BOX_TITLE, rose)
            y = top - 40
            for k, v in t.BOX:
                draw_text(c, "DejaVuSans-Bold", 8.5, x + 10, y, k)
                draw_text(c, "DejaVuSans", 8.5, x + 92, y, v)
                y -= 16.5

    def decorate(c: Canvas, page: int, total: int) -> None:
        c.setStrokeColorRGB(*rose)
        c.setLineWidth(0.6)
        c.line(margin, 44, W - margin, 44)
        draw_text(c, "DejaVuSans", 7, margin, 32, t.FOOTER, (0.35, 0.35, 0.35))
        draw_right(c, "DejaVuSans-Bold", 8, W - margin, 32, str(page), rose)

    c = new_canvas(
        OUT / f"{sid}.pdf",
        t.TITLE,
        "Stadt Sangerhausen, Stabsstelle Kommunikation",
        "Adobe InDesign CC 14.0 (Windows)",
        "Adobe PDF Library 15.0",
        "Projektskizze Regionale Digitalisierungszentren",
    )
    render(c, flow.pages, decorate=decorate, before=before)
    c.save()
    write_truth(
        sid,
        {
            "applicant_type": "Stadt",
            "pages": len(flow.pages),
            "failure_modes": [
                "two_columns",
                "side_box",
                "hyphenation",
                "ligatures",
                "running_header_footer",
                "typed_numbering",
            ],
            "headings": truth_headings(flow),
            "facts": t.TRUTH_FACTS,
            "scanned_pages": [],
            "deviations": [],
            "hyphenated_line_ends": [
                {"page": pg, "head": head, "tail": tail, "word": _join_hyph(head, tail)}
                for pg, head, tail in flow.hyphenated
            ],
            "compound_breaks_at_line_end": ["E-|Government", "Landes-|und Bundesebene"],
            "notes": "Side box 'Auf einen Blick' on page 2 (top of right column) repeats key facts; "
            "it is not a section. Zuwendung written as '0,18 Mio. €' and '180.000 €'. "
            "No 'Anlagen' section.",
        },
    )


# =============================================================================================
# 3. Digitalagentur Köthen GbR — weak sketch: cover, TOC with dot leaders, size-only headings
# =============================================================================================
def build_koethen() -> None:
    t = load_text("digitalagentur_koethen_gbr")

    sid = "digitalagentur_koethen_gbr"
    left = right = 72.0
    width = W - left - right
    teal = (0.0, 0.45, 0.5)

    def frames(page: int) -> list[Frame]:
        return [Frame(left, H - 72, width, 72)]

    body = PStyle("LiberationSerif", 11.5, 15.5, align="justify", space_after=8)
    h1 = PStyle("LiberationSerif", 16, 20, space_before=14, space_after=6)
    h2 = PStyle("LiberationSerif", 13, 16, space_before=6, space_after=4)
    flow = Flow(frames)
    flow.page_break()  # page 1: cover
    flow.page_break()  # page 2: table of contents
    lay_blocks(flow, t.BLOCKS, body, {"1": h1, "2": h2}, style(body, left_indent=18))

    def cover(c: Canvas) -> None:
        c.setFillColorRGB(*teal)
        c.rect(0, H - 250, W, 8, stroke=0, fill=1)
        c.rect(0, 120, W, 3, stroke=0, fill=1)
        y = H - 320
        for font, size, s in t.COVER:
            draw_text(c, font, size, (W - text_width(s, font, size)) / 2, y, s, teal if size >= 30 else BLACK)
            y -= size * 2.1
        y = 100
        for s in t.COVER_CONTACT:
            draw_text(c, "LiberationSerif", 9.5, (W - text_width(s, "LiberationSerif", 9.5)) / 2, y, s)
            y -= 13

    def toc(c: Canvas) -> None:
        draw_text(c, "LiberationSerif", 18, left, H - 90, t.TOC_TITLE)
        y = H - 130
        for hm in flow.headings:
            ind = 0.0 if hm.level == 1 else 20.0
            size = 12 if hm.level == 1 else 11
            num = str(hm.page)
            x_num = W - right
            draw_text(c, "LiberationSerif", size, left + ind, y, hm.title)
            draw_right(c, "LiberationSerif", size, x_num, y, num)
            x0 = left + ind + text_width(hm.title, "LiberationSerif", size) + 4
            x1 = x_num - text_width(num, "LiberationSerif", size) - 4
            dot = text_width(".", "LiberationSerif", size)
            n = int((x1 - x0) / (dot + 0.0001))
            draw_right(c, "LiberationSerif", size, x1, y, "." * n)
            y -= 21 if hm.level == 1 else 18

    flow.pages[0].append(cover)
    flow.pages[1].append(toc)

    def decorate(c: Canvas, page: int, total: int) -> None:
        if page >= 3:
            s = str(page)
            draw_text(c, "LiberationSerif", 10, (W - text_width(s, "LiberationSerif", 10)) / 2, 40, s)

    c = new_canvas(
        OUT / f"{sid}.pdf",
        "KÖTHEN DIGITAL HUB – Projektskizze",
        "Digitalagentur Köthen GbR",
        "Writer",
        "LibreOffice 6.0",
    )
    render(c, flow.pages, decorate=decorate)
    c.save()
    write_truth(
        sid,
        {
            "applicant_type": "GbR",
            "pages": len(flow.pages),
            "failure_modes": [
                "cover",
                "toc",
                "size_only_headings",
                "no_numbering",
                "buzzwords",
                "page_number_footer",
            ],
            "headings": truth_headings(flow),
            "facts": t.TRUTH_FACTS,
            "scanned_pages": [],
            "deviations": [
                "legal_form_eligible violated",
                "grant_requested_stated missing",
                "grant_within_cap missing",
                "own_contribution_stated missing",
                "funding_rate_max_80 missing",
                "project_end_deadline missing",
                "schedule_milestones missing",
                "budget_breakdown missing",
                "network_breadth weak (no named partners)",
                "sustainability_plan unclear",
                "buzzword-only relevance (spec §4.3)",
            ],
            "notes": "Page 1 is a cover, page 2 the table of contents (dot leaders, page numbers); "
            "neither contains section headings. Headings are regular-weight Liberation Serif, "
            "16 pt (level 1) and 13 pt (level 2), body 11.5 pt. No PDF bookmarks. "
            "'zwei Jahre' is the only duration; no dates, no amounts.",
        },
    )


# =============================================================================================
# 4. Landkreis Jerichower Land — clean Word export with bookmarks, roman numbering, bullets
# =============================================================================================
def build_jerichow() -> None:
    t = load_text("lk_jerichower_land")

    sid = "lk_jerichower_land"
    left = right = 70.9
    width = W - left - right

    def frames(page: int) -> list[Frame]:
        return [Frame(left, H - 70.9, width, 70.9)]

    body = PStyle("LiberationSans", 10.5, 14.5, space_after=7)
    h1 = PStyle("LiberationSans-Bold", 13, 16, space_before=12, space_after=5)
    h2 = PStyle("LiberationSans-BoldItalic", 11, 14, space_before=5, space_after=3)
    bullet = style(body, left_indent=24, space_after=2)
    flow = Flow(frames)

    rows = t.APPLICANT_TABLE

    def kv(c: Canvas, x: float, top: float, w: float) -> None:
        y = top - 10
        for k, v in rows:
            draw_text(c, "LiberationSans", 10, x, y, k + ":")
            draw_text(c, "LiberationSans", 10, x + 150, y, v)
            y -= 15

    flow.block(len(rows) * 15 + 14, kv)
    flow.para(t.TITLE, PStyle("LiberationSans-Bold", 15, 19, space_before=8, space_after=8))
    lay_blocks(flow, t.BLOCKS, body, {"1": h1, "2": h2}, bullet, bullet_char="•", sep="  ")

    # PDF outline: one entry per heading, level 1 = roman, level 2 = decimal
    bm_ops: dict[int, list[Callable[[Canvas], None]]] = {}
    for i, hm in enumerate(flow.headings):
        key = f"h{i}"
        label = f"{hm.number} {hm.title}" if hm.number else hm.title

        def _bm(
            c: Canvas, key: str = key, label: str = label, level: int = hm.level, y: float = hm.y
        ) -> None:
            c.bookmarkPage(key, fit="XYZ", left=0, top=y + 4)
            c.addOutlineEntry(label, key, level=level - 1, closed=False)

        bm_ops.setdefault(hm.page, []).append(_bm)
    for page, ops in bm_ops.items():
        flow.pages[page - 1][:0] = ops

    def decorate(c: Canvas, page: int, total: int) -> None:
        s = str(page)
        draw_text(c, "LiberationSans", 9, W - right - text_width(s, "LiberationSans", 9), 36, s)

    c = new_canvas(
        OUT / f"{sid}.pdf",
        "Projektskizze DigiJL",
        "Landkreis Jerichower Land",
        "Microsoft® Word für Office 365",
        "Microsoft® Word für Office 365",
    )
    c.showOutline()
    render(c, flow.pages, decorate=decorate)
    c.save()
    write_truth(
        sid,
        {
            "applicant_type": "Landkreis",
            "pages": len(flow.pages),
            "failure_modes": [
                "bookmarks",
                "roman_numbering",
                "typed_numbering",
                "bullet_lists",
                "unruled_key_value_table",
                "page_number_footer",
            ],
            "headings": truth_headings(flow),
            "facts": t.TRUTH_FACTS,
            "scanned_pages": [],
            "deviations": ["project_end_deadline violated", "duration_max_24_months violated"],
            "notes": "Applicant section has no heading: an unruled key-value table at the top of page 1, "
            "followed by a document title line (15 pt bold, not a section heading). Sub-headings restart "
            "at '1.' under each roman heading. Bookmarks mirror every heading. "
            "Extra 3 months are justified in the text but not declared self-funded.",
        },
    )


def main() -> None:
    """Build the PDF-only samples."""
    register_fonts()
    TRUTH.mkdir(parents=True, exist_ok=True)
    for fn in (build_sangerhausen, build_stendal, build_koethen, build_jerichow):
        fn()
