"""A linear text classifier over TF-IDF word and character n-grams, stored without pickle.

scikit-learn fits it; the artifact keeps only plain arrays (`.npz`, loaded with
`allow_pickle=False`) and a JSON sidecar (`.meta.json`) with the versions, the
data hash and the cross-validated metrics. Scoring is plain NumPy with our own
analyzers, so scikit-learn is needed only to train (the `train` extra) and its
version, kept in the sidecar for the record, does not decide whether a model loads.
Loading checks what does decide it: the feature version, the artifact's checksum and,
where the training data is at hand, that the model was trained on that data. Character
n-grams suit German compounds ("Breitbandausbau", "Bürgerbeteiligungsprozess").
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sketchproc.errors import ModelError

__all__ = [
    "FEATURE_VERSION",
    "LinearTextModel",
    "fit_multilabel_text_model",
    "fit_text_model",
    "load_text_model",
]

# Bump when the features change meaning; artifacts with another version are refused.
FEATURE_VERSION = 1

# Word unigrams+bigrams and character 3-5-grams inside word boundaries.
VECTORIZERS: tuple[dict[str, Any], ...] = (
    {"analyzer": "word", "ngram_range": (1, 2), "lowercase": True, "sublinear_tf": True, "min_df": 1},
    {"analyzer": "char_wb", "ngram_range": (3, 5), "lowercase": True, "sublinear_tf": True, "min_df": 2},
)


# Texts whose scores a model keeps: a few sketches' sections and passages, a few MB.
_MAX_SCORED_TEXTS = 4096
# Words whose n-gram columns a model keeps: a few hundred sketches' vocabulary, a few MB.
_MAX_WORDS = 65536


@dataclass(frozen=True)
class _Features:
    analyzer: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: NDArray[np.float64]
    # char_wb only: (low, high) of the n-grams, which never cross a word's edge.
    char_range: tuple[int, int] | None = None
    # Word → the vocabulary columns of its character n-grams, in the analyzer's order.
    _word_columns: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)

    def column_counts(self, text: str) -> Counter[int]:
        """Vocabulary column → count of the text's tokens, in the order tokens first occur.

        The same counts, in the same order, as counting the analyzer's tokens and dropping
        those outside the vocabulary (a token has one column). Character n-grams stay inside
        a word, so a word's known columns are looked up once per model: counting every
        n-gram string and then looking each up was a third of the analysis stages.
        """
        if self.char_range is None:
            column_of = self.vocabulary.get
            tokens = Counter(self.analyzer(text))
            return Counter({column: n for t, n in tokens.items() if (column := column_of(t)) is not None})
        known = self._word_columns
        if len(known) >= _MAX_WORDS:
            known.clear()
        per_word = []
        for word in _WHITE_SPACES.sub(" ", text.lower()).split():
            columns = known.get(word)
            if columns is None:
                columns = known[word] = self._columns_of(word)
            per_word.append(columns)
        return Counter(chain.from_iterable(per_word))

    def _columns_of(self, word: str) -> tuple[int, ...]:
        assert self.char_range is not None
        column_of = self.vocabulary.get
        grams = _word_char_ngrams(word, *self.char_range)
        return tuple(column for gram in grams if (column := column_of(gram)) is not None)


class LinearTextModel:
    """Scores texts against classes with a fitted linear model over TF-IDF features.

    A single-label model (one class per text) gives softmax probabilities; a
    multi-label model (one-vs-rest, any number of classes per text) gives an
    independent sigmoid probability per class.
    """

    def __init__(
        self,
        classes: Sequence[str],
        vocabularies: Sequence[dict[str, int]],
        idfs: Sequence[NDArray[np.float64]],
        coef: NDArray[np.float64],
        intercept: NDArray[np.float64],
        meta: dict[str, Any],
        *,
        multilabel: bool = False,
    ) -> None:
        self.classes = tuple(classes)
        self.meta = meta
        self.multilabel = multilabel
        self._coef = coef
        self._intercept = intercept
        self._features = [
            _Features(analyzer_for(spec), vocabulary, idf, _char_range(spec))
            for spec, vocabulary, idf in zip(VECTORIZERS, vocabularies, idfs, strict=True)
        ]
        # Linear scores by text: the outline stage scores a section, its run-ins and headless
        # blocks, and relevance its passages, so about a third of the texts come back.
        self._scores: dict[str, NDArray[np.float64]] = {}

    def features(self, text: str) -> tuple[NDArray[np.intp], NDArray[np.float64]]:
        """Sparse TF-IDF of one text as (columns, values); each vectorizer's part L2-normalised.

        Sparse because a text has a few hundred of the ~100,000 features: a dense row per
        passage made scoring slow and took hundreds of MB per worker.
        """
        columns: list[NDArray[np.intp]] = []
        values: list[NDArray[np.float64]] = []
        offset = 0
        for feature in self._features:
            found = feature.column_counts(text)
            cols = np.fromiter(found.keys(), dtype=np.intp, count=len(found))
            tf = 1.0 + np.log(np.fromiter(found.values(), dtype=np.float64, count=len(found)))
            vals = tf * feature.idf[cols] if found else np.zeros(0)
            norm = float(np.sqrt(np.dot(vals, vals)))
            columns.append(cols + offset)
            values.append(vals / norm if norm else vals)
            offset += len(feature.vocabulary)
        return np.concatenate(columns), np.concatenate(values)

    def probabilities(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """Class probabilities (rows: texts, columns: `classes`), softmax of the linear scores."""
        if not texts:
            return np.zeros((0, len(self.classes)))
        scores = np.vstack([self._linear_scores(text) for text in texts]) + self._intercept
        if self.multilabel:
            sigmoid: NDArray[np.float64] = 1.0 / (1.0 + np.exp(-scores))
            return sigmoid
        if len(self.classes) == 2:  # scikit-learn keeps one row for a binary problem
            scores = np.hstack([np.zeros_like(scores), scores])
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        probabilities: NDArray[np.float64] = exp / exp.sum(axis=1, keepdims=True)
        return probabilities

    def _linear_scores(self, text: str) -> NDArray[np.float64]:
        """The coefficients times the text's features (before the intercept), kept per text."""
        row = self._scores.get(text)
        if row is None:
            if len(self._scores) >= _MAX_SCORED_TEXTS:
                self._scores.clear()
            columns, values = self.features(text)
            row = self._scores[text] = self._coef[:, columns] @ values
        return row

    def save(self, stem: Path) -> None:
        """Write `<stem>.npz` and `<stem>.meta.json`."""
        stem.parent.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, NDArray[Any]] = {"coef": self._coef, "intercept": self._intercept}
        for index, feature in enumerate(self._features):
            tokens = sorted(feature.vocabulary, key=feature.vocabulary.__getitem__)
            arrays[f"tokens_{index}"] = np.array(tokens, dtype=np.str_)
            arrays[f"idf_{index}"] = feature.idf
        arrays["classes"] = np.array(self.classes, dtype=np.str_)
        arrays["multilabel"] = np.array([self.multilabel])
        npz = stem.with_suffix(".npz")
        _write_npz(npz, arrays)
        meta = dict(self.meta, artifact_sha256=_sha256(npz))
        stem.with_suffix(".meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")


