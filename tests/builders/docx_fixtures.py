"""Build real .docx files in code for the DOCX reader tests.

python-docx writes the package; WordprocessingML it has no API for (numbering
definitions, content controls, text boxes, tracked changes, fields, rendered
page breaks) is injected as raw XML, the way Word itself would write it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx

from .docx_xml import (
    PAGE_BREAK,
    RENDERED_BREAK,
    TAB,
    abstract_num,
    add_numbering,
    append_body,
    build,
    deleted,
    field_char,
    inserted,
    instr,
    level,
    new_document,
    num,
    num_pr,
    para,
    rewrite_member,
    run,
    save,
    sdt,
    style,
    style_numbering,
    text_box_run,
    vml_text_box_run,
)

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


def run_in_docx(directory: Path) -> Path:
    """A title line, then chapters whose numbered bold label runs into the paragraph text."""
    document = new_document()
    document.add_paragraph().add_run("Dorfladen digital – Vernetzung im ländlichen Raum").bold = True
    chapters = (
        (
            "1. Vorhabenträger:",
            "Verbandsgemeinde Beispielland, Am Anger 4, vertreten durch die Bürgermeisterin.",
        ),
        ("2. Lage in der Region:", "In den zwölf Mitgliedsgemeinden leben rund 9.000 Menschen auf 280 km²."),
        ("3. Vorgehen:", "Ein Büro in der Ortsmitte berät Vereine und Betriebe zu digitalen Angeboten."),
    )
    for label, text in chapters:
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(" " + text)
        document.add_paragraph("Ein weiterer Absatz ohne Auszeichnung erläutert das Kapitel genauer.")
    document.add_paragraph().add_run("4. Unterlagen.").bold = True
    document.add_paragraph("Lageplan und Kostenschätzung liegen bei.")
    return save(document, directory, "einlauf.docx")
