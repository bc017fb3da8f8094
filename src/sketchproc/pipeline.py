"""The pipeline: chains the stages, one function per entry point, nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sketchproc.ingest import read_document
from sketchproc.model import SectionedDocument
from sketchproc.sections import sections_from_document
from sketchproc.settings import Settings

__all__ = ["extract"]


def extract(path: str | Path, settings: Settings | dict[str, Any] | None = None) -> SectionedDocument:
    """Read one .docx or PDF sketch and split it into sections.

    Raises:
        InputError: the file cannot be read (empty, damaged, encrypted, unsupported).
    """
    resolved = Settings.resolve(settings)
    document = read_document(path, resolved.ingest)
    return sections_from_document(document, resolved.sections)
