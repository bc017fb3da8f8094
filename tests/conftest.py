"""Shared test fixtures: the golden-file helper and the `--update-goldens` option."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"  # submissions only: `sketchproc run samples/` sees nothing else
TRUTH = REPO / "tests" / "data" / "truth"
GOLDENS = REPO / "tests" / "data" / "goldens"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="Rewrite golden *.expected.json files from the current output instead of comparing.",
    )


Verify = Callable[[Path, Any], None]


@pytest.fixture
def verify(request: pytest.FixtureRequest) -> Verify:
    """Compare a payload with its golden JSON file exactly, or rewrite it with --update-goldens."""
    update = bool(request.config.getoption("--update-goldens"))

    def _verify(golden: Path, payload: Any) -> None:
        text = json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        if update or not golden.exists():
            golden.write_text(text, encoding="utf-8")
            if not update:
                pytest.fail(f"golden {golden.name} was missing and has been written; check it and re-run")
            return
        expected = golden.read_text(encoding="utf-8")
        assert json.loads(text) == json.loads(expected), (
            f"{golden.name} differs; run `make goldens` if intended"
        )

    return _verify
