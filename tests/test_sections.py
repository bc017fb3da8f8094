"""The sections stage on documents given as typed records (the stage's real input)."""

from __future__ import annotations

from sketchproc.model import Block, BlockKind, DocFormat, Document, Provenance, TextStyle, TocEntry, Zone
from sketchproc.sections import sections_from_document

BODY_TEXT = (
    "Der Landkreis hat rund 210.000 Einwohner und eine ländliche Struktur. Das Zentrum wird die "
    "bestehenden Initiativen bündeln und einen Beteiligungsprozess starten."
)


def para(text: str, *, bold: bool = False, size: float = 11.0, **fields: object) -> Block:
    kind = fields.pop("kind", BlockKind.PARAGRAPH)
    return Block(
        kind=kind,  # type: ignore[arg-type]
        text=text,
        provenance=Provenance(file="t.docx", paragraph=0),
        style=TextStyle(bold=bold, size=size),
        **fields,  # type: ignore[arg-type]
    )


def doc(*blocks: Block, toc: tuple[TocEntry, ...] = (), title: str | None = None) -> Document:
    return Document(
        path="t.docx", format=DocFormat.DOCX, pages=None, blocks=blocks, toc=toc, title=title, body_size=11.0
    )


def outline(document: Document) -> list[tuple[str | None, str, int]]:
    return [(s.number, s.title, s.level) for s in sections_from_document(document).sections]


def test_short_bold_line_before_body_is_a_heading_and_a_bold_sentence_is_not() -> None:
    document = doc(
        para("Ausgangslage", bold=True),
        para(BODY_TEXT),
        para("Das Zentrum wird bis Ende 2020 eine Strategie vorlegen.", bold=True),
        para(BODY_TEXT),
    )
    assert outline(document) == [(None, "Ausgangslage", 1)]


def test_typed_numbers_are_split_off_and_give_the_level() -> None:
    document = doc(
        para("2 Ausgangslage", bold=True, size=14),
        para(BODY_TEXT),
        para("2.1 Region und Bevölkerung", bold=True, size=12),
        para(BODY_TEXT),
        para("3 Ziele", bold=True, size=14),
        para(BODY_TEXT),
    )
    assert outline(document) == [
        ("2", "Ausgangslage", 1),
        ("2.1", "Region und Bevölkerung", 2),
        ("3", "Ziele", 1),
    ]


def test_roman_then_letters_form_a_ladder() -> None:
    document = doc(
        para("I. Antragsteller", bold=True),
        para(BODY_TEXT),
        para("A) Angaben zur Organisation", bold=True),
        para(BODY_TEXT),
        para("II. Vorhaben", bold=True),
        para(BODY_TEXT),
    )
    assert [level for *_, level in outline(document)] == [1, 2, 1]


def test_plain_deep_number_is_a_heading_but_a_plain_numbered_list_is_not() -> None:
    document = doc(
        para("2.1 Ausgangssituation"),
        para(BODY_TEXT),
        para("1. Bürgerbefragung", kind=BlockKind.LIST_ITEM),
        para("2. Unternehmenswerkstatt", kind=BlockKind.LIST_ITEM),
        para("3. Jugendforum", kind=BlockKind.LIST_ITEM),
    )
    assert outline(document) == [("2.1", "Ausgangssituation", 1)]


def test_a_line_opening_with_a_date_is_no_numbered_heading() -> None:
    # The day or ordinal of a date is not a chapter number, whatever stands beside the line.
    document = doc(
        para("3) Zeitplan", bold=True),
        para("Das Vorhaben läuft von Anfang 2019 bis Ende 2020."),
        para("2. Halbjahr 2019: Befragung der Vereine", kind=BlockKind.LIST_ITEM),
        para(BODY_TEXT),
        para("15. März 2020 Zwischenbilanz im Ortschaftsrat"),
        para(BODY_TEXT),
    )
    assert outline(document) == [("3", "Zeitplan", 1)]


def test_bold_auto_numbered_list_items_in_a_row_stay_a_list() -> None:
    items = [
        para(text, bold=True, kind=BlockKind.LIST_ITEM, number=f"{n}.", number_auto=True)
        for n, text in enumerate(["Befragung", "Workshops", "Hackathon"], start=1)
    ]
    document = doc(para("Beteiligung", bold=True), para(BODY_TEXT), *items, para(BODY_TEXT))
    assert outline(document) == [(None, "Beteiligung", 1)]


