"""Low-level helpers for the sample .docx builder: python-docx plus raw OOXML where it has no API.

Everything here is deterministic: no timestamps from the clock, no random ids.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from lxml import etree

from .docx_zip import fixed_zip

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ZIP_DATE = (2019, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------
# document set-up


def new_document(font: str = "Arial", size_pt: float = 11, line: float = 1.15) -> DocxDocument:
    """A4 document with German language defaults, like a German Word installation would create."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.0)
    sec.header_distance, sec.footer_distance = Cm(1.25), Cm(1.0)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size_pt)
    pf = normal.paragraph_format
    pf.space_after = Pt(6)
    pf.line_spacing = line
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:cs"), font)
    lang = parse_xml(f'<w:lang {nsdecls("w")} w:val="de-DE" w:eastAsia="en-US" w:bidi="ar-SA"/>')
    rpr.append(lang)
    # heading styles of the template use theme fonts and blue; typical office templates use black Arial
    for sid in ("Heading1", "Heading2", "Title", "TOCHeading"):
        style = style_by_id(doc, sid)
        if style is None:
            continue
        srpr = style.find(qn("w:rPr"))
        if srpr is None:
            continue
        for tag in ("w:rFonts", "w:color"):
            el = srpr.find(qn(tag))
            if el is not None:
                srpr.remove(el)
        srpr.insert(
            0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>')
        )
    return doc


def set_core_properties(
    doc: DocxDocument, *, title: str, author: str, when: dt.datetime, subject: str = "", company: str = ""
) -> None:
    cp = doc.core_properties
    cp.title = title
    cp.subject = subject
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3
    cp.keywords = "Regionale Digitalisierungszentren; Projektskizze"
    cp.comments = ""
    cp.category = "Projektskizze"
    cp.language = "de-DE"
    cp.content_status = ""
    cp.identifier = ""
    cp.version = ""
    del company


def style_by_id(doc: DocxDocument, style_id: str) -> etree._Element | None:
    for st in doc.styles.element.findall(qn("w:style")):
        if st.get(qn("w:styleId")) == style_id:
            return st
    return None


def rename_style(doc: DocxDocument, old_id: str, new_id: str, new_name: str) -> None:
    """Rename a style id and name and every reference to it inside styles.xml."""
    styles = doc.styles.element
    st = style_by_id(doc, old_id)
    assert st is not None, old_id
    st.set(qn("w:styleId"), new_id)
    st.find(qn("w:name")).set(qn("w:val"), new_name)
    for tag in ("w:basedOn", "w:next", "w:link"):
        for el in styles.iter(qn(tag)):
            if el.get(qn("w:val")) == old_id:
                el.set(qn("w:val"), new_id)
    for el in doc.part.numbering_part.element.iter(qn("w:pStyle")):
        if el.get(qn("w:val")) == old_id:
            el.set(qn("w:val"), new_id)


def add_style_xml(doc: DocxDocument, xml: str) -> etree._Element:
    el = parse_xml(xml)
    doc.styles.element.append(el)
    return el


def set_style_ppr(style: etree._Element, *children_xml: str) -> None:
    """Append children (given as XML strings with namespace decls) to a style's pPr, in schema order."""
    ppr = style.find(qn("w:pPr"))
    if ppr is None:
        ppr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
        rpr = style.find(qn("w:rPr"))
        if rpr is not None:
            rpr.addprevious(ppr)
        else:
            style.append(ppr)
    for xml in children_xml:
        child = parse_xml(xml)
        insert_ppr_child(ppr, child)


_PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


def insert_ppr_child(ppr: etree._Element, child: etree._Element) -> None:
    name = etree.QName(child).localname
    old = ppr.find(qn("w:" + name))
    if old is not None:
        ppr.remove(old)
    rank = _PPR_ORDER.index(name)
    for i, existing in enumerate(ppr):
        if _PPR_ORDER.index(etree.QName(existing).localname) > rank:
            ppr.insert(i, child)
            return
    ppr.append(child)


# ---------------------------------------------------------------------------
# paragraphs and runs


def add_par(
    container,
    text: str = "",
    *,
    style_id: str | None = None,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    align: str | None = None,
    space_before: float | None = None,
    space_after: float | None = None,
    keep_next: bool = False,
) -> Paragraph:
    par = container.add_paragraph()
    if style_id:
        set_pstyle(par, style_id)
    if text:
        run = par.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
    pf = par.paragraph_format
    if align:
        pf.alignment = {
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
        }[align]
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if keep_next:
        pf.keep_with_next = True
    return par


