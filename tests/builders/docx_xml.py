"""WordprocessingML pieces for .docx files built in code: raw XML snippets (runs, paragraphs,
numbering, styles, content controls, fields, text boxes, revisions) and the python-docx document
they are injected into, the way Word itself would write them."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml

NSDECLS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# --- raw XML snippets -------------------------------------------------------------------------


def run(text: str = "", rpr: str = "", inner: str = "") -> str:
    """A w:r with optional run properties, text and extra run content."""
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    body = f'<w:t xml:space="preserve">{escape(text)}</w:t>' if text else ""
    return f"<w:r>{props}{inner}{body}</w:r>"


def para(*content: str, style: str | None = None, ppr: str = "") -> str:
    """A w:p; plain strings become runs, strings starting with "<" are inserted as XML."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    props = f"<w:pPr>{style_xml}{ppr}</w:pPr>" if style_xml or ppr else ""
    runs = "".join(part if part.startswith("<") else run(part) for part in content)
    return f"<w:p>{props}{runs}</w:p>"


def num_pr(num_id: int, ilvl: int | None = 0) -> str:
    """A w:numPr for a pPr."""
    level = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
    return f'<w:numPr>{level}<w:numId w:val="{num_id}"/></w:numPr>'


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    """A w:lvl of an abstract numbering definition."""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def abstract_num(abstract_id: int, *levels: str, extra: str = "") -> str:
    """A w:abstractNum."""
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{extra}{"".join(levels)}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    """A w:num pointing at an abstract definition."""
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def style(style_id: str, name: str, based_on: str | None = None, ppr: str = "", rpr: str = "") -> str:
    """A paragraph w:style."""
    base = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>{base}'
        f"<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def sdt(content: str, gallery: str | None = None) -> str:
    """A block-level content control, optionally a building-block gallery (cover page, TOC)."""
    part = f'<w:docPartObj><w:docPartGallery w:val="{gallery}"/></w:docPartObj>' if gallery else ""
    return f"<w:sdt><w:sdtPr>{part}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def field_char(kind: str) -> str:
    """A run holding w:fldChar begin/separate/end."""
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def instr(code: str) -> str:
    """A run holding field code text."""
    return f'<w:r><w:instrText xml:space="preserve">{escape(code)}</w:instrText></w:r>'


TAB = "<w:r><w:tab/></w:r>"


# --- package assembly ---------------------------------------------------------------------------


def new_document() -> Any:
    """A fresh python-docx document (default template)."""
    return docx.Document()


def append_body(document: Any, xml: str) -> None:
    """Insert raw block-level XML at the end of the body, before the section properties."""
    wrapper = parse_xml(f"<w:body {NSDECLS}>{xml}</w:body>")
    section = document.element.body.find(f"{W}sectPr")
    for element in list(wrapper):
        section.addprevious(element)


def add_styles(document: Any, *styles_xml: str) -> None:
    """Add raw w:style definitions to styles.xml."""
    for xml in styles_xml:
        document.styles.element.append(parse_xml(xml.replace("<w:style ", f"<w:style {NSDECLS} ", 1)))


def add_numbering(document: Any, abstracts: list[str], nums: list[str]) -> None:
    """Add abstract definitions (before the first w:num, as the schema orders them) and nums."""
    root = document.part.numbering_part.element
    first_num = root.find(f"{W}num")
    for xml in abstracts:
        element = parse_xml(xml.replace("<w:abstractNum ", f"<w:abstractNum {NSDECLS} ", 1))
        first_num.addprevious(element)
    for xml in nums:
        root.append(parse_xml(xml.replace("<w:num ", f"<w:num {NSDECLS} ", 1)))


def style_numbering(document: Any, style_id: str, num_id: int, ilvl: int) -> None:
    """Link an existing paragraph style to a list, as Word does for numbered headings."""
    for element in document.styles.element.iterfind(f"{W}style"):
        if element.get(f"{W}styleId") == style_id:
            element.find(f"{W}pPr").insert(0, parse_xml(f"<w:x {NSDECLS}>{num_pr(num_id, ilvl)}</w:x>")[0])


def save(document: Any, directory: Path, name: str) -> Path:
    """Save under `directory` and return the path."""
    path = directory / name
    document.save(str(path))
    return path


def build(directory: Path, name: str, body: str, *styles_xml: str) -> Path:
    """A document made of raw body XML (plus optional styles)."""
    document = new_document()
    add_styles(document, *styles_xml)
    append_body(document, body)
    return save(document, directory, name)


def rewrite_member(source: Path, target: Path, member: str, data: bytes) -> Path:
    """Copy a .docx, replacing one zip member (to damage it on purpose)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, data if info.filename == member else old.read(info.filename))
    return target


# --- text boxes, revisions, pages ----------------------------------------------------------------


def text_box_run(text: str) -> str:
    """A floating text box the way Word 2010+ saves it: DrawingML choice plus a VML fallback copy."""
    box = f"<w:txbxContent>{para(text)}</w:txbxContent>"
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Textfeld 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:txbx>{box}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing>"
    )
    fallback = f'<w:pict><v:shape id="Textfeld1"><v:textbox>{box}</v:textbox></v:shape></w:pict>'
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        f"{drawing}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def vml_text_box_run(text: str) -> str:
    """An old-style (Word 2003) VML text box."""
    box = f"<w:txbxContent>{para(text)}</w:txbxContent>"
    return f'<w:r><w:pict><v:shape id="alt"><v:textbox>{box}</v:textbox></v:shape></w:pict></w:r>'


def inserted(text: str) -> str:
    """Tracked insertion."""
    return f'<w:ins w:id="1" w:author="A" w:date="2019-01-01T00:00:00Z">{run(text)}</w:ins>'


def deleted(text: str) -> str:
    """Tracked deletion."""
    return (
        f'<w:del w:id="2" w:author="A" w:date="2019-01-01T00:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


RENDERED_BREAK = "<w:r><w:lastRenderedPageBreak/></w:r>"
PAGE_BREAK = '<w:r><w:br w:type="page"/></w:r>'
