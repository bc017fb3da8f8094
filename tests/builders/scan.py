"""Scanned copies of text PDFs: every page an image, no text layer, no fonts, no title.

`scanned_copy` is a clean copy (the OCR tests' input). `render_scan` is a blind sketch's "scan"
rendering, printed and scanned: each page is rasterised in grayscale, tilted by a small angle,
speckled with paper noise and stored as a JPEG. Angle and noise come from a generator seeded with
the sketch id and the PDF dates are fixed, so a rebuild is byte-identical.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium  # type: ignore[import-untyped]  # ships no type hints
from PIL import Image, ImageFilter

# An office scanner's default resolution; enough for OCR.
SCAN_DPI = 200
JPEG_QUALITY = 70
# A clean copy keeps JPEG artefacts like a real scanner's, without blurring small text.
CLEAN_JPEG_QUALITY = 85
# Scanner optics soften edges a little; it also keeps a dense text page near 250 KB (unblurred
# 200-dpi text pages need ~400 KB at this quality).
OPTICAL_BLUR_RADIUS = 0.8
MIN_ANGLE, MAX_ANGLE = 0.2, 0.8
# Paper grain as faint 8x8-pixel cells: aligned with JPEG blocks it costs little; per-pixel noise
# of the same strength would more than double the page size.
GRAIN_SIGMA = 3.0
GRAIN_CELL = 8
SPECKLES_PER_PAGE = 400
SCAN_DATE = time.strptime("2019-01-15 09:00:00", "%Y-%m-%d %H:%M:%S")  # Pillow wants a struct_time


def seed_for(sketch_id: str) -> int:
    """A stable seed from the sketch id (Python's hash() differs between runs)."""
    return int.from_bytes(hashlib.sha256(sketch_id.encode("utf-8")).digest()[:8], "big")


def scanned_copy(source: Path, target: Path, dpi: int = SCAN_DPI) -> Path:
    """Write an image-only PDF of `source` to `target` (same page sizes) and return it."""
    return _image_pdf(_rasterised_pages(source, dpi), source, target, dpi, quality=CLEAN_JPEG_QUALITY)


def render_scan(text_pdf: Path, target: Path, sketch_id: str, dpi: int = SCAN_DPI) -> Path:
    """Write an image-only copy of `text_pdf` to `target` (same page sizes) and return it."""
    rng = np.random.default_rng(seed_for(sketch_id))
    pages = [_as_scanned(image, rng) for image in _rasterised_pages(text_pdf, dpi)]
    return _image_pdf(
        pages,
        text_pdf,
        target,
        dpi,
        quality=JPEG_QUALITY,
        optimize=True,
        progressive=True,  # about 10 % smaller for text pages; PDF readers decode it fine
        title="",  # Pillow would use the file name; a scanner writes no title
        creationDate=SCAN_DATE,
        modDate=SCAN_DATE,
    )


def _image_pdf(pages: list[Image.Image], source: Path, target: Path, dpi: int, **options: object) -> Path:
    """Save the page images as one PDF at `dpi` with Pillow's PDF `options`."""
    if not pages:
        raise ValueError(f"{source} has no pages")
    first, *rest = pages
    first.save(target, format="PDF", save_all=True, append_images=rest, resolution=float(dpi), **options)
    return target


def _rasterised_pages(text_pdf: Path, dpi: int) -> list[Image.Image]:
    """Each page of the PDF as a grayscale image at `dpi`."""
    pdf = pdfium.PdfDocument(str(text_pdf))
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()


def _as_scanned(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """The page tilted a little, with grain and dust, as it comes off a scanner."""
    angle = float(rng.uniform(MIN_ANGLE, MAX_ANGLE) * rng.choice([-1.0, 1.0]))
    tilted = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    tilted = tilted.filter(ImageFilter.GaussianBlur(OPTICAL_BLUR_RADIUS))
    pixels = np.asarray(tilted, dtype=np.float32)
    pixels = pixels + _grain(pixels.shape, rng)
    _add_speckles(pixels, rng)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _grain(shape: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
    """Low-frequency gray noise: coarse random cells, enlarged to the page size."""
    rows, cols = shape[0] // GRAIN_CELL + 1, shape[1] // GRAIN_CELL + 1
    coarse = rng.normal(0.0, GRAIN_SIGMA, size=(rows, cols)).astype(np.float32)
    fine = np.kron(coarse, np.ones((GRAIN_CELL, GRAIN_CELL), dtype=np.float32))
    return fine[: shape[0], : shape[1]] - 6.0  # slightly grey paper, never pure white


def _add_speckles(pixels: np.ndarray, rng: np.random.Generator) -> None:
    """Dark dust dots at random places, in place."""
    ys = rng.integers(0, pixels.shape[0], SPECKLES_PER_PAGE)
    xs = rng.integers(0, pixels.shape[1], SPECKLES_PER_PAGE)
    pixels[ys, xs] = rng.uniform(60, 160, SPECKLES_PER_PAGE)
