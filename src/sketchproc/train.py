"""Train: fit the models in sketchproc/models/ from the labelled data in data/, deterministically.

`sketchproc train` (and `make model`) calls `train_models`. Each model is fitted
on the training part of its data; every fifth example of each label (by order
in the file) is held out and scored, and five-fold cross-validation on the
training part gives per-label F1. Both go into the model's sidecar.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sketchproc.errors import ModelError
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile
from sketchproc.textmodel import LinearTextModel, fit_text_model
from sketchproc.training import cv_folds, holdout_split, macro

__all__ = ["OUTLINE_MODEL", "TrainReport", "models_dir", "train_models"]

OUTLINE_MODEL = "outline"
OUTLINE_DATA = "outline_sections.jsonl"
# Inverse regularisation of the logistic regression; chosen by cross-validation.
OUTLINE_C = 20.0

_REPO = Path(__file__).resolve().parents[2]


def models_dir() -> Path:
    """Where the trained models live: sketchproc/models/, package data, so an installed wheel has them."""
    return Path(__file__).resolve().parent / "models"


def data_dir() -> Path:
    """Where the labelled training data lives: the repository's data/ folder."""
    return _REPO / "data"


@dataclass(frozen=True)
class TrainReport:
    """Metrics of one trained model, as printed by `sketchproc train`."""

    name: str
    examples: int
    holdout_examples: int
    cv_f1: dict[str, float]
    holdout_f1: dict[str, float]
    holdout_macro_f1: float
    cv_macro_f1: float
    holdout_false_positive_rate: dict[str, float] = field(default_factory=dict)


def train_models(
    data: Path | None = None, out: Path | None = None, profile: CallProfile | None = None
) -> list[TrainReport]:
    """Fit the profile's models (default profile) from data/ into models/ and return their metrics.

    Each model is written under the stem the profile names (profile.yaml `models`); its
    sidecar records the profile and the classes.

    Raises:
        ModelError: scikit-learn is not installed, the profile names no models, or the
            training data is missing, malformed or labelled for another profile.
    """
    _require_scikit_learn()
    call = profile or load_profile()
    data = data or data_dir()
    out = out or models_dir()
    outline_stem, relevance_stem = call.models.outline, call.models.relevance
    if outline_stem is None or relevance_stem is None:
        raise ModelError(
            f"Profil '{call.id}' nennt keine Modelle (profile.yaml: models: outline, relevance). "
            "Ohne eigene Modelle läuft es mit Überschriften und Taxonomie-Begriffen allein."
        )
    from sketchproc.relevance.train import RELEVANCE_DATA, train_relevance

    outline = train_outline(data / OUTLINE_DATA, out / outline_stem, call)
    relevance = train_relevance(data / RELEVANCE_DATA, out / relevance_stem, call)
    return [
        outline,
        TrainReport(
            name=relevance.name,
            examples=relevance.examples,
            holdout_examples=relevance.holdout_examples,
            cv_f1=relevance.cv_f1,
            holdout_f1=relevance.holdout_f1,
            holdout_macro_f1=relevance.holdout_macro_f1,
            cv_macro_f1=relevance.cv_macro_f1,
            holdout_false_positive_rate=relevance.holdout_false_positive_rate,
        ),
    ]


def _require_scikit_learn() -> None:
    """Scoring needs only NumPy; training fits with scikit-learn, installed by the `train` extra."""
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:
        raise ModelError(
            "Zum Trainieren fehlt scikit-learn. Abhilfe: pip install 'sketchproc[train]' "
            "(im Repository: make install)."
        ) from exc


def train_outline(data_file: Path, stem: Path, profile: CallProfile | None = None) -> TrainReport:
    """Fit the section classifier (outline ids plus non-section labels) for the profile.

    Raises:
        ModelError: the data is missing or malformed, or its labels do not fit the profile.
    """
    from sketchproc.profile_models import outline_classes

    call = profile or load_profile()
    rows = _read_jsonl(data_file)
    texts = [f"{row.get('heading', '')}\n{row['text']}" for row in rows]
    labels = [str(row["label"]) for row in rows]
    required, allowed = outline_classes(call)
    missing, unknown = required - set(labels), set(labels) - allowed
    if missing or unknown:
        raise ModelError(
            f"{data_file}: die Trainingsdaten passen nicht zum Profil '{call.id}' "
            f"(ohne Beispiele: {', '.join(sorted(missing)) or '–'}; "
            f"unbekannte Klassen: {', '.join(sorted(unknown)) or '–'})."
        )
    train, holdout = holdout_split(labels)
    train_texts, train_labels = [texts[i] for i in train], [labels[i] for i in train]
    cv = _cross_validate(train_texts, train_labels)
    meta: dict[str, Any] = {
        "model": OUTLINE_MODEL,
        "profile": call.id,
        "data_file": data_file.name,
        "data_sha256": hashlib.sha256(data_file.read_bytes()).hexdigest(),
        "regularisation": OUTLINE_C,
    }
    model = fit_text_model(train_texts, train_labels, regularisation=OUTLINE_C, meta=meta)
    model.meta["classes"] = list(model.classes)
    holdout_f1 = _f1_by_label(
        [labels[i] for i in holdout], _predict(model, [texts[i] for i in holdout]), model.classes
    )
    report = TrainReport(
        name=OUTLINE_MODEL,
        examples=len(train),
        holdout_examples=len(holdout),
        cv_f1=cv,
        holdout_f1=holdout_f1,
        holdout_macro_f1=macro(holdout_f1),
        cv_macro_f1=macro(cv),
    )
    model.meta.update(
        {
            "examples": report.examples,
            "holdout_examples": report.holdout_examples,
            "cv_f1": report.cv_f1,
            "cv_macro_f1": report.cv_macro_f1,
            "holdout_f1": report.holdout_f1,
            "holdout_macro_f1": report.holdout_macro_f1,
        }
    )
    model.save(stem)
    return report


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise ModelError(f"Trainingsdaten fehlen: {path}. Bitte das Repository vollständig auschecken.")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise ModelError(f"{path}: Zeile {number} ist kein gültiges JSON ({exc}).") from exc
        if not isinstance(row, dict) or "text" not in row or "label" not in row:
            raise ModelError(f"{path}: Zeile {number} braucht die Schlüssel 'text' und 'label'.")
        rows.append(row)
    return rows


def _cross_validate(texts: Sequence[str], labels: Sequence[str]) -> dict[str, float]:
    truth: list[str] = []
    predicted: list[str] = []
    for train, test in cv_folds(len(labels), labels):
        model = fit_text_model(
            [texts[i] for i in train], [labels[i] for i in train], regularisation=OUTLINE_C, meta={}
        )
        truth += [labels[i] for i in test]
        predicted += _predict(model, [texts[i] for i in test])
    return _f1_by_label(truth, predicted, sorted(set(labels)))


def _predict(model: LinearTextModel, texts: Sequence[str]) -> list[str]:
    probabilities = model.probabilities(texts)
    return [model.classes[int(row.argmax())] for row in probabilities]


def _f1_by_label(truth: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict[str, float]:
    from sklearn.metrics import f1_score

    scores = f1_score(truth, predicted, labels=list(labels), average=None, zero_division=0)
    return {label: round(float(score), 3) for label, score in zip(labels, scores, strict=True)}
