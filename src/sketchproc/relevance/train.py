"""Train the relevance classifier: one sigmoid per dimension over labelled passages, deterministically.

`train_relevance` reads `data/relevance_passages.jsonl` (one passage per line: `id`,
`labels` (dimension ids, possibly none), `kind`, `text`; see data/RELEVANCE.md) and
writes `<stem>.npz` and `<stem>.meta.json`. As for the outline model (sketchproc.train):

- the held-out rule is fixed, not random: every HOLDOUT_EVERY-th line of each group
  (kind + first label, in file order) is held out;
- five-fold cross-validation on the training part gives per-dimension F1;
- the held-out part gives per-dimension F1 and, for each hard-negative kind (buzzword,
  call echo, negated, keyword list, non-body, neutral), the false-positive rate: the share
  of its passages for which the model claims a dimension the passage is not labelled with.

All metrics go into the sidecar.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sketchproc.errors import ModelError
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile
from sketchproc.textmodel import fit_multilabel_text_model
from sketchproc.training import cv_folds, holdout_split, macro

__all__ = [
    "RELEVANCE_C",
    "RELEVANCE_DATA",
    "RELEVANCE_MODEL",
    "RelevanceTrainReport",
    "sweep_regularisation",
    "train_relevance",
]

RELEVANCE_MODEL = "relevance"
RELEVANCE_DATA = "relevance_passages.jsonl"
# Inverse regularisation, chosen once with `sweep_regularisation` on the 908-line data of
# 2026-11-24 (CV macro F1: C=0.3 → 0.505, 1 → 0.485, 3 → 0.451, 10 → 0.423, 30 → 0.406,
# 100 → 0.402) and fixed here, so retraining never silently changes the model.
RELEVANCE_C = 0.3
# A dimension is predicted from this probability on (metrics only; scoring has its settings).
DECISION = 0.5
POSITIVE_KIND = "positive"
KINDS = ("positive", "buzzword", "call_echo", "negated", "keyword_list", "non_body", "neutral")


@dataclass(frozen=True)
class _Row:
    text: str
    labels: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class RelevanceTrainReport:
    """Metrics of the trained relevance model, as printed by `sketchproc train`."""

    name: str
    examples: int
    holdout_examples: int
    regularisation: float
    cv_f1: dict[str, float]
    cv_macro_f1: float
    holdout_f1: dict[str, float]
    holdout_macro_f1: float
    holdout_false_positive_rate: dict[str, float]  # hard-negative kind → share with a wrong dimension


def train_relevance(data_file: Path, stem: Path, profile: CallProfile | None = None) -> RelevanceTrainReport:
    """Fit the dimension classifier on `data_file`, save it to `stem` and return its metrics.

    Raises:
        ModelError: the training data is missing or malformed.
    """
    call = profile or load_profile()
    classes = [d.id for d in call.taxonomy.dimensions]
    rows = read_passages(data_file, classes)
    train, holdout = split_rows(rows)
    train_rows = [rows[i] for i in train]
    held = [rows[i] for i in holdout]
    cv = cross_validate(train_rows, classes, RELEVANCE_C)
    meta: dict[str, Any] = {
        "model": RELEVANCE_MODEL,
        "profile": call.id,
        "classes": classes,
        "data_file": data_file.name,
        "data_sha256": hashlib.sha256(data_file.read_bytes()).hexdigest(),
        "regularisation": RELEVANCE_C,
        "decision_threshold": DECISION,
    }
    model = fit_multilabel_text_model(
        [r.text for r in train_rows],
        [r.labels for r in train_rows],
        classes,
        regularisation=RELEVANCE_C,
        meta=meta,
    )
    predicted = _predict(model.probabilities([r.text for r in held]))
    holdout_f1 = _f1_by_class(held, predicted, classes)
    report = RelevanceTrainReport(
        name=RELEVANCE_MODEL,
        examples=len(train_rows),
        holdout_examples=len(held),
        regularisation=RELEVANCE_C,
        cv_f1=cv,
        cv_macro_f1=macro(cv),
        holdout_f1=holdout_f1,
        holdout_macro_f1=macro(holdout_f1),
        holdout_false_positive_rate=_false_positive_rates(held, predicted, classes),
    )
    model.meta.update(_report_meta(report))
    model.save(stem)
    return report


def _report_meta(report: RelevanceTrainReport) -> dict[str, Any]:
    return {
        "examples": report.examples,
        "holdout_examples": report.holdout_examples,
        "cv_f1": report.cv_f1,
        "cv_macro_f1": report.cv_macro_f1,
        "holdout_f1": report.holdout_f1,
        "holdout_macro_f1": report.holdout_macro_f1,
        "holdout_false_positive_rate": report.holdout_false_positive_rate,
    }


def read_passages(path: Path, classes: Sequence[str]) -> list[_Row]:
    """The labelled passages of `path`, checked line by line.

    Raises:
        ModelError: the file is missing, a line is no JSON object, or a label or kind is unknown.
    """
    if not path.exists():
        raise ModelError(f"Trainingsdaten fehlen: {path}. Bitte das Repository vollständig auschecken.")
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            rows.append(_parse(line, f"{path}: Zeile {number}", classes))
    if not rows:
        raise ModelError(f"{path}: enthält keine Beispiele.")
    return rows


def _parse(line: str, where: str, classes: Sequence[str]) -> _Row:
    try:
        raw = json.loads(line)
    except ValueError as exc:
        raise ModelError(f"{where} ist kein gültiges JSON ({exc}).") from exc
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("text"), str)
        or not isinstance(raw.get("labels"), list)
    ):
        raise ModelError(f"{where} braucht 'text' (Text) und 'labels' (Liste).")
    labels = tuple(str(label) for label in raw["labels"])
    unknown = [label for label in labels if label not in classes]
    kind = str(raw.get("kind", POSITIVE_KIND if labels else "neutral"))
    if unknown or kind not in KINDS:
        raise ModelError(f"{where}: unbekannte Dimension oder Art ({', '.join(unknown) or kind}).")
    return _Row(raw["text"], labels, kind)


def split_rows(rows: Sequence[_Row]) -> tuple[list[int], list[int]]:
    """Every HOLDOUT_EVERY-th row of each kind + first-label group is held out (fixed rule)."""
    return holdout_split([(row.kind, row.labels[0] if row.labels else "") for row in rows])


def cross_validate(rows: Sequence[_Row], classes: Sequence[str], regularisation: float) -> dict[str, float]:
    """Per-dimension F1 of FOLDS-fold cross-validation (shuffled with a fixed seed)."""
    truth: list[_Row] = []
    predicted: list[NDArray[np.bool_]] = []
    for train, test in cv_folds(len(rows)):
        model = fit_multilabel_text_model(
            [rows[i].text for i in train],
            [rows[i].labels for i in train],
            classes,
            regularisation=regularisation,
            meta={},
        )
        truth += [rows[i] for i in test]
        predicted.append(_predict(model.probabilities([rows[i].text for i in test])))
    return _f1_by_class(truth, np.vstack(predicted), classes)


def sweep_regularisation(data_file: Path, candidates: Sequence[float]) -> dict[float, float]:
    """CV macro F1 on the training part for each candidate C (used once to fix RELEVANCE_C)."""
    classes = [d.id for d in load_profile().taxonomy.dimensions]
    rows = read_passages(data_file, classes)
    train, _ = split_rows(rows)
    return {c: macro(cross_validate([rows[i] for i in train], classes, c)) for c in candidates}


def _predict(probabilities: NDArray[np.float64]) -> NDArray[np.bool_]:
    return probabilities >= DECISION


def _truth(rows: Sequence[_Row], classes: Sequence[str]) -> NDArray[np.bool_]:
    return np.array([[name in row.labels for name in classes] for row in rows], dtype=bool).reshape(
        len(rows), len(classes)
    )


def _f1_by_class(
    rows: Sequence[_Row], predicted: NDArray[np.bool_], classes: Sequence[str]
) -> dict[str, float]:
    from sklearn.metrics import f1_score

    truth = _truth(rows, classes)
    return {
        name: round(float(f1_score(truth[:, column], predicted[:, column], zero_division=0)), 3)
        for column, name in enumerate(classes)
    }


def _false_positive_rates(
    rows: Sequence[_Row], predicted: NDArray[np.bool_], classes: Sequence[str]
) -> dict[str, float]:
    """Per hard-negative kind: share of passages with a predicted dimension they are not labelled with."""
    mistakes: NDArray[np.bool_] = np.asarray((predicted & ~_truth(rows, classes)).any(axis=1))
    wrong = [bool(flag) for flag in mistakes.tolist()]
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for row, flag in zip(rows, wrong, strict=True):
        if row.kind != POSITIVE_KIND:
            by_kind[row.kind].append(flag)
    return {kind: round(sum(flags) / len(flags), 3) for kind, flags in sorted(by_kind.items())}
