"""Build the PDF-only sample sketches in samples/ and their truth files in tests/data/truth/.

Run:  .venv/bin/python scripts/build_samples.py --only pdf

Output is deterministic: reportlab runs with invariant=1 and fixed metadata, and the only
randomness (scan noise, signature strokes) comes from seeded generators.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
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
from ..scan_paint import make_scan
from . import truth as truth_io
from .text import SAMPLES as OUT
from .text import load_text

TRUTH = truth_io.TRUTH
W, H = A4


def new_canvas(path: Path, title: str, author: str, creator: str, producer: str, subject: str = "") -> Canvas:
    c = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator(creator)
    c.setProducer(producer)
    return c


def lay_blocks(
    flow: Flow,
    blocks: list[tuple[Any, ...]],
    body: PStyle,
    headings: dict[str, PStyle],
    bullet_style: PStyle,
    bullet_char: str = "•",
    sep: str = " ",
    specials: dict[str, Callable[[Flow], None]] | None = None,
    hyph: dict[str, str] | None = None,
) -> None:
    def prep(x: str) -> str:
        x = " ".join(x.split())
        return apply_hyphenation(x, hyph) if hyph else x

    for blk in blocks:
        kind = blk[0]
        if kind == "h":
            _, number, title, level = blk
            flow.heading(number or None, title, int(level), headings[level], sep=sep)
        elif kind == "p":
            flow.para(prep(blk[1]), body)
        elif kind == "ul":
            for item in blk[1:]:
                flow.para(prep(item), bullet_style, bullet=bullet_char)
            flow.space(body.space_after)
        elif kind == "x":
            assert specials is not None
            specials[blk[1]](flow)
        else:
            raise ValueError(kind)


def apply_hyphenation(text: str, table: dict[str, str]) -> str:
    """Insert "~" hyphenation points from a syllable table into every matching word."""
    out = []
    for tok in text.split(" "):
        clean = tok.replace("~", "")
        new = clean
        for key, val in table.items():
            if key in new and "~" not in new:
                new = new.replace(key, val)
        if new != clean:
            new = re.sub(r"~+", "~", new)
            new = re.sub(r"~(?=[^\wäöüÄÖÜß]|$)", "", new)
            out.append(new)
        else:
            out.append(tok)
    return " ".join(out)


def truth_headings(flow: Flow) -> list[dict[str, Any]]:
    return [{"number": h.number, "title": h.title, "level": h.level} for h in flow.headings]


def write_truth(sample_id: str, data: dict[str, Any]) -> None:
    data = {"file": f"{sample_id}.pdf", **data}
    truth_io.write_truth(TRUTH / f"{sample_id}.pdf.json", data)


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


def _de(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# =============================================================================================
# 2. Landkreis Stendal — Word export with running header/footer, ruled table, two scanned pages
# =============================================================================================
def build_stendal() -> None:
    t = load_text("lk_stendal_scan")

    sid = "lk_stendal_scan"
    left, right = 70.9, 70.9
    width = W - left - right

    def frames(page: int) -> list[Frame]:
        return [Frame(left, H - 78, width, 78)]

    body = PStyle("LiberationSerif", 11, 13.6, align="justify", space_after=6)
    h1 = PStyle("LiberationSans-Bold", 14, 17, space_before=12, space_after=4)
    h2 = PStyle("LiberationSans-Bold", 12, 15, space_before=6, space_after=3)
    flow = Flow(frames)
    flow.para(t.TITLE, PStyle("LiberationSans-Bold", 20, 24, align="center", space_after=4))
    flow.para(t.TITLE_2, PStyle("LiberationSans-Bold", 14, 18, align="center", space_after=8))
    flow.para(
        t.TITLE_3 + t.TITLE_4, PStyle("LiberationSerif-Italic", 10, 12.5, align="center", space_after=14)
    )

    def budget(fl: Flow) -> None:
        cols = [width - 3 * 78, 78, 78, 78]
        row_h = 17.0
        rows: list[tuple[str, str, str, str]] = [("Kostenart", "2019", "2020", "Gesamt")]
        s19 = s20 = 0
        for name, a, b in t.BUDGET:
            rows.append((name, _de(a), _de(b), _de(a + b)))
            s19, s20 = s19 + a, s20 + b
        rows.append(("Summe", _de(s19), _de(s20), _de(s19 + s20)))
        assert s19 + s20 == t.TRUTH_FACTS["total_cost_eur"]

        def draw(c: Canvas, x: float, top: float, w: float) -> None:
            top -= 4
            n = len(rows)
            c.setFillColorRGB(0.85, 0.85, 0.85)
            c.rect(x, top - row_h, w, row_h, stroke=0, fill=1)
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(0.5)
            for i in range(n + 1):
                c.line(x, top - i * row_h, x + w, top - i * row_h)
            xx = x
            for cw in [*cols, 0]:
                c.line(xx, top, xx, top - n * row_h)
                xx += cw
            for i, row in enumerate(rows):
                bold = i in (0, n - 1)
                f = "LiberationSerif-Bold" if bold else "LiberationSerif"
                y = top - i * row_h - 12
                draw_text(c, f, 10, x + 4, y, row[0])
                xx = x + cols[0]
                for j in (1, 2, 3):
                    xx += cols[j]
                    draw_right(c, f, 10, xx - 4, y, row[j])

        fl.block(len(rows) * row_h + 12, draw)

    lay_blocks(
        flow, t.BLOCKS, body, {"1": h1, "2": h2}, style(body, left_indent=18), specials={"budget": budget}
    )
    n_text = len(flow.pages)

    scans = [_stendal_loi(t), _stendal_signature(t)]
    for jpeg in scans:
        flow.page_break()

        def _img(c: Canvas, jpeg: bytes = jpeg) -> None:
            c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, W, H)

        flow.op(_img)

    def decorate(c: Canvas, page: int, total: int) -> None:
        if page > n_text:
            return
        draw_text(c, "LiberationSans", 9, left, H - 42, t.HEADER, (0.3, 0.3, 0.3))
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.setLineWidth(0.4)
        c.line(left, H - 47, W - right, H - 47)
        s = f"Seite {page} von {n_text}"
        draw_text(
            c, "LiberationSans", 9, (W - text_width(s, "LiberationSans", 9)) / 2, 40, s, (0.3, 0.3, 0.3)
        )

    c = new_canvas(
        OUT / f"{sid}.pdf",
        "Projektskizze Digitalisierungszentrum Altmark",
        "Brandtner, Jörg",
        "Microsoft® Word 2016",
        "Microsoft® Word 2016",
    )
    render(c, flow.pages, decorate=decorate)
    c.save()
    total = len(flow.pages)
    write_truth(
        sid,
        {
            "applicant_type": "Landkreis",
            "pages": total,
            "failure_modes": [
                "title_block",
                "running_header_footer",
                "page_break_mid_sentence",
                "ruled_table",
                "scanned_pages",
                "typed_numbering",
                "signature_block",
            ],
            "headings": truth_headings(flow),
            "facts": t.TRUTH_FACTS,
            "scanned_pages": [total - 1, total],
            "deviations": [],
            "notes": f"Pages {total - 1} (Absichtserklärung Hochschule Magdeburg-Stendal, Anlage 1) and "
            f"{total} (signature page, Landrat, with stamp) are image-only scans without a text layer. "
            f"Footer counts only the {n_text} text pages ('Seite N von {n_text}'). "
            "Budget table: Kostenart | 2019 | 2020 | Gesamt with a 'Summe' row (240.000).",
        },
    )


def _stendal_loi(t: Any) -> bytes:
    from ..scan_paint import font, pt, signature, wrap_px

    def paint(d: Any, rng: Any) -> None:
        reg = font("LiberationSerif-Regular.ttf", 11)
        bold = font("LiberationSerif-Bold.ttf", 13)
        small = font("LiberationSans-Regular.ttf", 8)
        logo = font("LiberationSans-Bold.ttf", 15)
        x0 = pt(70)
        d.text((x0, pt(50)), "h2  Hochschule Magdeburg · Stendal", font=logo, fill=20)
        d.line([(x0, pt(72)), (1240 - pt(60), pt(72))], fill=60, width=2)
        y = pt(90)
        for s in t.LOI_SENDER:
            d.text((1240 - pt(210), y), s, font=small, fill=30)
            y += pt(11)
        d.text(
            (x0, pt(118)), "HS Magdeburg-Stendal · Osterburger Str. 25 · 39576 Stendal", font=small, fill=40
        )
        y = pt(134)
        for s in t.LOI_ADDRESS:
            d.text((x0, y), s, font=reg, fill=20)
            y += pt(14)
        d.text((1240 - pt(200), pt(230)), t.LOI_DATE, font=reg, fill=20)
        y = pt(268)
        d.text((x0, y), t.LOI_TITLE, font=bold, fill=10)
        y += pt(20)
        d.text((x0, y), t.LOI_SUBJECT, font=font("LiberationSerif-Bold.ttf", 11), fill=10)
        y += pt(30)
        for para in t.LOI_BODY:
            for line in wrap_px(d, para, reg, 1240 - 2 * x0):
                d.text((x0, y), line, font=reg, fill=20)
                y += pt(15)
            y += pt(8)
        signature(d, x0 + 10, y + pt(22), rng, width=300)
        y += pt(58)
        for s in t.LOI_SIGNER:
            d.text((x0, y), s, font=reg, fill=20)
            y += pt(14)

    return make_scan(paint, seed=4711, angle=0.7)


def _stendal_signature(t: Any) -> bytes:
    from ..scan_paint import font, pt, signature, stamp, wrap_px

    def paint(d: Any, rng: Any) -> None:
        reg = font("LiberationSerif-Regular.ttf", 11)
        x0 = pt(72)
        d.text((x0, pt(80)), t.HEADER, font=font("LiberationSans-Regular.ttf", 9), fill=60)
        d.text((x0, pt(130)), t.SIG_TITLE, font=font("LiberationSans-Bold.ttf", 14), fill=10)
        y = pt(165)
        for para in t.SIG_BODY:
            for line in wrap_px(d, para, reg, 1240 - 2 * x0):
                d.text((x0, y), line, font=reg, fill=20)
                y += pt(15)
            y += pt(10)
        y += pt(60)
        d.text((x0, y - pt(16)), t.SIG_PLACE_DATE, font=reg, fill=30)
        d.line([(x0, y), (x0 + pt(180), y)], fill=40, width=2)
        d.line([(x0 + pt(250), y), (x0 + pt(450), y)], fill=40, width=2)
        signature(d, x0 + pt(262), y - pt(26), rng, width=pt(150))
        lab = font("LiberationSans-Regular.ttf", 8)
        d.text((x0, y + pt(5)), t.SIG_LABELS[0], font=lab, fill=30)
        d.text((x0 + pt(250), y + pt(5)), t.SIG_LABELS[1], font=lab, fill=30)
        d.text((x0 + pt(250), y + pt(17)), t.SIG_LABELS[2], font=reg, fill=30)
        stamp(d, x0 + pt(120), y + pt(90), pt(46), t.STAMP, font("LiberationSans-Bold.ttf", 8))

    return make_scan(paint, seed=815, angle=-0.45)


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


def _join_hyph(head: str, tail: str) -> str:
    """The word as it should read after de-hyphenation (real compound hyphens are kept)."""
    word = head[:-1] + tail
    tail_word = re.sub(r"[^\wäöüÄÖÜß].*$", "", tail)
    keep = tail_word[:1].isupper() or head in ("E-", "IT-") or tail.startswith("und ")
    return head + tail if keep else word


def _wrap_simple(s: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for w in s.split():
        trial = f"{cur} {w}".strip()
        if text_width(trial, font, size) <= width:
            cur = trial
        else:
            out.append(cur)
            cur = w
    out.append(cur)
    return out


def main() -> None:
    """Build the PDF-only samples."""
    register_fonts()
    TRUTH.mkdir(parents=True, exist_ok=True)
    for fn in (build_sangerhausen, build_stendal, build_koethen, build_jerichow):
        fn()
