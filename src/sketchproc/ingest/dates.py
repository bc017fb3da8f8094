"""The date a document carries itself: docx core properties, PDF metadata.

Used to tell which of two versions of a sketch is newer; the file system's date is the
batch's fallback. Reading never fails a file: a missing or odd date is simply None.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1

__all__ = ["document_date"]

# Modified before created: a revision saved from the first version keeps its creation date.
_CORE_TAGS = ("dcterms:modified", "dcterms:created")
_PDF_KEYS = ("ModDate", "CreationDate")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})(\d{2})")
# Word and LibreOffice write this when nothing was set; it says nothing about the version.
_PLACEHOLDER_YEARS = range(1900, 1981)


def document_date(path: Path) -> date | None:
    """The document's own modification (else creation) date, or None."""
    try:
        if zipfile.is_zipfile(path):
            return _docx_date(path)
        return _pdf_date(path)
    except Exception:  # a damaged header must not fail the file; reading reports the damage
        return None


def _docx_date(path: Path) -> date | None:
    with zipfile.ZipFile(path) as archive:
        try:
            core = archive.read("docProps/core.xml").decode("utf-8", "replace")
        except KeyError:
            return None
    for tag in _CORE_TAGS:
        match = re.search(rf"<{tag}[^>]*>([^<]+)</{tag}>", core)
        if match and (found := _parse(_ISO, match.group(1))):
            return found
    return None


def _pdf_date(path: Path) -> date | None:
    with path.open("rb") as handle:
        document = PDFDocument(PDFParser(handle))
        for info in document.info:
            for key in _PDF_KEYS:
                value = resolve1(info.get(key))
                text = value.decode("latin-1") if isinstance(value, bytes) else str(value or "")
                if found := _parse(_PDF_DATE, text):
                    return found
    return None


def _parse(pattern: re.Pattern[str], text: str) -> date | None:
    match = pattern.search(text)
    if not match:
        return None
    try:
        found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return None if found.year in _PLACEHOLDER_YEARS else found
