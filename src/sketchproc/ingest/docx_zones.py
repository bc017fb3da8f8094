"""Decide which DOCX blocks are cover page, table of contents or body, and parse the TOC.

TOC lines look like headings ("2 Ausgangslage ……… 3"), so they must be fenced
off before the sections stage sees them; they survive only as `TocEntry` hints.
"""

from __future__ import annotations

import re

from sketchproc.ingest.docx_body import DraftBlock
from sketchproc.ingest.docx_styles import StyleRole
from sketchproc.model import BlockKind, TocEntry, Zone

# Generic TOC captions in German and English (not call-specific wording).
_TOC_CAPTIONS = frozenset(
    {"inhalt", "inhaltsverzeichnis", "inhaltsübersicht", "contents", "table of contents"}
)
# Four or more dots (or ". . .") then a page number: "Ausgangslage ........ 3".
_DOT_LEADER_LINE = re.compile(r"^\S.*?(?:\.{4,}|(?:\. ){3,}\.?)\s*\d{1,4}$")
# Word's TOC entries separate title and page by a tab (the dots are a tab-stop leader, not text).
_TAB_PAGE_LINE = re.compile(r"^\S.*\t\s*\d{1,4}$")
_TRAILING_PAGE = re.compile(r"^(?P<body>.*?\S)(?:\s*(?:\.{2,}|(?:\. )+\.?)\s*|\s+)(?P<page>\d{1,4})$")
_LEADING_NUMBER = re.compile(
    r"^(?P<num>\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-Z][.)]|[a-z]\))\s+(?P<title>\S.*)$"
)
_TOC_ROLES = (StyleRole.TOC, StyleRole.TOC_HEADING)


def _is_caption(draft: DraftBlock) -> bool:
    return draft.kind is not BlockKind.TABLE and draft.text.rstrip(":").strip().lower() in _TOC_CAPTIONS


def _is_declared_toc(draft: DraftBlock) -> bool:
    if draft.container_zone is Zone.TOC or draft.in_toc_field:
        return True
    if draft.kind is BlockKind.TABLE:
        return False
    return draft.role in _TOC_ROLES or bool(_DOT_LEADER_LINE.match(draft.raw_text))


def _mark_captioned_tocs(drafts: list[DraftBlock], toc: list[bool]) -> None:
    """An "Inhalt" caption plus the "title<TAB>page" lines right after it form a TOC."""
    for position, draft in enumerate(drafts):
        if not _is_caption(draft):
            continue
        end = position + 1
        while end < len(drafts) and (
            toc[end]
            or (drafts[end].kind is not BlockKind.TABLE and _TAB_PAGE_LINE.match(drafts[end].raw_text))
        ):
            toc[end] = True
            end += 1
        if end > position + 1:
            toc[position] = True


def _mark_cover_before_toc(drafts: list[DraftBlock], cover_max_blocks: int) -> None:
    """Blocks before a TOC near the start are the cover page (title, applicant, logo text)."""
    first_toc = next((i for i, d in enumerate(drafts) if d.zone is Zone.TOC), None)
    if first_toc is None or first_toc > cover_max_blocks:
        return
    for draft in drafts[:first_toc]:
        if draft.zone is Zone.BODY:
            draft.zone = Zone.COVER


def _mark_titles(drafts: list[DraftBlock]) -> None:
    """Title/Subtitle paragraphs before the first heading belong to the cover."""
    first_heading = next(
        (i for i, d in enumerate(drafts) if d.outline_level is not None and d.zone is Zone.BODY), len(drafts)
    )
    for draft in drafts[:first_heading]:
        if draft.role in (StyleRole.TITLE, StyleRole.SUBTITLE) and draft.zone is Zone.BODY:
            draft.zone = Zone.COVER


def assign_zones(drafts: list[DraftBlock], cover_max_blocks: int) -> None:
    """Set each draft's zone: content-control gallery, TOC evidence, cover before TOC, titles."""
    toc = [_is_declared_toc(draft) for draft in drafts]
    _mark_captioned_tocs(drafts, toc)
    for draft, is_toc in zip(drafts, toc, strict=True):
        if draft.container_zone is not None:
            draft.zone = draft.container_zone
        elif is_toc:
            draft.zone = Zone.TOC
    _mark_cover_before_toc(drafts, cover_max_blocks)
    _mark_titles(drafts)


def _number_depth(number: str) -> int | None:
    parts = [part for part in number.rstrip(".)").split(".") if part]
    return len(parts) if parts and all(part.isdigit() for part in parts) else None


def parse_toc_line(draft: DraftBlock) -> TocEntry | None:
    """A TOC line as (number, title, page, level); None for captions and lines without a title."""
    if _is_caption(draft) or draft.role is StyleRole.TOC_HEADING or draft.kind is BlockKind.TABLE:
        return None
    body, page = draft.raw_text.replace("\n", " "), None
    trailing = _TRAILING_PAGE.match(body)
    if trailing:
        body, page = trailing.group("body"), int(trailing.group("page"))
    number = draft.number
    leading = None if number else _LEADING_NUMBER.match(body)
    if leading:
        number, body = leading.group("num"), leading.group("title")
    title = " ".join(body.replace("\t", " ").split()).rstrip(". ")
    if not title:
        return None
    level = draft.toc_level or (_number_depth(number) if number else None)
    return TocEntry(title=title, number=number, page=page, level=level)


def toc_entries(drafts: list[DraftBlock]) -> tuple[TocEntry, ...]:
    """Entries of every TOC-zone paragraph, in order."""
    entries = (parse_toc_line(draft) for draft in drafts if draft.zone is Zone.TOC)
    return tuple(entry for entry in entries if entry is not None)
