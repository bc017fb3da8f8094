"""PDF reader: pdfplumber words → lines → reading order → blocks → `Document`.

The chain per page is words_to_lines → order_lines; across pages
remove_furniture → lines_to_blocks → merge_page_breaks, then TOC/cover zones
and bookmarks. Each page is read with one `extract_words()` call (plus
`find_tables()` on ruled pages only) and closed straight after, so time and
memory grow with the page count and nothing else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from sketchproc.errors import InputError
from sketchproc.german import count_noun
from sketchproc.ingest.ocr import OcrError, ocr_available, ocr_pages, to_lines
from sketchproc.ingest.pdf_blocks import Draft, lines_to_blocks, merge_page_breaks
from sketchproc.ingest.pdf_chars import use_fast_chars
from sketchproc.ingest.pdf_furniture import PageFrame, remove_furniture
from sketchproc.ingest.pdf_layout import find_gutter, order_lines
from sketchproc.ingest.pdf_lines import Line, Word, words_to_lines
from sketchproc.ingest.pdf_outline import apply_bookmarks, read_bookmarks
from sketchproc.ingest.pdf_tables import page_tables, place_tables, words_outside
from sketchproc.ingest.pdf_text import count_cid, glyph_count
from sketchproc.ingest.pdf_title import metadata_title_text
from sketchproc.ingest.pdf_toc import cover_pages, mark_toc_page
from sketchproc.ingest.text_tables import rebuild_text_tables
from sketchproc.ingest.title_page import TitlePage, title_from_page
from sketchproc.model import Block, DocFormat, Document, PageInfo, TocEntry, Zone
from sketchproc.settings import IngestSettings

__all__ = ["read_pdf"]

_WORD_OPTIONS: dict[str, Any] = {
    "extra_attrs": ["fontname", "size"],
    "keep_blank_chars": False,
    "use_text_flow": False,
}


def _word_options(settings: IngestSettings) -> dict[str, Any]:
    return {**_WORD_OPTIONS, "x_tolerance_ratio": settings.pdf_word_gap_ratio}


# The pdfminer/pdfplumber family raised for damaged files (PSEOF, PDFSyntaxError, …);
# pdfplumber wraps most pdfminer errors in PdfminerException.
_DAMAGE = (PdfminerException, MalformedPDFException, PSException)


@dataclass(slots=True)
class _PageRead:
    """What one page yields before cross-page work."""

    info: PageInfo
    lines: list[Line]
    warnings: list[str] = field(default_factory=list)


def read_pdf(path: Path, settings: IngestSettings) -> Document:
    """Read a PDF sketch into a `Document` of blocks in reading order.

    Raises:
        InputError: the PDF is password-protected (`pdf_encrypted`), damaged
            (`pdf_corrupt`) or longer than `settings.max_pages` (`pdf_too_many_pages`).
    """
    pdf = _open(path)
    try:
        page_count = len(pdf.pages)
        if page_count > settings.max_pages:
            raise _too_many_pages(path, page_count, settings.max_pages)
        reads = [_read_page(page, settings) for page in _pages(pdf)]
        bookmarks = read_bookmarks(pdf)
        metadata_title = pdf.metadata.get("Title")
    except _DAMAGE as exc:
        raise _corrupt(path, exc) from exc
    finally:
        pdf.close()
    return _assemble(path, reads, bookmarks, metadata_title, settings, _ocr_scans(path, reads, settings))


def _open(path: Path) -> Any:
    try:
        return pdfplumber.open(path)
    except PdfminerException as exc:
        if isinstance(exc.args[0] if exc.args else None, PDFPasswordIncorrect):
            raise InputError(
                path,
                "Die PDF-Datei ist mit einem Passwort geschützt.",
                "Bitte eine ungeschützte Fassung beim Antragsteller anfordern.",
                code="pdf_encrypted",
            ) from exc
        raise _corrupt(path, exc) from exc
    except _DAMAGE as exc:
        raise _corrupt(path, exc) from exc


def _pages(pdf: Any) -> Iterator[Any]:
    """Yield pages (characters built by `use_fast_chars`), each closed after use to free its layout."""
    for page in pdf.pages:
        use_fast_chars(page)
        try:
            yield page
        finally:
            page.close()


def _corrupt(path: Path, exc: BaseException) -> InputError:
    detail = str(exc) or type(exc).__name__
    return InputError(
        path,
        f"Die PDF-Datei ist beschädigt oder keine gültige PDF-Datei ({detail}).",
        "Bitte die Datei erneut exportieren (z. B. „Speichern unter → PDF“) und einreichen.",
        code="pdf_corrupt",
    )


def _too_many_pages(path: Path, count: int, limit: int) -> InputError:
    return InputError(
        path,
        f"Die PDF-Datei hat {count} Seiten, erlaubt sind höchstens {limit} (Schutz vor übergroßen Dateien).",
        f"Bitte die Datei auf höchstens {limit} Seiten kürzen oder teilen, oder die Grenze erhöhen: "
        f"Option --max-pages {count} bzw. Einstellung ingest.max_pages.",
        code="pdf_too_many_pages",
    )


def _read_page(page: Any, settings: IngestSettings) -> _PageRead:
    number = int(page.page_number)
    width, height = float(page.width), float(page.height)
    words = _on_page(page.extract_words(**_word_options(settings)), width, height)
    raw_text = "".join(str(w["text"]) for w in words)
    glyphs = glyph_count(raw_text)
    has_text = glyphs >= settings.min_chars_text_layer
    unreadable = has_text and count_cid(raw_text) >= settings.cid_share_unreadable * glyphs
    info = PageInfo(
        number=number,
        width=width,
        height=height,
        words=len(words),
        has_text_layer=has_text,
        unreadable=unreadable,
    )
    warnings = _page_warnings(number, has_text, unreadable)
    if unreadable or not has_text:
        # "(cid:" debris is no text: keep the page facts, give no blocks.
        return _PageRead(info, [], warnings)
    tables = page_tables(page, number, settings)
    text_words = words_outside(words, tables)
    gutter = find_gutter(text_words, width, height, settings)
    lines = words_to_lines(
        text_words, number, settings.pdf_line_top_tolerance, gutter, settings.pdf_gutter_min_width
    )
    return _PageRead(info, order_lines(lines + place_tables(tables, gutter)), warnings)


def _ocr_scans(path: Path, reads: list[_PageRead], settings: IngestSettings) -> list[str]:
    """OCR the pages without a text layer in place; return document-level warnings.

    A page Tesseract fails on keeps its "keine Textebene" warning plus one naming the cause.
    """
    scans = [r for r in reads if not r.info.has_text_layer]
    if not scans or not settings.ocr_enabled:
        return []
    if not ocr_available(settings):
        return [
            "Texterkennung (Tesseract) ist nicht installiert; "
            f"{count_noun(len(scans), 'Seite')} ohne Textebene "
            "bleiben ungelesen. Abhilfe: apt-get install tesseract-ocr tesseract-ocr-deu"
        ]
    for read, result in zip(scans, ocr_pages(path, [r.info.number for r in scans], settings), strict=True):
        number = read.info.number
        if isinstance(result, OcrError):
            read.warnings.append(f"Seite {number}: Texterkennung (OCR) fehlgeschlagen – {result}")
            continue
        if not result:
            continue  # a picture or an empty page: no text found, so it stays "ohne Textebene"
        # A scan has no ruling to find tables by: its budget rows are rebuilt from their figures.
        read.lines = rebuild_text_tables(to_lines(result, number))
        read.info = read.info.model_copy(
            update={"ocr": True, "words": sum(len(x.text.split()) for x in result)}
        )
        read.warnings = [
            f"Seite {number}: Text per Texterkennung (OCR) gelesen – bitte bei Zitaten das Original prüfen."
        ]
    return []


def _on_page(words: list[Word], width: float, height: float) -> list[Word]:
    """Words inside the page box; text boxes overflowing the page edge are not visible."""
    return [w for w in words if w["bottom"] > 0 and w["top"] < height and w["x1"] > 0 and w["x0"] < width]


def _page_warnings(number: int, has_text: bool, unreadable: bool) -> list[str]:
    if not has_text:
        return [f"Seite {number} hat keine Textebene (gescannt?); ihr Inhalt ist nicht prüfbar."]
    if unreadable:
        return [
            f"Seite {number} ist nicht lesbar: die Schrift ist ohne Zeichenzuordnung eingebettet "
            "(„(cid:…)“); ihr Inhalt ist nicht prüfbar."
        ]
    return []


def _assemble(
    path: Path,
    reads: Sequence[_PageRead],
    bookmarks: Sequence[Any],
    metadata_title: object,
    settings: IngestSettings,
    warnings: Sequence[str] = (),
) -> Document:
    # OCR'd pages have text now: their running headers count towards the repeat share.
    frames = [PageFrame(r.info.height, r.info.has_text_layer or r.info.ocr) for r in reads]
    pages, _ = remove_furniture([r.lines for r in reads], frames, settings)
    body_size = _body_size(line for lines in pages for line in lines)
    toc, toc_page = _mark_toc(pages, settings)
    page_drafts = [lines_to_blocks(lines, body_size, settings) for lines in pages]
    first_words = sum(len(d.text.split()) for d in page_drafts[0]) if page_drafts else 0
    cover = cover_pages(toc_page, first_words, len(reads), settings)
    drafts = merge_page_breaks(page_drafts)
    _mark_cover(drafts, cover)
    apply_bookmarks(drafts, bookmarks)
    file = str(path)
    ocr_pages_read = {r.info.number for r in reads if r.info.ocr}
    blocks = tuple(_block(d, file, ocr_pages_read) for d in drafts)
    title_page = TitlePage(
        blocks=blocks,
        body_size=body_size,
        metadata_title=metadata_title_text(metadata_title),
        block_lines=[[line.text for line in d.lines] for d in drafts],
    )
    return Document(
        path=file,
        format=DocFormat.PDF,
        pages=len(reads),
        blocks=blocks,
        page_info=tuple(r.info for r in reads),
        toc=tuple(toc),
        title=title_from_page(title_page, settings),
        body_size=body_size,
        warnings=(*(w for r in reads for w in r.warnings), *warnings),
    )


def _block(draft: Draft, file: str, ocr_pages_read: set[int]) -> Block:
    """The draft's block, marked as OCR text if any of its lines was recognised."""
    block = draft.to_block(file)
    if any(line.page in ocr_pages_read for line in draft.lines):
        return block.model_copy(update={"ocr": True})
    return block


def _body_size(lines: Iterable[Line]) -> float | None:
    """The font size carrying the most characters."""
    weight: Counter[float] = Counter()
    for line in lines:
        if line.size is not None and not line.is_table:
            weight[line.size] += len(line.text)
    return weight.most_common(1)[0][0] if weight else None


def _mark_toc(pages: Sequence[list[Line]], settings: IngestSettings) -> tuple[list[TocEntry], int | None]:
    """Mark TOC lines on every TOC page; return the entries and the first TOC page."""
    entries: list[TocEntry] = []
    first: int | None = None
    for index, lines in enumerate(pages):
        found = mark_toc_page(lines, settings)
        if found and first is None:
            first = index + 1
        entries += found
    return entries, first


def _mark_cover(drafts: Sequence[Draft], cover: int) -> None:
    for draft in drafts:
        if draft.first.page <= cover and draft.zone is Zone.BODY:
            draft.zone = Zone.COVER
