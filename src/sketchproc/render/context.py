"""results.json + call profile → one view-model that every renderer reads.

The view-model holds German labels, display strings and ordering; the renderers only lay it
out. Raw numbers travel beside their display strings because the index sorts and the CSV
writes them in its own format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sketchproc.profiles.schema import CallProfile, ChecklistItem, Severity
from sketchproc.render.review_view import ReviewParts, decision_mark, final_sketch, review_parts
from sketchproc.render.submission_view import SubmissionParts, file_slug, submission_parts, submissions_of
from sketchproc.render.text import format_eur

__all__ = ["PackView", "SketchView", "build_view", "german_date", "german_number", "slugify"]

# Strengths/gaps thresholds: a score of 60 is "clearly addressed" on the relevance scale.
STRENGTH_MIN_SCORE = 60.0
TOP_STRENGTHS = 3
TOP_EVIDENCE = 5
QUOTE_LIMIT = 300

_COVERAGE = {"present": "vorhanden", "thin": "dünn", "missing": "fehlt"}
_SEVERITY = {"hard": "Muss-Kriterium", "quality": "Qualität"}
_STATUS = {"ok": "erfüllt", "violated": "verletzt", "missing": "nicht gefunden", "unclear": "unklar"}
_INPUT_STATUS = {"ok": "verarbeitet", "failed": "fehlgeschlagen", "duplicate": "Duplikat"}
_MISSING = "nicht gefunden"


@dataclass(frozen=True)
class Label:
    """An id of the profile with its German label."""

    id: str
    label: str


@dataclass(frozen=True)
class Quote:
    """A quoted passage with its page (None when the source has no pages)."""

    text: str
    page: int | None
    label: str = ""  # e.g. the dimension a relevance passage counts for


@dataclass(frozen=True)
class FactRow:
    """One key fact as label and display value."""

    label: str
    value: str
    found: bool


@dataclass(frozen=True)
class CoverageRow:
    """One outline section of the call and how well the sketch covers it."""

    title: str
    status: str  # present | thin | missing (for CSS classes)
    status_label: str
    words: int


@dataclass(frozen=True)
class CheckRow:
    """One checklist item or finding with its German verdict and evidence."""

    id: str
    label: str
    severity: str  # hard | quality
    severity_label: str
    status: str  # ok | violated | missing | unclear
    status_label: str
    verdict: str
    note: str
    evidence: tuple[Quote, ...]
    decision: str = ""  # "manuell geprüft (Name): …" when a reviewer decided this item


@dataclass(frozen=True)
class ScoreBar:
    """A 0..100 score of one dimension or criterion."""

    id: str
    label: str
    value: float
    text: str


@dataclass(frozen=True)
class SketchView:
    """Everything shown about one sketch, in display order."""

    id: str
    rank: int
    title: str
    applicant: str
    path: str
    slug: str  # file-name-safe id for summaries/<slug>.html
    grant_eur: float | None
    grant_text: str
    funding_rate: float | None
    rate_text: str
    score: float | None
    score_text: str
    facts: tuple[FactRow, ...]
    coverage: tuple[CoverageRow, ...]
    checks: tuple[CheckRow, ...]
    hard_flags: tuple[CheckRow, ...]
    dimensions: tuple[ScoreBar, ...]
    criteria: tuple[ScoreBar, ...]
    evidence: tuple[Quote, ...]
    strengths: tuple[str, ...]
    gaps: tuple[str, ...]
    warnings: tuple[str, ...]
    submission: SubmissionParts | None = None  # files, reason, changes (set by build_view)
    review: ReviewParts | None = None  # decisions, conflicts, letter (set by build_view)

    @property
    def coverage_counts(self) -> dict[str, int]:
        """How many outline sections are present, thin and missing (German keys)."""
        counts = dict.fromkeys(_COVERAGE.values(), 0)
        for row in self.coverage:
            counts[row.status_label] += 1
        return counts


@dataclass(frozen=True)
class InputRow:
    """One input file with its status and German error text."""

    path: str
    status: str
    status_label: str
    sketch_slug: str | None
    error: str


@dataclass(frozen=True)
class PackView:
    """The whole board pack: call, date, ranked submissions (`sketches`) and inputs."""

    call_title: str
    funding_body: str
    generated: str  # as displayed (German date when the input was ISO)
    generated_iso: str | None  # the date as YYYY-MM-DD, for document metadata
    ranking_rule: str
    primary_rule: str  # which file of a submission is judged (German)
    dimensions: tuple[Label, ...]
    sketches: tuple[SketchView, ...]
    inputs: tuple[InputRow, ...]
    notices: tuple[str, ...] = ()  # e.g. an output that could not be written
    downloads: tuple[Label, ...] = field(default=())  # (file name, German label) beside index.html


def build_view(results: Mapping[str, Any], profile: CallProfile, generated: str) -> PackView:
    """Turn a results.json dict and its profile into the view-model, submissions in rank order.

    Each submission is shown through its primary sketch; every file of it links to its page.
    """
    by_id = {str(sketch.get("id")): sketch for sketch in results.get("sketches", [])}
    views, slugs, taken = [], {}, set[str]()
    for submission in submissions_of(results):
        primary = by_id.get(str(submission.get("primary")))
        if primary is None:
            continue  # a hand-edited results.json; nothing to show for it
        parts = submission_parts(submission, by_id, profile)
        view = _sketch_view(final_sketch(primary, submission), profile)
        rank = parts.rank or view.rank
        name = view.applicant if view.applicant != _MISSING else view.title
        slug = file_slug(rank, name, taken)
        view = replace(view, rank=rank, slug=slug, submission=parts, review=review_parts(submission, profile))
        views.append(view)
        slugs.update(dict.fromkeys(submission.get("sketches") or [], view.slug))
    parsed = _parse_iso(generated)
    return PackView(
        call_title=profile.title,
        funding_body=profile.funding_body,
        generated=german_date(parsed) if parsed else generated,
        generated_iso=parsed.isoformat() if parsed else None,
        ranking_rule=str(results.get("ranking_rule") or "Rangfolge wie in results.json angegeben."),
        primary_rule=str(results.get("primary_rule") or ""),
        dimensions=tuple(Label(d.id, d.label) for d in profile.taxonomy.dimensions),
        sketches=tuple(views),
        inputs=tuple(_input_row(entry, slugs) for entry in results.get("inputs", [])),
    )


def german_number(value: float, digits: int = 1) -> str:
    """German decimal format without thousands separator: 51,6."""
    return f"{value:.{digits}f}".replace(".", ",")


def german_date(value: date) -> str:
    """German date: 31.12.2020."""
    return value.strftime("%d.%m.%Y")


def slugify(sketch_id: str) -> str:
    """A file-name-safe form of a sketch id (ids come from another program; never trust paths)."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", sketch_id).strip("_")
    return slug or "skizze"


