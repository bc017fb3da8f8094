"""One sketch of results.json → its SketchView: facts, coverage, checks, scores, evidence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sketchproc.german import count_noun, format_eur, german_date, german_number
from sketchproc.profiles.schema import CallProfile, ChecklistItem, RuleType, Severity
from sketchproc.render.appraisal import defect_text, distinct, gaps, shorten, strengths
from sketchproc.render.labels import (
    COVERAGE_LABELS,
    FACT_LABELS,
    NOT_FOUND,
    SEVERITY_LABELS,
    STATUS_LABELS,
    display_names,
)
from sketchproc.render.review_view import decision_mark
from sketchproc.render.view_model import (
    Abstract,
    CheckRow,
    CoverageRow,
    FactRow,
    Quote,
    ScoreBar,
    SketchView,
)

__all__ = ["clean", "parse_iso", "sketch_view", "slugify"]

TOP_EVIDENCE = 5
QUOTE_LIMIT = 300
_OCR_WARNING = "Teile des Textes stammen aus Texterkennung (OCR); Zitate können Lesefehler enthalten."


def sketch_view(sketch: Mapping[str, Any], profile: CallProfile) -> SketchView:
    """The view of one sketch; rank, slug and submission are set by build_view."""
    facts: Mapping[str, Any] = sketch.get("facts") or {}
    relevance: Mapping[str, Any] = sketch.get("relevance") or {}
    checks = _check_rows(sketch, profile)
    coverage = _coverage_rows(sketch, profile)
    dimensions = _bars(relevance.get("dimensions") or {}, profile.taxonomy.dimensions)
    criteria = _bars(relevance.get("criteria") or {}, profile.taxonomy.criteria)
    evidence = relevance.get("evidence") or []
    score = relevance.get("score")
    rate = facts.get("funding_rate")
    months = facts.get("duration_months")
    names = display_names(profile)
    return SketchView(
        id=str(sketch.get("id", "")),
        rank=int(sketch.get("rank") or 0),
        title=clean(sketch.get("title")) or clean(sketch.get("path")) or "(ohne Titel)",
        applicant=clean(facts.get("applicant")) or NOT_FOUND,
        path=str(sketch.get("path", "")),
        slug=slugify(str(sketch.get("id", ""))),
        grant_eur=facts.get("grant_eur"),
        grant_text=_eur(facts.get("grant_eur")) or NOT_FOUND,
        own_share_eur=facts.get("own_share_eur"),
        own_share_text=_eur(facts.get("own_share_eur")) or NOT_FOUND,
        total_cost_eur=facts.get("total_cost_eur"),
        total_cost_text=_eur(facts.get("total_cost_eur")) or NOT_FOUND,
        funding_rate=rate,
        rate_text=f"{german_number(rate * 100)} %" if rate is not None else NOT_FOUND,
        duration_months=int(months) if months is not None else None,
        runtime_text=_runtime(facts.get("start"), facts.get("end"), months) or NOT_FOUND,
        region_text=_name(facts.get("region"), names) or NOT_FOUND,
        score=score,
        score_text=german_number(score) if score is not None else "–",
        abstract=_abstract(sketch.get("abstract"), profile),
        facts=_fact_rows(facts, names),
        coverage=coverage,
        checks=checks,
        hard_flags=tuple(row for row in checks if row.severity == "hard" and row.status != "ok"),
        dimensions=dimensions,
        criteria=criteria,
        evidence=_top_evidence(evidence, profile),
        strengths=strengths(dimensions, criteria, checks, evidence, profile),
        gaps=gaps(checks, coverage),
        quality_gaps=gaps(checks, coverage, hard=False),
        warnings=_warnings(sketch),
    )


def clean(value: Any) -> str:
    """Collapse whitespace so one-line fields stay one line in every format."""
    return " ".join(str(value).split()) if value is not None else ""


def slugify(sketch_id: str) -> str:
    """A file-name-safe form of a sketch id (ids come from another program; never trust paths)."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", sketch_id).strip("_")
    return slug or "skizze"


def parse_iso(text: str) -> date | None:
    """A date from "YYYY-MM-DD…", None when the text is not one."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _abstract(entry: Any, profile: CallProfile) -> Abstract | None:
    """The payload's `abstract` with a German note on the section it was taken from."""
    if not isinstance(entry, Mapping) or not clean(entry.get("text")):
        return None
    wanted = profile.outline.abstract_sections[:1]
    titles = {spec.id: spec.title for spec in profile.outline.sections}
    heading = clean(entry.get("section")) or titles.get(str(entry.get("outline_id")), "")
    source = f"aus „{heading}“" if heading else ""
    if wanted and entry.get("outline_id") != wanted[0]:
        source += f" (kein Abschnitt „{titles[wanted[0]]}“ gefunden)"
    return Abstract(text=clean(entry.get("text")), source=source.strip())


def _fact_rows(facts: Mapping[str, Any], names: Mapping[str, str]) -> tuple[FactRow, ...]:
    rate = facts.get("funding_rate")
    months = facts.get("duration_months")
    values: list[tuple[str, str | None]] = [
        ("applicant", clean(facts.get("applicant")) or None),
        ("grant_eur", _eur(facts.get("grant_eur"))),
        ("own_share_eur", _eur(facts.get("own_share_eur"))),
        ("total_cost_eur", _eur(facts.get("total_cost_eur"))),
        ("funding_rate", f"{german_number(rate * 100)} %" if rate is not None else None),
        ("duration_months", _runtime(facts.get("start"), facts.get("end"), months)),
        ("legal_form", _name(facts.get("legal_form"), names)),
        ("region", _name(facts.get("region"), names)),
        ("contact_email", clean(facts.get("contact_email")) or None),
    ]
    return tuple(FactRow(FACT_LABELS[key], value or NOT_FOUND, value is not None) for key, value in values)


