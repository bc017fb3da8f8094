"""Plain-text views for people reading a terminal."""

from __future__ import annotations

from sketchproc.model import SectionedDocument

__all__ = ["outline_markdown"]


def outline_markdown(sectioned: SectionedDocument) -> str:
    """The section tree as a Markdown list with word counts (German labels)."""
    document = sectioned.document
    pages = f", {document.pages} Seiten" if document.pages else ""
    lines = [f"# {document.path} ({document.format.value.upper()}{pages})", ""]
    for warning in document.warnings:
        lines.append(f"> Hinweis: {warning}")
    if document.warnings:
        lines.append("")
    for section in sectioned.sections:
        indent = "  " * (section.level - 1)
        number = f"{section.number} " if section.number else ""
        page = f", S. {section.page}" if section.page else ""
        lines.append(f"{indent}- {number}{section.title} ({section.words} Wörter{page})")
    if not sectioned.sections:
        lines.append("(keine Abschnitte erkannt)")
    return "\n".join(lines) + "\n"
