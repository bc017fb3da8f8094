"""OCR of scanned PDF pages with a local Tesseract (spec §5.5).

A page without a text layer is rendered with pypdfium2 to a grayscale PNG in
memory and handed to `tesseract stdin stdout … hocr`. hOCR (not TSV) is read
because its lines carry `x_size`, Tesseract's estimate of the text height, the
only stable clue to the font size. Words below a confidence floor are dropped;
the rest become `OcrLine`s in PDF points and Tesseract's reading order, which
`to_lines` turns into ordinary `Line`s for the usual chain
(remove_furniture → lines_to_blocks), so hyphen joining and heading cues work
the same as for a text layer.

A scan has no font names, so two cues are estimated from the image: the size
(from `x_size`, made uniform per Tesseract paragraph and snapped to the page's
body size, since `lines_to_blocks` splits paragraphs on any size change) and
bold (ink stroke width relative to the text height, compared with the page's
body lines).
"""

from __future__ import annotations

import io
import itertools
import os
import re
import shutil
import statistics
import subprocess
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium  # type: ignore[import-untyped]  # ships no type hints
from lxml import etree
from PIL import Image

from sketchproc.ingest.ocr_rows import join_row_cells
from sketchproc.ingest.ocr_rules import sign_lines
from sketchproc.ingest.pdf_lines import Line
from sketchproc.ingest.pdf_text import clean_text
from sketchproc.settings import IngestSettings

__all__ = ["OcrError", "OcrLine", "ocr_available", "ocr_page", "ocr_pages", "to_lines"]

_POINTS_PER_INCH = 72.0
# Tesseract's x_size (ascender to descender of the line) is about 0.93 of the font size
# for Word's sans and serif fonts (measured: 11 pt body → x_size 10.2-10.4 pt, 14 pt → 13.1 pt).
_SIZE_PER_X_SIZE = 1.07
# Ink darker than this (0-255 grayscale) counts as text; scans have light-gray noise.
_INK_LEVEL = 128
# Seconds for `tesseract --list-langs`: it only reads a directory.
_PROBE_TIMEOUT_S = 10.0
_LINE_CLASSES = frozenset({"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"})
_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_X_SIZE = re.compile(r"x_size ([\d.]+)")
_WCONF = re.compile(r"x_wconf (\d+)")
# What Tesseract makes of Word's bullet glyphs (•, , ▪) at a line start, often with low confidence.
_BULLET_LOOKALIKE = re.compile(r"^[«»°®©•●■▪◦·*+¢oe]{1,2}$")
BULLET = "•"
# How a line to sign on reads in a text layer.
SIGN_LINE = "_" * 30
# A bullet stands apart from its text by a tab: a gap of at least this share of the text height,
# or of at least _TAB_MIN_GAP when it is _TAB_TO_SPACE times the median word space of the line
# (measured on _MIN_SPACES spaces at least).
_BULLET_GAP = 0.8
_TAB_MIN_GAP = 0.55
_TAB_TO_SPACE = 1.6
_MIN_SPACES = 2
# Words with this many letters are real words even at low confidence ("Absichtserklärungen" at 14).
_LONG_WORD_LETTERS = 6
# A line with fewer letters and digits than this is noise.
_MIN_LINE_ALNUM = 2
# Scans put an underscore where a bullet's tab leader or a speck touches a word ("_Online-Befragung").
_EDGE_UNDERSCORES = re.compile(r"^_+(?=\w)|(?<=\w)_+$")
# PDFium is not thread-safe: pages are rendered one at a time, Tesseract runs in parallel.
_PDFIUM_LOCK = threading.Lock()


class OcrError(Exception):
    """Tesseract failed, timed out or could not be started on one page."""


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognised text line; positions in PDF points from the page's top left corner."""

    text: str
    confidence: float  # mean word confidence 0-100 of the kept words
    top: float
    left: float
    bottom: float
    right: float
    size: float  # estimated font size in points
    bold: bool = False
    paragraph: int = 0  # Tesseract's paragraph number on the page

    @property
    def height(self) -> float:
        """Height of the line box in points."""
        return self.bottom - self.top