def _parse_iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _sketch_view(sketch: Mapping[str, Any], profile: CallProfile) -> SketchView:
    facts: Mapping[str, Any] = sketch.get("facts") or {}
    relevance: Mapping[str, Any] = sketch.get("relevance") or {}
    checks = _check_rows(sketch, profile)
    coverage = _coverage_rows(sketch, profile)
    dimensions = _bars(relevance.get("dimensions") or {}, profile.taxonomy.dimensions)
    criteria = _bars(relevance.get("criteria") or {}, profile.taxonomy.criteria)
    score = relevance.get("score")
    rate = facts.get("funding_rate")
    grant = facts.get("grant_eur")
    return SketchView(
        id=str(sketch.get("id", "")),
        rank=int(sketch.get("rank") or 0),
        title=_clean(sketch.get("title")) or _clean(sketch.get("path")) or "(ohne Titel)",
        applicant=_clean(facts.get("applicant")) or _MISSING,
        path=str(sketch.get("path", "")),
        slug=slugify(str(sketch.get("id", ""))),
        grant_eur=grant,
        grant_text=format_eur(grant) if grant is not None else _MISSING,
        funding_rate=rate,
        rate_text=f"{german_number(rate * 100)} %" if rate is not None else _MISSING,
        score=score,
        score_text=german_number(score) if score is not None else "–",
        facts=_fact_rows(facts, profile),
        coverage=coverage,
        checks=checks,
        hard_flags=tuple(row for row in checks if row.severity == "hard" and row.status != "ok"),
        dimensions=dimensions,
        criteria=criteria,
        evidence=_top_evidence(relevance.get("evidence") or [], profile),
        strengths=_strengths(dimensions, criteria, checks, profile),
        gaps=_gaps(checks, coverage),
        warnings=_warnings(sketch),
    )


def _clean(value: Any) -> str:
    """Collapse whitespace so one-line fields stay one line in every format."""
    return " ".join(str(value).split()) if value is not None else ""


def _fact_rows(facts: Mapping[str, Any], profile: CallProfile) -> tuple[FactRow, ...]:
    names = _display_names(profile)
    rate = facts.get("funding_rate")
    months = facts.get("duration_months")
    values: list[tuple[str, str | None]] = [
        ("Antragsteller", _clean(facts.get("applicant")) or None),
        ("Beantragte Zuwendung", _eur(facts.get("grant_eur"))),
        ("Eigenanteil", _eur(facts.get("own_share_eur"))),
        ("Gesamtkosten", _eur(facts.get("total_cost_eur"))),
        ("Förderquote", f"{german_number(rate * 100)} %" if rate is not None else None),
        ("Laufzeit", _runtime(facts.get("start"), facts.get("end"), months)),
        ("Rechtsform", _name(facts.get("legal_form"), names)),
        ("Region", _name(facts.get("region"), names)),
        ("Kontakt", _clean(facts.get("contact_email")) or None),
    ]
    return tuple(FactRow(label, value or _MISSING, value is not None) for label, value in values)


def _eur(value: Any) -> str | None:
    return format_eur(float(value)) if value is not None else None


