"""The pickle-free text classifier artifact: agreement with scikit-learn, sidecar checks."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_union

from sketchproc.errors import ModelError
from sketchproc.relevance.train import RELEVANCE_MODEL
from sketchproc.textmodel import VECTORIZERS, fit_text_model, load_text_model
from sketchproc.train import OUTLINE_MODEL, data_dir, models_dir

REPO = Path(__file__).resolve().parents[1]

TEXTS = [
    "Breitbandausbau im Landkreis mit Glasfaser",
    "Glasfaseranschlüsse für alle Gemeinden bis 2020",
    "Bürgerbeteiligung mit Workshops und Befragungen",
    "Befragung der Bürgerinnen und Bürger, Zukunftswerkstatt",
    "Personalkosten und Sachkosten, Eigenanteil 20 Prozent",
    "Kosten- und Finanzierungsplan mit Gesamtkosten",
] * 3
LABELS = ["infrastructure", "infrastructure", "participation", "participation", "budget", "budget"] * 3
QUERIES = ["Glasfaserausbau in den Ortsteilen", "Workshop mit Jugendlichen", "Kostenplan 2019"]


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    stem = tmp_path / "models" / "demo"
    fit_text_model(TEXTS, LABELS, regularisation=10.0, meta={"data_sha256": "x"}).save(stem)
    return stem


@pytest.mark.parametrize("labels", [LABELS, ["a" if label == "budget" else "b" for label in LABELS]])
def test_probabilities_equal_scikit_learns_own_pipeline(labels: list[str]) -> None:
    model = fit_text_model(TEXTS, labels, regularisation=10.0, meta={})
    union = make_union(*[TfidfVectorizer(**spec) for spec in VECTORIZERS])
    reference = LogisticRegression(C=10.0, max_iter=5000, random_state=0).fit(
        union.fit_transform(TEXTS), labels
    )
    expected = reference.predict_proba(union.transform(QUERIES))
    assert np.allclose(model.probabilities(QUERIES), expected, atol=1e-9)


def test_saved_model_loads_and_scores_the_same(saved: Path) -> None:
    model = fit_text_model(TEXTS, LABELS, regularisation=10.0, meta={})
    loaded = load_text_model(saved)
    assert loaded.classes == model.classes
    assert np.allclose(loaded.probabilities(QUERIES), model.probabilities(QUERIES))
    assert loaded.classes[int(np.argmax(loaded.probabilities(QUERIES[:1])))] == "infrastructure"


def test_saving_twice_gives_identical_bytes(saved: Path, tmp_path: Path) -> None:
    other = tmp_path / "again" / "demo"
    fit_text_model(TEXTS, LABELS, regularisation=10.0, meta={"data_sha256": "x"}).save(other)
    assert saved.with_suffix(".npz").read_bytes() == other.with_suffix(".npz").read_bytes()
    assert saved.with_suffix(".meta.json").read_text() == other.with_suffix(".meta.json").read_text()


def test_tampered_artifact_is_refused(saved: Path) -> None:
    npz = saved.with_suffix(".npz")
    npz.write_bytes(npz.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(ModelError, match="Prüfsumme"):
        load_text_model(saved)


def test_artifact_from_another_sklearn_version_loads_and_scores_the_same(saved: Path) -> None:
    """Scoring never calls scikit-learn, so the version that fitted the model does not matter."""
    before = load_text_model(saved).probabilities(QUERIES)
    sidecar = saved.with_suffix(".meta.json")
    meta = json.loads(sidecar.read_text())
    sidecar.write_text(json.dumps(dict(meta, sklearn="1.10.0")))
    assert np.array_equal(load_text_model(saved).probabilities(QUERIES), before)


def test_artifact_from_another_feature_version_is_refused(saved: Path) -> None:
    sidecar = saved.with_suffix(".meta.json")
    meta = json.loads(sidecar.read_text())
    sidecar.write_text(json.dumps(dict(meta, feature_version=meta["feature_version"] + 1)))
    with pytest.raises(ModelError, match="Merkmalsversion") as info:
        load_text_model(saved)
    assert info.value.code == "model_version" and "make model" in info.value.message


def test_model_trained_on_other_data_is_refused_where_the_data_is(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "demo.jsonl").write_text("trained on this\n")
    meta = {"data_file": "demo.jsonl", "data_sha256": hashlib.sha256(b"trained on this\n").hexdigest()}
    stem = tmp_path / "models" / "demo"
    fit_text_model(TEXTS, LABELS, regularisation=10.0, meta=meta).save(stem)
    assert load_text_model(stem, data).classes == ("budget", "infrastructure", "participation")
    (data / "demo.jsonl").write_text("edited since\n")
    with pytest.raises(ModelError, match="anderen Trainingsdaten") as info:
        load_text_model(stem, data)
    assert info.value.code == "model_data" and "demo.jsonl" in info.value.message
    assert load_text_model(stem).classes  # an installed package has no data/: nothing to compare


def test_shipped_models_fit_the_repositorys_training_data() -> None:
    for name in (OUTLINE_MODEL, RELEVANCE_MODEL):
        assert load_text_model(models_dir() / name, data_dir()).meta["data_sha256"]


def test_scoring_runs_without_scikit_learn_and_scipy() -> None:
    """A fresh install without the `train` extra scores; training names the extra to install."""
    script = textwrap.dedent(
        """
        import sys
        sys.modules["sklearn"] = sys.modules["scipy"] = None  # importing either now fails
        from sketchproc import ModelError
        from sketchproc.pipeline import score
        from sketchproc.train import train_models
        print(score(sys.argv[1]).relevance.score > 0)
        try:
            train_models()
        except ModelError as exc:
            print(exc.message)
        """
    )
    sample = REPO / "samples" / "lk_harz_digitalzentrum.docx"
    result = subprocess.run(
        [sys.executable, "-c", script, str(sample)], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "True",
        "Zum Trainieren fehlt scikit-learn. Abhilfe: pip install 'sketchproc[train]' "
        "(im Repository: make install).",
    ]


def test_missing_artifact_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="make model") as info:
        load_text_model(tmp_path / "nothing")
    assert info.value.code == "model_missing"


def test_multilabel_model_scores_each_class_independently(tmp_path: Path) -> None:
    from sketchproc.textmodel import fit_multilabel_text_model

    label_sets = [["infrastructure"], ["infrastructure"], ["participation"], ["participation"], [], []] * 3
    model = fit_multilabel_text_model(
        TEXTS, label_sets, ["infrastructure", "participation"], regularisation=10.0, meta={}
    )
    model.save(tmp_path / "multi")
    loaded = load_text_model(tmp_path / "multi")
    probabilities = loaded.probabilities(["Glasfaser für die Ortsteile", "Kostenplan mit Eigenanteil"])
    assert loaded.multilabel
    assert probabilities[0, 0] > 0.5 > probabilities[0, 1]
    assert probabilities[1].max() < 0.5  # a budget text belongs to neither class
    assert np.allclose(
        probabilities, model.probabilities(["Glasfaser für die Ortsteile", "Kostenplan mit Eigenanteil"])
    )


@pytest.mark.parametrize("spec", VECTORIZERS, ids=lambda spec: spec["analyzer"])
def test_own_analyzers_equal_scikit_learns(spec: dict[str, object]) -> None:
    from sketchproc.textmodel import analyzer_for

    texts = [
        *TEXTS,
        "Ein  E-Government-Portal für Kühnhausen, Aßmannshausen u. a.; 5G, KI, ÖPNV!",
        "a b c",
        "Zweckverband\tBreitband\nAltmark   2019–2020",
        "",
    ]
    reference = TfidfVectorizer(**spec).build_analyzer()  # type: ignore[arg-type]
    ours = analyzer_for(spec)
    for text in texts:
        assert sorted(ours(text)) == sorted(reference(text)), text


@pytest.mark.parametrize("name", [OUTLINE_MODEL, RELEVANCE_MODEL])
def test_features_of_real_sections_are_scikit_learns_tokens_counted_in_order(name: str) -> None:
    """The per-word column cache gives the very features of counting scikit-learn's tokens.

    The same columns in the same order, so the scores are the same to the last bit; asked
    twice, so the second answer comes from the warm cache.
    """
    from collections import Counter

    from sketchproc.pipeline import extract

    model = load_text_model(models_dir() / name)
    texts = [
        f"{section.title}\n{section.text}"
        for path in sorted((REPO / "samples").glob("*.docx"))[:3]
        for section in extract(path).sections
    ]
    assert len(texts) > 20
    for text in texts:
        columns, values, offset = [], [], 0
        for spec, feature in zip(VECTORIZERS, model._features, strict=True):
            counts = Counter(TfidfVectorizer(**spec).build_analyzer()(text))  # type: ignore[arg-type]
            known = [(feature.vocabulary[t], n) for t, n in counts.items() if t in feature.vocabulary]
            cols = np.array([column for column, _ in known], dtype=np.intp)
            part = (1.0 + np.log(np.array([n for _, n in known], dtype=np.float64))) * feature.idf[cols]
            norm = float(np.sqrt(np.dot(part, part)))
            columns.append(cols + offset)
            values.append(part / norm if norm else part)
            offset += len(feature.vocabulary)
        for _ in range(2):
            ours = model.features(text)
            assert np.array_equal(ours[0], np.concatenate(columns)), text[:60]
            assert ours[1].tobytes() == np.concatenate(values).tobytes(), text[:60]