_Box = tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels
_Word = tuple[str, float, _Box]  # text, confidence, box


@dataclass(frozen=True, slots=True)
class _RawLine:
    """A line as parsed from hOCR, still in pixels."""

    words: tuple[_Word, ...]
    bbox: _Box
    x_size: float
    paragraph: int


def ocr_available(settings: IngestSettings | None = None) -> bool:
    """True if Tesseract is on PATH and has every language of `settings.ocr_languages`."""
    resolved = settings or IngestSettings()
    installed = _installed_languages(resolved.ocr_command)
    return bool(installed) and all(lang in installed for lang in resolved.ocr_languages.split("+"))


@lru_cache(maxsize=8)
def _installed_languages(command: str) -> frozenset[str]:
    """Languages `tesseract --list-langs` reports; empty if Tesseract is missing or broken."""
    executable = shutil.which(command)
    if executable is None:
        return frozenset()
    try:
        done = subprocess.run(
            [executable, "--list-langs"], capture_output=True, timeout=_PROBE_TIMEOUT_S, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    # The first line is a header ("List of available languages in …").
    lines = done.stdout.decode("utf-8", "replace").splitlines()[1:]
    return frozenset(line.strip() for line in lines if line.strip())


def ocr_pages(
    pdf_path: Path, numbers: Sequence[int], settings: IngestSettings
) -> list[list[OcrLine] | OcrError]:
    """OCR several pages in parallel; per page its lines or the error that stopped it."""
    workers = settings.ocr_workers or os.cpu_count() or 1
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(numbers) or 1))) as pool:
        return list(pool.map(lambda number: _ocr_or_error(pdf_path, number, settings), numbers))


def _ocr_or_error(pdf_path: Path, number: int, settings: IngestSettings) -> list[OcrLine] | OcrError:
    try:
        return ocr_page(pdf_path, number, settings)
    except OcrError as exc:
        return exc


def ocr_page(pdf_path: Path, page_number: int, settings: IngestSettings) -> list[OcrLine]:
    """Recognise the text of one page (1-based) in reading order.

    Raises:
        OcrError: the page cannot be rendered, or Tesseract fails or times out.
    """
    image = _render(pdf_path, page_number, settings.ocr_dpi)
    hocr = _run_tesseract(_png(image, settings.ocr_dpi), settings)
    raw = join_row_cells(_parse_hocr(hocr, settings))
    ink = np.asarray(image) < _INK_LEVEL
    scale = _POINTS_PER_INCH / settings.ocr_dpi
    lines = [_to_points(line, scale) for line in raw]
    lines = _mark_bold(_harmonise_sizes(lines, settings.ocr_size_snap), raw, ink, settings)
    rules = sign_lines(ink, [line.bbox for line in raw], settings.ocr_dpi)
    return _with_sign_lines(lines, [tuple(value * scale for value in rule) for rule in rules])


def _with_sign_lines(lines: list[OcrLine], rules: Sequence[tuple[float, ...]]) -> list[OcrLine]:
    """The lines with each line to sign on put in as typed underscores where it stands, in the
    page's body size: the paragraph builder reads it like a text layer's "______", no font change."""
    body = _weighted_median([(line.size, len(line.text)) for line in lines]) or 0.0
    out = list(lines)
    for left, _, right, bottom in sorted(rules, key=lambda rule: rule[1], reverse=True):
        at = next((index for index, line in enumerate(out) if line.top > bottom), len(out))
        rule = OcrLine(SIGN_LINE, 100.0, bottom - body, left, bottom, right, body, paragraph=-1)
        out.insert(at, rule)
    return out


def _render(pdf_path: Path, page_number: int, dpi: int) -> Image.Image:
    try:
        with _PDFIUM_LOCK:
            pdf = pdfium.PdfDocument(pdf_path)
            try:
                bitmap = pdf[page_number - 1].render(scale=dpi / _POINTS_PER_INCH, grayscale=True)
                image: Image.Image = bitmap.to_pil()
                return image.convert("L")
            finally:
                pdf.close()
    except (pdfium.PdfiumError, IndexError, OSError) as exc:
        raise OcrError(f"Seite {page_number} ließ sich nicht als Bild darstellen ({exc}).") from exc


