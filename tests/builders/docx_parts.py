"""Word parts beyond plain paragraphs: tables, page numbers and rules in headers and footers, and
raw OOXML python-docx has no API for: cover page (sdt), TOC field, text box, tracked changes,
bookmarks. The markup follows what Word 2016 (German) writes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from .docx_writer import append_text_run, esc, field_runs, insert_ppr_child

# namespace declarations for raw fragments (python-docx nsdecls lacks some prefixes)
NSMAP = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
}
DECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NSMAP.items())


def _r(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def _p(runs: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{runs}</w:p>"


# ---------------------------------------------------------------------------
# cover page


def add_cover_page(doc, cover: dict, sdt_id: int = 1364205011) -> None:
    """A block-level content control from the 'Cover Pages' building-block gallery, ending in a page break."""
    big = '<w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="64"/><w:szCs w:val="64"/></w:rPr>'
    mid = '<w:rPr><w:color w:val="404040"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>'
    small = '<w:rPr><w:color w:val="404040"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>'
    paras = [
        _p(_r(cover["kicker"], small), '<w:spacing w:before="2400" w:after="480"/>'),
        _p(_r(cover["title"], big), '<w:spacing w:after="240"/>'),
        _p(_r(cover["subtitle"], mid), '<w:spacing w:after="2400"/>'),
    ]
    lines = cover["applicant"].split("\n")
    paras += [_p(_r(line, small), '<w:spacing w:after="0"/>') for line in lines]
    paras.append(_p(_r(cover["date"], small), '<w:spacing w:before="480" w:after="0"/>'))
    paras.append(_p('<w:r><w:br w:type="page"/></w:r>'))
    xml = (
        f'<w:sdt {DECL}><w:sdtPr><w:id w:val="{sdt_id}"/>'
        '<w:docPartObj><w:docPartGallery w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj>'
        "</w:sdtPr><w:sdtEndPr/><w:sdtContent>" + "".join(paras) + "</w:sdtContent></w:sdt>"
    )
    doc.element.body.append(parse_xml(xml))
    _move_sectpr_last(doc)


def _move_sectpr_last(doc) -> None:
    body = doc.element.body
    sect = body.find(f"{{{NSMAP['w']}}}sectPr")
    if sect is not None:
        body.remove(sect)
        body.append(sect)


# ---------------------------------------------------------------------------
# TOC field


def add_toc(doc, entries: list[tuple[int, str, str, int]], heading: str = "Inhaltsverzeichnis") -> None:
    """entries: (level, displayed text, bookmark name, page). Cached field result like Word leaves it."""
    body = doc.element.body
    out = [_p(_r(heading), '<w:pStyle w:val="TOCHeading"/>')]
    n = len(entries)
    for i, (level, text, bm, page) in enumerate(entries):
        runs = ""
        if i == 0:
            runs += (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        noproof = "<w:rPr><w:noProof/></w:rPr>"
        runs += (
            f'<w:hyperlink w:anchor="{bm}" w:history="1">'
            f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'
            f"<w:r>{noproof}<w:tab/></w:r>"
            f'<w:r>{noproof}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{noproof}<w:instrText xml:space="preserve"> PAGEREF {bm} \\h </w:instrText></w:r>'
            f'<w:r>{noproof}<w:fldChar w:fldCharType="separate"/></w:r>'
            f"<w:r>{noproof}<w:t>{page}</w:t></w:r>"
            f'<w:r>{noproof}<w:fldChar w:fldCharType="end"/></w:r>'
            "</w:hyperlink>"
        )
        if i == n - 1:
            runs += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        out.append(
            _p(
                runs,
                f'<w:pStyle w:val="TOC{level}"/>'
                '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>',
            )
        )
    out.append(_p('<w:r><w:br w:type="page"/></w:r>'))
    for xml in out:
        body.append(parse_xml(xml.replace("<w:p>", f"<w:p {DECL}>", 1)))
    _move_sectpr_last(doc)


TOC_STYLES = """
<w:style {ns} w:type="paragraph" w:styleId="TOC{lvl}">
  <w:name w:val="toc {lvl}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:autoRedefine/>
  <w:uiPriority w:val="39"/><w:unhideWhenUsed/>
  <w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>
    <w:spacing w:after="100"/>{ind}</w:pPr>
</w:style>"""


def toc_style_xml(level: int) -> str:
    ind = '<w:ind w:left="220"/>' if level > 1 else ""
    return TOC_STYLES.format(ns=nsdecls("w"), lvl=level, ind=ind)


def add_bookmark(par: Paragraph, name: str, bm_id: int) -> None:
    p = par._p
    start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bm_id}" w:name="{name}"/>')
    end = parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bm_id}"/>')
    ppr = p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


# ---------------------------------------------------------------------------
# text box (DrawingML with VML fallback)


def add_text_box_paragraph(doc, quote: str, source: str, body_text: str = "", shape_id: int = 1) -> None:
    """A body paragraph whose first run anchors a floating text box at the right margin."""
    cx, cy = 2286000, 1371600  # 6,35 cm x 3,81 cm
    inner = _p(
        _r(quote, '<w:rPr><w:i/><w:color w:val="1F3864"/><w:sz w:val="20"/></w:rPr>'),
        '<w:spacing w:after="60"/>',
    ) + _p(
        _r("– " + source, '<w:rPr><w:sz w:val="18"/></w:rPr>'),
        '<w:jc w:val="right"/><w:spacing w:after="0"/>',
    )
    xml = f"""