def fit_text_model(
    texts: Sequence[str], labels: Sequence[str], *, regularisation: float, meta: dict[str, Any]
) -> LinearTextModel:
    """Fit TF-IDF features and a multinomial logistic regression, deterministically."""
    from sklearn.linear_model import LogisticRegression

    vectorizers, matrix = _fit_features(texts)
    classifier = LogisticRegression(C=regularisation, max_iter=5000, random_state=0)
    classifier.fit(matrix, labels)
    return _linear_model(
        [str(c) for c in classifier.classes_], vectorizers, classifier.coef_, classifier.intercept_, meta
    )


def fit_multilabel_text_model(
    texts: Sequence[str],
    label_sets: Sequence[Sequence[str]],
    classes: Sequence[str],
    *,
    regularisation: float,
    meta: dict[str, Any],
) -> LinearTextModel:
    """Fit one balanced binary logistic regression per class on shared TF-IDF features."""
    from sklearn.linear_model import LogisticRegression

    vectorizers, matrix = _fit_features(texts)
    coefs, intercepts = [], []
    for name in classes:
        target = np.array([name in labels for labels in label_sets], dtype=int)
        # Few positives per class among many texts: balance so recall does not collapse.
        classifier = LogisticRegression(
            C=regularisation, max_iter=5000, random_state=0, class_weight="balanced"
        )
        classifier.fit(matrix, target)
        coefs.append(classifier.coef_[0])
        intercepts.append(classifier.intercept_[0])
    return _linear_model(
        list(classes), vectorizers, np.array(coefs), np.array(intercepts), meta, multilabel=True
    )


