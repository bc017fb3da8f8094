"""Render every blind sketch (tests/data/blind/<split>/<id>/sketch.md) into its renderings.

Run:  .venv/bin/python scripts/blind/render_all.py [--split tuning|sealed|all] [--only ID]

Writes <id>.docx, <id>.pdf and/or <id>.scan.pdf beside each sketch.md, as its `renderings`
list says. A scan is made from the text PDF; without `pdf` in the list that PDF goes to a
temporary folder only. One line per rendering; a sketch that fails to parse or render is
reported by file (and line) and the others are still rendered; the exit code is then 1.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]  # ships no type hints (comes with pdfplumber)

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # the builders live in the tests package

from tests.builders.blind_docx import render_docx  # noqa: E402
from tests.builders.blind_markdown import parse_file  # noqa: E402
from tests.builders.blind_model import Sketch, SketchSyntaxError  # noqa: E402
from tests.builders.blind_pdf import render_pdf, unsupported_characters  # noqa: E402
from tests.builders.scan import render_scan  # noqa: E402

BLIND = REPO / "tests" / "data" / "blind"
SPLITS = ("tuning", "sealed")


def main(argv: list[str] | None = None) -> int:
    """Render the selected sketches; return 1 if any failed."""
    args = _parse_args(argv)
    sketch_files = _sketch_files(args.root, args.split, args.only)
    if not sketch_files:
        print(f"no sketch.md found for split={args.split} only={args.only}", file=sys.stderr)
        return 1
    counts: Counter[str] = Counter()
    failures: list[str] = []
    for path in sketch_files:
        error = _render_one(path, args.root, counts)
        if error:
            failures.append(error)
            print(f"ERROR {error}", file=sys.stderr)
    _print_summary(len(sketch_files), counts, failures)
    return 1 if failures else 0


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--only", metavar="ID", help="render only the sketch in this folder")
    parser.add_argument("--root", type=Path, default=BLIND, help="the blind folder (default: %(default)s)")
    return parser.parse_args(argv)


def _sketch_files(root: Path, split: str, only: str | None) -> list[Path]:
    """The sketch.md files of the split(s), sorted, optionally just one id."""
    splits = SPLITS if split == "all" else (split,)
    files = [path for name in splits for path in sorted((root / name).glob("*/sketch.md"))]
    return [path for path in files if only is None or path.parent.name == only]


def _render_one(path: Path, root: Path, counts: Counter[str]) -> str | None:
    """Render one sketch; return an error message naming the file, or None."""
    label = path.parent.relative_to(root)
    try:
        sketch = parse_file(path)
    except SketchSyntaxError as error:
        return f"{label}: parse error at {_shown(error.path)}:{error.line}: {error.message}"
    except (OSError, UnicodeDecodeError) as error:
        return f"{label}: cannot read {path}: {error}"
    if sketch.id != path.parent.name:
        print(
            f"WARN  {label}: front matter id {sketch.id!r} differs from the folder; files use the folder name"
        )
    _warn_unsupported_characters(label, sketch)
    try:
        _write_renderings(sketch, path.parent, label, counts)
    except Exception as error:  # a layout or library failure must not stop the other sketches
        return f"{label}: rendering failed: {type(error).__name__}: {error}"
    return None


def _write_renderings(sketch: Sketch, folder: Path, label: Path, counts: Counter[str]) -> None:
    """Write the renderings the sketch asks for and print one line each."""
    name = folder.name
    if "docx" in sketch.renderings:
        _report(label, "docx", render_docx(sketch, folder / f"{name}.docx"), counts)
    with tempfile.TemporaryDirectory() as scratch:
        # A scan is made from the text PDF; without `pdf` in the list that PDF is scratch only.
        text_pdf = (folder if "pdf" in sketch.renderings else Path(scratch)) / f"{name}.pdf"
        if "pdf" in sketch.renderings or "scan" in sketch.renderings:
            render_pdf(sketch, text_pdf)
        if "pdf" in sketch.renderings:
            _report(label, "pdf", text_pdf, counts)
        if "scan" in sketch.renderings:
            _report(label, "scan", render_scan(text_pdf, folder / f"{name}.scan.pdf", name), counts)


def _report(label: Path, kind: str, path: Path, counts: Counter[str]) -> None:
    """Print one rendering line and count it."""
    counts[kind] += 1
    pages = f"{_page_count(path):>3} p" if path.suffix == ".pdf" else "     "
    print(f"{kind:<5} {label!s:<45} {pages} {path.stat().st_size / 1024:8.1f} KB  {path.name}")


def _shown(path: Path) -> Path:
    """A path relative to the repository when it lies inside it."""
    return path.relative_to(REPO) if path.is_relative_to(REPO) else path


def _page_count(path: Path) -> int:
    """Pages of a PDF."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def _warn_unsupported_characters(label: Path, sketch: Sketch) -> None:
    """Name characters the PDF fonts cannot show (they are substituted in the PDF, kept in the docx)."""
    if "pdf" not in sketch.renderings and "scan" not in sketch.renderings:
        return
    found = unsupported_characters(sketch.path.read_text(encoding="utf-8"))
    if found:
        listed = " ".join(f"U+{ord(char):04X}" for char in sorted(found))
        print(f"WARN  {label}: characters outside WinAnsi are substituted in the PDF: {listed}")


def _print_summary(total: int, counts: Counter[str], failures: list[str]) -> None:
    """Counts per rendering kind and the failures."""
    made = ", ".join(f"{counts[kind]} {kind}" for kind in ("docx", "pdf", "scan"))
    print(f"\n{total} sketches: {made}; {len(failures)} failed")
    for failure in failures:
        print(f"  FAILED {failure}")


if __name__ == "__main__":
    sys.exit(main())