<w:p {DECL}><w:r><w:rPr><w:noProof/></w:rPr>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
  behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
  <wp:simplePos x="0" y="0"/>
  <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
  <wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>
  <wp:extent cx="{cx}" cy="{cy}"/>
  <wp:effectExtent l="0" t="0" r="19050" b="19050"/>
  <wp:wrapSquare wrapText="bothSides"/>
  <wp:docPr id="{shape_id}" name="Textfeld {shape_id + 1}"/>
  <wp:cNvGraphicFramePr/>
  <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
    <wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
      <wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
        <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
        <a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>
        <a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill><a:miter lim="800000"/></a:ln>
      </wps:spPr>
      <wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
      <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720"
        anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
    </wps:wsp>
  </a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict>
  <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
    <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
  <v:shape id="Textfeld 2" o:spid="_x0000_s1026" type="#_x0000_t202"
    style="position:absolute;margin-left:0;margin-top:3.6pt;width:180pt;height:108pt;z-index:251659264;visibility:visible;mso-wrap-style:square;mso-width-percent:0;mso-height-percent:200;mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical:absolute;mso-position-vertical-relative:text;mso-height-percent:200;mso-width-relative:margin;mso-height-relative:margin;v-text-anchor:top"
    fillcolor="#f2f2f2" strokecolor="#7f7f7f">
    <v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>
    <w10:wrap type="square" anchorx="margin"/>
  </v:shape>
</w:pict></mc:Fallback></mc:AlternateContent></w:r>{_r(body_text) if body_text else ""}</w:p>"""
    doc.element.body.append(parse_xml(xml))
    _move_sectpr_last(doc)


# ---------------------------------------------------------------------------
# tracked changes


REV_AUTHOR = "Roloff, Svenja"
REV_DATE = "2018-12-12T14:37:00Z"


def add_par_with_insertion(doc, before: str, inserted: str, after: str, rev_id: int) -> None:
    xml = (
        f"<w:p {DECL}>{_r(before)}"
        f'<w:ins w:id="{rev_id}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}">{_r(inserted)}</w:ins>'
        f"{_r(after)}</w:p>"
    )
    doc.element.body.append(parse_xml(xml))
    _move_sectpr_last(doc)


def add_par_with_deletion(doc, before: str, deleted: str, after: str, rev_id: int) -> None:
    xml = (
        f"<w:p {DECL}>{_r(before)}"
        f'<w:del w:id="{rev_id}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}">'
        f'<w:r><w:delText xml:space="preserve">{esc(deleted)}</w:delText></w:r></w:del>'
        f"{_r(after)}</w:p>"
    )
    doc.element.body.append(parse_xml(xml))
    _move_sectpr_last(doc)


# ---------------------------------------------------------------------------
# tables


def add_table(
    doc: DocxDocument,
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
    *,
    header: bool = True,
    total_row: bool = False,
    bold_first_col: bool = False,
    numeric_cols: Iterable[int] = (),
    size: float = 10,
    shade_header: str = "D9D9D9",
    style_id: str | None = None,
) -> Table:
    numeric = set(numeric_cols)
    table = doc.add_table(rows=len(rows), cols=len(widths_cm))
    sid = style_id or getattr(doc, "_table_style_id", "TableGrid")
    table._tbl.tblPr.insert(0, parse_xml(f'<w:tblStyle {nsdecls("w")} w:val="{sid}"/>'))
    table.autofit = False
    for r_i, row in enumerate(rows):
        is_head = header and r_i == 0
        is_total = total_row and r_i == len(rows) - 1
        for c_i, value in enumerate(row):
            cell = table.cell(r_i, c_i)
            cell.width = Cm(widths_cm[c_i])
            par = cell.paragraphs[0]
            par.paragraph_format.space_after = Pt(0)
            par.paragraph_format.space_before = Pt(0)
            run = par.add_run(value)
            run.font.size = Pt(size)
            if is_head or is_total or (bold_first_col and c_i == 0):
                run.bold = True
            if c_i in numeric and not is_head:
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if is_head and shade_header:
                tcpr = cell._tc.get_or_add_tcPr()
                tcpr.append(
                    parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{shade_header}"/>')
                )
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm, strict=True):
        gc.set(qn("w:w"), str(int(w * 567)))
    # a header row repeats on every page, as Word users tick it
    if header:
        trpr = table.rows[0]._tr.get_or_add_trPr()
        trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    return table


def set_table_borderless(table: Table) -> None:
    tblpr = table._tbl.tblPr
    borders = parse_xml(
        f"<w:tblBorders {nsdecls('w')}>"
        + "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"
    )
    tblpr.append(borders)


# ---------------------------------------------------------------------------
# headers and footers


def add_page_x_of_y(par: Paragraph, prefix: str = "Seite ", middle: str = " von ") -> None:
    append_text_run(par, prefix)
    for r in field_runs("PAGE", "1"):
        par._p.append(r)
    append_text_run(par, middle)
    for r in field_runs("NUMPAGES", "1"):
        par._p.append(r)


def set_bottom_border(par: Paragraph) -> None:
    ppr = par._p.get_or_add_pPr()
    insert_ppr_child(
        ppr,
        parse_xml(
            f"<w:pBdr {nsdecls('w')}>"
            '<w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/></w:pBdr>'
        ),
    )
