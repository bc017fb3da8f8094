"""PDF renderer: pack.pdf for the board, printed by WeasyPrint from an HTML template.

Layout: a cover, the ranking, then one page per sketch (spec §1.3: the board is a mixed
expert panel, so one page per sketch with clear evidence quotes).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from sketchproc.errors import RenderError
from sketchproc.render.context import PackView
from sketchproc.render.html import TEMPLATES, jinja_env

__all__ = ["PDF_NAME", "PdfRenderer", "pack_html", "preload"]

PDF_NAME = "pack.pdf"
_MISSING_LIBS = (
    "pack.pdf kann nicht erstellt werden: WeasyPrint findet die Pango-Systembibliotheken nicht ({error}). "
    "Bitte installieren: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 – "
    "die übrigen Unterlagen wurden trotzdem erstellt."
)


def pack_html(view: PackView) -> str:
    """The print HTML of the pack (also useful to debug the layout in a browser)."""
    return jinja_env().get_template("pack.html.j2").render(pack=view)


def _weasyprint() -> Any:
    """Import WeasyPrint late: it loads Pango through ctypes and fails with OSError without it.

    Raises:
        RenderError: the system libraries are missing; names the Debian packages.
    """
    try:
        import weasyprint
    except OSError as exc:
        raise RenderError(_MISSING_LIBS.format(error=exc), code="pdf_libraries_missing") from exc
    return weasyprint


def preload() -> None:
    """Import WeasyPrint ahead of printing; a missing library is left for `PdfRenderer` to report."""
    with contextlib.suppress(RenderError):
        _weasyprint()


class PdfRenderer:
    """Writes pack.pdf."""

    name = "PDF"

    def render(self, view: PackView, out_dir: Path) -> list[Path]:
        """Print the pack; metadata dates come from the view (dcterms meta tags), not the clock.

        Raises:
            RenderError: WeasyPrint's system libraries are missing or the file cannot be written.
        """
        weasyprint = _weasyprint()
        target = out_dir / PDF_NAME
        document = weasyprint.HTML(string=pack_html(view), base_url=str(TEMPLATES))
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            # No pdf_identifier: a random /ID would make every run differ. PDF/UA: tagged, so a
            # screen reader follows headings and tables, and the language is declared.
            document.write_pdf(target, pdf_identifier=False, pdf_variant="pdf/ua-1")
        except OSError as exc:
            raise RenderError(
                f"{target} kann nicht geschrieben werden ({exc}). Schreibrechte prüfen."
            ) from exc
        return [target]
