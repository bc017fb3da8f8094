"""The DOCX reader on real .docx files built in code (tests/builders/docx_fixtures.py, docx_xml.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sketchproc.errors import InputError
from sketchproc.ingest import read_document
from sketchproc.ingest.docx import read_docx
from sketchproc.model import Block, BlockKind, DocFormat, Document, TocEntry, Zone
from sketchproc.settings import IngestSettings
from tests.builders import docx_fixtures as fx


def read(path: Path, **overrides: Any) -> Document:
    return read_docx(path, IngestSettings.resolve(overrides))


def block(document: Document, text: str) -> Block:
    matches = [b for b in document.blocks if b.text == text]
    assert len(matches) == 1, f"{text!r} found {len(matches)} times in {[b.text for b in document.blocks]}"
    return matches[0]


def texts(document: Document) -> list[str]:
    return [b.text for b in document.blocks]


# --- body order, provenance, headers ------------------------------------------------------------


def test_headers_and_footers_stay_out_of_the_body(tmp_path: Path) -> None:
    document = read(fx.headers_footers_docx(tmp_path))
    assert texts(document) == ["Erster Absatz im Textkörper.", "Zweiter Absatz im Textkörper."]
    assert document.format is DocFormat.DOCX
    assert document.pages is None
    assert all(b.provenance.page is None for b in document.blocks)


def test_dispatch_reads_docx_through_read_document(tmp_path: Path) -> None:
    path = fx.headers_footers_docx(tmp_path)
    assert read_document(path).blocks == read(path).blocks


def test_tables_keep_body_order_and_merged_cells_appear_once(tmp_path: Path) -> None:
    document = read(fx.merged_tables_docx(tmp_path))
    assert [b.kind for b in document.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE] * 2 + [
        BlockKind.PARAGRAPH
    ]
    budget = document.blocks[1]
    # "Position" spans two columns: it appears once, and an empty cell keeps the grid, so
    # "Betrag" heads the column of amounts below it.
    assert budget.rows == (
        ("Position", "", "Betrag"),
        ("Personal", "2019", "170.320,00 €"),
        ("Sachmittel", "2020", ""),
    )
    assert budget.text.count("170.320,00 €") == 1
    assert budget.text.count("Betrag") == 1
    assert [b.provenance.paragraph for b in document.blocks] == [0, 1, 2, 3, 4]


def test_nested_table_text_goes_into_its_cell(tmp_path: Path) -> None:
    document = read(fx.merged_tables_docx(tmp_path))
    assert document.blocks[3].rows == (("Außen\ninnen A | innen B",),)


# --- styles and headings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Kapitel per Id", 1),  # id "berschrift1", neutral name
        ("Kapitel per Name", 2),  # name "Überschrift 2", neutral id
        ("Kapitel per Basisformat", 2),  # custom style based on "Überschrift 2"
        ("Abschnitt per Gliederungsebene", 3),  # w:outlineLvl 2 in the style
        ("Direkte Gliederungsebene", 4),  # w:outlineLvl 3 on the paragraph
        ("Textkörper trotz Überschrift-Basis", None),  # outlineLvl 9 = body text beats the heading base
        ("Englische Überschrift", 2),
        ("Normaler Absatz", None),
    ],
)
def test_declared_heading_levels(tmp_path: Path, text: str, level: int | None) -> None:
    assert block(read(fx.heading_styles_docx(tmp_path)), text).outline_level == level


def test_style_name_is_the_resolved_styles_name(tmp_path: Path) -> None:
    document = read(fx.heading_styles_docx(tmp_path))
    assert block(document, "Kapitel per Basisformat").style_name == "Projektkapitel"
    assert block(document, "Normaler Absatz").style_name == "Normal"


def test_bold_pseudo_heading_is_bold_but_not_declared(tmp_path: Path) -> None:
    document = read(fx.formatting_docx(tmp_path))
    pseudo = block(document, "2. Ausgangslage")
    assert pseudo.style.bold
    assert pseudo.outline_level is None
    assert pseudo.number is None  # a typed number stays in the text
    assert not block(document, "Teilweise fett").style.bold
    assert block(document, "Fett per Zeichenformat").style.bold
    assert not block(document, "Überschrift ohne Fett").style.bold  # w:b w:val="0" beats the style


def test_run_formatting_resolves_size_font_italic_caps(tmp_path: Path) -> None:
    document = read(fx.formatting_docx(tmp_path))
    body = document.blocks[1].style
    assert (body.size, body.font, body.italic) == (11.0, "Cambria", False)  # docDefaults + theme minor font
    big = block(document, "Große Schrift in Arial").style
    assert (big.size, big.font, big.italic) == (16.0, "Arial", True)
    assert block(document, "Versalien").style.all_caps
    assert block(document, "Überschrift ohne Fett").style.size == 14.0  # from the heading style
    assert document.body_size == 11.0


def test_title_and_subtitle_before_first_heading_are_cover(tmp_path: Path) -> None:
    document = read(fx.titles_docx(tmp_path))
    assert document.title == "RDZ Musterstadt"
    assert block(document, "RDZ Musterstadt").zone is Zone.COVER
    assert block(document, "Projektskizze zum Aufruf").zone is Zone.COVER
    late = block(document, "Zwischentitel")
    assert (late.zone, late.outline_level) == (Zone.BODY, None)


def test_title_falls_back_to_core_properties(tmp_path: Path) -> None:
    assert read(fx.core_title_docx(tmp_path)).title == "Digitalisierungszentrum Muster"


# --- automatic numbering ------------------------------------------------------------------------


@pytest.fixture
def numbered(tmp_path: Path) -> Document:
    return read(fx.numbering_docx(tmp_path))


def test_multilevel_decimal_numbering_through_heading_styles(numbered: Document) -> None:
    shown = [(b.number, b.text) for b in numbered.blocks[:5]]
    assert shown == [
        ("1.", "Einleitung"),
        ("1.1", "Hintergrund"),
        ("1.2", "Ziele"),
        ("2.", "Ausgangslage"),
        ("2.1", "Bedarf"),  # the deeper level restarts after "2."
    ]
    heading = block(numbered, "Hintergrund")
    assert (heading.kind, heading.outline_level, heading.number_auto, heading.list_level) == (
        BlockKind.PARAGRAPH,
        2,
        True,
        1,
    )


def test_num_id_zero_switches_numbering_off(numbered: Document) -> None:
    heading = block(numbered, "Ohne Nummer")
    assert (heading.number, heading.number_auto, heading.outline_level) == (None, False, 1)
    assert block(numbered, "Unterpunkt").number == "2.1.1"


def test_typed_number_next_to_automatic_numbers(numbered: Document) -> None:
    typed = block(numbered, "3. Finanzierung")
    assert (typed.number, typed.number_auto, typed.kind) == (None, False, BlockKind.PARAGRAPH)


def test_roman_and_letter_formats_with_restart(numbered: Document) -> None:
    numbers = [
        block(numbered, t).number
        for t in ("Römisch eins", "Buchstabe a", "Buchstabe b", "Römisch zwei", "Buchstabe nach Neustart")
    ]
    assert numbers == ["I.", "a)", "b)", "II.", "a)"]
    item = block(numbered, "Buchstabe b")
    assert (item.kind, item.list_level, item.number_auto) == (BlockKind.LIST_ITEM, 1, True)


def test_start_value_and_start_override(numbered: Document) -> None:
    assert [block(numbered, t).number for t in ("Ab fünf", "Sechs", "Neu ab eins")] == ["5.", "6.", "1."]


def test_nums_sharing_an_abstract_definition_continue_counting(numbered: Document) -> None:
    assert block(numbered, "Weiter römisch").number == "III."


def test_num_style_link_uses_the_linked_definition(numbered: Document) -> None:
    assert block(numbered, "Über Listenformatvorlage").number == "(i)"


def test_legal_numbering_shows_decimal(numbered: Document) -> None:
    assert block(numbered, "Juristisch eins").number == "I."
    assert block(numbered, "Juristisch eins punkt eins").number == "1.1"


def test_lvl_restart_zero_never_restarts(numbered: Document) -> None:
    numbers = [
        block(numbered, t).number
        for t in ("Anlage A", "Anlage eins", "Anlage B", "Anlage zwei ohne Neustart")
    ]
    assert numbers == ["A.", "1.", "B.", "2."]


def test_bullets_and_list_styles_are_list_items_without_number(numbered: Document) -> None:
    for text in ("Aufzählungspunkt", "Listenabsatz ohne Nummer", "Aufzählung per Formatvorlage"):
        item = block(numbered, text)
        assert (item.kind, item.number, item.number_auto) == (BlockKind.LIST_ITEM, None, False), text


# --- containers, zones, TOC -----------------------------------------------------------------------


def test_cover_and_toc_content_controls(tmp_path: Path) -> None:
    # No "cover before TOC" rule here: the galleries alone must decide.
    document = read(fx.content_controls_docx(tmp_path), docx_cover_max_blocks=0)
    assert block(document, "Regionales Digitalisierungszentrum Musterstadt").zone is Zone.COVER
    cover_table = document.blocks[1]
    assert (cover_table.kind, cover_table.zone) == (BlockKind.TABLE, Zone.COVER)
    assert cover_table.rows == (("Antragsteller", "Stadt Musterstadt"),)
    assert block(document, "Inhalt").zone is Zone.TOC
    assert block(document, "1 Ausgangslage 2").zone is Zone.TOC
    assert block(document, "Anhang").zone is Zone.TOC
    assert block(document, "Ausgangslage").zone is Zone.BODY
    assert document.toc == (
        TocEntry(title="Ausgangslage", number="1", page=2, level=1),
        TocEntry(title="Anhang"),
    )


def test_inline_wrappers_are_unwrapped(tmp_path: Path) -> None:
    document = read(fx.content_controls_docx(tmp_path))
    assert "Projektleitung: Dr. Erika Muster" in texts(document)
    assert "Sitz: Musterstadt (Sachsen-Anhalt) Webseite GmbH" in texts(document)
    plain = block(document, "Absatz in einem einfachen Steuerelement")
    assert plain.zone is Zone.BODY
    assert [b.provenance.paragraph for b in document.blocks] == list(range(10))


def test_toc_field_spanning_paragraphs_and_cover_before_it(tmp_path: Path) -> None:
    document = read(fx.toc_field_docx(tmp_path))
    zones = {b.text: b.zone for b in document.blocks}
    assert zones == {
        "Projektskizze RDZ Musterstadt": Zone.COVER,
        "Antragsteller: Stadt Musterstadt": Zone.COVER,
        "Inhaltsverzeichnis": Zone.TOC,
        "1 Ausgangslage 3": Zone.TOC,
        "2.1 Ziele des Vorhabens 4": Zone.TOC,
        "Anlagen": Zone.TOC,
        "Ausgangslage": Zone.BODY,
        "Die Region braucht ein Zentrum.": Zone.BODY,
    }
    assert document.toc == (
        TocEntry(title="Ausgangslage", number="1", page=3, level=1),
        TocEntry(title="Ziele des Vorhabens", number="2.1", page=4, level=2),
        TocEntry(title="Anlagen"),
    )
    assert document.title == "RDZ Musterstadt"  # the project, not the kind of document


def test_dot_leader_toc_without_field_or_styles(tmp_path: Path) -> None:
    document = read(fx.dot_leader_toc_docx(tmp_path))
    assert [b.zone for b in document.blocks] == [Zone.COVER] + [Zone.TOC] * 4 + [Zone.BODY] * 2
    assert [(e.number, e.title, e.page) for e in document.toc] == [
        ("1", "Ausgangslage", 3),
        ("2", "Ziele", 5),
        ("2.1", "Teilziele", 6),
    ]


def test_tab_page_lines_after_toc_caption(tmp_path: Path) -> None:
    document = read(fx.tab_toc_docx(tmp_path))
    assert [b.zone for b in document.blocks] == [Zone.TOC] * 3 + [Zone.BODY] * 2
    assert [(e.title, e.page) for e in document.toc] == [("Ausgangslage", 3), ("Ziele", 4)]


# --- hidden text ------------------------------------------------------------------------------------


def test_text_boxes_read_once_after_their_anchor(tmp_path: Path) -> None:
    document = read(fx.text_box_docx(tmp_path))
    assert texts(document) == [
        "Anker-Absatz",
        "Kasten mit Ansprechpartner",
        "Zweiter Absatz",
        "Alter Kasten",
        "Letzter Absatz",
    ]
    assert [b.provenance.paragraph for b in document.blocks] == [0, 0, 1, 1, 2]


def test_tracked_insertions_kept_deletions_dropped(tmp_path: Path) -> None:
    document = read(fx.revisions_docx(tmp_path))
    assert document.blocks[0].text == "Das Zentrum fördert die Digitalisierung."
    assert document.blocks[1].text == "Neuer Ort"  # moveFrom dropped, moveTo kept
    assert "Ganz gelöscht" not in " ".join(texts(document))
    assert len(document.blocks) == 5  # the fully deleted paragraph is empty and skipped


def test_hidden_text_and_special_characters(tmp_path: Path) -> None:
    document = read(fx.revisions_docx(tmp_path))
    assert document.blocks[2].text == "Sichtbar"
    assert document.blocks[3].text == "Digitalisierung im E-Government Zeile\nzwei"
    assert document.blocks[4].text == "Ligatur: finanziert"  # NFKC expands the ligature


def test_pages_from_rendered_page_breaks(tmp_path: Path) -> None:
    document = read(fx.rendered_pages_docx(tmp_path))
    # A hard break counts once even though Word repeats it as a rendered break.
    assert [b.provenance.page for b in document.blocks] == [1, 2, 2, 3, 4, 4, 5]
    assert document.pages == 5


# --- damaged and hostile files -------------------------------------------------------------------


@pytest.mark.parametrize(
    "builder",
    [fx.not_a_zip_docx, fx.truncated_docx, fx.missing_main_part_docx, fx.broken_xml_docx],
    ids=["not-a-zip", "truncated", "no-document-xml", "broken-xml"],
)
def test_damaged_files_raise_docx_corrupt(tmp_path: Path, builder: Any) -> None:
    path = builder(tmp_path)
    with pytest.raises(InputError) as caught:
        read(path)
    assert caught.value.code == "docx_corrupt"
    assert "beschädigt" in caught.value.message
    assert "erneut als .docx speichern" in caught.value.message
    assert caught.value.path == str(path)


def test_zip_bomb_rejected_by_compression_ratio(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read(fx.zip_bomb_docx(tmp_path))
    assert caught.value.code == "docx_too_large"
    assert "image1.bin" in caught.value.message


def test_total_uncompressed_size_limit(tmp_path: Path) -> None:
    path = fx.headers_footers_docx(tmp_path)
    with pytest.raises(InputError) as caught:
        read(path, docx_max_uncompressed_bytes=10_000)
    assert caught.value.code == "docx_too_large"
    assert read(path).blocks  # the same file is fine under the default limit


def test_the_title_names_the_project_not_the_kind_of_document(tmp_path: Path) -> None:
    import docx as python_docx

    from sketchproc import extract

    document = python_docx.Document()
    document.add_heading("Ideenskizze zum Vorhaben: »Netzwerk Digitale Börde«", level=0)
    document.add_paragraph("Antragsteller ist der Landkreis Börde.")
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    assert extract(path).document.title == "Netzwerk Digitale Börde"
