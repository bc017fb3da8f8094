"""The title a PDF's metadata claims, as text; `title_page` decides whether it names the project."""

from __future__ import annotations

from sketchproc.ingest.pdf_text import clean_text

__all__ = ["metadata_title_text"]


def metadata_title_text(metadata_title: object) -> str | None:
    """The metadata "Title" as one line of clean text (PDFs store bytes or strings), or None."""
    if isinstance(metadata_title, bytes):
        metadata_title = metadata_title.decode("latin-1", errors="replace")
    if not isinstance(metadata_title, str):
        return None
    return " ".join(clean_text(metadata_title).split()) or None
