"""Read a .docx sketch into a `Document`: body blocks in order, with Word's numbers, zones and styles.

The stages, each in its own module:

    docx_guard      zip-bomb limits, then python-docx opens the package
    docx_styles     style chain → heading level, role, run formatting
    docx_numbering  numbering.xml + counters → the numbers Word displays
    docx_text       visible paragraph text (final view of tracked changes)
    docx_body       body XML → draft blocks (paragraphs, list items, tables, text boxes)
    docx_zones      cover / TOC / body, and the TOC entries

Headers and footers are separate parts and are never read.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from sketchproc.ingest.docx_body import BodyWalker, DraftBlock
from sketchproc.ingest.docx_guard import check_archive, corrupt, open_docx
from sketchproc.ingest.docx_numbering import Numbering
from sketchproc.ingest.docx_styles import StyleRole, StyleSheet, theme_fonts
from sketchproc.ingest.docx_text import FieldTracker, PageTracker, ParagraphReader
from sketchproc.ingest.docx_xml import Element, parse_untrusted_xml, w
from sketchproc.ingest.docx_zones import assign_zones, toc_entries
from sketchproc.ingest.title_page import TitlePage, title_from_page
from sketchproc.model import Block, BlockKind, DocFormat, Document, Provenance, Zone
from sketchproc.settings import IngestSettings

__all__ = ["read_docx"]


def read_docx(path: Path, settings: IngestSettings) -> Document:
    """Read one .docx file into a `Document`.

    Raises:
        InputError: the file is damaged ("docx_corrupt"), too large unpacked ("docx_too_large")
            or not a plain Word document ("docx_not_document").
    """
    check_archive(path, settings)
    package = open_docx(path)
    body = package.element.body
    styles = StyleSheet(_styles_root(package), theme_fonts(_theme_root(path, package)))
    numbering = Numbering(_numbering_root(package), styles.style_num_id)
    pages = PageTracker(enabled=_has_rendered_page_breaks(body))
    reader = ParagraphReader(styles, pages, FieldTracker())
    drafts = BodyWalker(styles, numbering, reader, pages).walk(body)
    assign_zones(drafts, settings.docx_cover_max_blocks)
    blocks = tuple(_to_block(draft, str(path)) for draft in drafts)
    body_size = _body_size(drafts)
    return Document(
        path=str(path),
        format=DocFormat.DOCX,
        pages=pages.current,
        blocks=blocks,
        toc=toc_entries(drafts),
        title=title_from_page(_title_page(drafts, blocks, body_size, package), settings),
        body_size=body_size,
    )


def _styles_root(package: Any) -> Element:
    # python-docx substitutes its default styles when the file has no styles part.
    return package.styles.element


def _numbering_root(package: Any) -> Element | None:
    try:
        return package.part.part_related_by(RT.NUMBERING).element
    except KeyError:
        return None


def _theme_root(path: Path, package: Any) -> Element | None:
    try:
        blob = package.part.part_related_by(RT.THEME).blob
    except KeyError:
        return None
    try:
        return parse_untrusted_xml(blob)
    except etree.XMLSyntaxError as exc:
        raise corrupt(path, "fehlerhaftes Design (theme)") from exc


def _has_rendered_page_breaks(body: Element) -> bool:
    return next(body.iter(w("lastRenderedPageBreak")), None) is not None


def _to_block(draft: DraftBlock, file: str) -> Block:
    return Block(
        kind=draft.kind,
        text=draft.text,
        provenance=Provenance(file=file, page=draft.page, paragraph=draft.index),
        style=draft.style,
        style_name=draft.style_name,
        outline_level=draft.outline_level,
        number=draft.number,
        number_auto=draft.number_auto,
        list_level=draft.list_level,
        zone=draft.zone,
        rows=draft.rows,
        lead=draft.lead,
    )


def _title_page(
    drafts: list[DraftBlock], blocks: tuple[Block, ...], body_size: float | None, package: Any
) -> TitlePage:
    """The evidence for the title: Title and Subtitle styles and the file's core property "title"."""
    titles = [i for i, draft in enumerate(drafts) if draft.role is StyleRole.TITLE]
    subtitles = [i for i, draft in enumerate(drafts) if draft.role is StyleRole.SUBTITLE]
    return TitlePage(
        blocks=blocks,
        body_size=body_size,
        metadata_title=(package.core_properties.title or "").strip() or None,
        styled_title=titles[0] if titles else None,
        declared=frozenset((*titles, *subtitles)),
    )


def _body_size(drafts: list[DraftBlock]) -> float | None:
    """The font size carrying the most characters in body paragraphs that are not declared headings."""
    sizes: Counter[float] = Counter()
    for draft in drafts:
        if draft.zone is Zone.BODY and draft.kind is not BlockKind.TABLE and draft.outline_level is None:
            sizes.update(draft.size_chars)
    return sizes.most_common(1)[0][0] if sizes else None
