"""Models per profile: sidecars name profile and classes, a model that does not fit is refused,
a profile without models runs on headings and taxonomy stems and says so."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from typer.testing import CliRunner

from sketchproc.cli import app
from sketchproc.errors import ModelError
from sketchproc.pipeline import outline_model, relevance_model, score
from sketchproc.profile_models import fallback_notice, outline_classes, relevance_classes
from sketchproc.profiles import available_profiles, load_profile
from sketchproc.train import data_dir, models_dir, train_outline

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "src" / "sketchproc" / "profiles" / "rdz_lsa_2018"
SAMPLE = REPO / "samples" / "lk_harz_digitalzentrum.docx"
runner = CliRunner()


def _copy(tmp_path: Path, name: str, file: str, change: Callable[[Any], object]) -> Path:
    target = tmp_path / name
    shutil.copytree(SHIPPED, target)
    path = target / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return target


@pytest.mark.parametrize("stem", ["outline", "relevance"])
def test_sidecar_records_profile_and_classes(stem: str) -> None:
    meta = json.loads((models_dir() / f"{stem}.meta.json").read_text())
    with np.load(models_dir() / f"{stem}.npz", allow_pickle=False) as arrays:
        classes = [str(c) for c in arrays["classes"]]
    assert meta["profile"] == "rdz_lsa_2018"
    assert meta["classes"] == classes


def test_shipped_models_fit_the_default_profile() -> None:
    profile = load_profile()
    outline, relevance = outline_model(profile), relevance_model(profile)
    assert outline is not None and relevance is not None
    required, allowed = outline_classes(profile)
    assert required <= set(outline.classes) <= allowed
    assert set(relevance.classes) == relevance_classes(profile)
    assert fallback_notice(profile) is None


def test_a_model_whose_classes_do_not_fit_is_refused_with_the_fix(tmp_path: Path) -> None:
    def rename_budget(data: Any) -> None:
        next(s for s in data["sections"] if s["id"] == "budget")["id"] = "finanzplan"

    folder = _copy(tmp_path, "umbenannt", "outline.yaml", rename_budget)
    checklist = folder / "checklist.yaml"
    checklist.write_text(
        re.sub(r"\bbudget\b", "finanzplan", checklist.read_text(encoding="utf-8")), encoding="utf-8"
    )
    profile = load_profile(folder)
    with pytest.raises(ModelError) as caught:
        outline_model(profile)
    message = caught.value.message
    assert "passt nicht zum Profil 'rdz_lsa_2018'" in message
    assert "es fehlen die Klassen finanzplan" in message and "budget" in message
    assert "sketchproc train --profile rdz_lsa_2018" in message


def test_a_relevance_model_for_other_dimensions_is_refused(tmp_path: Path) -> None:
    def drop_dimension(data: Any) -> None:
        data["dimensions"] = data["dimensions"][:-1]

    profile = load_profile(_copy(tmp_path, "weniger", "taxonomy.yaml", drop_dimension))
    with pytest.raises(ModelError, match="das Profil kennt die Klassen data_platforms nicht"):
        relevance_model(profile)


def test_a_profile_without_models_runs_on_headings_and_stems_and_says_so(tmp_path: Path) -> None:
    def no_models(data: Any) -> None:
        del data["models"]

    profile = load_profile(_copy(tmp_path, "ohne_modelle", "profile.yaml", no_models))
    assert outline_model(profile) is None and relevance_model(profile) is None
    notice = fallback_notice(profile)
    assert notice is not None
    assert "keine eigenen Modelle" in notice and "nur nach Überschriften" in notice
    assessment = score(SAMPLE, profile)
    assert assessment.relevance is not None and assessment.relevance.score > 0
    found = {c.outline_id: c.status.value for c in assessment.mapping.coverage}
    # Headings alone still find most sections of a sketch with clear headings.
    assert found["budget"] == "present"
    assert sum(status == "present" for status in found.values()) >= 9, found
    cli = runner.invoke(app, ["check", str(SAMPLE), "--profile", str(tmp_path / "ohne_modelle")])
    assert cli.exit_code == 0
    assert "keine eigenen Modelle" in cli.stderr


def test_training_data_of_another_profile_is_refused(tmp_path: Path) -> None:
    profile = load_profile("mpsc_2020")
    with pytest.raises(ModelError, match="passen nicht zum Profil 'mpsc_2020'"):
        train_outline(data_dir() / "outline_sections.jsonl", tmp_path / "outline", profile)
    assert not (tmp_path / "outline.npz").exists()


def test_profile_list_shows_the_shipped_profiles() -> None:
    assert available_profiles() == ["mpsc_2020", "rdz_lsa_2018"]
    result = runner.invoke(app, ["profile", "list"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["mpsc_2020", "rdz_lsa_2018"]
    assert "Smart Cities" in lines[0] and "ohne Modelle" in lines[0]


@pytest.mark.parametrize("command", ["extract", "check", "score", "run", "train"])
def test_every_command_takes_profile(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "--profile" in result.stdout


@pytest.mark.parametrize("name", ["rdz_lsa_2018", "mpsc_2020"])
def test_profile_validate_on_both(name: str) -> None:
    result = runner.invoke(app, ["profile", "validate", name])
    assert result.exit_code == 0, result.output
    assert f"Profil {name} ist gültig" in result.stdout
