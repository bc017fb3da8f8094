"""CSV renderer: overview.csv for a German Excel (UTF-8 with BOM, ';', decimal comma, CRLF)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sketchproc.render.context import PackView, SketchView, german_number
from sketchproc.render.html import write_text

__all__ = ["CsvRenderer", "overview_csv"]

FIXED_COLUMNS = (
    "Rang",
    "Titel",
    "Antragsteller",
    "Zuwendung (EUR)",
    "Förderquote (%)",
    "Harte Mängel",
    "Gesamtscore",
    "Dateien",
)
# Excel runs a cell starting with one of these as a formula; sketch text must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def overview_csv(view: PackView) -> str:
    """One row per submission in rank order (its files named), one column per relevance dimension."""
    buffer = io.StringIO()
    # Excel in a German locale expects ';' and CRLF; QUOTE_MINIMAL keeps numbers unquoted.
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([*FIXED_COLUMNS, *(dim.label for dim in view.dimensions)])
    writer.writerows(_row(sketch) for sketch in view.sketches)
    return buffer.getvalue()


def _row(sketch: SketchView) -> list[str]:
    flags = ", ".join(flag.label for flag in sketch.hard_flags)
    return [
        str(sketch.rank),
        _text(sketch.title),
        _text(sketch.applicant),
        german_number(sketch.grant_eur, 2) if sketch.grant_eur is not None else "",
        german_number(sketch.funding_rate * 100) if sketch.funding_rate is not None else "",
        f"{len(sketch.hard_flags)}: {flags}" if flags else "0",
        german_number(sketch.score) if sketch.score is not None else "",
        _text(" | ".join(f.path for f in sketch.submission.files) if sketch.submission else sketch.path),
        *(german_number(bar.value) for bar in sketch.dimensions),
    ]


def _text(value: str) -> str:
    """Defuse formula injection with a leading apostrophe, which Excel hides."""
    return "'" + value if value.startswith(_FORMULA_START) else value


class CsvRenderer:
    """Writes overview.csv."""

    name = "CSV"

    def render(self, view: PackView, out_dir: Path) -> list[Path]:
        """Write overview.csv with a BOM so Excel detects UTF-8."""
        return [write_text(out_dir / "overview.csv", overview_csv(view), bom=True)]
