"""One sketch of the results → its SketchView: facts, coverage, checks, scores, evidence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from sketchproc.german import count_noun, format_eur, german_date, german_number, german_percent
from sketchproc.model import Assessment
from sketchproc.profiles.schema import CallProfile, ChecklistItem, RuleType
from sketchproc.profiles.taxonomy_schema import Criterion, Dimension
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
from sketchproc.render.tabular import score_payload
from sketchproc.render.view_model import (
    Abstract,
    CheckRow,
    CoverageRow,
    FactRow,
    Quote,
    ScoreBar,
    SketchView,
)
from sketchproc.results_model import (
    AbstractRecord,
    CheckRecord,
    CoverageRecord,
    DecisionRecord,
    FactsRecord,
    RelevanceEvidenceRecord,
    SketchRecord,
    SubmissionRecord,
)

__all__ = ["assessment_view", "clean", "parse_iso", "sketch_view", "slugify"]

TOP_EVIDENCE = 5
QUOTE_LIMIT = 300
# Text the mapping found for an outline section outside any heading of the sketch.
_HEADLESS = "ohne Überschrift (Deckblatt/Tabelle)"
_OCR_WARNING = "Teile des Textes stammen aus Texterkennung (OCR); Zitate können Lesefehler enthalten."


def sketch_view(
    sketch: SketchRecord, profile: CallProfile, submission: SubmissionRecord | None = None
) -> SketchView:
    """The view of one sketch; rank, slug and submission parts are set by build_view.

    With its `submission`, the sketch is shown with the submission's final (reviewed) verdicts
    and facts, each decision marked "manuell geprüft (Name)".
    """
    facts = submission.facts if submission is not None and submission.fact_decisions else sketch.facts
    relevance = sketch.relevance
    checks = _check_rows(sketch, profile, submission)
    coverage = _coverage_rows(sketch, profile)
    dimensions = _bars(relevance.dimensions if relevance else {}, profile.taxonomy.dimensions)
    criteria = _bars(relevance.criteria if relevance else {}, profile.taxonomy.criteria)
    evidence = relevance.evidence if relevance else ()
    score = relevance.score if relevance else None
    rate = facts.funding_rate
    months = facts.duration_months
    names = display_names(profile)
    return SketchView(
        id=sketch.id,
        rank=sketch.rank,
        title=clean(sketch.title) or clean(sketch.path) or "(ohne Titel)",
        applicant=clean(facts.applicant) or NOT_FOUND,
        path=sketch.path,
        slug=slugify(sketch.id),
        grant_eur=facts.grant_eur,
        grant_text=_eur(facts.grant_eur) or NOT_FOUND,
        own_share_eur=facts.own_share_eur,
        own_share_text=_eur(facts.own_share_eur) or NOT_FOUND,
        total_cost_eur=facts.total_cost_eur,
        total_cost_text=_eur(facts.total_cost_eur) or NOT_FOUND,
        funding_rate=rate,
        rate_text=german_percent(rate) if rate is not None else NOT_FOUND,
        duration_months=months,
        runtime_text=_runtime(facts.start, facts.end, months) or NOT_FOUND,
        region_text=_name(facts.region, names) or NOT_FOUND,
        score=score,
        score_text=german_number(score) if score is not None else "–",
        abstract=_abstract(sketch.abstract, profile),
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


def assessment_view(assessment: Assessment, profile: CallProfile) -> SketchView:
    """The view of one file checked or scored on its own (the command line's `check`, `score`).

    Its payload is read as the batch reads a worker's, as an entry of results.json, so the
    terminal shows the words and figures of the summaries and the pack. Id and rank mean
    nothing for a single file and stay empty.
    """
    payload = score_payload(assessment, profile)
    del payload["profile"]  # results.json states the profile once, not in each entry
    for section in payload["sections"]:
        del section["text"]  # nor the bulky section text
    record = SketchRecord.model_validate({**payload, "document_date": None, "id": "", "rank": 0})
    return sketch_view(record, profile)


def clean(value: object) -> str:
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


def _abstract(entry: AbstractRecord | None, profile: CallProfile) -> Abstract | None:
    """The payload's `abstract` with a German note on the section it was taken from."""
    if entry is None or not clean(entry.text):
        return None
    wanted = profile.outline.abstract_sections[:1]
    titles = {spec.id: spec.title for spec in profile.outline.sections}
    heading = clean(entry.section) or titles.get(str(entry.outline_id), "")
    source = f"aus „{heading}“" if heading else ""
    if wanted and entry.outline_id != wanted[0]:
        source += f" (kein Abschnitt „{titles[wanted[0]]}“ gefunden)"
    return Abstract(text=clean(entry.text), source=source.strip())


def _fact_rows(facts: FactsRecord, names: Mapping[str, str]) -> tuple[FactRow, ...]:
    rate = facts.funding_rate
    values: list[tuple[str, str | None]] = [
        ("applicant", clean(facts.applicant) or None),
        ("grant_eur", _eur(facts.grant_eur)),
        ("own_share_eur", _eur(facts.own_share_eur)),
        ("total_cost_eur", _eur(facts.total_cost_eur)),
        ("funding_rate", german_percent(rate) if rate is not None else None),
        ("duration_months", _runtime(facts.start, facts.end, facts.duration_months)),
        ("legal_form", _name(facts.legal_form, names)),
        ("region", _name(facts.region, names)),
        ("contact_email", clean(facts.contact_email) or None),
    ]
    return tuple(FactRow(FACT_LABELS[key], value or NOT_FOUND, value is not None) for key, value in values)


def _eur(value: float | None) -> str | None:
    return format_eur(value) if value is not None else None


def _name(profile_id: str | None, names: Mapping[str, str]) -> str | None:
    if profile_id is None:
        return None
    return names.get(profile_id, profile_id)


def _runtime(start: date | None, end: date | None, months: int | None) -> str | None:
    parts = []
    if months is not None:
        parts.append(count_noun(months, "Monat"))
    if start or end:
        span = [german_date(day) if day else "?" for day in (start, end)]
        parts.append(f"{span[0]} – {span[1]}")
    return ", ".join(parts) or None


def _coverage_rows(sketch: SketchRecord, profile: CallProfile) -> tuple[CoverageRow, ...]:
    rows = []
    for spec in sorted(profile.outline.sections, key=lambda s: s.order):
        entry = sketch.outline.get(spec.id)
        status = entry.status.value if entry else "missing"
        words = (entry.words or _section_words(sketch, entry.sections)) if entry else 0
        label = COVERAGE_LABELS.get(status, status)
        rows.append(CoverageRow(spec.title, status, label, words, _covering_sections(sketch, entry)))
    return tuple(rows)


def _covering_sections(sketch: SketchRecord, entry: CoverageRecord | None) -> tuple[str, ...]:
    """The sketch's headings that cover an outline section, numbered as the sketch numbers them."""
    if entry is None:
        return ()
    if entry.headless:
        return (_HEADLESS,)
    sections = sketch.sections
    found = (sections[i] for i in entry.sections if 0 <= i < len(sections))
    return tuple(f"{s.number} {s.title}" if s.number else s.title for s in found)


def _section_words(sketch: SketchRecord, indices: Iterable[int]) -> int:
    sections = sketch.sections
    return sum(sections[i].words for i in indices if 0 <= i < len(sections))


def _check_rows(
    sketch: SketchRecord, profile: CallProfile, submission: SubmissionRecord | None
) -> tuple[CheckRow, ...]:
    final = submission.checklist if submission is not None else {}
    rows = []
    for item in profile.checklist.items:
        entry = sketch.checklist.get(item.id)
        decided = final.get(item.id)
        decision = decided.decision if decided is not None and entry is not None else None
        rows.append(_check_row(item.id, item.label, entry, profile, item, decision))
    # Findings (e.g. "Finanzierung nicht schlüssig") are an extra key; shown only when raised.
    for finding in profile.checklist.findings:
        if finding.id in sketch.findings:
            rows.append(
                _check_row(finding.id, finding.label, sketch.findings[finding.id], profile, None, None)
            )
    return tuple(rows)


def _check_row(
    item_id: str,
    label: str,
    entry: CheckRecord | None,
    profile: CallProfile,
    item: ChecklistItem | None,
    decision: DecisionRecord | None,
) -> CheckRow:
    """One row; a reviewer's `decision` replaces the tool's status and verdict."""
    tool_status = entry.status.value if entry else "missing"
    status = decision.status.value if decision is not None else tool_status
    severity = entry.severity.value if entry else (item.severity.value if item else "quality")
    verdict = entry.verdict if entry and decision is None else None
    verdict = verdict or (profile.checklist.verdict(item, status) if item else None)
    evidence = distinct(
        Quote(shorten(e.quote, QUOTE_LIMIT), e.page) for e in (entry.evidence if entry else ())
    )
    note = clean(entry.note) if entry else ""
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
        decision=_decision(decision, status),
    )


