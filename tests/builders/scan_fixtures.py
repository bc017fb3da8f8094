""" "Scanned copies" of text PDFs: every page rendered to an image, no text layer left.

A real scan has no fonts, no bookmarks and no metadata title; the copy written
here has none either, so reading it exercises exactly the OCR path. Pages are
stored as grayscale JPEG at the chosen resolution, like an office scanner does.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # ships no type hints
from PIL import Image

# A typical office scanner default; high enough for Tesseract, small enough to be quick.
SCAN_DPI = 200
# JPEG artefacts like a real scanner's, without blurring small text.
JPEG_QUALITY = 85


def scanned_copy(source: Path, target: Path, dpi: int = SCAN_DPI) -> Path:
    """Write an image-only PDF of `source` to `target` (same page sizes) and return it."""
    images = _render_pages(source, dpi)
    if not images:
        raise ValueError(f"{source} has no pages")
    first, *rest = images
    first.save(
        target, format="PDF", save_all=True, append_images=rest, resolution=float(dpi), quality=JPEG_QUALITY
    )
    return target


def _render_pages(source: Path, dpi: int) -> list[Image.Image]:
    """Each page of `source` as a grayscale image at `dpi`."""
    pdf = pdfium.PdfDocument(source)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()
