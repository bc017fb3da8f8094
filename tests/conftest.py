"""Shared test fixtures: the golden-file helper and the `--update-goldens` option."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Protocol

import pytest
from rapidfuzz import fuzz

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


# OCR'd text may differ between Tesseract versions by a character here and there; what matters
# (sections, titles, numbers, levels, pages, warnings) is compared exactly, the words by similarity.
OCR_MIN_SIMILARITY = 90.0  # rapidfuzz ratio, 0-100, of whitespace-normalised texts
OCR_WORDS_TOLERANCE = 0.1  # of the golden count, at least 3 words


class Verify(Protocol):
    def __call__(self, golden: Path, payload: Any, *, ocr: bool = False) -> None: ...


@pytest.fixture
def verify(request: pytest.FixtureRequest) -> Verify:
    """Compare a payload with its golden JSON file, or rewrite it with --update-goldens.

    Exactly, except with `ocr=True`: then section texts and word counts, which depend on the
    installed Tesseract, need only be similar (`ocr_differences`).
    """
    update = bool(request.config.getoption("--update-goldens"))

    def _verify(golden: Path, payload: Any, *, ocr: bool = False) -> None:
        text = json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        if update or not golden.exists():
            golden.write_text(text, encoding="utf-8")
            if not update:
                pytest.fail(f"golden {golden.name} was missing and has been written; check it and re-run")
            return
        expected = json.loads(golden.read_text(encoding="utf-8"))
        actual = json.loads(text)
        if ocr:
            assert not ocr_differences(expected, actual), (
                f"{golden.name} differs: {ocr_differences(expected, actual)}; run `make goldens` if intended"
            )
        else:
            assert actual == expected, f"{golden.name} differs; run `make goldens` if intended"

    return _verify


def ocr_differences(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """What differs between two extract payloads beyond what another Tesseract version may change."""
    problems: list[str] = []
    loose = {"text", "words"}
    if _without(expected, {"sections", "preamble_words"}) != _without(actual, {"sections", "preamble_words"}):
        problems.append("document fields")
    if not _close_counts(expected["preamble_words"], actual["preamble_words"]):
        problems.append(f"preamble_words {expected['preamble_words']} → {actual['preamble_words']}")
    if len(expected["sections"]) != len(actual["sections"]):
        return [*problems, f"{len(expected['sections'])} sections → {len(actual['sections'])}"]
    for want, got in zip(expected["sections"], actual["sections"], strict=True):
        where = f"section {want['number']} {want['title']!r}"
        if _without(want, loose) != _without(got, loose):
            problems.append(f"{where}: {_without(want, loose)} → {_without(got, loose)}")
        similarity = fuzz.ratio(" ".join(want["text"].split()), " ".join(got["text"].split()))
        if similarity < OCR_MIN_SIMILARITY:
            problems.append(f"{where}: text only {similarity:.0f} % similar")
        if not _close_counts(want["words"], got["words"]):
            problems.append(f"{where}: words {want['words']} → {got['words']}")
    return problems


def _without(record: dict[str, Any], keys: set[str]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in keys}


def _close_counts(expected: int, actual: int) -> bool:
    return abs(expected - actual) <= max(3, OCR_WORDS_TOLERANCE * expected)
