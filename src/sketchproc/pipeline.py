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
from sketchproc.profile_models import profile_outline_model, profile_relevance_model
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile
from sketchproc.relevance import score_relevance
from sketchproc.run_settings import Settings
from sketchproc.sections import sections_from_document
from sketchproc.text_memo import forget_texts
from sketchproc.textmodel import LinearTextModel

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
    forget_texts()  # the last document's memos: a worker reads hundreds in a row
    resolved = Settings.resolve(settings)
    sectioned = extract(path, resolved)
    mapping = map_outline(sectioned, call, outline_model(call), resolved.outline)
    index = index_passages(mapping, call, resolved.passages)
    facts = extract_facts(index, call, resolved.facts)
    items, findings = check_items(index, facts, call, resolved.checklist)
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
    model = relevance_model(call)
    relevance = score_relevance(index, assessment.facts, call, model, resolved.relevance)
    return assessment.model_copy(update={"relevance": relevance})


def relevance_model(profile: CallProfile | None = None) -> LinearTextModel | None:
    """The profile's passage relevance classifier (default profile: None), loaded once per process.

    None when the profile names no relevance model: taxonomy stems alone score relevance.

    Raises:
        ModelError: the artifact is missing, damaged, or does not fit the features, the data
            or the profile's dimensions.
    """
    return profile_relevance_model(profile if profile is not None else _default_profile())


def outline_model(profile: CallProfile | None = None) -> LinearTextModel | None:
    """The profile's section classifier (default profile: None), loaded once per process.

    None when the profile names no outline model: headings alone map the outline.

    Raises:
        ModelError: the artifact is missing, damaged, or does not fit the features, the data
            or the profile's outline.
    """
    return profile_outline_model(profile if profile is not None else _default_profile())


@lru_cache(maxsize=1)
def _default_profile() -> CallProfile:
    return load_profile()
