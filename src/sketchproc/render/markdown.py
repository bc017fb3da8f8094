"""Markdown renderer: the reviewer summary of each sketch as summaries/<slug>.md.

Sketch text goes through `escape_markdown`, so a title or quote cannot create HTML, links,
emphasis or table cells when a viewer renders the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from sketchproc.render.context import PackView, SketchView
from sketchproc.render.html import SUMMARY_DIR, jinja_env, write_text

__all__ = ["MarkdownRenderer", "escape_markdown", "render_markdown_summary"]

# Punctuation that opens HTML, links, emphasis, code or table cells. Parentheses stay: without
# an unescaped ']' before them they cannot form a link.
_SPECIAL = re.compile(r"([\\`*_\[\]#!|~>])")
# GFM turns bare URLs, "www." and e-mail addresses into links; an escape before ':', '.'
# or '@' breaks the pattern while the text reads the same.
_AUTOLINK = re.compile(r"(?<=[A-Za-z])(:)(?=//)|(?<=\bwww)(\.)|(@)", re.IGNORECASE)


def escape_markdown(value: object) -> str:
    """Escape text for inline Markdown: no raw HTML, no links, no emphasis, one line."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _SPECIAL.sub(r"\\\1", text)
    text = _AUTOLINK.sub(lambda match: "\\" + match.group(0), text)
    # A line start such as "1." or "-" would open a list; text is always inline here, but a
    # leading escape keeps it literal even if a template puts it at the start of a line.
    return re.sub(r"^(\d+)\.(?=\s)", r"\1\\.", text)


def render_markdown_summary(view: PackView, sketch: SketchView) -> str:
    """The reviewer summary of one sketch as Markdown."""
    env = jinja_env()
    template = env.get_template("summary.md.j2")
    return template.render(pack=view, s=sketch, md=escape_markdown)


class MarkdownRenderer:
    """Writes one Markdown summary per sketch."""

    name = "Markdown"

    def render(self, view: PackView, out_dir: Path) -> list[Path]:
        """Write summaries/<slug>.md for every sketch."""
        return [
            write_text(out_dir / SUMMARY_DIR / f"{sketch.slug}.md", render_markdown_summary(view, sketch))
            for sketch in view.sketches
        ]
