"""Build real .docx files in code for the DOCX reader tests.

python-docx writes the package; WordprocessingML it has no API for (numbering
definitions, content controls, text boxes, tracked changes, fields, rendered
page breaks) is injected as raw XML, the way Word itself would write it.
"""

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


# --- documents built with python-docx's own API --------------------------------------------------


def headers_footers_docx(directory: Path) -> Path:
    """Running header and footer text plus two body paragraphs."""
    document = new_document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Projektskizze Regionales Digitalisierungszentrum"
    section.footer.paragraphs[0].text = "Seite 1 von 12"
    document.add_paragraph("Erster Absatz im Textkörper.")
    document.add_paragraph("Zweiter Absatz im Textkörper.")
    return save(document, directory, "kopfzeilen.docx")


def merged_tables_docx(directory: Path) -> Path:
    """Paragraph, a budget table with horizontal and vertical merges, a nested table, paragraph."""
    document = new_document()
    document.add_paragraph("Vor der Tabelle")
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Position"
    table.cell(0, 2).text = "Betrag"
    table.cell(1, 0).text = "Personal"
    table.cell(1, 1).text = "2019"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "170.320,00 €"
    table.cell(2, 0).text = "Sachmittel"
    table.cell(2, 1).text = "2020"
    # Word hides whatever a vertical-merge continuation cell still holds; put some there to prove it.
    continuation = table._tbl.tr_lst[2].tc_lst[-1]
    docx.table._Cell(continuation, table).paragraphs[0].add_run("verdeckter Rest")
    document.add_paragraph("Zwischen den Tabellen")
    outer = document.add_table(rows=1, cols=1)
    cell = outer.cell(0, 0)
    cell.text = "Außen"
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "innen A"
    inner.cell(0, 1).text = "innen B"
    document.add_paragraph("Nach den Tabellen")
    return save(document, directory, "tabellen.docx")


def formatting_docx(directory: Path) -> Path:
    """Bold pseudo-headings, mixed bold, bold through a character style, sizes and fonts."""
    document = new_document()
    heading = document.add_paragraph()
    heading.add_run("2. Ausgangslage").bold = True
    for _ in range(3):
        body = document.add_paragraph()
        body.add_run("Das Zentrum berät kleine und mittlere Unternehmen in der Region.")
    mixed = document.add_paragraph()
    mixed.add_run("Teilweise ").bold = True
    mixed.add_run("fett")
    document.add_paragraph().add_run("Fett per Zeichenformat", style="Strong")
    big = document.add_paragraph().add_run("Große Schrift in Arial")
    big.font.size = docx.shared.Pt(16)
    big.font.name = "Arial"
    big.italic = True
    caps = document.add_paragraph().add_run("Versalien")
    caps.font.all_caps = True
    off = document.add_paragraph(style="Heading 1").add_run("Überschrift ohne Fett")
    off.bold = False
    document.core_properties.title = "Titel aus den Dateieigenschaften"
    return save(document, directory, "formatierung.docx")


def core_title_docx(directory: Path) -> Path:
    """No Title-style paragraph; the title lives only in the core properties."""
    document = new_document()
    document.core_properties.title = "Digitalisierungszentrum Muster"
    document.add_paragraph("Text")
    return save(document, directory, "kerntitel.docx")


# --- documents built from raw WordprocessingML ----------------------------------------------------


