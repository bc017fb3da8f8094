"""Running headers, footers and page numbers of PDF pages (spec §5.7).

Word exports repeat the applicant's name, the call title and "Seite 3 von 12"
on every page. Such lines sit in the top or bottom band of the page and repeat,
digits masked, at about the same height on many pages; they are removed before
paragraphs are built, so they neither break a paragraph nor count as text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sketchproc.ingest.pdf_lines import Line
from sketchproc.settings import IngestSettings

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")
# "3", "- 3 -", "– 3 –", "Seite 3", "Seite 3 von 12", "3/12", "3 von 12", "Page 3 of 12".
_PAGE_NUMBER = re.compile(
    r"^(?:seite|page|s\.)?\s*[-–—]?\s*\d+\s*[-–—]?\s*(?:(?:von|of|/)\s*\d+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PageFrame:
    """Height of a page and whether it has text, as far as furniture detection needs."""

    height: float
    has_text: bool


def remove_furniture(
    pages: Sequence[list[Line]], frames: Sequence[PageFrame], settings: IngestSettings
) -> tuple[list[list[Line]], int]:
    """Drop running headers/footers and bare page numbers; return kept lines and the count dropped."""
    repeating = _repeating_keys(pages, frames, settings)
    kept_pages: list[list[Line]] = []
    dropped = 0
    for lines, frame in zip(pages, frames, strict=True):
        kept = [line for line in lines if not _is_furniture(line, frame, repeating, settings)]
        dropped += len(lines) - len(kept)
        kept_pages.append(kept)
    return kept_pages, dropped


def furniture_key(text: str) -> str:
    """Text with digits masked and whitespace collapsed, casefolded."""
    return _SPACE.sub(" ", _DIGITS.sub("#", text)).strip().casefold()


def is_page_number(text: str) -> bool:
    """True for a bare page number such as "3", "- 3 -", "Seite 3 von 12" or "3/12"."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _in_band(line: Line, frame: PageFrame, settings: IngestSettings) -> bool:
    band = settings.furniture_band * frame.height
    return line.top <= band or line.top >= frame.height - band


def _repeating_keys(
    pages: Sequence[list[Line]], frames: Sequence[PageFrame], settings: IngestSettings
) -> dict[str, list[float]]:
    """Keys of band lines repeating on enough pages, each with the tops where it repeats."""
    tops_by_key: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, (lines, frame) in enumerate(zip(pages, frames, strict=True)):
        for line in lines:
            if not line.is_table and _in_band(line, frame, settings):
                tops_by_key[furniture_key(line.text)].append((index, line.top))
    text_pages = sum(1 for frame in frames if frame.has_text)
    needed = max(2.0, settings.furniture_min_share * text_pages)
    repeating: dict[str, list[float]] = {}
    for key, hits in tops_by_key.items():
        anchors = [top for _, top in hits if _pages_near(hits, top, settings) >= needed]
        if anchors:
            repeating[key] = anchors
    return repeating


def _pages_near(hits: list[tuple[int, float]], top: float, settings: IngestSettings) -> int:
    return len({page for page, other in hits if abs(other - top) <= settings.pdf_furniture_y_tolerance})


def _is_furniture(
    line: Line, frame: PageFrame, repeating: dict[str, list[float]], settings: IngestSettings
) -> bool:
    if line.is_table or not _in_band(line, frame, settings):
        return False
    if is_page_number(line.text):
        return True
    anchors = repeating.get(furniture_key(line.text), [])
    return any(abs(line.top - top) <= settings.pdf_furniture_y_tolerance for top in anchors)
