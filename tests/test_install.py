"""Install-proof: the wheel, installed into a fresh venv away from the repository, scores a sample.

An editable install reads everything from src/, so it hides package data that a wheel
would lack (the models once lived outside the package and a wheel raised ModelError).
The wheel is built with the build backend already installed and installed without its
dependencies, which the temporary venv borrows from this one, so nothing is downloaded.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from sketchproc.train import models_dir

from .conftest import SAMPLES

REPO = Path(__file__).resolve().parents[1]
SAMPLE = SAMPLES / "lk_harz_digitalzentrum.docx"


def _run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _build_wheel(tmp_path: Path) -> Path:
    """The wheel of a clean copy of the sources, so no stale build/ folder can leak into it."""
    source = tmp_path / "source"
    shutil.copytree(REPO / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, source / name)
    wheels = tmp_path / "wheels"
    _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
        "--wheel-dir", wheels, source, cwd=tmp_path,
    )  # fmt: skip
    (wheel,) = wheels.glob("sketchproc-*.whl")
    return wheel


def _fresh_venv(tmp_path: Path) -> Path:
    """A venv whose only sketchproc is the wheel; dependencies come from this venv's site-packages."""
    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    site = Path(
        _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path).strip()
    )
    # A path listed in a .pth file is appended after the venv's own site-packages, and .pth
    # files inside it (this venv's editable hook onto src/) are not run: the wheel wins.
    (site / "borrowed_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(wheel, venv): the wheel of the sources, installed alone into a fresh venv."""
    tmp_path = tmp_path_factory.mktemp("install")
    wheel = _build_wheel(tmp_path)
    target = _fresh_venv(tmp_path)
    _run(sys.executable, "-m", "pip", "--python", target / "bin" / "python", "install", "--quiet",
         "--no-deps", wheel, cwd=tmp_path)  # fmt: skip
    where = _run(
        target / "bin" / "python", "-c", "import sketchproc; print(sketchproc.__file__)", cwd=tmp_path
    )
    assert Path(where.strip()).is_relative_to(target), where
    return wheel, target


def test_wheel_ships_the_models_and_scores_a_sample_when_installed(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    wheel, target = installed
    shipped = set(zipfile.ZipFile(wheel).namelist())
    models = sorted(p.name for p in models_dir().iterdir() if p.suffix in {".npz", ".json"})
    assert len(models) == 4
    assert {f"sketchproc/models/{name}" for name in models} <= shipped

    score = json.loads(_run(target / "bin" / "sketchproc", "score", SAMPLE, "--json", cwd=tmp_path))
    checkout = json.loads(
        _run(Path(sys.executable).parent / "sketchproc", "score", SAMPLE, "--json", cwd=tmp_path)
    )
    assert score["relevance"]["score"] > 0
    assert score == checkout  # same models, same profile, same result as the checkout


def test_cache_key_of_the_installed_package_changes_when_its_code_does(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    """`make demo` after an edit must not serve results of the old code under the same version."""
    _, target = installed
    key = (
        "from pathlib import Path; from sketchproc.batch.cache import PayloadCache; "
        "import sketchproc.render.text as m; print(m.__file__); "
        "print(PayloadCache(Path('cache'), 'profile').key('file'))"
    )
    module, before = _run(target / "bin" / "python", "-c", key, cwd=tmp_path).split()
    assert Path(module).is_relative_to(target)
    assert _run(target / "bin" / "python", "-c", key, cwd=tmp_path).split()[1] == before  # stable
    with Path(module).open("a", encoding="utf-8") as handle:
        handle.write("# edited after installing; the version string is unchanged\n")
    assert _run(target / "bin" / "python", "-c", key, cwd=tmp_path).split()[1] != before
