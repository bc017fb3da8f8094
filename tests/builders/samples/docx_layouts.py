"""How each .docx sample is laid out: one function per applicant's way of using Word."""

from __future__ import annotations

from collections.abc import Callable

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from .. import docx_parts as sp
from .. import docx_writer as dc

# ---------------------------------------------------------------------------
# generic block rendering


HeadingFn = Callable[[object, int, str | None, str], None]


def render_blocks(doc, text_mod, heading: HeadingFn, extra: dict[str, Callable] | None = None) -> None:
    extra = extra or {}
    for block in text_mod.BLOCKS:
        kind = block[0]
        if kind == "h":
            _, level, number, title = block
            heading(doc, level, number, title)
        elif kind == "p":
            dc.add_par(doc, block[1])
        elif kind == "runin":
            dc.add_run_in(doc, block[1], block[2])
        elif kind == "bullets":
            for item in block[1]:
                dc.add_par(doc, item, style_id="ListBullet", space_after=3)
        elif kind == "table":
            render_table(doc, getattr(text_mod, block[1]), block[1])
            dc.add_par(doc, "", space_after=0)
        elif kind in extra:
            extra[kind](doc, *block[1:])
        else:
            raise ValueError(f"unknown block kind {kind!r}")


def render_table(doc, rows, name: str) -> None:
    ncols = len(rows[0])
    if ncols == 2 and name in ("MILESTONES",):
        widths = [4.0, 12.0]
    elif ncols == 2:
        widths = [11.0, 5.0]
    elif ncols == 3:
        widths = [8.0, 4.0, 4.0]
    elif ncols == 4:
        widths = [7.0, 3.0, 3.0, 3.0]
    else:
        widths = [5.5] + [2.6] * (ncols - 1)
    is_money = name not in ("MILESTONES",)
    last = rows[-1][0].lower()
    total = is_money and (last.startswith(("gesamt", "summe", "insgesamt")))
    sp.add_table(doc, rows, widths, total_row=total, numeric_cols=range(1, ncols) if is_money else ())


def truth_headings(text_mod) -> list[dict]:
    return [{"number": b[2], "title": b[3], "level": b[1]} for b in text_mod.BLOCKS if b[0] == "h"]


# ---------------------------------------------------------------------------
# 1. Landkreis Harz: German style names + automatic multi-level numbering linked to the styles


def build_harz(doc, t) -> None:
    dc.rename_style(doc, "Heading1", "berschrift1", "Überschrift 1")
    dc.rename_style(doc, "Heading2", "berschrift2", "Überschrift 2")
    dc.rename_style(doc, "Heading1Char", "berschrift1Zchn", "Überschrift 1 Zchn")
    dc.rename_style(doc, "Heading2Char", "berschrift2Zchn", "Überschrift 2 Zchn")
    dc.rename_style(doc, "ListBullet", "Aufzhlungszeichen", "Aufzählungszeichen")
    dc.rename_style(doc, "TableGrid", "Tabellenraster", "Tabellenraster")
    doc._table_style_id = "Tabellenraster"
    dc.add_abstract_num(
        doc,
        20,
        [
            {"fmt": "decimal", "text": "%1.", "pstyle": "berschrift1", "left": 432, "hanging": 432},
            {"fmt": "decimal", "text": "%1.%2", "pstyle": "berschrift2", "left": 576, "hanging": 576},
            {"fmt": "decimal", "text": "%1.%2.%3", "left": 720, "hanging": 720},
        ],
    )
    dc.add_num(doc, 20, 20)
    h1 = dc.style_by_id(doc, "berschrift1")
    h2 = dc.style_by_id(doc, "berschrift2")
    dc.set_style_ppr(
        h1,
        f'<w:numPr {nsdecls("w")}><w:numId w:val="20"/></w:numPr>',
        f'<w:spacing {nsdecls("w")} w:before="360" w:after="120"/>',
    )
    dc.set_style_ppr(
        h2,
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1"/><w:numId w:val="20"/></w:numPr>',
        f'<w:spacing {nsdecls("w")} w:before="240" w:after="120"/>',
    )
    for st, size in ((h1, 28), (h2, 24)):
        rpr = st.find(qn("w:rPr"))
        for tag in ("w:sz", "w:szCs"):
            rpr.find(qn(tag)).set(qn("w:val"), str(size))

    # running header and footer
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(t.HEADER)
    r.font.size = Pt(9)
    sp.set_bottom_border(hp)
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    sp.add_page_x_of_y(fp)

    # applicant key-value table at the very top, no heading above it
    table = sp.add_table(
        doc, [list(r) for r in t.APPLICANT_TABLE], [5.0, 11.0], header=False, bold_first_col=True
    )
    for row in table.rows:
        dc_shade(row.cells[0], "F2F2F2")
    dc.add_par(doc, "", space_after=0)

    ids = {"table": None}
    del ids

    def heading(doc_, level, number, title):
        dc.add_par(doc_, title, style_id="berschrift1" if level == 1 else "berschrift2")

    # bullets use the German list style id
    def bullets(doc_, items):
        for item in items:
            dc.add_par(doc_, item, style_id="Aufzhlungszeichen", space_after=3)

    blocks = [b if b[0] != "bullets" else ("bullets_de", b[1]) for b in t.BLOCKS]
    render_blocks(doc, _with_blocks(t, blocks), heading, {"bullets_de": bullets})
    # the signature block after the annex list
    dc.add_par(doc, "Halberstadt, 30.11.2018", space_before=18)
    dc.add_par(doc, "gez. Landrat", space_after=0)


