"""The PDF reader on small real PDFs built with reportlab (tests/builders/pdf_fixtures.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest

from sketchproc.errors import InputError
from sketchproc.ingest.pdf import read_pdf
from sketchproc.ingest.pdf_chars import use_fast_chars
from sketchproc.ingest.pdf_text import join_lines
from sketchproc.model import Block, BlockKind, Document, Zone
from sketchproc.settings import IngestSettings
from tests.builders import pdf_fixtures as fx

SETTINGS = IngestSettings()


def read(builder: Callable[[Path], Path], tmp_path: Path, settings: IngestSettings = SETTINGS) -> Document:
    return read_pdf(builder(tmp_path / f"{builder.__name__}.pdf"), settings)


def block_starting(doc: Document, prefix: str) -> Block:
    matches = [b for b in doc.blocks if b.text.startswith(prefix)]
    assert len(matches) == 1, [b.text[:40] for b in doc.blocks]
    return matches[0]


@pytest.fixture(scope="module")
def text_doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    return read(fx.text_pdf, tmp_path_factory.mktemp("text"))


# --- lines and style ---------------------------------------------------------------


def test_heading_line_keeps_font_size_bold_with_subset_prefix_stripped(text_doc: Document) -> None:
    heading = text_doc.blocks[0]
    assert heading.text == "2. Ausgangslage"
    assert heading.kind is BlockKind.PARAGRAPH  # a bold "2." is a typed heading number, not a list
    assert heading.style.font == "BitstreamVeraSans-Bold"
    assert heading.style.size == 14.0
    assert heading.style.bold is True
    assert heading.provenance.page == 1
    assert heading.provenance.top == pytest.approx(80, abs=2)
    assert heading.provenance.left == pytest.approx(72, abs=1)


def test_body_size_and_no_title_from_a_chapter_heading(text_doc: Document) -> None:
    assert text_doc.body_size == 11.0
    assert text_doc.title is None  # the largest line, "2. Ausgangslage", is a chapter, not the project
    assert text_doc.pages == 1


def test_wrapped_lines_join_into_one_paragraph_split_at_gap(text_doc: Document) -> None:
    first = block_starting(text_doc, "Das Zentrum")
    second = block_starting(text_doc, "Ein zweiter Absatz")
    assert first.text.endswith("können. Der erste Absatz endet hier.")
    assert "Ein zweiter" not in first.text
    assert second.style.bold is False


def test_heading_never_merges_with_following_paragraph(text_doc: Document) -> None:
    assert text_doc.blocks[1].text.startswith("Das Zentrum")


def test_font_family_change_starts_new_block(text_doc: Document) -> None:
    times = block_starting(text_doc, "Ein Absatz in Times-Roman")
    assert times.style.font == "Times-Roman"
    assert times.text == "Ein Absatz in Times-Roman bleibt ein eigener Block"


def test_list_items_one_block_each_with_continuation(text_doc: Document) -> None:
    items = [b.text for b in text_doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [
        "• Erstes Ziel ist eine gemeinsame Plattform für alle Kommunen der Region",
        "• Zweites Ziel sind Schulungen",
        "1. Nummerierter Punkt",
        "a) Buchstabenpunkt",
    ]


def test_hyphenation_joined_but_compounds_and_ellipsis_kept(text_doc: Document) -> None:
    block = block_starting(text_doc, "Die Digitalisierung")
    assert block.text == (
        "Die Digitalisierung der Verwaltung stärkt das E-Government auf Landes- und Bundesebene "
        "sowie die Zusammenarbeit der Ämter."
    )


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("Digitalisie-", "rung", "Digitalisierung"),
        ("das E-", "Government", "das E-Government"),
        ("Landes-", "oder Bundesebene", "Landes- oder Bundesebene"),
        ("Zusammen\u00ad", "arbeit", "Zusammenarbeit"),
        ("Zeitraum 2019 -", "2020", "Zeitraum 2019 - 2020"),
    ],
)
def test_join_lines_rules(first: str, second: str, joined: str) -> None:
    assert join_lines(first, second) == joined


def test_ligatures_expanded(text_doc: Document) -> None:
    block = block_starting(text_doc, "Die finanzielle")
    assert block.text == "Die finanzielle Planung ist flexibel."


# --- damaged and image-only pages --------------------------------------------------


def test_cid_page_flagged_unreadable_with_warning(tmp_path: Path) -> None:
    doc = read(fx.cid_pdf, tmp_path)
    assert [p.unreadable for p in doc.page_info] == [False, True]
    assert any("Seite 2" in w and "nicht lesbar" in w for w in doc.warnings)
    assert all("(cid:" not in b.text for b in doc.blocks)
    assert {b.provenance.page for b in doc.blocks} == {1}


def test_image_only_page_flagged_without_text_layer_document_still_read(tmp_path: Path) -> None:
    doc = read(fx.image_only_pdf, tmp_path)
    assert doc.pages == 3
    assert [p.has_text_layer for p in doc.page_info] == [True, False, True]
    assert doc.page_info[1].words == 0
    assert any(w.startswith("Seite 2 hat keine Textebene") for w in doc.warnings)
    assert block_starting(doc, "Dritte Seite").provenance.page == 3


# --- running headers and footers -----------------------------------------------------


def test_running_header_footer_and_page_numbers_removed(tmp_path: Path) -> None:
    doc = read(fx.furniture_pdf, tmp_path)
    text = "\n".join(b.text for b in doc.blocks)
    assert "Projektskizze Regionales" not in text
    assert "Musterstadt GmbH" not in text
    assert "Seite" not in text
    assert block_starting(doc, "Absatz 3.").provenance.page == 3


def test_paragraph_across_page_break_merged(tmp_path: Path) -> None:
    doc = read(fx.furniture_pdf, tmp_path)
    merged = [b for b in doc.blocks if "Verwaltung der Stadt, die" in b.text]
    assert len(merged) == 1
    assert merged[0].text.endswith(
        "Verwaltung der Stadt, die mit einer gemeinsamen Plattform weiter arbeitet."
    )
    assert merged[0].provenance.page == 1
    assert not any(b.text.startswith("mit einer gemeinsamen") for b in doc.blocks)


def test_furniture_needs_repetition_on_enough_pages(tmp_path: Path) -> None:
    strict = IngestSettings(furniture_min_share=1.0)
    doc = read_pdf(fx.furniture_pdf(tmp_path / "f.pdf", pages=3), strict)
    assert not any("Projektskizze Regionales" in b.text for b in doc.blocks)
    one_page = read_pdf(fx.furniture_pdf(tmp_path / "one.pdf", pages=1), SETTINGS)
    # A single page cannot repeat anything: its header stays, only the page number goes.
    assert any(b.text == "Projektskizze Regionales Digitalisierungszentrum" for b in one_page.blocks)
    assert not any(b.text.startswith("Seite 1") for b in one_page.blocks)


# --- layout ----------------------------------------------------------------------------


def test_two_column_page_read_column_by_column_title_first(tmp_path: Path) -> None:
    doc = read(fx.two_column_pdf, tmp_path)
    page1 = [b for b in doc.blocks if b.provenance.page == 1]
    assert page1[0].text == "Projektskizze Digitalisierungszentrum Musterstadt Nord"
    left, right = page1[1], page1[2]
    assert left.text.startswith("LINKS") and left.text.endswith("links Ende.")
    assert right.text.startswith("RECHTS") and right.text.endswith("rechts Ende.")
    assert "RECHTS" not in left.text
    assert right.provenance.left == pytest.approx(72 + 250, abs=1)


def test_one_column_page_with_centred_line_not_split(tmp_path: Path) -> None:
    doc = read(fx.two_column_pdf, tmp_path)
    page2 = [b for b in doc.blocks if b.provenance.page == 2]
    assert page2[0].text == "Zentrierte Zeile"
    assert len(page2) == 2
    assert page2[1].text.count("Das Zentrum unterstützt") == 2


# --- tables -------------------------------------------------------------------------------


def test_ruled_table_is_one_table_block_and_not_in_paragraphs(tmp_path: Path) -> None:
    doc = read(fx.table_pdf, tmp_path)
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE, BlockKind.PARAGRAPH]
    table = doc.blocks[1]
    assert table.rows == (
        ("Position", "2019", "2020"),
        ("Personal", "42.580,00 €", "43.000,00 €"),
        ("Sachmittel", "5.000 €", "6.000 €"),
    )
    assert table.text.splitlines()[1] == "Personal | 42.580,00 € | 43.000,00 €"
    paragraphs = " ".join(b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH)
    assert "Personal" not in paragraphs and "42.580" not in paragraphs


def _narrow_schedule_pdf(path: Path) -> Path:
    """A ruled schedule whose first column is too narrow for its dates: each wraps inside the year."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path), pagesize=A4)
    rows = [("Monate", "Schritt"), ("01–03/20|19", "Büro einrichten"), ("10–12/20|20", "Bericht")]
    xs = [fx.LEFT, fx.LEFT + 46, fx.LEFT + 300]
    ys = [fx.HEIGHT - 120 - i * 30 for i in range(4)]
    c.grid(xs, ys)
    c.setFont("Helvetica", 10)
    for r, (first, second) in enumerate(rows):
        for k, line in enumerate(first.split("|")):
            c.drawString(xs[0] + 3, ys[r] - 12 - 11 * k, line)
        c.drawString(xs[1] + 4, ys[r] - 12, second)
    c.showPage()
    c.save()
    return path


