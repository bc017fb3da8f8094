"""Table of contents and cover page of a PDF sketch (spec §5.8).

TOC lines ("2 Ausgangslage ........ 3") look like headings. They are moved to
the TOC zone and parsed into `TocEntry` hints; pages before the TOC are the
cover. Neither zone ever becomes section text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.ingest.pdf_lines import Line
from sketchproc.model import TocEntry, Zone
from sketchproc.settings import IngestSettings

_TOC_HEADINGS = frozenset({"inhalt", "inhaltsverzeichnis", "inhaltsübersicht"})
# Title, a dot leader (". . ." / "....." / "…", NFKC makes "…" three dots), a page number.
_LEADER_LINE = re.compile(r"^(?P<title>.*?\S)\s*(?:\.\s*){3,}\s*(?P<page>\d{1,4})$")
# On a page headed "Inhalt": "2.1 Ziele 4" without leaders.
_NUMBERED_LINE = re.compile(r"^(?P<title>\d+(?:\.\d+)*\.?\s+\D.*?)\s+(?P<page>\d{1,4})$")
_NUMBER = re.compile(r"^(?P<number>\d+(?:\.\d+)*)\.?\s+(?P<rest>.+)$")


def is_toc_heading(text: str) -> bool:
    """True for "Inhalt", "Inhaltsverzeichnis" or "Inhaltsübersicht" (a colon allowed)."""
    return text.strip().rstrip(":").strip().casefold() in _TOC_HEADINGS


def mark_toc_page(lines: Sequence[Line], settings: IngestSettings) -> list[TocEntry]:
    """If the page is a TOC, move its TOC lines to the TOC zone and return their entries."""
    text_lines = [line for line in lines if not line.is_table]
    headed = any(is_toc_heading(line.text) for line in text_lines[: settings.pdf_toc_head_lines])
    leaders = [line for line in text_lines if _LEADER_LINE.match(line.text)]
    if not headed and len(leaders) < settings.pdf_toc_min_leader_lines:
        return []
    entries: list[TocEntry] = []
    for line in text_lines:
        if is_toc_heading(line.text):
            line.zone = Zone.TOC
            continue
        match = _LEADER_LINE.match(line.text) or (_NUMBERED_LINE.match(line.text) if headed else None)
        if match:
            line.zone = Zone.TOC
            entries.append(toc_entry(match["title"], int(match["page"])))
    return entries


def toc_entry(title: str, page: int | None) -> TocEntry:
    """A TOC entry with its typed number split off; level is the number's depth."""
    title = " ".join(title.split())
    match = _NUMBER.match(title)
    if match is None:
        return TocEntry(title=title, page=page)
    number = match["number"]
    return TocEntry(title=match["rest"], number=number, page=page, level=number.count(".") + 1)


def cover_pages(
    toc_page: int | None, first_page_words: int, page_count: int, settings: IngestSettings
) -> int:
    """How many leading pages form the cover: all before the TOC, else page 1 if it is sparse."""
    if toc_page is not None:
        return toc_page - 1
    if page_count >= 2 and first_page_words < settings.pdf_cover_max_words:
        return 1
    return 0
