"""Plain-text views for people reading a terminal.

`check_report` and `relevance_report` lay out the view-model of the summaries and the pack
(render.sketch_view.assessment_view), so labels, verdicts, facts and numbers read the same in
every output; only the layout (marks, bars, indentation, shorter quotes) is the terminal's.
`outline_markdown` shows the section tree `extract` finds, before any call profile applies.
"""

from __future__ import annotations

from sketchproc.german import count_noun
from sketchproc.model import Assessment, Document, SectionedDocument
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.appraisal import shorten
from sketchproc.render.sketch_view import assessment_view
from sketchproc.render.view_model import Quote, ScoreBar

__all__ = ["check_report", "outline_markdown", "relevance_report"]

# A terminal line holds about this much of a quote; the summaries show up to 300 characters.
_QUOTE_CHARS = 160
_BAR_WIDTH = 25
_STATUS_MARK = {"ok": "✓", "violated": "✗", "missing": "?", "unclear": "~"}


def outline_markdown(sectioned: SectionedDocument) -> str:
    """The section tree as a Markdown list with word counts (German labels)."""
    document = sectioned.document
    lines = [_file_line(document), ""]
    lines += _notes(document.warnings)
    for section in sectioned.sections:
        indent = "  " * (section.level - 1)
        number = f"{section.number} " if section.number else ""
        page = f", S. {section.page}" if section.page else ""
        lines.append(f"{indent}- {number}{section.title} ({count_noun(section.words, 'Wort')}{page})")
    if not sectioned.sections:
        lines.append("(keine Abschnitte erkannt)")
    return "\n".join(lines) + "\n"


def check_report(assessment: Assessment, profile: CallProfile) -> str:
    """A German report for the terminal: outline coverage, facts, checklist flags with evidence."""
    view = assessment_view(assessment, profile)
    lines = [_file_line(assessment.mapping.sectioned.document), ""]
    lines += _notes(view.warnings)
    lines += ["## Gliederung (Gliederungsvorschlag)", ""]
    for row in view.coverage:
        where = f" – {', '.join(row.sections)}" if row.sections else ""
        lines.append(f"- {row.title}: {row.status_label} ({count_noun(row.words, 'Wort')}){where}")
    lines += ["", "## Eckdaten", ""]
    lines += [f"- {fact.label}: {fact.value}" for fact in view.facts]
    lines += ["", "## Checkliste", ""]
    for check in view.checks:
        verdict = f" – {check.verdict}" if check.status != "ok" else ""
        lines.append(f"{_STATUS_MARK[check.status]} [{check.severity_label}] {check.label}{verdict}")
        if check.note:
            lines.append(f"    {check.note}")
        lines += [f"    {_quoted(quote)}" for quote in check.evidence]
    return "\n".join(lines) + "\n"


def relevance_report(assessment: Assessment, profile: CallProfile) -> str:
    """A German view of the relevance: a bar per dimension and criterion, then the best evidence."""
    if assessment.relevance is None:
        return "(keine Relevanzbewertung)\n"
    view = assessment_view(assessment, profile)
    lines = [_file_line(assessment.mapping.sectioned.document), ""]
    lines += _notes(view.warnings)
    lines += [f"## Smart-City-/Smart-Region-Relevanz: {view.score_text} von 100", ""]
    width = max(len(bar.label) for bar in (*view.dimensions, *view.criteria))
    lines.append("Dimensionen:")
    lines += [_bar(bar, width) for bar in view.dimensions]
    lines += ["", "Querschnittskriterien:"]
    lines += [_bar(bar, width) for bar in view.criteria]
    lines += ["", "## Wichtigste Belegstellen", ""]
    lines += [f"- {quote.label}: {_quoted(quote)}" for quote in view.evidence]
    return "\n".join(lines) + "\n"


def _file_line(document: Document) -> str:
    """The file, its format and its pages: "# Skizze.pdf (PDF, 3 Seiten)"."""
    pages = f", {count_noun(document.pages, 'Seite')}" if document.pages else ""
    return f"# {document.path} ({document.format.value.upper()}{pages})"


def _notes(warnings: tuple[str, ...]) -> list[str]:
    """The reader's notes on the file (missing text layer, OCR), then a blank line."""
    return [*(f"> Hinweis: {warning}" for warning in warnings), ""] if warnings else []


def _quoted(quote: Quote) -> str:
    page = f" (S. {quote.page})" if quote.page else ""
    return f"„{shorten(quote.text, _QUOTE_CHARS)}“{page}"


def _bar(bar: ScoreBar, width: int) -> str:
    filled = round(bar.value / 100 * _BAR_WIDTH)
    return f"  {bar.label:<{width}} {'█' * filled}{'·' * (_BAR_WIDTH - filled)} {bar.text:>5}"
