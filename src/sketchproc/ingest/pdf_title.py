"""The title of a PDF sketch: metadata if it looks real, else the largest line of page 1."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sketchproc.ingest.pdf_lines import Line
from sketchproc.ingest.pdf_text import clean_text

# Titles that office tools write on their own, not the author: "Microsoft Word - skizze.docx",
# a bare file name, "untitled"/"Unbenannt".
_GENERATED_TITLE = re.compile(
    r"^(microsoft\s+\w+\s*-|untitled|unbenannt|dokument\d*$|document\d*$)|\.(docx?|pdf|odt|rtf)$",
    re.IGNORECASE,
)


def document_title(metadata_title: object, first_page: Sequence[Line], body_size: float | None) -> str | None:
    """Metadata title if plausible, else the largest-font line on page 1 if above body size."""
    if isinstance(metadata_title, bytes):
        metadata_title = metadata_title.decode("latin-1", errors="replace")
    if isinstance(metadata_title, str):
        title = " ".join(clean_text(metadata_title).split())
        if title and not _GENERATED_TITLE.search(title):
            return title
    return largest_line(first_page, body_size)


def largest_line(lines: Sequence[Line], body_size: float | None) -> str | None:
    """Text of the first line in the largest font size, if that is larger than the body text."""
    sized = [line for line in lines if line.size is not None and not line.is_table]
    if not sized:
        return None
    largest = max(line.size or 0.0 for line in sized)
    if body_size is not None and largest <= body_size:
        return None  # a page of body text has no visible title
    return next(line.text for line in sized if line.size == largest)