def _png(image: Image.Image, dpi: int) -> bytes:
    """Lossless PNG with its resolution set, so Tesseract need not guess it."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def _run_tesseract(png: bytes, settings: IngestSettings) -> bytes:
    command = [settings.ocr_command, "stdin", "stdout", "-l", settings.ocr_languages, "--psm", "3", "hocr"]
    # One thread per Tesseract: its OpenMP threads slow small pages down, and pages run in parallel.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            command, input=png, capture_output=True, env=env, timeout=settings.ocr_timeout_s, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrError(f"Tesseract brauchte länger als {settings.ocr_timeout_s:g} s.") from exc
    except OSError as exc:
        raise OcrError(f"Tesseract ließ sich nicht starten ({exc}).") from exc
    if done.returncode != 0 or not done.stdout:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["keine Ausgabe"]
        raise OcrError(f"Tesseract meldete einen Fehler ({detail[0]}).")
    return done.stdout


def _parse_hocr(hocr: bytes, settings: IngestSettings) -> list[_RawLine]:
    """Lines of an hOCR page in Tesseract's reading order, low-confidence words dropped."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(hocr, parser)
    except etree.XMLSyntaxError as exc:
        raise OcrError(f"Tesseract lieferte kein lesbares hOCR ({exc}).") from exc
    lines: list[_RawLine] = []
    for paragraph, par in enumerate(root.iter("{*}p")):
        for span in par.iter("{*}span"):
            if span.get("class") in _LINE_CLASSES:
                line = _raw_line(span, paragraph, settings)
                if line is not None:
                    lines.append(line)
    return lines


def _raw_line(span: etree._Element, paragraph: int, settings: IngestSettings) -> _RawLine | None:
    title = span.get("title", "")
    bbox, x_size_match = _BBOX.search(title), _X_SIZE.search(title)
    if bbox is None:
        return None
    box = _box(bbox)
    x_size = float(x_size_match.group(1)) if x_size_match else float(box[3] - box[1])
    nodes = [node for node in span.iter("{*}span") if node.get("class") == "ocrx_word"]
    words = _with_bullet([word for node in nodes if (word := _word(node)) is not None], x_size)
    kept = tuple(word for word in words if _trusted(word, settings))
    if sum(char.isalnum() for text, _, _ in kept for char in text) < _MIN_LINE_ALNUM:
        return None  # specks, a stamp's frame or a lone bullet
    return _RawLine(kept, box, x_size, paragraph)


def _trusted(word: _Word, settings: IngestSettings) -> bool:
    """Keep a word above the floor; a long word needs less (specks never read as long words)."""
    text, confidence, _ = word
    if text == BULLET:
        return True
    if sum(char.isalpha() for char in text) >= _LONG_WORD_LETTERS:
        return confidence >= settings.ocr_min_confidence_long_word
    return confidence >= settings.ocr_min_confidence


def _with_bullet(words: list[_Word], x_size: float) -> list[_Word]:
    """Turn a bullet look-alike standing apart at the line start into "•", whatever its confidence."""
    if len(words) < 2 or not _BULLET_LOOKALIKE.match(words[0][0]):
        return words
    (_, conf, box), following = words[0], words[1]
    gap = following[2][0] - box[2]
    if gap < _BULLET_GAP * x_size and not _wider_than_spaces(words, gap, x_size):
        return words
    return [(BULLET, conf, box), *words[1:]]


