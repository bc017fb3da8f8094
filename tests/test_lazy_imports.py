"""Start-up: heavy libraries are imported where they are used, not by every command.

Each check runs a fresh interpreter: this test process has long imported everything.
"""

from __future__ import annotations

import json
import subprocess
import sys

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