def test_bold_auto_numbered_headings_take_words_number() -> None:
    document = doc(
        para("Ausgangslage", bold=True, kind=BlockKind.LIST_ITEM, number="2.", number_auto=True),
        para(BODY_TEXT),
        para("Ziele", bold=True, kind=BlockKind.LIST_ITEM, number="3.", number_auto=True),
        para(BODY_TEXT),
    )
    assert outline(document) == [("2", "Ausgangslage", 1), ("3", "Ziele", 1)]


def test_declared_levels_are_used_and_bullets_never_become_headings() -> None:
    document = doc(
        para("Netzwerk", outline_level=1),
        para(BODY_TEXT),
        para("Partner aus der Wissenschaft", outline_level=2),
        para("Hochschule Harz", bold=True, kind=BlockKind.LIST_ITEM),
        para(BODY_TEXT),
    )
    assert outline(document) == [(None, "Netzwerk", 1), (None, "Partner aus der Wissenschaft", 2)]


def test_unnumbered_headings_rank_by_font_size() -> None:
    document = doc(
        para("Vorhaben", size=16),
        para(BODY_TEXT),
        para("Ausgangslage", size=13),
        para(BODY_TEXT),
        para("Ziele", size=13),
        para(BODY_TEXT),
        para("Finanzierung", size=16),
        para(BODY_TEXT),
    )
    assert [level for *_, level in outline(document)] == [1, 2, 2, 1]


def test_unnumbered_heading_takes_the_level_of_numbered_ones_that_look_alike() -> None:
    document = doc(
        para("1 Ausgangslage", bold=True, size=14),
        para(BODY_TEXT),
        para("Anlagen", bold=True, size=14),
        para(BODY_TEXT),
        para("Liste der Absichtserklärungen", bold=True, size=12),
        para(BODY_TEXT),
    )
    assert [level for *_, level in outline(document)] == [1, 1, 2]


def test_title_line_set_larger_than_all_headings_is_not_a_section() -> None:
    document = doc(
        para("Projektskizze Digitalisierungszentrum Harz", bold=True, size=20),
        para("1 Ausgangslage", bold=True, size=14),
        para(BODY_TEXT),
        para("2 Ziele", bold=True, size=14),
        para(BODY_TEXT),
    )
    sectioned = sections_from_document(document)
    assert [s.title for s in sectioned.sections] == ["Ausgangslage", "Ziele"]
    assert sectioned.preamble[0].text.startswith("Projektskizze")


def test_cover_and_toc_blocks_never_become_sections() -> None:
    document = doc(
        para("Digitales Burgenland e. V.", bold=True, size=20, zone=Zone.COVER),
        para("Inhalt", bold=True, zone=Zone.TOC),
        para("1 Ausgangslage 3", zone=Zone.TOC),
        para("1 Ausgangslage", bold=True),
        para(BODY_TEXT),
    )
    assert outline(document) == [("1", "Ausgangslage", 1)]


def test_a_plain_line_listed_in_the_toc_is_a_heading() -> None:
    document = doc(
        para("Ausgangslage und Handlungsbedarf"),
        para(BODY_TEXT),
        toc=(TocEntry(title="Ausgangslage und Handlungsbedarf", number="2", page=3),),
    )
    assert outline(document) == [(None, "Ausgangslage und Handlungsbedarf", 1)]


def test_levels_never_jump_more_than_one_step() -> None:
    document = doc(
        para("1 Vorhaben", bold=True),
        para(BODY_TEXT),
        para("1.1.1 Detail", bold=True),
        para(BODY_TEXT),
    )
    assert [level for *_, level in outline(document)] == [1, 2]


def test_tables_are_section_content_never_headings() -> None:
    table = Block(
        kind=BlockKind.TABLE,
        text="Kostenart | Gesamt",
        rows=(("Kostenart", "Gesamt"), ("Personal", "150.000 €")),
        provenance=Provenance(file="t.docx", paragraph=3),
        style=TextStyle(bold=True),
    )
    document = doc(para("Kosten- und Finanzierungsplan", bold=True), table, para(BODY_TEXT))
    (section,) = sections_from_document(document).sections
    assert section.tables == (table.rows,)
    assert "Personal | 150.000 €" in section.text
    assert section.words == len(section.text.split())


def test_sections_link_to_parents_and_keep_their_own_text() -> None:
    document = doc(
        para("2 Ausgangslage", bold=True),
        para("Einleitung zur Lage."),
        para("2.1 Breitband", bold=True),
        para(BODY_TEXT),
    )
    parent, child = sections_from_document(document).sections
    assert child.parent == parent.index and parent.parent is None
    assert parent.text == "Einleitung zur Lage."
    assert child.words == len(BODY_TEXT.split())