def _wider_than_spaces(words: Sequence[_Word], gap: float, x_size: float) -> bool:
    """True if the gap after the first word is a tab: far wider than the line's own word spaces.

    Word's list tab behind a small bullet leaves 0.6-0.8 of the text height (measured 34 px at
    x_size 47), its word spaces about 0.3; a justified line stretches all its spaces alike.
    """
    spaces = sorted(nxt[2][0] - word[2][2] for word, nxt in itertools.pairwise(words[1:]))
    if len(spaces) < _MIN_SPACES or gap < _TAB_MIN_GAP * x_size:
        return False
    return gap >= _TAB_TO_SPACE * spaces[len(spaces) // 2]


def _word(node: etree._Element) -> _Word | None:
    title = node.get("title", "")
    bbox, conf = _BBOX.search(title), _WCONF.search(title)
    text = _EDGE_UNDERSCORES.sub("", clean_text("".join(node.itertext())).strip())
    if not text or bbox is None:
        return None
    return text, float(conf.group(1)) if conf else 0.0, _box(bbox)


def _box(match: re.Match[str]) -> _Box:
    x0, y0, x1, y1 = (int(value) for value in match.groups())
    return x0, y0, x1, y1


def _to_points(line: _RawLine, scale: float) -> OcrLine:
    x0, y0, x1, y1 = line.bbox
    return OcrLine(
        text=" ".join(text for text, _, _ in line.words),
        confidence=round(statistics.fmean(conf for _, conf, _ in line.words), 1),
        top=y0 * scale,
        left=x0 * scale,
        bottom=y1 * scale,
        right=x1 * scale,
        size=line.x_size * scale * _SIZE_PER_X_SIZE,
        paragraph=line.paragraph,
    )


def _harmonise_sizes(lines: list[OcrLine], snap: float) -> list[OcrLine]:
    """One size per Tesseract paragraph, sizes near the page's body size snapped to it, whole points.

    Estimates jitter by ±5 % from line to line; `lines_to_blocks` would split a paragraph
    at every change, and Word's fonts come in whole points anyway.
    """
    by_paragraph: dict[int, float] = {}
    for number in {line.paragraph for line in lines}:
        by_paragraph[number] = statistics.median(line.size for line in lines if line.paragraph == number)
    body = _weighted_median([(by_paragraph[line.paragraph], len(line.text)) for line in lines])
    sized: list[OcrLine] = []
    for line in lines:
        size = by_paragraph[line.paragraph]
        if body is not None and abs(size - body) <= snap * body:
            size = body
        sized.append(replace(line, size=float(round(size))))
    return sized


def _weighted_median(values: Iterable[tuple[float, int]]) -> float | None:
    """The value carrying half of the total weight (characters)."""
    ordered = sorted(values)
    total = sum(weight for _, weight in ordered)
    running = 0
    for value, weight in ordered:
        running += weight
        if 2 * running >= total:
            return value
    return None


def _stroke_ratio(ink: np.ndarray, line: _RawLine) -> float:
    """Mean horizontal ink run length over the words of a line, relative to its text height.

    Bold glyphs have strokes about 1.5 times as wide as regular ones at the same size;
    dividing by the height makes 11 pt and 14 pt lines comparable.
    """
    ink_pixels = runs = 0
    for _, _, (x0, y0, x1, y1) in line.words:
        region = ink[y0 : y1 + 1, x0 : x1 + 1]
        if region.size == 0:
            continue
        ink_pixels += int(region.sum())
        # A run starts where ink follows background (or the box edge) along a row.
        starts = region[:, 1:] & ~region[:, :-1]
        runs += int(starts.sum()) + int(region[:, 0].sum())
    return ink_pixels / runs / line.x_size if runs and line.x_size > 0 else 0.0


def _mark_bold(
    lines: list[OcrLine], raw: Sequence[_RawLine], ink: np.ndarray, settings: IngestSettings
) -> list[OcrLine]:
    """Mark lines whose strokes are clearly wider than those of the page's body text."""
    ratios = [_stroke_ratio(ink, line) for line in raw]
    body = _weighted_median([(ratio, len(line.text)) for ratio, line in zip(ratios, lines, strict=True)])
    if not body:
        return lines
    return [
        replace(line, bold=ratio >= settings.ocr_bold_stroke_ratio * body)
        for ratio, line in zip(ratios, lines, strict=True)
    ]


def to_lines(lines: Sequence[OcrLine], page: int) -> list[Line]:
    """OCR lines as the `Line`s of the PDF chain (no font name: a scan has none)."""
    return [
        Line(
            page=page,
            text=line.text,
            top=line.top,
            bottom=line.bottom,
            x0=line.left,
            x1=line.right,
            size=line.size,
            bold=line.bold,
        )
        for line in lines
    ]
