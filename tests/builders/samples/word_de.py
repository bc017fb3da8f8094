"""Helpers for the held-out ("unseen") Word samples: deterministic saving, German style ids,
Word fields, numbering definitions and table formatting.

Used only by tests/builders/samples/unseen_samples.py.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from ..docx_zip import fixed_zip

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_ZIP_TIME = (2018, 10, 15, 9, 30, 0)

# English style id -> (German style id as Word writes it, German UI name)
GERMAN_STYLES: dict[str, tuple[str, str]] = {
    "Normal": ("Standard", "Standard"),
    "Heading1": ("berschrift1", "Überschrift 1"),
    "Heading2": ("berschrift2", "Überschrift 2"),
    "Heading3": ("berschrift3", "Überschrift 3"),
    "Heading1Char": ("berschrift1Zchn", "Überschrift 1 Zchn"),
    "Heading2Char": ("berschrift2Zchn", "Überschrift 2 Zchn"),
    "Heading3Char": ("berschrift3Zchn", "Überschrift 3 Zchn"),
    "Title": ("Titel", "Titel"),
    "TitleChar": ("TitelZchn", "Titel Zchn"),
    "Subtitle": ("Untertitel", "Untertitel"),
    "SubtitleChar": ("UntertitelZchn", "Untertitel Zchn"),
    "Header": ("Kopfzeile", "Kopfzeile"),
    "HeaderChar": ("KopfzeileZchn", "Kopfzeile Zchn"),
    "Footer": ("Fuzeile", "Fußzeile"),
    "FooterChar": ("FuzeileZchn", "Fußzeile Zchn"),
    "ListParagraph": ("Listenabsatz", "Listenabsatz"),
    "ListBullet": ("Aufzhlungszeichen", "Aufzählungszeichen"),
    "TableGrid": ("Tabellenraster", "Tabellenraster"),
    "DefaultParagraphFont": ("Absatz-Standardschriftart", "Absatz-Standardschriftart"),
    "TableNormal": ("NormaleTabelle", "Normale Tabelle"),
    "NoList": ("KeineListe", "Keine Liste"),
}


# ------------------------------------------------------------------------------------------------
# formatting helpers
# ------------------------------------------------------------------------------------------------
def a4(section, top=2.5, bottom=2.0, left=2.5, right=2.0) -> None:
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)
    section.header_distance = Cm(1.25)
    section.footer_distance = Cm(1.0)


def set_font(
    style_or_run,
    name: str | None = None,
    size: float | None = None,
    bold=None,
    italic=None,
    underline=None,
    color: str | None = None,
) -> None:
    f = style_or_run.font
    if name:
        f.name = name
        rpr = style_or_run.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.insert(0, rfonts)
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(att), None)
        for att in ("w:ascii", "w:hAnsi", "w:cs"):
            rfonts.set(qn(att), name)
    if size is not None:
        f.size = Pt(size)
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if underline is not None:
        f.underline = underline
    if color is not None:
        f.color.rgb = RGBColor.from_string(color)


def add_field(paragraph, instr: str, placeholder: str = "1", run_props=None) -> None:
    """Append a complex field (fldChar begin / instrText / separate / result / end)."""

    def _run():
        r = paragraph.add_run()
        if run_props:
            run_props(r)
        return r

    r = _run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = _run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    r = _run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    r = _run()
    r.text = placeholder
    r = _run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


def add_text_with_breaks(paragraph, text: str, **font) -> None:
    """Add text; "\\n" becomes a manual line break (w:br), as with Shift+Enter in Word."""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = paragraph.add_run(part)
        if font:
            set_font(run, **font)
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def cell_width(cell, cm: float) -> None:
    cell.width = Cm(cm)


def keep_with_next(paragraph) -> None:
    paragraph.paragraph_format.keep_with_next = True


def set_num(paragraph, num_id: int, ilvl: int = 0) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    # numPr must follow pStyle/keepNext/keepLines/pageBreakBefore in CT_PPr order; put it after
    # those that exist and before everything else.
    anchor = None
    for tag in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl"):
        el = ppr.find(qn(tag))
        if el is not None:
            anchor = el
    if anchor is None:
        ppr.insert(0, numpr)
    else:
        anchor.addnext(numpr)


def add_abstract_num(doc, abstract_id: int, num_id: int, nsid: str, levels: list[dict]) -> None:
    """Add an abstractNum (levels: dicts with fmt, text, left, hanging, bold, font) and a num."""
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abstract_id))
    e = OxmlElement("w:nsid")
    e.set(qn("w:val"), nsid)
    an.append(e)
    e = OxmlElement("w:multiLevelType")
    e.set(qn("w:val"), "hybridMultilevel" if len(levels) > 1 else "singleLevel")
    an.append(e)
    e = OxmlElement("w:tmpl")
    e.set(qn("w:val"), "0407000F")
    an.append(e)
    for i, lv in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(i))
        for tag, val in (("w:start", "1"), ("w:numFmt", lv["fmt"])):
            x = OxmlElement(tag)
            x.set(qn("w:val"), val)
            lvl.append(x)
        x = OxmlElement("w:lvlText")
        x.set(qn("w:val"), lv["text"])
        lvl.append(x)
        x = OxmlElement("w:lvlJc")
        x.set(qn("w:val"), "left")
        lvl.append(x)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(lv["left"]))
        ind.set(qn("w:hanging"), str(lv["hanging"]))
        ppr.append(ind)
        lvl.append(ppr)
        if lv.get("bold") or lv.get("font"):
            rpr = OxmlElement("w:rPr")
            if lv.get("font"):
                rf = OxmlElement("w:rFonts")
                for att in ("w:ascii", "w:hAnsi", "w:hint"):
                    rf.set(qn(att), lv["font"] if att != "w:hint" else "default")
                rpr.append(rf)
            if lv.get("bold"):
                rpr.append(OxmlElement("w:b"))
            lvl.append(rpr)
        an.append(lvl)
    existing = numbering.findall(qn("w:abstractNum"))
    if existing:
        existing[-1].addnext(an)
    else:
        numbering.insert(0, an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)


def table_borders(table, size: int = 4) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(size))
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "auto")
        borders.append(b)
    tblpr.append(borders)


# ------------------------------------------------------------------------------------------------
# deterministic save with optional German style ids / names
# ------------------------------------------------------------------------------------------------
def _rename_styles_xml(data: bytes, localise_names: bool) -> bytes:
    root = etree.fromstring(data)
    w = f"{{{W_NS}}}"
    for st in root.iter(f"{w}style"):
        sid = st.get(f"{w}styleId")
        if sid in GERMAN_STYLES:
            new_id, new_name = GERMAN_STYLES[sid]
            st.set(f"{w}styleId", new_id)
            if localise_names:
                name = st.find(f"{w}name")
                if name is not None:
                    name.set(f"{w}val", new_name)
        for tag in ("basedOn", "next", "link"):
            el = st.find(f"{w}{tag}")
            if el is not None and el.get(f"{w}val") in GERMAN_STYLES:
                el.set(f"{w}val", GERMAN_STYLES[el.get(f"{w}val")][0])
    _rename_refs(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rename_refs(root) -> None:
    w = f"{{{W_NS}}}"
    for tag in ("pStyle", "rStyle", "tblStyle"):
        for el in root.iter(f"{w}{tag}"):
            v = el.get(f"{w}val")
            if v in GERMAN_STYLES:
                el.set(f"{w}val", GERMAN_STYLES[v][0])


def _rename_refs_xml(data: bytes) -> bytes:
    root = etree.fromstring(data)
    _rename_refs(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


APP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>\
<TotalTime>{minutes}</TotalTime><Pages>{pages}</Pages><Words>{words}</Words>\
<Application>Microsoft Office Word</Application>\
<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company>{company}</Company>\
<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>\
<AppVersion>16.0000</AppVersion></Properties>"""


