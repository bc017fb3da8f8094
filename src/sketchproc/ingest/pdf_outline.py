"""PDF bookmarks (the outline): the document's own declaration of its headings.

Bookmarks are read with pdfminer and matched to blocks by normalised title, so
`Block.outline_level` marks a heading the author's tool declared. A broken
outline is ignored: it is a hint, never a reason to fail the sketch.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pdfminer.pdfdocument import PDFNoOutlines
from pdfminer.pdftypes import PDFObjRef, resolve1
from pdfminer.psparser import PSLiteral

from sketchproc.ingest.pdf_blocks import Draft
from sketchproc.ingest.pdf_text import clean_text
from sketchproc.model import BlockKind

logger = logging.getLogger(__name__)

# "2.1 Ziele", "2. Ziele" and "10.Ziele" (no space after the dot in some exports).
_LEADING_NUMBER = re.compile(r"^\d+(?:\.\d+)*(?:\.\s*|\s+)")


@dataclass(frozen=True, slots=True)
class Bookmark:
    """One outline entry: level 1 is top level; page is 1-based when resolvable."""

    title: str
    level: int
    page: int | None


def read_bookmarks(pdf: Any) -> list[Bookmark]:
    """The outline entries of an open pdfplumber PDF; empty if missing or broken."""
    page_numbers = {page.page_obj.pageid: page.page_number for page in pdf.pages}
    bookmarks: list[Bookmark] = []
    try:
        for level, title, dest, action, _ in pdf.doc.get_outlines():
            try:
                target = _destination(pdf.doc, dest, action)
            except Exception:  # an unresolvable target still leaves the title as a hint
                target = None
            bookmarks.append(Bookmark(clean_text(str(title)), int(level), page_numbers.get(target)))
    except PDFNoOutlines:
        return []
    except Exception as exc:  # any damage in the outline only loses a hint
        logger.info("PDF outline ignored: %s", exc)
    return bookmarks


def _destination(doc: Any, dest: Any, action: Any) -> int | None:
    """Object id of the page a bookmark points to, or None."""
    if dest is None and action is not None:
        action = resolve1(action)
        if isinstance(action, dict):
            dest = action.get("D")
    dest = resolve1(dest)
    if isinstance(dest, PSLiteral):
        dest = dest.name
    if isinstance(dest, bytes | str):
        dest = resolve1(doc.get_dest(dest))
    if isinstance(dest, dict):
        dest = resolve1(dest.get("D"))
    if isinstance(dest, list | tuple) and dest and isinstance(dest[0], PDFObjRef):
        return int(dest[0].objid)
    return None


def normalise_title(text: str) -> str:
    """Casefolded, whitespace collapsed, a leading "2.1" number removed."""
    collapsed = " ".join(text.split()).casefold()
    return _LEADING_NUMBER.sub("", collapsed)


def apply_bookmarks(drafts: Sequence[Draft], bookmarks: Sequence[Bookmark]) -> int:
    """Set `outline_level` on the block each bookmark names; return how many matched."""
    matched = 0
    for bookmark in bookmarks:
        wanted = normalise_title(bookmark.title)
        for draft in drafts:
            on_page = bookmark.page is None or draft.first.page == bookmark.page
            if (
                on_page
                and draft.kind is not BlockKind.TABLE
                and draft.outline_level is None
                and normalise_title(draft.text) == wanted
            ):
                draft.outline_level = bookmark.level
                matched += 1
                break
    return matched