def test_a_date_wrapped_inside_its_year_in_a_narrow_column_is_one_token_again(tmp_path: Path) -> None:
    doc = read(_narrow_schedule_pdf, tmp_path)
    table = next(b for b in doc.blocks if b.kind is BlockKind.TABLE)
    assert [row[0] for row in table.rows] == ["Monate", "01–03/2019", "10–12/2020"]


# --- TOC, cover, bookmarks -----------------------------------------------------------------


def test_toc_page_recognised_with_entries_and_cover_before_it(tmp_path: Path) -> None:
    doc = read(fx.toc_pdf, tmp_path)
    assert [(e.number, e.title, e.page, e.level) for e in doc.toc] == [
        ("1", "Ausgangslage", 3, 1),
        ("2", "Ziele", 3, 1),
        ("2.1", "Teilziele", 4, 2),
    ]
    zones = {b.provenance.page: set() for b in doc.blocks}
    for b in doc.blocks:
        zones[b.provenance.page].add(b.zone)
    assert zones == {1: {Zone.COVER}, 2: {Zone.TOC}, 3: {Zone.BODY}}
    assert doc.title == "Regionales Digitalisierungszentrum Musterstadt"  # the cover line under the kind


def test_sparse_first_page_without_toc_is_cover_but_full_page_is_not(tmp_path: Path) -> None:
    sparse = read(fx.bookmarks_pdf, tmp_path)
    assert {b.zone for b in sparse.blocks if b.provenance.page == 1} == {Zone.COVER}
    full = read(fx.furniture_pdf, tmp_path)
    assert {b.zone for b in full.blocks} == {Zone.BODY}


