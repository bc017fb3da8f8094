"""One file's results: the worker's payload and the `sketches` entries of results.json.

worker → SketchPayload (validated in the parent and when read from the cache)
→ SketchRecord (id, content hash, rank and submission added by the batch)
"""

from __future__ import annotations

from datetime import date

from pydantic import Field

from sketchproc.model import CheckStatus, CoverageStatus, DocFormat
from sketchproc.profiles.checklist_schema import Severity
from sketchproc.results_model.base import ResultRecord

__all__ = [
    "AbstractRecord",
    "CheckRecord",
    "CoverageRecord",
    "EvidenceRecord",
    "FactsRecord",
    "PartnerRecord",
    "RelevanceEvidenceRecord",
    "RelevanceRecord",
    "SectionRecord",
    "SketchBody",
    "SketchPayload",
    "SketchRecord",
]


class EvidenceRecord(ResultRecord):
    """A quoted passage and its page (None when the source has no pages)."""

    quote: str
    page: int | None


class SectionRecord(ResultRecord):
    """One section of the sketch and the outline section it was mapped to."""

    title: str  # heading text without its number
    number: str | None  # typed or automatic number as displayed
    level: int
    page: int | None
    words: int
    outline_id: str | None
    confidence: float
    parent: int | None  # index of the enclosing section
    paragraph: int | None
    tables: int
    outline_ids: tuple[str, ...]
    match: str  # how the mapping was found (heading, model, position, …)


class CoverageRecord(ResultRecord):
    """How well the sketch covers one outline section of the call."""

    status: CoverageStatus
    sections: tuple[int, ...]  # indices into `sections`
    words: int
    headless: bool


class CheckRecord(ResultRecord):
    """The verdict on one checklist item (or finding) with its quoted evidence."""

    status: CheckStatus
    severity: Severity
    evidence: tuple[EvidenceRecord, ...]
    verdict: str | None
    note: str | None


class PartnerRecord(ResultRecord):
    """A partner the sketch names, with the passage naming it."""

    name: str
    category: str
    evidence: EvidenceRecord


class FactsRecord(ResultRecord):
    """The contract's key facts (plain values) and what results.json keeps beside them."""

    applicant: str | None
    legal_form: str | None
    region: str | None
    grant_eur: float | None
    own_share_eur: float | None
    total_cost_eur: float | None
    funding_rate: float | None  # 0..1
    start: date | None
    end: date | None
    duration_months: int | None
    contact_email: str | None
    third_party_eur: float | None = None
    personnel_eur: float | None = None
    material_eur: float | None = None
    funding_rate_stated: bool = False
    partners: tuple[PartnerRecord, ...] = ()
    evidence: dict[str, EvidenceRecord] = Field(default_factory=dict)


class RelevanceEvidenceRecord(ResultRecord):
    """A passage that earned relevance credit for one dimension."""

    dimension: str
    quote: str
    page: int | None
    credit: float = 0.0


class RelevanceRecord(ResultRecord):
    """Smart City / Smart Region relevance, 0..100 overall, per dimension and per criterion."""

    score: float
    dimensions: dict[str, float]
    criteria: dict[str, float]
    evidence: tuple[RelevanceEvidenceRecord, ...]


class AbstractRecord(ResultRecord):
    """Three to five lines on what the project does, and the section they come from."""

    text: str
    section: str | None
    outline_id: str | None


class SketchBody(ResultRecord):
    """What the worker's payload and a `sketches` entry have in common."""

    path: str
    format: DocFormat
    pages: int | None
    ocr: bool
    sections: tuple[SectionRecord, ...]
    outline: dict[str, CoverageRecord]
    checklist: dict[str, CheckRecord]
    facts: FactsRecord
    relevance: RelevanceRecord | None
    title: str | None
    warnings: tuple[str, ...]
    preamble_words: int
    findings: dict[str, CheckRecord]
    abstract: AbstractRecord | None
    document_date: date | None


class SketchPayload(SketchBody):
    """A worker's payload as the cache and results.json need it (no section text, no profile)."""

    fingerprint: tuple[int, ...]  # shingles of the section bodies, for grouping into submissions


class SketchRecord(SketchBody):
    """One entry of `sketches` in results.json."""

    id: str
    rank: int
    sha256: str | None = None
    submission: str | None = None  # None only in results written before submissions existed

    @property
    def excluded(self) -> bool:
        """True if a hard checklist item is violated (a formal exclusion reason)."""
        return any(
            item.severity is Severity.HARD and item.status is CheckStatus.VIOLATED
            for item in self.checklist.values()
        )
