"""The models a profile names, checked against the profile's classes before they are used.

A profile lists its models in profile.yaml (`models: {outline: …, relevance: …}`), file
stems in sketchproc/models/. Each model's sidecar records the profile it was trained for
and its classes. The section classifier must know every outline id of the profile and
nothing but outline ids, non-section blocks and "other"; the passage classifier must score
exactly the profile's dimensions. A model that does not fit is a `ModelError` telling the
user to train one for the profile. A profile without its own models runs on what needs no
model (headings alone map the outline, taxonomy stems alone score relevance), and
`fallback_notice` says so in German.
"""

from __future__ import annotations

from collections.abc import Set
from functools import lru_cache

from sketchproc.errors import ModelError
from sketchproc.profiles.schema import CallProfile
from sketchproc.textmodel import LinearTextModel, load_text_model
from sketchproc.train import data_dir, models_dir

__all__ = [
    "OTHER_CLASS",
    "fallback_notice",
    "outline_classes",
    "profile_outline_model",
    "profile_relevance_model",
    "relevance_classes",
]

# The section classifier's class for text that is none of the outline's sections.
OTHER_CLASS = "other"


def outline_classes(profile: CallProfile) -> tuple[frozenset[str], frozenset[str]]:
    """(classes the section classifier must know, classes it may know) for this profile."""
    required = frozenset(profile.outline.ids)
    allowed = required | {block.id for block in profile.outline.non_section_blocks} | {OTHER_CLASS}
    return required, frozenset(allowed)


def relevance_classes(profile: CallProfile) -> frozenset[str]:
    """The classes the passage classifier must score: the taxonomy's dimensions."""
    return frozenset(dimension.id for dimension in profile.taxonomy.dimensions)


def profile_outline_model(profile: CallProfile) -> LinearTextModel | None:
    """The profile's section classifier, or None when the profile names none.

    Raises:
        ModelError: the model is missing, damaged, or its classes do not fit the profile.
    """
    stem = profile.models.outline
    if stem is None:
        return None
    model = _load(stem)
    required, allowed = outline_classes(profile)
    classes = set(model.classes)
    _require_fit(stem, profile, missing=required - classes, unknown=classes - allowed)
    return model


def profile_relevance_model(profile: CallProfile) -> LinearTextModel | None:
    """The profile's passage classifier, or None when the profile names none.

    Raises:
        ModelError: the model is missing, damaged, or its classes are not the profile's dimensions.
    """
    stem = profile.models.relevance
    if stem is None:
        return None
    model = _load(stem)
    expected, classes = relevance_classes(profile), set(model.classes)
    _require_fit(stem, profile, missing=expected - classes, unknown=classes - expected)
    return model


def fallback_notice(profile: CallProfile) -> str | None:
    """A German notice naming what runs without a model for this profile, or None."""
    lacking = []
    if profile.models.outline is None:
        lacking.append("Gliederung nur nach Überschriften (ohne Abschnittsmodell)")
    if profile.models.relevance is None:
        lacking.append("Relevanz nur nach Begriffen der Taxonomie (ohne Passagenmodell)")
    if not lacking:
        return None
    return (
        f"Hinweis: Profil '{profile.id}' hat keine eigenen Modelle; {'; '.join(lacking)}. "
        f"Eigene Modelle: Trainingsdaten anlegen und `sketchproc train --profile {profile.id}` ausführen."
    )


@lru_cache(maxsize=8)
def _load(stem: str) -> LinearTextModel:
    """One model per stem and process (forked workers inherit it)."""
    return load_text_model(models_dir() / stem, data_dir())


def _require_fit(stem: str, profile: CallProfile, *, missing: Set[str], unknown: Set[str]) -> None:
    if not missing and not unknown:
        return
    parts = []
    if missing:
        parts.append(f"es fehlen die Klassen {', '.join(sorted(missing))}")
    if unknown:
        parts.append(f"das Profil kennt die Klassen {', '.join(sorted(unknown))} nicht")
    trained_for = _load(stem).meta.get("profile")
    origin = f" (trainiert für Profil '{trained_for}')" if trained_for else ""
    raise ModelError(
        f"Modell '{stem}'{origin} passt nicht zum Profil '{profile.id}': {'; '.join(parts)}. "
        f"Abhilfe: sketchproc train --profile {profile.id}",
        code="model_profile",
    )