def _decision(decision: DecisionRecord | None, status: str) -> str:
    """The reviewer's mark on a final verdict."""
    if decision is None:
        return ""
    return decision_mark(decision.by, STATUS_LABELS.get(status, status), clean(decision.note))


def _bars(scores: Mapping[str, float], specs: Iterable[Dimension | Criterion]) -> tuple[ScoreBar, ...]:
    """One bar per profile entry, in profile order (the board compares sketches by position)."""
    bars = []
    for spec in specs:
        value = float(scores.get(spec.id) or 0.0)
        bars.append(ScoreBar(spec.id, spec.label, value, german_number(value)))
    return tuple(bars)


def _top_evidence(evidence: Iterable[RelevanceEvidenceRecord], profile: CallProfile) -> tuple[Quote, ...]:
    labels = {d.id: d.label for d in profile.taxonomy.dimensions}
    labels.update({c.id: c.label for c in profile.taxonomy.criteria})
    # Stable sort: among equal credit the pipeline's order (document order) is kept.
    ranked = sorted(evidence, key=lambda e: -e.credit)
    quotes = (Quote(shorten(e.quote, QUOTE_LIMIT), e.page, labels.get(e.dimension, "")) for e in ranked)
    return distinct(quotes)[:TOP_EVIDENCE]


def _warnings(sketch: SketchRecord) -> tuple[str, ...]:
    warnings = [clean(w) for w in sketch.warnings]
    if sketch.ocr:
        warnings.insert(0, _OCR_WARNING)
    return tuple(warnings)
