"""CSV renderer: overview.csv for a German Excel (UTF-8 with BOM, ';', decimal comma, CRLF).

One row per submission in rank order, German column labels and display names (no ids), then
an empty row and the sum of the requested grants over submissions.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sketchproc.german import count_noun, german_number
from sketchproc.render.html import write_text
from sketchproc.render.labels import FACT_LABELS, NOT_FOUND
from sketchproc.render.view_model import PackView, SketchView

__all__ = ["FIXED_COLUMNS", "SUM_LABEL", "CsvRenderer", "overview_csv"]

FIXED_COLUMNS = (
    "Rang",
    "Gruppe",
    "Titel",
    FACT_LABELS["applicant"],
    FACT_LABELS["region"],
    f"{FACT_LABELS['grant_eur']} (EUR)",
    f"{FACT_LABELS['own_share_eur']} (EUR)",
    f"{FACT_LABELS['total_cost_eur']} (EUR)",
    f"{FACT_LABELS['funding_rate']} (%)",
    f"{FACT_LABELS['duration_months']} (Monate)",
    FACT_LABELS["duration_months"],
    "Ausschlussgründe",
    "Offene Muss-Kriterien",
    "Gesamtscore",
    "Anzahl Dateien",
    "Dateien",
)
SUM_LABEL = "Summe der beantragten Zuwendungen"
GROUP_EXCLUDED = "Ausschluss empfohlen"
GROUP_ELIGIBLE = "ohne Ausschlussempfehlung"
# Excel runs a cell starting with one of these as a formula; sketch text must stay text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def overview_csv(view: PackView) -> str:
    """One row per submission (its files named), one column per relevance dimension, then the sum."""
    buffer = io.StringIO()
    # Excel in a German locale expects ';' and CRLF; QUOTE_MINIMAL keeps numbers unquoted.
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([*FIXED_COLUMNS, *(dim.label for dim in view.dimensions)])
    writer.writerows(_row(sketch) for sketch in view.sketches)
    writer.writerow([])
    total = view.grant_total
    grant_column = FIXED_COLUMNS.index(f"{FACT_LABELS['grant_eur']} (EUR)")
    row = [""] * len(FIXED_COLUMNS)
    row[2] = f"{SUM_LABEL} ({count_noun(total.counted, 'Einreichung')})"
    row[grant_column] = german_number(total.amount, 2)
    writer.writerow(row)
    if view.excluded:
        row = [""] * len(FIXED_COLUMNS)
        row[2] = f"{SUM_LABEL} ohne Ausschlussempfehlungen"
        row[grant_column] = german_number(total.eligible_amount, 2)
        writer.writerow(row)
    return buffer.getvalue()


def _row(sketch: SketchView) -> list[str]:
    files = [f.path for f in sketch.submission.files] if sketch.submission else [sketch.path]
    return [
        str(sketch.rank),
        GROUP_EXCLUDED if sketch.excluded else GROUP_ELIGIBLE,
        _text(sketch.title),
        _text(_found(sketch.applicant)),
        _text(_found(sketch.region_text)),
        _amount(sketch.grant_eur),
        _amount(sketch.own_share_eur),
        _amount(sketch.total_cost_eur),
        german_number(sketch.funding_rate * 100) if sketch.funding_rate is not None else "",
        str(sketch.duration_months) if sketch.duration_months is not None else "",
        _text(_found(sketch.runtime_text)),
        _text("; ".join(flag.defect for flag in sketch.exclusions)),
        _text("; ".join(flag.defect for flag in sketch.open_items)),
        german_number(sketch.score) if sketch.score is not None else "",
        str(len(files)),
        _text(" | ".join(files)),
        *(german_number(bar.value) for bar in sketch.dimensions),
    ]


def _amount(value: float | None) -> str:
    return german_number(value, 2) if value is not None else ""


def _found(text: str) -> str:
    """Empty instead of "nicht gefunden": an empty cell is what Excel filters on."""
    return "" if text == NOT_FOUND else text


def _text(value: str) -> str:
    """Defuse formula injection with a leading apostrophe, which Excel hides."""
    return "'" + value if value.startswith(_FORMULA_START) else value


class CsvRenderer:
    """Writes overview.csv."""

    name = "CSV"

    def render(self, view: PackView, out_dir: Path) -> list[Path]:
        """Write overview.csv with a BOM so Excel detects UTF-8."""
        return [write_text(out_dir / "overview.csv", overview_csv(view), bom=True)]