def test_title_lines_above_a_numbered_outline_are_not_sections() -> None:
    document = doc(
        para("Stadt Wolmirstedt", bold=True, size=13),
        para("Projektskizze Digitalwerkstatt an der Ohre", bold=True, size=16),
        para("im Rahmen des Förderaufrufs Regionale Digitalisierungszentren"),
        para("1. Angaben zum Antragsteller", bold=True, size=13),
        para(BODY_TEXT),
    )
    assert outline(document) == [("1", "Angaben zum Antragsteller", 1)]


def test_an_unnumbered_preface_with_real_text_stays_a_section() -> None:
    document = doc(
        para("Zusammenfassung", bold=True, size=13),
        para(BODY_TEXT + " Es wird von der Stadt getragen."),
        para("1. Ausgangslage", bold=True, size=13),
        para(BODY_TEXT),
    )
    assert [title for _, title, _ in outline(document)] == ["Zusammenfassung", "Ausgangslage"]


def test_in_a_numbered_outline_a_bold_line_of_another_look_is_not_a_heading() -> None:
    document = doc(
        para("1 Ausgangslage", bold=True, size=12),
        para(BODY_TEXT),
        para("Auf einen Blick", bold=True, size=11),
        para(BODY_TEXT),
        para("2 Ziele", bold=True, size=12),
        para(BODY_TEXT),
        para("3 Netzwerk", bold=True, size=12),
        para(BODY_TEXT),
        para("Anlagen", bold=True, size=12),
        para(BODY_TEXT),
    )
    assert [title for _, title, _ in outline(document)] == ["Ausgangslage", "Ziele", "Netzwerk", "Anlagen"]


def test_a_bold_figure_line_is_not_a_heading() -> None:
    document = doc(para("Gesamtkosten 225.000 €", bold=True), para(BODY_TEXT))
    assert outline(document) == []


def test_letter_i_after_h_is_a_letter_not_a_roman_one() -> None:
    blocks = []
    for letter in "GHIJ":
        blocks += [para(f"{letter}. KAPITEL {letter}", bold=True), para(BODY_TEXT)]
    document = doc(*blocks)
    assert [(number, level) for number, _, level in outline(document)] == [
        ("G", 1),
        ("H", 1),
        ("I", 1),
        ("J", 1),
    ]


def test_word_numbers_closed_twice_are_read() -> None:
    document = doc(
        para("Ausgangslage", bold=True, kind=BlockKind.LIST_ITEM, number="3.)", number_auto=True),
        para("3.1 Stadtprofil", bold=True),
        para(BODY_TEXT),
        para("4.) Ziele", bold=True),
        para(BODY_TEXT),
    )
    assert outline(document) == [("3", "Ausgangslage", 1), ("3.1", "Stadtprofil", 2), ("4", "Ziele", 1)]


def test_a_top_heading_that_is_not_the_title_stays_a_chapter() -> None:
    document = doc(
        para("Vorhabenbeschreibung", bold=True, size=16, outline_level=1),
        para(BODY_TEXT),
        para("Über uns", bold=True, size=13, outline_level=2),
        para(BODY_TEXT),
        para("Was fehlt", bold=True, size=13, outline_level=2),
        para(BODY_TEXT),
        title="Heidedörfer vernetzt",
    )
    assert [level for *_, level in outline(document)] == [1, 2, 2]


def test_a_bold_line_that_breaks_off_or_keeps_its_bullet_is_no_heading() -> None:
    # PDF text keeps a list item's bullet, and a wrapped bold label ends mid-phrase.
    document = doc(
        para("Beteiligung", bold=True),
        para(BODY_TEXT),
        para("Erste Phase (Herbst 2019): drei Dorfabende in", bold=True),
        para(BODY_TEXT),
        para("• Kreisvolkshochschule Börde", bold=True),
        para(BODY_TEXT),
    )
    assert outline(document) == [(None, "Beteiligung", 1)]


def test_a_heading_may_end_in_the_particle_that_closes_its_clause() -> None:
    document = doc(para("So fangen wir an", bold=True), para(BODY_TEXT))
    assert outline(document) == [(None, "So fangen wir an", 1)]


def test_a_bold_letterhead_with_a_postal_address_is_no_heading() -> None:
    # A letter's head names the sender and its address in bold; the section starts after it.
    document = doc(
        para(
            "Verbandsgemeinde Elbaue · Der Verbandsgemeindebürgermeister · Am Markt 4 · 39279 Loburg",
            bold=True,
        ),
        para(BODY_TEXT),
        para("Ausgangslage", bold=True),
        para(BODY_TEXT),
    )
    assert outline(document) == [(None, "Ausgangslage", 1)]