def heading_styles_docx(directory: Path) -> Path:
    """Heading levels declared by German names and ids, base-style chains and w:outlineLvl."""
    styles = (
        style("berschrift1", "Kapitel A"),  # German Word's id with the "Ü" dropped
        style("Custom2", "Überschrift 2"),
        style("ProjektKapitel", "Projektkapitel", based_on="Custom2"),
        style("Abschnitt", "Abschnitt", ppr='<w:outlineLvl w:val="2"/>'),
        style("Fliesstext", "Fließtext", based_on="Heading1", ppr='<w:outlineLvl w:val="9"/>'),
    )
    body = "".join(
        (
            para("Kapitel per Id", style="berschrift1"),
            para("Kapitel per Name", style="Custom2"),
            para("Kapitel per Basisformat", style="ProjektKapitel"),
            para("Abschnitt per Gliederungsebene", style="Abschnitt"),
            para("Direkte Gliederungsebene", ppr='<w:outlineLvl w:val="3"/>'),
            para("Textkörper trotz Überschrift-Basis", style="Fliesstext"),
            para("Englische Überschrift", style="Heading2"),
            para("Normaler Absatz"),
        )
    )
    return build(directory, "ueberschriften.docx", body, *styles)


def numbering_docx(directory: Path) -> Path:
    """Automatic numbering: linked heading styles, roman/letters, start values, overrides, bullets."""
    document = new_document()
    add_numbering(
        document,
        [
            abstract_num(
                90, level(0, "decimal", "%1."), level(1, "decimal", "%1.%2"), level(2, "decimal", "%1.%2.%3")
            ),
            abstract_num(91, level(0, "upperRoman", "%1."), level(1, "lowerLetter", "%2)")),
            abstract_num(92, level(0, "decimal", "%1.", start=5)),
            abstract_num(93, level(0, "bullet", "\u2022")),
            abstract_num(94, level(0, "upperRoman", "%1."), level(1, "decimal", "%1.%2", extra="<w:isLgl/>")),
            abstract_num(
                95,
                level(0, "upperLetter", "%1."),
                level(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>'),
            ),
            abstract_num(98, level(0, "lowerRoman", "(%1)"), extra='<w:styleLink w:val="ListeKapitel"/>'),
            abstract_num(99, extra='<w:numStyleLink w:val="ListeKapitel"/>'),
        ],
        [
            num(90, 90),
            num(91, 91),
            num(92, 92),
            num(93, 93),
            num(94, 94),
            num(95, 95),
            num(96, 92, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
            num(97, 91),  # shares abstract 91 with num 91: continues its counters
            num(98, 99),  # abstract 99 only links to the list style defined by abstract 98
        ],
    )
    style_numbering(document, "Heading1", 90, 0)
    style_numbering(document, "Heading2", 90, 1)
    body = (
        para("Einleitung", style="Heading1"),
        para("Hintergrund", style="Heading2"),
        para("Ziele", style="Heading2"),
        para("Ausgangslage", style="Heading1"),
        para("Bedarf", style="Heading2"),
        para("Ohne Nummer", style="Heading1", ppr=num_pr(0)),
        para("Unterpunkt", style="Heading1", ppr=num_pr(90, 2)),
        para("3. Finanzierung", "<w:r><w:rPr><w:b/></w:rPr></w:r>"),
        para("Römisch eins", ppr=num_pr(91, 0)),
        para("Buchstabe a", ppr=num_pr(91, 1)),
        para("Buchstabe b", ppr=num_pr(91, 1)),
        para("Römisch zwei", ppr=num_pr(91, 0)),
        para("Buchstabe nach Neustart", ppr=num_pr(91, 1)),
        para("Ab fünf", ppr=num_pr(92, 0)),
        para("Sechs", ppr=num_pr(92, 0)),
        para("Neu ab eins", ppr=num_pr(96, 0)),
        para("Weiter römisch", ppr=num_pr(97, 0)),
        para("Aufzählungspunkt", ppr=num_pr(93, 0)),
        para("Juristisch eins", ppr=num_pr(94, 0)),
        para("Juristisch eins punkt eins", ppr=num_pr(94, 1)),
        para("Anlage A", ppr=num_pr(95, 0)),
        para("Anlage eins", ppr=num_pr(95, 1)),
        para("Anlage B", ppr=num_pr(95, 0)),
        para("Anlage zwei ohne Neustart", ppr=num_pr(95, 1)),
        para("Über Listenformatvorlage", ppr=num_pr(98, 0)),
        para("Listenabsatz ohne Nummer", style="ListParagraph"),
        para("Aufzählung per Formatvorlage", style="ListBullet"),
    )
    append_body(document, "".join(body))
    return save(document, directory, "nummerierung.docx")


def content_controls_docx(directory: Path) -> Path:
    """Cover-page and TOC content controls, plain controls, smart tags and other inline wrappers."""
    cover = sdt(
        para("Regionales Digitalisierungszentrum Musterstadt")
        + "<w:tbl><w:tr><w:tc>"
        + para("Antragsteller")
        + "</w:tc><w:tc>"
        + para("Stadt Musterstadt")
        + "</w:tc></w:tr></w:tbl>",
        gallery="Cover Pages",
    )
    toc = sdt(
        para("Inhalt", style="TOCHeading") + para("1 Ausgangslage", TAB, "2") + para("Anhang"),
        gallery="Table of Contents",
    )
    inline_sdt = "<w:sdt><w:sdtPr/><w:sdtContent>" + run("Dr. Erika Muster") + "</w:sdtContent></w:sdt>"
    smart_tag = '<w:smartTag w:uri="urn:x" w:element="City">' + run("Musterstadt") + "</w:smartTag>"
    custom_xml = '<w:customXml w:element="Ort">' + run(" (Sachsen-Anhalt)") + "</w:customXml>"
    link = '<w:hyperlink w:anchor="x">' + run(" Webseite") + "</w:hyperlink>"
    simple_field = '<w:fldSimple w:instr=" DOCPROPERTY Firma ">' + run(" GmbH") + "</w:fldSimple>"
    body = (
        cover
        + toc
        + para("Ausgangslage", style="Heading1")
        + para("Projektleitung: ", inline_sdt)
        + para("Sitz: ", smart_tag, custom_xml, link, simple_field)
        + sdt(para("Absatz in einem einfachen Steuerelement"))
        + para("Letzter Absatz")
    )
    return build(directory, "steuerelemente.docx", body)


def toc_field_docx(directory: Path) -> Path:
    """Title, applicant line, then a TOC field spanning several paragraphs, then the body."""
    pageref = field_char("begin") + instr(" PAGEREF _Toc1 \\h ") + field_char("separate") + run("3")
    body = (
        para("Projektskizze RDZ Musterstadt", style="Title")
        + para("Antragsteller: Stadt Musterstadt")
        + para("Inhaltsverzeichnis", style="TOCHeading")
        + para(
            field_char("begin"),
            instr(' TOC \\o "1-3" \\h \\z \\u '),
            field_char("separate"),
            run("1"),
            TAB,
            run("Ausgangslage"),
            TAB,
            pageref,
            field_char("end"),
        )
        + para(run("2.1"), TAB, run("Ziele des Vorhabens"), TAB, run("4"))
        + para("Anlagen")  # an entry without page number: only the field marks it as TOC
        + para(field_char("end"))
        + para("Ausgangslage", style="Heading1")
        + para("Die Region braucht ein Zentrum.")
    )
    return build(directory, "inhaltsfeld.docx", body)


def dot_leader_toc_docx(directory: Path) -> Path:
    """A typed TOC with dot leaders, no field, no TOC styles."""
    body = (
        para("Projektskizze")
        + para("Inhalt")
        + para("1 Ausgangslage ........................ 3")
        + para("2 Ziele . . . . . . . . . . 5")
        + para("2.1 Teilziele ..................... 6")
        + para("1 Ausgangslage", ppr="<w:rPr><w:b/></w:rPr>")
        + para("Die Kosten betragen 3")
    )
    return build(directory, "punktlinien.docx", body)


def tab_toc_docx(directory: Path) -> Path:
    """A typed TOC using tabs before the page numbers right after an "Inhaltsverzeichnis" caption."""
    body = (
        para("Inhaltsverzeichnis:")
        + para("Ausgangslage", TAB, "3")
        + para("Ziele", TAB, "4")
        + para("Ausgangslage")
        + para("Stand\t2019")
    )
    return build(directory, "tabulatoren.docx", body)


def text_box_docx(directory: Path) -> Path:
    """A DrawingML text box with VML fallback, a VML-only text box and surrounding paragraphs."""
    body = (
        para("Anker-Absatz", text_box_run("Kasten mit Ansprechpartner"))
        + para("Zweiter Absatz", vml_text_box_run("Alter Kasten"))
        + para("Letzter Absatz")
    )
    return build(directory, "textfelder.docx", body)


def revisions_docx(directory: Path) -> Path:
    """Tracked changes, moves, hidden text and Word's special characters."""
    move_from = '<w:moveFrom w:id="3" w:author="A">' + run("Alter Ort ") + "</w:moveFrom>"
    move_to = '<w:moveTo w:id="4" w:author="A">' + run("Neuer Ort") + "</w:moveTo>"
    body = (
        para("Das Zentrum ", inserted("fördert "), deleted("verhindert "), "die Digitalisierung.")
        + para(move_from, move_to)
        + para("Sichtbar", run(" versteckt", rpr="<w:vanish/>"))
        + para(
            "Digitali",
            "<w:r><w:softHyphen/></w:r>",
            "sierung im E",
            "<w:r><w:noBreakHyphen/></w:r>",
            "Government",
            TAB,
            "Zeile",
            "<w:r><w:br/></w:r>",
            "zwei",
        )
        + para("Ligatur: \ufb01nanziert")
        + para(deleted("Ganz gelöscht"))
    )
    return build(directory, "aenderungen.docx", body)


def rendered_pages_docx(directory: Path) -> Path:
    """Word's rendered page breaks, a hard break (followed by its rendered twin) and pageBreakBefore."""
    body = (
        para("Seite eins")
        + para(RENDERED_BREAK, "Seite zwei")
        + para("Noch Seite zwei", PAGE_BREAK)
        + para(RENDERED_BREAK, "Seite drei")
        + para(RENDERED_BREAK, "Seite vier", ppr="<w:pageBreakBefore/>")
        + para("Auch Seite vier", PAGE_BREAK)
        + para("Seite fünf ohne gerenderten Umbruch")
    )
    return build(directory, "seiten.docx", body)


def titles_docx(directory: Path) -> Path:
    """Title and subtitle before the first heading, and a Title-styled paragraph after it."""
    body = (
        para("RDZ Musterstadt", style="Title")
        + para("Projektskizze zum Aufruf", style="Subtitle")
        + para("Ausgangslage", style="Heading1")
        + para("Zwischentitel", style="Title")
    )
    return build(directory, "titel.docx", body)


# --- broken files --------------------------------------------------------------------------------


def not_a_zip_docx(directory: Path) -> Path:
    """Plain text renamed to .docx."""
    path = directory / "kein_zip.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    return path


def truncated_docx(directory: Path) -> Path:
    """A real .docx cut off in the middle (an interrupted upload)."""
    whole = headers_footers_docx(directory).read_bytes()
    path = directory / "abgeschnitten.docx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def zip_bomb_docx(directory: Path) -> Path:
    """A valid .docx carrying a 20 MB member that compresses a thousandfold."""
    source = headers_footers_docx(directory)
    path = directory / "bombe.docx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, old.read(info.filename))
        new.writestr("word/media/image1.bin", b"\0" * 20_000_000)
    return path


def missing_main_part_docx(directory: Path) -> Path:
    """A zip archive without word/document.xml."""
    path = directory / "ohne_dokument.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return path


def broken_xml_docx(directory: Path) -> Path:
    """A .docx whose document.xml is not well-formed."""
    source = headers_footers_docx(directory)
    return rewrite_member(
        source, directory / "kaputtes_xml.docx", "word/document.xml", b"<w:document><w:body>"
    )
