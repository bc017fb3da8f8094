"""What both trainers share: the fixed hold-out rule, the cross-validation folds and macro F1.

The outline and the relevance model differ in their labels (one per text, several per
text) but must be judged the same way, so their sidecars' figures compare.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence

import numpy as np
from numpy.typing import NDArray

__all__ = ["FOLDS", "HOLDOUT_EVERY", "cv_folds", "holdout_split", "macro"]

HOLDOUT_EVERY = 5
FOLDS = 5


def holdout_split(groups: Sequence[Hashable]) -> tuple[list[int], list[int]]:
    """Every HOLDOUT_EVERY-th example of each group is held out; the rule is fixed, not random."""
    seen: dict[Hashable, int] = defaultdict(int)
    train: list[int] = []
    holdout: list[int] = []
    for index, group in enumerate(groups):
        seen[group] += 1
        (holdout if seen[group] % HOLDOUT_EVERY == 0 else train).append(index)
    return train, holdout


def cv_folds(
    count: int, labels: Sequence[str] | None = None
) -> Iterator[tuple[NDArray[np.intp], NDArray[np.intp]]]:
    """(train, test) indices of FOLDS shuffled folds with a fixed seed; stratified when `labels` are given."""
    # Training only: scikit-learn is imported here so scoring processes never load it.
    from sklearn.model_selection import KFold, StratifiedKFold

    if labels is None:
        yield from KFold(n_splits=FOLDS, shuffle=True, random_state=0).split(np.zeros(count))
    else:
        yield from StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=0).split(
            np.zeros(count), labels
        )


def macro(values: dict[str, float]) -> float:
    """Mean of per-label scores, rounded as the sidecars store them; 0.0 for no labels."""
    return round(float(np.mean(list(values.values()))), 3) if values else 0.0
