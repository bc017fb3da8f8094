"""The pipeline: chains the stages, one function per entry point, nothing else."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from sketchproc.checklist import check_items
from sketchproc.facts import extract_facts
from sketchproc.ingest import read_document
from sketchproc.model import Assessment, SectionedDocument
from sketchproc.outline import map_outline
from sketchproc.passages import PassageIndex, index_passages
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile
from sketchproc.relevance import score_relevance
from sketchproc.relevance.train import RELEVANCE_MODEL
from sketchproc.sections import sections_from_document
from sketchproc.settings import Settings
from sketchproc.textmodel import LinearTextModel, load_text_model
from sketchproc.train import OUTLINE_MODEL, data_dir, models_dir

__all__ = ["check", "extract", "outline_model", "relevance_model", "score"]


def extract(path: str | Path, settings: Settings | dict[str, Any] | None = None) -> SectionedDocument:
    """Read one .docx or PDF sketch and split it into sections.

    Raises:
        InputError: the file cannot be read (empty, damaged, encrypted, unsupported).
    """
    resolved = Settings.resolve(settings)
    document = read_document(path, resolved.ingest)
    return sections_from_document(document, resolved.sections)


def check(
    path: str | Path,
    profile: CallProfile | str | Path | None = None,
    settings: Settings | dict[str, Any] | None = None,
) -> Assessment:
    """Extract, map onto the call's outline, read the facts and check the checklist.

    Raises:
        InputError: the file cannot be read.
        ProfileError: the call profile is invalid.
        ModelError: the outline model is missing or does not fit.
    """
    call = profile if isinstance(profile, CallProfile) else load_profile(profile)
    return _judged(path, call, settings)[0]


def _judged(
    path: str | Path, call: CallProfile, settings: Settings | dict[str, Any] | None
) -> tuple[Assessment, PassageIndex]:
    """The assessment and the passage index every judge read, cut once."""
    sectioned = extract(path, settings)
    index = index_passages(map_outline(sectioned, call, outline_model()), call)
    facts = extract_facts(index, call)
    items, findings = check_items(index, facts, call)
    return Assessment(mapping=index.mapping, facts=facts, checklist=items, findings=findings), index


def score(
    path: str | Path,
    profile: CallProfile | str | Path | None = None,
    settings: Settings | dict[str, Any] | None = None,
) -> Assessment:
    """Everything `check` does, plus the Smart City / Smart Region relevance.

    Raises:
        InputError: the file cannot be read.
        ProfileError: the call profile is invalid.
        ModelError: a model is missing or does not fit.
    """
    call = profile if isinstance(profile, CallProfile) else load_profile(profile)
    resolved = Settings.resolve(settings)
    assessment, index = _judged(path, call, resolved)
    relevance = score_relevance(index, assessment.facts, call, relevance_model(), resolved.relevance or None)
    return assessment.model_copy(update={"relevance": relevance})


@lru_cache(maxsize=1)
def relevance_model() -> LinearTextModel:
    """The passage relevance classifier from sketchproc/models/, loaded once per process.

    Raises:
        ModelError: the artifact is missing, damaged, or does not fit the features or the data.
    """
    return load_text_model(models_dir() / RELEVANCE_MODEL, data_dir())


@lru_cache(maxsize=1)
def outline_model() -> LinearTextModel:
    """The section classifier from sketchproc/models/, loaded once per process.

    Raises:
        ModelError: the artifact is missing, damaged, or does not fit the features or the data.
    """
    return load_text_model(models_dir() / OUTLINE_MODEL, data_dir())