def test_bookmarks_set_outline_level_on_matching_blocks(tmp_path: Path) -> None:
    doc = read(fx.bookmarks_pdf, tmp_path)
    levels = {b.text: b.outline_level for b in doc.blocks if b.outline_level is not None}
    assert levels == {"1. Ausgangslage": 1, "2. Ziele und Maßnahmen": 1, "2.1 Teilziel Plattform": 2}


# --- errors -------------------------------------------------------------------------------------


def test_encrypted_pdf_needing_password_raises(tmp_path: Path) -> None:
    path = fx.encrypted_pdf(tmp_path / "secret.pdf", user_password="geheim")
    with pytest.raises(InputError) as info:
        read_pdf(path, SETTINGS)
    assert info.value.code == "pdf_encrypted"
    assert "Passwort" in info.value.message and "ungeschützte Fassung" in info.value.message
    assert info.value.__cause__ is not None


def test_owner_password_only_pdf_read_normally(tmp_path: Path) -> None:
    doc = read_pdf(fx.encrypted_pdf(tmp_path / "owner.pdf", user_password=""), SETTINGS)
    assert doc.blocks[0].text.startswith("Geschützter Inhalt. Das Zentrum")


def test_truncated_pdf_raises_corrupt(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_pdf(fx.truncated_pdf(tmp_path / "cut.pdf"), SETTINGS)
    assert info.value.code == "pdf_corrupt"
    assert info.value.__cause__ is not None


def test_not_really_a_pdf_raises_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_bytes(b"%PDF-1.4\nthis is not a pdf at all\n")
    with pytest.raises(InputError) as info:
        read_pdf(path, SETTINGS)
    assert info.value.code == "pdf_corrupt"


def test_too_many_pages_raises_with_count_and_limit(tmp_path: Path) -> None:
    path = fx.many_pages_pdf(tmp_path / "long.pdf", pages=4)
    with pytest.raises(InputError) as info:
        read_pdf(path, IngestSettings(max_pages=3))
    assert info.value.code == "pdf_too_many_pages"
    assert "4 Seiten" in info.value.message and "höchstens 3" in info.value.message
    assert "die Grenze erhöhen" in info.value.message
    assert read_pdf(path, IngestSettings(max_pages=4)).pages == 4


def test_dash_after_unfinished_sentence_is_an_aside_not_a_list_item(tmp_path: Path) -> None:
    doc = read(fx.dash_aside_pdf, tmp_path)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (
            BlockKind.PARAGRAPH,
            "Die Gemeinde verliert – mit über 500 km2 eine der größten Gemeinden – weiter an Bevölkerung.",
        ),
        (BlockKind.PARAGRAPH, "Ziele sind:"),
        (BlockKind.LIST_ITEM, "– Beratung"),
        (BlockKind.LIST_ITEM, "– Vernetzung"),
    ]


# --- characters built by pdf_chars ----------------------------------------------------------------

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.mark.parametrize("name", ["lk_harz_digitalzentrum.pdf", "smartregion_harz_ug.pdf"])
def test_fast_characters_equal_pdfplumbers_own(name: str) -> None:
    """Every character dict, key order included, as pdfplumber builds it; other objects untouched."""
    with pdfplumber.open(SAMPLES / name) as plain, pdfplumber.open(SAMPLES / name) as fast:
        for own, ours in zip(plain.pages, fast.pages, strict=True):
            use_fast_chars(ours)
            assert own.objects.keys() == ours.objects.keys()
            assert [list(char.items()) for char in own.chars] == [list(char.items()) for char in ours.chars]
            assert own.chars, "a sample page without text proves nothing"
            # The colour space's name is decoded once per PDF and reused: equal on every page.
            assert all(char["ncs"] == "DeviceRGB" for char in ours.chars)
            for kind in own.objects.keys() - {"char"}:
                assert repr(own.objects[kind]) == repr(ours.objects[kind])
