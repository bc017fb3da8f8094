"""HTML renderer: reviewer summaries (summaries/<slug>.html) and the ranking page (index.html).

Templates ending in `.html.j2` are autoescaped, so sketch text (titles, quotes, errors) can
never become markup. CSS and JavaScript are inlined from the template folder: the pack must
open offline from a USB stick, without any external asset.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from sketchproc.errors import RenderError
from sketchproc.german import count_noun
from sketchproc.render.context import PackView, SketchView

__all__ = ["HtmlRenderer", "jinja_env", "render_index", "render_summary", "write_text"]

TEMPLATES = Path(__file__).parent / "templates"
SUMMARY_DIR = "summaries"


@lru_cache(maxsize=1)
def jinja_env() -> jinja2.Environment:
    """The template environment shared by the HTML, Markdown and PDF renderers."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        # Only *.html.j2 is escaped; Markdown templates escape through the `md` filter instead.
        autoescape=jinja2.select_autoescape(enabled_extensions=("html.j2",), default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # {{ n|count_noun("Datei") }} → "1 Datei" / "3 Dateien": the one plural helper.
    env.filters["count_noun"] = count_noun
    return env


def render_summary(view: PackView, sketch: SketchView) -> str:
    """The reviewer summary of one sketch as a standalone HTML page."""
    return jinja_env().get_template("summary.html.j2").render(pack=view, s=sketch)


def render_index(view: PackView) -> str:
    """The ranking and inputs page with inline sort/filter script."""
    return jinja_env().get_template("index.html.j2").render(pack=view)


def write_text(path: Path, text: str, *, bom: bool = False) -> Path:
    """Write UTF-8 text with '\\n' kept as is (no platform newline translation).

    Raises:
        RenderError: the file cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8-sig" if bom else "utf-8"))
    except OSError as exc:
        raise RenderError(
            f"{path} kann nicht geschrieben werden ({exc.strerror}). Schreibrechte prüfen."
        ) from exc
    return path


class HtmlRenderer:
    """Writes index.html and one summary page per sketch."""

    name = "HTML"

    def render(self, view: PackView, out_dir: Path) -> list[Path]:
        """Write the summaries first, so every link in index.html resolves once it exists."""
        paths = [
            write_text(out_dir / SUMMARY_DIR / f"{sketch.slug}.html", render_summary(view, sketch))
            for sketch in view.sketches
        ]
        paths.append(write_text(out_dir / "index.html", render_index(view)))
        return paths