def _name(profile_id: Any, names: Mapping[str, str]) -> str | None:
    if profile_id is None:
        return None
    return names.get(str(profile_id), str(profile_id))


def _runtime(start: Any, end: Any, months: Any) -> str | None:
    parts = []
    if months is not None:
        parts.append(f"{months} Monate")
    span = [german_date(d) if (d := _parse_iso(str(x))) else "?" for x in (start, end)]
    if start or end:
        parts.append(f"{span[0]} – {span[1]}")
    return ", ".join(parts) or None


def _display_names(profile: CallProfile) -> dict[str, str]:
    """German names for the profile ids that facts carry (legal forms, districts)."""
    checklist = profile.checklist
    forms = (*checklist.eligible_legal_forms, *checklist.not_eligible_legal_forms)
    names = {form.id: form.label for form in forms}
    names.update({district.id: district.name for district in profile.gazetteer.districts})
    return names


def _coverage_rows(sketch: Mapping[str, Any], profile: CallProfile) -> tuple[CoverageRow, ...]:
    outline: Mapping[str, Any] = sketch.get("outline") or {}
    rows = []
    for spec in sorted(profile.outline.sections, key=lambda s: s.order):
        entry = outline.get(spec.id) or {}
        status = str(entry.get("status", "missing"))
        words = int(entry.get("words") or _section_words(sketch, entry.get("sections") or []))
        rows.append(CoverageRow(spec.title, status, _COVERAGE.get(status, status), words))
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
    evidence = _distinct(
        Quote(_shorten(e.get("quote", "")), e.get("page")) for e in entry.get("evidence", [])
    )
    return CheckRow(
        id=item_id,
        label=label,
        severity=severity,
        severity_label=_SEVERITY.get(severity, severity),
        status=status,
        status_label=_STATUS.get(status, status),
        verdict=str(verdict or _STATUS.get(status, status)),
        note=_clean(entry.get("note")),
        evidence=evidence[:2],
        decision=_decision(entry.get("decision"), status),
    )


def _decision(decision: Any, status: str) -> str:
    if not decision:
        return ""
    return decision_mark(str(decision.get("by")), _STATUS.get(status, status), _clean(decision.get("note")))


def _shorten(quote: str, limit: int = QUOTE_LIMIT) -> str:
    quote = _clean(quote)
    return quote if len(quote) <= limit else quote[: limit - 1].rstrip() + "…"


def _distinct(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    """Quotes without repeats (one table row may prove two parts of one item)."""
    seen: dict[str, Quote] = {}
    for quote in quotes:
        if quote.text:
            seen.setdefault(quote.text, quote)
    return tuple(seen.values())


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
        Quote(_shorten(e.get("quote", "")), e.get("page"), labels.get(e.get("dimension", ""), ""))
        for e in ranked
    )
    return _distinct(quotes)[:TOP_EVIDENCE]


def _strengths(
    dimensions: tuple[ScoreBar, ...],
    criteria: tuple[ScoreBar, ...],
    checks: tuple[CheckRow, ...],
    profile: CallProfile,
) -> tuple[str, ...]:
    """Top dimensions and criteria at or above the threshold, then core asks that are met."""
    out = []
    for kind, bars in (("Dimension", dimensions), ("Kriterium", criteria)):
        strong = sorted((b for b in bars if b.value >= STRENGTH_MIN_SCORE), key=lambda b: -b.value)
        out += [f"{kind} „{b.label}“: {b.text} von 100" for b in strong[:TOP_STRENGTHS]]
    core = {item.id for item in profile.checklist.items if item.core}
    out += [
        f"Kernanforderung erfüllt: {row.label}" for row in checks if row.id in core and row.status == "ok"
    ]
    return tuple(out)


def _gaps(checks: tuple[CheckRow, ...], coverage: tuple[CoverageRow, ...]) -> tuple[str, ...]:
    """Hard items first (they decide eligibility), then quality items, then outline gaps."""
    flagged = sorted(
        (r for r in checks if r.status in ("violated", "missing")), key=lambda r: r.severity != "hard"
    )
    outline = [f"Abschnitt „{r.title}“: {r.status_label}" for r in coverage if r.status != "present"]
    return tuple([f"{r.label}: {r.verdict}" for r in flagged] + outline)


def _warnings(sketch: Mapping[str, Any]) -> tuple[str, ...]:
    warnings = [_clean(w) for w in sketch.get("warnings") or []]
    if sketch.get("ocr"):
        warnings.insert(
            0, "Teile des Textes stammen aus Texterkennung (OCR); Zitate können Lesefehler enthalten."
        )
    return tuple(warnings)


def _input_row(entry: Mapping[str, Any], slugs: Mapping[Any, str]) -> InputRow:
    status = str(entry.get("status", ""))
    error = entry.get("error") or {}
    message = _clean(error.get("message")) if isinstance(error, Mapping) else _clean(error)
    return InputRow(
        path=str(entry.get("path", "")),
        status=status,
        status_label=_INPUT_STATUS.get(status, status),
        sketch_slug=slugs.get(entry.get("sketch")),
        error=message,
    )
