"""Start-up: heavy libraries are imported where they are used, not by every command.

Each check runs a fresh interpreter: this test process has long imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

# Libraries only some commands need: the pack (WeasyPrint, Jinja2), one reader each (pdfplumber
# and pdfminer for PDF, python-docx for .docx), the batch (with Rich's progress bar), training,
# and Rich itself: Typer needs it only to show help or an error.
_HEAVY = ("weasyprint", "jinja2", "pdfplumber", "pdfminer", "docx", "sklearn", "sketchproc.batch", "rich")


def _imported_after(statement: str) -> set[str]:
    """Top-level names (and sketchproc.batch) in sys.modules after `statement` in a new interpreter."""
    code = (
        f"import json, sys\n{statement}\n"
        "names = {name.split('.')[0] for name in sys.modules} | set(sys.modules)\n"
        "print(json.dumps(sorted(names)))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return set(json.loads(out))


@pytest.mark.parametrize(
    "statement", ["import sketchproc", "import sketchproc.cli", "import sketchproc.pipeline"]
)
def test_importing_the_package_or_the_cli_loads_no_heavy_library(statement: str) -> None:
    assert _imported_after(statement) & set(_HEAVY) == set()


# What every analysing command needs and help, `--version` and usage errors do not: the
# records and the profile schema (pydantic, PyYAML), the text models (NumPy) and the stages.
_ANALYSIS = ("pydantic", "yaml", "numpy", "rapidfuzz", "sketchproc.pipeline", "sketchproc.profiles")


def test_the_cli_loads_the_analysis_only_in_the_command_that_runs_it() -> None:
    assert _imported_after("import sketchproc.cli") & set(_ANALYSIS) == set()


def test_a_public_name_still_loads_on_first_use() -> None:
    loaded = _imported_after("import sketchproc\nsketchproc.run_batch")
    assert "sketchproc.batch" in loaded


def _extract_in_new_interpreter(tmp_path: Path, env: dict[str, str]) -> dict[str, object]:
    """Run `sketchproc extract` on a small .docx; report OpenBLAS's threads and the garbage collector."""
    document = docx.Document()
    document.add_heading("Ausgangslage", level=1)
    document.add_paragraph("Ein kurzer Text.")
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    code = (
        "import json, os, sys\n"
        "from sketchproc.cli import app\n"
        f"sys.argv = ['sketchproc', 'extract', {str(path)!r}]\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "from threadpoolctl import threadpool_info\n"
        "blas = [info['num_threads'] for info in threadpool_info() if info['internal_api'] == 'openblas']\n"
        "import gc\n"
        "print(json.dumps({'threads': blas, 'variable': os.environ.get('OPENBLAS_NUM_THREADS'),\n"
        "                  'frozen': gc.get_freeze_count(), 'collecting': gc.isenabled()}))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
    report: dict[str, object] = json.loads(out.stdout.splitlines()[-1])
    return report


def test_an_analysing_command_starts_blas_with_one_thread(tmp_path: Path) -> None:
    # One OpenBLAS thread per core made NumPy's import slower, a fixed cost of every check.
    env = {key: value for key, value in os.environ.items() if key != "OPENBLAS_NUM_THREADS"}
    assert _extract_in_new_interpreter(tmp_path, env)["threads"] == [1]


def test_the_users_blas_setting_wins(tmp_path: Path) -> None:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "2"}
    assert _extract_in_new_interpreter(tmp_path, env)["variable"] == "2"


def test_what_an_analysing_command_loads_is_frozen_for_the_garbage_collector(tmp_path: Path) -> None:
    # The collector walked the ~70,000 objects of the loaded analysis again and again.
    report = _extract_in_new_interpreter(tmp_path, dict(os.environ))
    assert isinstance(report["frozen"], int) and report["frozen"] > 10_000
    assert report["collecting"] is True
