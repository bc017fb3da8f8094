"""JSON payloads following the results contract (shared/spec/results-contract.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sketchproc.abstract import abstract_from_mapping
from sketchproc.model import (
    AmountFact,
    Assessment,
    CheckResult,
    DateFact,
    Evidence,
    Facts,
    MonthsFact,
    Relevance,
    SectionedDocument,
    TextFact,
    block_text,
)
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.json_text import indented_json

__all__ = ["FACT_KEYS", "check_payload", "dump_json", "extract_payload", "relevance_payload", "score_payload"]


def extract_payload(sectioned: SectionedDocument) -> dict[str, Any]:
    """The contract's per-sketch keys as far as extraction goes: format, pages, sections."""
    document = sectioned.document
    return {
        "path": document.path,
        "format": document.format.value,
        "pages": document.pages,
        "ocr": document.ocr,
        "title": document.title,
        "warnings": list(document.warnings),
        "preamble_words": sum(len(block_text(block).split()) for block in sectioned.preamble),
        "sections": [
            {
                "title": section.title,
                "number": section.number,
                "level": section.level,
                "parent": section.parent,
                "page": section.page,
                "paragraph": section.provenance.paragraph,
                "words": section.words,
                "tables": len(section.tables),
                "text": section.text,
            }
            for section in sectioned.sections
        ],
    }


def check_payload(assessment: Assessment, profile: CallProfile) -> dict[str, Any]:
    """Extraction plus outline mapping, facts and checklist, as one entry of `sketches`."""
    mapping = assessment.mapping
    payload = extract_payload(mapping.sectioned)
    for section, match in zip(payload["sections"], mapping.matches, strict=True):
        section["outline_id"] = match.outline_ids[0] if match.outline_ids else None
        section["outline_ids"] = list(match.outline_ids)
        section["confidence"] = match.confidence
        section["match"] = match.source.value
    payload["outline"] = {
        coverage.outline_id: {
            "status": coverage.status.value,
            "sections": list(coverage.sections),
            "words": coverage.words,
            "headless": coverage.headless,
        }
        for coverage in mapping.coverage
    }
    payload["checklist"] = {result.item_id: _check(result) for result in assessment.checklist}
    payload["findings"] = {result.item_id: _check(result) for result in assessment.findings}
    payload["facts"] = facts_payload(assessment.facts)
    abstract = abstract_from_mapping(mapping, profile)
    payload["abstract"] = abstract.payload() if abstract else None
    payload["profile"] = {"id": profile.id, "sha256": profile.sha256}
    return payload


# The contract's fact keys (results-contract.md, `facts`).
FACT_KEYS = (
    "applicant",
    "legal_form",
    "region",
    "grant_eur",
    "own_share_eur",
    "total_cost_eur",
    "funding_rate",
    "start",
    "end",
    "duration_months",
    "contact_email",
)


def score_payload(assessment: Assessment, profile: CallProfile) -> dict[str, Any]:
    """The check payload plus the contract's `relevance` key."""
    payload = check_payload(assessment, profile)
    payload["relevance"] = relevance_payload(assessment.relevance) if assessment.relevance else None
    return payload


def relevance_payload(relevance: Relevance) -> dict[str, Any]:
    """Scores rounded to one decimal, evidence with its dimension, quote and page."""
    return {
        "score": round(relevance.score, 1),
        "dimensions": {key: round(value, 1) for key, value in relevance.dimensions.items()},
        "criteria": {key: round(value, 1) for key, value in relevance.criteria.items()},
        "evidence": [
            {
                "dimension": item.dimension,
                "quote": item.quote,
                "page": item.page,
                "credit": round(item.credit, 3),
            }
            for item in relevance.evidence
        ],
    }


def facts_payload(facts: Facts) -> dict[str, Any]:
    """The contract's `facts` keys (plain values) plus `facts_evidence` and partners."""
    values: dict[str, Any] = {key: _fact_value(getattr(facts, key)) for key in FACT_KEYS}
    # The contract's region says where the sketch is, also when that is outside the state.
    if facts.region is None and facts.region_outside is not None:
        values["region"] = facts.region_outside.value
    values["third_party_eur"] = _fact_value(facts.third_party_eur)
    values["personnel_eur"] = _fact_value(facts.personnel_eur)
    values["material_eur"] = _fact_value(facts.material_eur)
    values["funding_rate_stated"] = facts.funding_rate_stated
    values["partners"] = [
        {"name": partner.name, "category": partner.category, "evidence": _evidence(partner.evidence)}
        for partner in facts.partners
    ]
    values["evidence"] = {
        key: _evidence(fact.evidence)
        for key in (*FACT_KEYS, "third_party_eur", "personnel_eur", "material_eur")
        if (fact := getattr(facts, key)) is not None
    }
    return values


def _fact_value(fact: TextFact | AmountFact | DateFact | MonthsFact | None) -> Any:
    if fact is None:
        return None
    if isinstance(fact.value, date):
        return fact.value.isoformat()
    return fact.value


def _check(result: CheckResult) -> dict[str, Any]:
    return {
        "status": result.status.value,
        "severity": result.severity,
        "verdict": result.verdict,
        "note": result.note,
        "evidence": [_evidence(evidence) for evidence in result.evidence],
    }


def _evidence(evidence: Evidence) -> dict[str, Any]:
    return {"quote": evidence.quote, "page": evidence.page}


def dump_json(payload: Any) -> str:
    """Deterministic JSON: sorted keys, UTF-8 text kept readable, trailing newline."""
    return indented_json(payload) + "\n"