def dc_shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


class _with_blocks:
    def __init__(self, mod, blocks):
        self._mod = mod
        self.BLOCKS = blocks

    def __getattr__(self, name):
        return getattr(self._mod, name)


# ---------------------------------------------------------------------------
# 2. Stadt Wolmirstedt: no heading styles, bold Normal paragraphs with typed numbers


def build_wolmirstedt(doc, t) -> None:
    dc.add_par(doc, "Projektskizze", bold=True, size=16, space_after=0)
    dc.add_par(
        doc,
        "Digitalisierungszentrum Wolmirstedt – „Digitalwerkstatt an der Ohre“",
        bold=True,
        size=13,
        space_after=2,
    )
    dc.add_par(
        doc,
        "im Rahmen des Förderaufrufs Regionale Digitalisierungszentren des Landes Sachsen-Anhalt",
        italic=True,
        space_after=12,
    )

    def heading(doc_, level, number, title):
        text = f"{number}. {title}" if level == 1 else f"{number} {title}"
        # the applicant formatted by hand: 13 pt for chapters, plain bold for sub-chapters
        dc.add_par(
            doc_,
            text,
            bold=True,
            size=13 if level == 1 else None,
            space_before=12 if level == 1 else 6,
            space_after=4,
            keep_next=True,
        )

    render_blocks(doc, t, heading)
    dc.add_par(doc, "Wolmirstedt, den 29.11.2018", space_before=18, space_after=24)
    dc.add_par(doc, "Bürgermeisterin", space_after=0)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = 2
    for r in dc.field_runs("PAGE", "1"):
        fp._p.append(r)


# ---------------------------------------------------------------------------
# 3. Digitales Burgenland e. V.: cover sdt, TOC field, Heading 1/2 with typed numbers, text box, revisions


def build_burgenland(doc, t) -> None:
    for lvl in (1, 2):
        dc.add_style_xml(doc, sp.toc_style_xml(lvl))
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    r = hp.add_run(t.HEADER)
    r.font.size = Pt(8)
    r.font.color.rgb = None
    hp.alignment = 2
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    for r in dc.field_runs("PAGE", "2"):
        fp._p.append(r)

    sp.add_cover_page(doc, t.COVER)
    heads = [b for b in t.BLOCKS if b[0] == "h"]
    entries = []
    for i, (_, level, number, title) in enumerate(heads):
        entries.append((level, f"{number} {title}", f"_Toc53281{i:04d}", t.TOC_PAGES[i]))
    sp.add_toc(doc, entries)

    counter = {"h": 0, "rev": 100}

    def heading(doc_, level, number, title):
        par = dc.add_par(doc_, f"{number} {title}", style_id="Heading1" if level == 1 else "Heading2")
        i = counter["h"]
        sp.add_bookmark(par, f"_Toc53281{i:04d}", 10 + i)
        counter["h"] += 1

    def ins(doc_, before, inserted, after):
        counter["rev"] += 1
        sp.add_par_with_insertion(doc_, before, inserted, after, counter["rev"])

    def dele(doc_, before, deleted, after):
        counter["rev"] += 1
        sp.add_par_with_deletion(doc_, before, deleted, after, counter["rev"])

    def quote(doc_, body_text):
        sp.add_text_box_paragraph(doc_, t.QUOTE, t.QUOTE_SOURCE, body_text)

    render_blocks(doc, t, heading, {"tracked_ins": ins, "tracked_del": dele, "quote_box": quote})
    dc.add_par(doc, "Zeitz, 15.12.2018", space_before=18)
    dc.add_par(doc, "Thomas Kießling, Vorsitzender        Svenja Roloff, Geschäftsführerin", space_after=0)