def set_pstyle(par: Paragraph, style_id: str) -> None:
    ppr = par._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:pStyle {nsdecls("w")} w:val="{style_id}"/>'))


def set_numpr(par: Paragraph, num_id: int, ilvl: int = 0) -> None:
    ppr = par._p.get_or_add_pPr()
    insert_ppr_child(
        ppr,
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'),
    )


def add_run_in(container, label: str, text: str) -> Paragraph:
    """'Label: text' on one line, the label bold (an inline heading)."""
    par = container.add_paragraph()
    r = par.add_run(label)
    r.bold = True
    par.add_run(" " + text)
    return par


def add_page_break(container) -> Paragraph:
    par = container.add_paragraph()
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:br w:type="page"/></w:r>'))
    return par


def field_runs(instr: str, cached: str, rpr: str = "") -> list[etree._Element]:
    """A complex field as a list of w:r elements (begin, instr, separate, cached result, end)."""
    ns = nsdecls("w")
    return [
        parse_xml(f'<w:r {ns}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'),
        parse_xml(f'<w:r {ns}>{rpr}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'),
        parse_xml(f'<w:r {ns}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'),
        parse_xml(f"<w:r {ns}>{rpr}<w:t>{cached}</w:t></w:r>"),
        parse_xml(f'<w:r {ns}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'),
    ]


def append_text_run(par: Paragraph, text: str) -> None:
    par._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'))


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------------------
# numbering.xml


def add_abstract_num(
    doc: DocxDocument, abstract_id: int, levels: Sequence[dict], multilevel: bool = True
) -> None:
    """levels: dicts with fmt, text, start (1), pstyle (optional), left/hanging (twips), bold."""
    ns = nsdecls("w")
    lvls = []
    for i, lv in enumerate(levels):
        pstyle = f'<w:pStyle w:val="{lv["pstyle"]}"/>' if lv.get("pstyle") else ""
        rpr = "<w:rPr><w:b/></w:rPr>" if lv.get("bold") else ""
        lvls.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{lv.get("start", 1)}"/>'
            f'<w:numFmt w:val="{lv["fmt"]}"/>{pstyle}<w:lvlText w:val="{lv["text"]}"/>'
            f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{lv.get("left", 432 + 144 * i)}" '
            f'w:hanging="{lv.get("hanging", 432 + 144 * i)}"/></w:pPr>{rpr}</w:lvl>'
        )
    mtype = "multilevel" if multilevel else "hybridMultilevel"
    xml = (
        f'<w:abstractNum {ns} w:abstractNumId="{abstract_id}">'
        f'<w:nsid w:val="{0x1A2B0000 + abstract_id:08X}"/><w:multiLevelType w:val="{mtype}"/>'
        f'<w:tmpl w:val="{0x04070000 + abstract_id:08X}"/>' + "".join(lvls) + "</w:abstractNum>"
    )
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    el = parse_xml(xml)
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def add_num(doc: DocxDocument, num_id: int, abstract_id: int, restart_at: int | None = None) -> None:
    ns = nsdecls("w")
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{restart_at}"/></w:lvlOverride>'
        if restart_at is not None
        else ""
    )
    doc.part.numbering_part.element.append(
        parse_xml(
            f'<w:num {ns} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{override}</w:num>'
        )
    )


# ---------------------------------------------------------------------------
# saving


def save_deterministic(doc: DocxDocument, path: Path) -> bytes:
    """Save with fixed zip timestamps, the namespaces of document.xml declared on its root."""
    buf = io.BytesIO()
    doc.save(buf)
    blob = fixed_zip(buf.getvalue(), ZIP_DATE, mode=0o600, rewrite=_hoist_document_namespaces)
    path.write_bytes(blob)
    return blob


def _hoist_document_namespaces(name: str, data: bytes) -> bytes:
    return _hoist_namespaces(data) if name == "word/document.xml" else data


def _hoist_namespaces(xml: bytes) -> bytes:
    """Drop the local xmlns declarations of raw fragments: Word declares everything on the root."""
    root = etree.fromstring(xml)
    nsmap = {k: v for k, v in root.nsmap.items() if k}
    etree.cleanup_namespaces(root, top_nsmap=nsmap, keep_ns_prefixes=list(nsmap))
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, standalone=True)


def clone(el: etree._Element) -> etree._Element:
    return deepcopy(el)