def _fit_features(texts: Sequence[str]) -> tuple[list[Any], Any]:
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizers = [TfidfVectorizer(**spec) for spec in VECTORIZERS]
    matrices = [vectorizer.fit_transform(texts) for vectorizer in vectorizers]
    return vectorizers, hstack(matrices).tocsr()


def _linear_model(
    classes: Sequence[str],
    vectorizers: Sequence[Any],
    coef: Any,
    intercept: Any,
    meta: dict[str, Any],
    *,
    multilabel: bool = False,
) -> LinearTextModel:
    return LinearTextModel(
        classes=classes,
        vocabularies=[{str(k): int(v) for k, v in vec.vocabulary_.items()} for vec in vectorizers],
        idfs=[np.asarray(vec.idf_, dtype=np.float64) for vec in vectorizers],
        coef=np.asarray(coef, dtype=np.float64),
        intercept=np.asarray(intercept, dtype=np.float64),
        meta=dict(meta, sklearn=_sklearn_version(), feature_version=FEATURE_VERSION),
        multilabel=multilabel,
    )


def load_text_model(stem: Path, data: Path | None = None) -> LinearTextModel:
    """Load `<stem>.npz` after checking its sidecar; with `data`, also against the training data there.

    `data` is the folder of the training data (the repository's data/); when the file named
    in the sidecar is there, its hash must be the one the model was trained on. An installed
    package has no training data and checks only the feature version and the checksum.

    Raises:
        ModelError: the artifact is missing, damaged, built for another feature version,
            or trained on other data than `data` holds.
    """
    npz, sidecar = stem.with_suffix(".npz"), stem.with_suffix(".meta.json")
    rebuild = "Bitte das Modell mit `make model` (sketchproc train) neu erzeugen."
    if not npz.exists() or not sidecar.exists():
        raise ModelError(f"Modelldatei fehlt: {npz} oder {sidecar}. {rebuild}", code="model_missing")
    try:
        meta = json.loads(sidecar.read_text())
    except (OSError, ValueError) as exc:
        raise ModelError(f"{sidecar}: Beschreibung des Modells unlesbar ({exc}). {rebuild}") from exc
    _check_meta(npz, meta, rebuild)
    _check_data(npz, meta, data, rebuild)
    try:
        with np.load(npz, allow_pickle=False) as arrays:
            count = len(VECTORIZERS)
            return LinearTextModel(
                classes=[str(c) for c in arrays["classes"]],
                vocabularies=[_vocabulary(arrays[f"tokens_{n}"]) for n in range(count)],
                idfs=[arrays[f"idf_{n}"] for n in range(count)],
                coef=arrays["coef"],
                intercept=arrays["intercept"],
                meta=meta,
                multilabel=bool(arrays["multilabel"][0]) if "multilabel" in arrays else False,
            )
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"{npz}: Modelldatei beschädigt ({exc}). {rebuild}") from exc


