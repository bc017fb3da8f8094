"""Plain-text views for people reading a terminal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sketchproc.german import count_noun, format_eur, german_date, german_percent
from sketchproc.model import (
    AmountFact,
    Assessment,
    DateFact,
    Evidence,
    MonthsFact,
    Section,
    SectionedDocument,
    TextFact,
)
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.labels import COVERAGE_LABELS, FACT_LABELS, NOT_FOUND, display_names, item_labels

__all__ = ["check_report", "outline_markdown", "relevance_report"]


def outline_markdown(sectioned: SectionedDocument) -> str:
    """The section tree as a Markdown list with word counts (German labels)."""
    document = sectioned.document
    pages = f", {count_noun(document.pages, 'Seite')}" if document.pages else ""
    lines = [f"# {document.path} ({document.format.value.upper()}{pages})", ""]
    for warning in document.warnings:
        lines.append(f"> Hinweis: {warning}")
    if document.warnings:
        lines.append("")
    for section in sectioned.sections:
        indent = "  " * (section.level - 1)
        number = f"{section.number} " if section.number else ""
        page = f", S. {section.page}" if section.page else ""
        lines.append(f"{indent}- {number}{section.title} ({count_noun(section.words, 'Wort')}{page})")
    if not sectioned.sections:
        lines.append("(keine Abschnitte erkannt)")
    return "\n".join(lines) + "\n"


_STATUS_MARK = {"ok": "✓", "violated": "✗", "missing": "?", "unclear": "~"}


def check_report(assessment: Assessment, profile: CallProfile) -> str:
    """A German report for the terminal: outline coverage, facts, checklist flags with evidence."""
    sectioned = assessment.mapping.sectioned
    lines = [outline_markdown(sectioned).splitlines()[0], "", "## Gliederung (Gliederungsvorschlag)", ""]
    titles = {spec.id: spec.title for spec in profile.outline.sections}
    for coverage in assessment.mapping.coverage:
        where = ", ".join(_section_label(sectioned.sections[i]) for i in coverage.sections)
        if coverage.headless:
            where = "ohne Überschrift (Deckblatt/Tabelle)"
        status = COVERAGE_LABELS[coverage.status.value]
        words = count_noun(coverage.words, "Wort")
        lines.append(f"- {titles[coverage.outline_id]}: {status} ({words}){_join(where)}")
    lines += ["", "## Eckdaten", ""]
    lines += [f"- {label}: {value}" for label, value in _facts_lines(assessment, profile)]
    lines += ["", "## Checkliste", ""]
    labels = item_labels(profile)
    for result in (*assessment.checklist, *assessment.findings):
        mark = _STATUS_MARK[result.status.value]
        severity = "Muss" if result.severity == "hard" else "Qualität"
        verdict = f" – {result.verdict}" if result.verdict and result.status.value != "ok" else ""
        lines.append(f"{mark} [{severity}] {labels.get(result.item_id, result.item_id)}{verdict}")
        if result.note:
            lines.append(f"    {result.note}")
        for evidence in _distinct(result.evidence)[:2]:
            page = f" (S. {evidence.page})" if evidence.page else ""
            lines.append(f"    „{_shorten(evidence.quote)}“{page}")
    return "\n".join(lines) + "\n"


def _section_label(section: Section) -> str:
    return f"{section.number} {section.title}" if section.number else section.title


def _join(where: str) -> str:
    return f" – {where}" if where else ""


def _distinct(evidence: Sequence[Evidence]) -> list[Evidence]:
    """Evidence without repeated quotes (a table row may prove two parts of one item)."""
    seen: dict[str, Evidence] = {}
    for item in evidence:
        seen.setdefault(" ".join(item.quote.split()), item)
    return list(seen.values())


def _facts_lines(assessment: Assessment, profile: CallProfile) -> list[tuple[str, str]]:
    facts = assessment.facts
    names = display_names(profile)
    rows: list[tuple[str, str]] = []
    for key in FACT_LABELS:
        text = _format_fact(key, getattr(facts, key))
        rows.append((FACT_LABELS[key], names.get(text, text)))
    return rows


def _format_fact(key: str, fact: TextFact | AmountFact | DateFact | MonthsFact | None) -> str:
    if fact is None:
        return NOT_FOUND
    value = fact.value
    if isinstance(value, date):
        return german_date(value)
    if key == "funding_rate" and isinstance(value, float):
        return german_percent(value)
    if key == "duration_months" and isinstance(value, int):
        return count_noun(value, "Monat")
    if isinstance(value, float):
        return format_eur(value)
    return str(value)


def _shorten(quote: str, limit: int = 160) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1].rstrip() + "…"


_BAR_WIDTH = 25


def relevance_report(assessment: Assessment, profile: CallProfile, evidence_per_dimension: int = 2) -> str:
    """A German view of the relevance: a bar per dimension and criterion, then the best evidence."""
    relevance = assessment.relevance
    if relevance is None:
        return "(keine Relevanzbewertung)\n"
    title = outline_markdown(assessment.mapping.sectioned).splitlines()[0]
    lines = [title, "", f"## Smart-City-/Smart-Region-Relevanz: {relevance.score:.0f} von 100", ""]
    labels = {d.id: d.label for d in profile.taxonomy.dimensions}
    labels.update({c.id: c.label for c in profile.taxonomy.criteria})
    width = max(len(label) for label in labels.values())
    lines.append("Dimensionen:")
    lines += [_bar(labels[key], value, width) for key, value in relevance.dimensions.items()]
    lines += ["", "Querschnittskriterien:"]
    lines += [_bar(labels[key], value, width) for key, value in relevance.criteria.items()]
    lines += ["", "## Belege", ""]
    for key in relevance.dimensions:
        quotes = [e for e in relevance.evidence if e.dimension == key][:evidence_per_dimension]
        for item in quotes:
            page = f" (S. {item.page})" if item.page else ""
            lines.append(f"- {labels[key]}: „{_shorten(item.quote)}“{page}")
    return "\n".join(lines) + "\n"


def _bar(label: str, value: float, width: int) -> str:
    filled = round(value / 100 * _BAR_WIDTH)
    return f"  {label:<{width}} {'█' * filled}{'·' * (_BAR_WIDTH - filled)} {value:5.1f}"
