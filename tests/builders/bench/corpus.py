"""Build the reproducible benchmark corpus: about 200 German project sketches, half .docx, half PDF.

Usage: python scripts/bench/build_corpus.py OUT_DIR [--sketches 200] [--seed 0]

The sketches are composed by `compose` and written by the blind sketch renderers (blind_docx,
blind_pdf). Deterministic: one seeded RNG per sketch, fixed document metadata, fixed zip
timestamps and reportlab's invariant mode, so a rebuild is byte-identical. A manifest beside
OUT_DIR (OUT_DIR.manifest.json; not inside it, where the batch would pick it up as a submission)
keeps each file's sha256 and page count; files already present with the right hash are skipped.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pdfplumber

from ..blind_docx import render_docx
from ..blind_pdf import render_pdf
from .compose import DOCX_WORDS_PER_PAGE, SOURCE, Sketch, as_blind_sketch, compose, load_outline, load_rows

# Bump when the composition or rendering changes: the manifest then no longer matches.
# 2: rendered by the blind sketch renderers instead of a corpus-only layout.
GENERATOR_VERSION = "2"
FILE_NAME = re.compile(r"^skizze_\d{3}_[a-z0-9-]+\.(docx|pdf)$")


@dataclass(frozen=True)
class Built:
    """One corpus file as recorded in the manifest."""

    name: str
    sha256: str
    kind: str
    pages: float  # PDF: counted with pdfplumber; .docx: words / 350
    words: int


def manifest_key(seed: int) -> dict[str, str]:
    """Everything the bytes depend on besides the sketch index."""
    return {
        "generator": GENERATOR_VERSION,
        "source_sha256": hashlib.sha256(SOURCE.read_bytes()).hexdigest(),
        "seed": str(seed),
        "python-docx": version("python-docx"),
        "reportlab": version("reportlab"),
    }


def manifest_path(out_dir: Path) -> Path:
    """OUT_DIR.manifest.json, beside the corpus folder."""
    return out_dir.parent / f"{out_dir.name}.manifest.json"


def load_manifest(path: Path, key: dict[str, str]) -> dict[str, Built]:
    """Files recorded by an earlier build with the same key; empty otherwise."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if raw.get("key") != key:
        return {}
    return {item["name"]: Built(**item) for item in raw.get("files", [])}


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count_pages(sketch: Sketch, data: bytes) -> float:
    """PDF pages counted with pdfplumber; .docx pages estimated as words / 350."""
    if sketch.kind == "docx":
        return round(sketch.words / DOCX_WORDS_PER_PAGE, 2)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return float(len(pdf.pages))


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside `target`, then rename: never a half-written sketch."""
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.chmod(temporary, 0o644)
    os.replace(temporary, target)


def render(sketch: Sketch) -> bytes:
    """The sketch's file bytes, written by the blind renderer of its kind."""
    blind = as_blind_sketch(sketch)
    with tempfile.TemporaryDirectory(prefix="sketchproc_bench_") as tmp:
        target = Path(tmp) / sketch.file_name
        (render_docx if sketch.kind == "docx" else render_pdf)(blind, target)
        return target.read_bytes()


def build_one(sketch: Sketch, out_dir: Path, known: Built | None) -> tuple[Built, bool]:
    """Render and write one sketch unless the file is present with the recorded hash."""
    target = out_dir / sketch.file_name
    if known is not None and target.is_file() and file_sha256(target) == known.sha256:
        return known, False
    data = render(sketch)
    write_atomically(target, data)
    built = Built(
        sketch.file_name,
        hashlib.sha256(data).hexdigest(),
        sketch.kind,
        count_pages(sketch, data),
        sketch.words,
    )
    return built, True


def remove_stale(out_dir: Path, keep: set[str]) -> int:
    """Delete corpus files of an earlier, larger or differently seeded build (only our names)."""
    stale = [p for p in out_dir.iterdir() if FILE_NAME.match(p.name) and p.name not in keep]
    for path in stale:
        path.unlink()
    return len(stale)


def build(out_dir: Path, sketches: int, seed: int) -> list[Built]:
    """Build (or refresh) the corpus and its manifest; return every file's record."""
    out_dir.mkdir(parents=True, exist_ok=True)
    outline = load_outline()
    rows = load_rows(outline)
    key = manifest_key(seed)
    known = load_manifest(manifest_path(out_dir), key)
    records: list[Built] = []
    written = 0
    for index in range(sketches):
        sketch = compose(index, seed, outline, rows)
        record, fresh = build_one(sketch, out_dir, known.get(sketch.file_name))
        records.append(record)
        written += fresh
        if fresh and written % 20 == 0:
            print(f"  {index + 1}/{sketches} …", file=sys.stderr)
    removed = remove_stale(out_dir, {record.name for record in records})
    manifest = {"key": key, "files": [record.__dict__ for record in records]}
    manifest_path(out_dir).write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{written} written, {len(records) - written} unchanged, {removed} stale removed", file=sys.stderr)
    return records


def summary(records: list[Built]) -> str:
    """Counts and pages by kind, and the total."""
    lines = []
    for kind in ("docx", "pdf"):
        of_kind = [r for r in records if r.kind == kind]
        pages = sum(r.pages for r in of_kind)
        how = "estimated as words/350" if kind == "docx" else "counted with pdfplumber"
        lines.append(f"{kind}: {len(of_kind)} sketches, {pages:.0f} pages ({how})")
    lines.append(f"total: {len(records)} sketches, {sum(r.pages for r in records):.0f} pages")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Command line: OUT_DIR [--sketches N] [--seed S]."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--sketches", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.sketches < 1:
        parser.error("--sketches must be at least 1")
    records = build(args.out_dir, args.sketches, args.seed)
    print(summary(records), file=sys.stderr)