# ---------------------------------------------------------------------------
# 4. Altmark Digital GmbH: bold Normal headings with direct automatic numbering, typed sub-headings


def build_altmark(doc, t) -> None:
    dc.add_abstract_num(
        doc,
        30,
        [
            {"fmt": "decimal", "text": "%1.", "left": 360, "hanging": 360, "bold": True},
        ],
        multilevel=False,
    )
    dc.add_num(doc, 30, 30)
    dc.add_abstract_num(
        doc,
        31,
        [
            {"fmt": "lowerLetter", "text": "%1)", "left": 720, "hanging": 360},
        ],
        multilevel=False,
    )
    list_ids = iter(range(31, 40))
    dc.add_par(doc, "Projektskizze „Digitalisierungszentrum Altmark“", bold=True, size=15, space_after=2)
    dc.add_par(doc, "Altmark Digital GmbH · Gardelegen · Stand: 10.12.2018", size=10, space_after=14)

    def heading(doc_, level, number, title):
        if level == 1:
            par = dc.add_par(doc_, title, bold=True, size=12, space_before=12, space_after=4, keep_next=True)
            dc.set_numpr(par, 30, 0)
        else:
            dc.add_par(doc_, f"{number} {title}", bold=True, space_before=6, space_after=3, keep_next=True)

    def letters(doc_, items):
        num_id = next(list_ids)
        dc.add_num(doc_, num_id, 31, restart_at=1)
        for item in items:
            par = dc.add_par(doc_, item, style_id="ListParagraph", space_after=2)
            dc.set_numpr(par, num_id, 0)

    def instruction(doc_, text):
        dc.add_par(doc_, text, italic=True)

    render_blocks(doc, t, heading, {"letters": letters, "instruction": instruction})
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = 1
    dc.append_text_run(fp, "Altmark Digital GmbH – Projektskizze – ")
    for r in dc.field_runs("PAGE", "1"):
        fp._p.append(r)


# ---------------------------------------------------------------------------
# 5. Zweckverband: custom style "Kapitel" (basedOn Heading1), "Unterkapitel" with direct outlineLvl


def build_zweckverband(doc, t) -> None:
    ns = nsdecls("w")
    dc.add_style_xml(
        doc,
        f"""<w:style {ns} w:type="paragraph" w:customStyle="1" w:styleId="Kapitel">
  <w:name w:val="Kapitel"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:spacing w:before="360" w:after="120"/></w:pPr>
  <w:rPr><w:caps/><w:color w:val="00602B"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>""",
    )
    dc.add_style_xml(
        doc,
        f"""<w:style {ns} w:type="paragraph" w:customStyle="1" w:styleId="Unterkapitel">
  <w:name w:val="Unterkapitel"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
  <w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr>
  <w:rPr><w:b/><w:color w:val="00602B"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>""",
    )
    dc.add_par(doc, "Zweckverband Digitale Region Saale-Unstrut", bold=True, size=11, space_after=0)
    dc.add_par(
        doc, "Projektskizze zum Förderaufruf „Regionale Digitalisierungszentren“", size=18, space_after=2
    )
    dc.add_par(
        doc,
        "„Smarte Weinregion Saale-Unstrut“ – Regionalmanagement Digitalisierung",
        italic=True,
        space_after=14,
    )

    def heading(doc_, level, number, title):
        if level == 1:
            dc.add_par(doc_, f"{number}. {title}", style_id="Kapitel")
        else:
            dc.add_par(doc_, f"{number}) {title}", style_id="Unterkapitel")

    render_blocks(doc, t, heading)
    dc.add_par(doc, "Freyburg (Unstrut), 07.12.2018", space_before=18, space_after=0)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = 2
    for r in dc.field_runs("PAGE", "1"):
        fp._p.append(r)