def _vocabulary(tokens: NDArray[np.str_]) -> dict[str, int]:
    """Token → column, as the artifact stores the tokens in column order.

    `tolist()` hands over Python strings at once; iterating the array made a NumPy scalar of
    each of the ~30,000 tokens, 5 of the outline model's 26 ms load (a fixed cost of `check`).
    """
    return dict(zip(tokens.tolist(), range(len(tokens)), strict=True))


def _check_meta(npz: Path, meta: dict[str, Any], rebuild: str) -> None:
    if meta.get("feature_version") != FEATURE_VERSION:
        raise ModelError(f"{npz}: für eine andere Merkmalsversion erzeugt. {rebuild}", code="model_version")
    if meta.get("artifact_sha256") != _sha256(npz):
        raise ModelError(f"{npz}: Prüfsumme stimmt nicht, die Datei wurde verändert. {rebuild}")


def _check_data(npz: Path, meta: dict[str, Any], data: Path | None, rebuild: str) -> None:
    name = meta.get("data_file")
    if data is None or not isinstance(name, str) or not (data / name).is_file():
        return  # no training data at hand (an installed package): nothing to compare with
    if meta.get("data_sha256") != _sha256(data / name):
        raise ModelError(
            f"{npz}: mit anderen Trainingsdaten erzeugt, als {data / name} jetzt enthält. {rebuild}",
            code="model_data",
        )


def _write_npz(path: Path, arrays: dict[str, NDArray[Any]]) -> None:
    """Like numpy.savez_compressed, but byte-identical across runs (fixed member dates)."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, array in sorted(arrays.items()):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w") as handle:
                np.lib.format.write_array(handle, np.asanyarray(array), allow_pickle=False)


def _sklearn_version() -> str:
    """The scikit-learn version that fitted a model, for the sidecar (training imports it anyway)."""
    return metadata.version("scikit-learn")


def _char_range(spec: dict[str, Any]) -> tuple[int, int] | None:
    """(low, high) of a char_wb vectorizer's n-grams; None for any other analyzer."""
    if spec["analyzer"] != "char_wb":
        return None
    low, high = spec["ngram_range"]
    return low, high


def analyzer_for(spec: dict[str, Any]) -> Callable[[str], list[str]]:
    """The token analyzer scikit-learn's TfidfVectorizer builds for `spec`, in plain Python.

    Scoring needs only the tokens; importing scikit-learn and SciPy for them would
    cost every worker process about 100 MB. Tests pin the equality to scikit-learn.
    """
    low, high = spec["ngram_range"]
    if spec["analyzer"] == "word":
        return lambda text: _word_ngrams(_WORD.findall(text.lower()), low, high)
    if spec["analyzer"] == "char_wb":
        return lambda text: _char_wb_ngrams(text.lower(), low, high)
    raise ValueError(f"unsupported analyzer {spec['analyzer']!r}")


# scikit-learn's default token_pattern: words of two or more word characters.
_WORD = re.compile(r"(?u)\b\w\w+\b")
_WHITE_SPACES = re.compile(r"\s\s+")


def _word_ngrams(tokens: list[str], low: int, high: int) -> list[str]:
    grams = list(tokens) if low == 1 else []
    for size in range(max(low, 2), min(high, len(tokens)) + 1):
        grams += [" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)]
    return grams


def _char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        grams += _word_char_ngrams(word, low, high)
    return grams


@lru_cache(maxsize=65536)
def _word_char_ngrams(word: str, low: int, high: int) -> tuple[str, ...]:
    """One word's character n-grams, in scikit-learn's order; cached, as words recur across texts."""
    grams: list[str] = []
    padded = f" {word} "
    for size in range(low, high + 1):
        if len(padded) <= size:
            grams.append(padded)  # a short word counts once, as itself, and no longer n-grams
            break
        grams += [padded[i : i + size] for i in range(len(padded) - size + 1)]
    return tuple(grams)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
