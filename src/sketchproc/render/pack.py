"""The board pack: every output for one batch, written from one view-model.

`render_pack` is what the batch runner calls after writing results.json. One failing format
(typically the PDF, when Pango is missing) is recorded and does not stop the others.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from sketchproc.errors import RenderError
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.context import build_view
from sketchproc.render.csv import CsvRenderer
from sketchproc.render.docx import DOCX_NAME, DocxRenderer
from sketchproc.render.html import HtmlRenderer, write_text
from sketchproc.render.markdown import MarkdownRenderer
from sketchproc.render.pdf import PDF_NAME, PdfRenderer
from sketchproc.render.pdf import preload as preload_pdf
from sketchproc.render.view_model import Label, PackView
from sketchproc.results_model import Results, validate_results

__all__ = ["ERRORS_NAME", "PackReport", "Renderer", "preload", "render_pack", "render_pack_report"]

log = logging.getLogger(__name__)

ERRORS_NAME = "render_errors.txt"
# Files linked from index.html when they were written (German label for the link).
_DOWNLOADS = (
    (PDF_NAME, "Sitzungsunterlage (PDF)"),
    (DOCX_NAME, "Votierungsbogen (DOCX)"),
    ("overview.csv", "Übersicht für Excel (CSV)"),
)


class Renderer(Protocol):
    """One output format: reads only the view-model, writes into out_dir, returns the files."""

    name: str

    def render(self, view: PackView, out_dir: Path) -> list[Path]:
        """Write this format's files.

        Raises:
            RenderError: the output cannot be written.
        """
        ...


@dataclass(frozen=True)
class PackReport:
    """What render_pack wrote, and the German messages of the formats that failed."""

    paths: tuple[Path, ...]
    errors: tuple[str, ...]


def preload() -> None:
    """Import what printing the pack needs (WeasyPrint), so a caller can do it while it waits."""
    preload_pdf()


def render_pack(
    results: Results | Mapping[str, Any],
    out_dir: Path,
    profile: CallProfile,
    generated: str | None = None,
    meeting: str | None = None,
) -> list[Path]:
    """Write summaries, index.html, overview.csv, pack.pdf and Votierungsbogen.docx into out_dir.

    `generated` is the date shown in the pack (ISO "YYYY-MM-DD" is shown as a German date and
    used for PDF/DOCX metadata). It defaults to `results["generated"]` if present, else
    "nicht angegeben"; the clock is never read, so the same input gives the same files.
    `meeting` is the meeting's date for the voting sheet and the cover; without it both show
    a line to fill in. A format that fails with RenderError is recorded in render_errors.txt
    and on index.html.
    """
    return list(render_pack_report(results, out_dir, profile, generated, meeting).paths)


def render_pack_report(
    results: Results | Mapping[str, Any],
    out_dir: Path,
    profile: CallProfile,
    generated: str | None = None,
    meeting: str | None = None,
) -> PackReport:
    """Like render_pack, but also returns the error messages (for the runner's exit code).

    Raises:
        RenderError: index.html or the summaries cannot be written (nothing to show the board).
        ResultsError: a results.json dict does not fit the results contract.
    """
    results = validate_results(results)
    date_text = generated if generated is not None else (results.generated or "nicht angegeben")
    view = build_view(results, profile, date_text, meeting)
    paths, errors = _render_each(
        view, out_dir, (PdfRenderer(), DocxRenderer(), CsvRenderer(), MarkdownRenderer())
    )
    # HTML last: the index links only files that exist and shows the failures.
    written = {path.name for path in paths}
    downloads = tuple(Label(name, label) for name, label in _DOWNLOADS if name in written)
    final = replace(view, notices=tuple(errors), downloads=downloads)
    paths += HtmlRenderer().render(final, out_dir)
    if errors:
        paths.append(write_text(out_dir / ERRORS_NAME, "\n".join(errors) + "\n"))
    return PackReport(tuple(paths), tuple(errors))


def _render_each(
    view: PackView, out_dir: Path, renderers: Sequence[Renderer]
) -> tuple[list[Path], list[str]]:
    paths: list[Path] = []
    errors: list[str] = []
    for renderer in renderers:
        try:
            paths += renderer.render(view, out_dir)
        except RenderError as exc:
            log.warning("%s: %s", renderer.name, exc.message)
            errors.append(f"{renderer.name}: {exc.message}")
    return paths, errors