def _eur(value: Any) -> str | None:
    return format_eur(float(value)) if value is not None else None


def _name(profile_id: Any, names: Mapping[str, str]) -> str | None:
    if profile_id is None:
        return None
    return names.get(str(profile_id), str(profile_id))


def _runtime(start: Any, end: Any, months: Any) -> str | None:
    parts = []
    if months is not None:
        parts.append(count_noun(int(months), "Monat"))
    span = [german_date(d) if (d := parse_iso(str(x))) else "?" for x in (start, end)]
    if start or end:
        parts.append(f"{span[0]} – {span[1]}")
    return ", ".join(parts) or None


def _coverage_rows(sketch: Mapping[str, Any], profile: CallProfile) -> tuple[CoverageRow, ...]:
    outline: Mapping[str, Any] = sketch.get("outline") or {}
    rows = []
    for spec in sorted(profile.outline.sections, key=lambda s: s.order):
        entry = outline.get(spec.id) or {}
        status = str(entry.get("status", "missing"))
        words = int(entry.get("words") or _section_words(sketch, entry.get("sections") or []))
        rows.append(CoverageRow(spec.title, status, COVERAGE_LABELS.get(status, status), words))
    return tuple(rows)


def _section_words(sketch: Mapping[str, Any], indices: Iterable[int]) -> int:
    sections = sketch.get("sections") or []
    return sum(int(sections[i].get("words") or 0) for i in indices if 0 <= i < len(sections))


def _check_rows(sketch: Mapping[str, Any], profile: CallProfile) -> tuple[CheckRow, ...]:
    checklist: Mapping[str, Any] = sketch.get("checklist") or {}
    rows = [
        _check_row(item.id, item.label, checklist.get(item.id), profile, item)
        for item in profile.checklist.items
    ]
    # Findings (e.g. "Finanzierung nicht schlüssig") are an extra key; shown only when raised.
    findings: Mapping[str, Any] = sketch.get("findings") or {}
    for finding in profile.checklist.findings:
        if finding.id in findings:
            rows.append(_check_row(finding.id, finding.label, findings[finding.id], profile, None))
    return tuple(rows)


def _check_row(
    item_id: str, label: str, entry: Any, profile: CallProfile, item: ChecklistItem | None
) -> CheckRow:
    entry = entry or {"status": "missing", "severity": item.severity.value if item else "quality"}
    status = str(entry.get("status", "missing"))
    severity = str(entry.get("severity") or (item.severity.value if item else Severity.QUALITY.value))
    verdict = entry.get("verdict") or (profile.checklist.verdict(item, status) if item else None)
    evidence = distinct(
        Quote(shorten(e.get("quote", ""), QUOTE_LIMIT), e.get("page")) for e in entry.get("evidence", [])
    )
    note = clean(entry.get("note"))
    return CheckRow(
        id=item_id,
        label=label,
        severity=severity,
        severity_label=SEVERITY_LABELS.get(severity, severity),
        status=status,
        status_label=STATUS_LABELS.get(status, status),
        verdict=str(verdict or STATUS_LABELS.get(status, status)),
        note=note,
        evidence=evidence[:2],
        defect=defect_text(label, status, note, item is not None and set(item.rules) == {RuleType.VALUE}),
        decision=_decision(entry.get("decision"), status),
    )


def _decision(decision: Any, status: str) -> str:
    """The reviewer's mark on a final verdict (see render.review_view.final_sketch)."""
    if not isinstance(decision, Mapping):
        return ""
    text = STATUS_LABELS.get(status, status)
    return decision_mark(str(decision.get("by")), text, clean(decision.get("note")))


def _bars(scores: Mapping[str, Any], specs: Iterable[Any]) -> tuple[ScoreBar, ...]:
    """One bar per profile entry, in profile order (the board compares sketches by position)."""
    bars = []
    for spec in specs:
        value = float(scores.get(spec.id) or 0.0)
        bars.append(ScoreBar(spec.id, spec.label, value, german_number(value)))
    return tuple(bars)


def _top_evidence(evidence: Iterable[Mapping[str, Any]], profile: CallProfile) -> tuple[Quote, ...]:
    labels = {d.id: d.label for d in profile.taxonomy.dimensions}
    labels.update({c.id: c.label for c in profile.taxonomy.criteria})
    # Stable sort: among equal credit the pipeline's order (document order) is kept.
    ranked = sorted(evidence, key=lambda e: -float(e.get("credit") or 0.0))
    quotes = (
        Quote(shorten(e.get("quote", ""), QUOTE_LIMIT), e.get("page"), labels.get(e.get("dimension", ""), ""))
        for e in ranked
    )
    return distinct(quotes)[:TOP_EVIDENCE]


def _warnings(sketch: Mapping[str, Any]) -> tuple[str, ...]:
    warnings = [clean(w) for w in sketch.get("warnings") or []]
    if sketch.get("ocr"):
        warnings.insert(0, _OCR_WARNING)
    return tuple(warnings)
