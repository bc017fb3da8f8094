"""Median ms/page of `read_pdf` against bare pdfplumber `extract_words()`, same PDFs, same run.

Usage: python scripts/bench_pdf_extract.py FOLDER [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pdfplumber

from sketchproc.ingest.pdf import read_pdf
from sketchproc.settings import IngestSettings


def bare_ms_per_page(path: Path) -> float:
    """Open, extract_words() on every page (as read_pdf does), close."""
    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        pages = len(pdf.pages)
        for page in pdf.pages:
            page.extract_words(extra_attrs=["fontname", "size"])
            page.close()
    return (time.perf_counter() - start) * 1000 / max(pages, 1)


def reader_ms_per_page(path: Path, settings: IngestSettings) -> float:
    start = time.perf_counter()
    doc = read_pdf(path, settings)
    return (time.perf_counter() - start) * 1000 / max(doc.pages or 0, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    settings = IngestSettings()
    paths = sorted(args.folder.glob("*.pdf"))
    bare: list[float] = []
    reader: list[float] = []
    for path in paths:
        for _ in range(args.repeat):
            # Alternate the two so caches and CPU frequency favour neither.
            try:
                reader.append(reader_ms_per_page(path, settings))
            except Exception as exc:  # unreadable fixtures (encrypted, truncated) are skipped
                print(f"skip {path.name}: {type(exc).__name__}")
                break
            bare.append(bare_ms_per_page(path))
    if not bare:
        raise SystemExit("no readable PDFs")
    bare_ms, reader_ms = statistics.median(bare), statistics.median(reader)
    print(f"{len(paths)} PDFs, {len(bare)} runs")
    print(f"bare extract_words: {bare_ms:.2f} ms/page (median)")
    print(f"read_pdf:           {reader_ms:.2f} ms/page (median)")
    print(f"ratio:              {reader_ms / bare_ms:.2f}")


if __name__ == "__main__":
    main()
