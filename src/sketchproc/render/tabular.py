"""JSON payloads following the results contract (shared/spec/results-contract.md)."""

from __future__ import annotations

import json
from typing import Any

from sketchproc.model import SectionedDocument, block_text

__all__ = ["dump_json", "extract_payload"]


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


def dump_json(payload: Any) -> str:
    """Deterministic JSON: sorted keys, UTF-8 text kept readable, trailing newline."""
    return json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
