"""The scanned sample lk_stendal_scan.pdf: painted pages with a letter of intent and a signature."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..pdf_writer import (
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
from .pdf_common import (
    _de,
    lay_blocks,
    new_canvas,
    truth_headings,
    write_truth,
)
from .text import SAMPLES as OUT
from .text import load_text

W, H = A4


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