def save_deterministic(
    doc,
    path: Path,
    *,
    author: str,
    title: str,
    created: dt.datetime,
    modified: dt.datetime,
    company: str,
    pages: int,
    german_ids: bool,
    german_names: bool,
    minutes: int = 214,
    drop_thumbnail: bool = True,
) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    cp.revision = 7
    cp.created = created
    cp.modified = modified
    buf = io.BytesIO()
    doc.save(buf)
    words = sum(len(p.text.split()) for p in doc.paragraphs)
    app_xml = APP_XML.format(minutes=minutes, pages=pages, words=words, company=company).encode()

    def rewrite(name: str, data: bytes) -> bytes | None:
        if drop_thumbnail and name == "docProps/thumbnail.jpeg":
            return None
        if drop_thumbnail and name == "_rels/.rels":
            data = re.sub(rb"<Relationship [^>]*thumbnail[^>]*/>", b"", data)
        if drop_thumbnail and name == "[Content_Types].xml":
            data = re.sub(rb'<Default Extension="jpeg"[^>]*/>', b"", data)
        if name == "docProps/app.xml":
            data = app_xml
        if german_ids and name in ("word/styles.xml", "word/stylesWithEffects.xml"):
            data = _rename_styles_xml(data, german_names)
        elif german_ids and re.fullmatch(r"word/(document|header\d*|footer\d*|numbering)\.xml", name):
            data = _rename_refs_xml(data)
        return data

    path.write_bytes(fixed_zip(buf.getvalue(), FIXED_ZIP_TIME, mode=0o600, rewrite=rewrite))


def fix_widths(table, widths_cm: tuple[float, ...]) -> None:
    """Fixed column widths (tblGrid + every cell), as Word writes them for a hand-sized table."""
    table.autofit = False
    for i, wcm in enumerate(widths_cm):
        table.columns[i].width = Cm(wcm)
        for c in table.columns[i].cells:
            c.width = Cm(wcm)
