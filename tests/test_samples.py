"""Every sample submission against its golden sections and its true headings."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from sketchproc import extract
from sketchproc.render.tabular import extract_payload

from .conftest import GOLDENS, SAMPLES, TRUTH, Verify, ocr_differences
from .evaluation import headings

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".docx", ".pdf"})
TRUTH_FILES = {p.name.removesuffix(".json"): p for p in TRUTH.glob("*.json")}


def test_there_are_enough_samples_of_both_formats() -> None:
    suffixes = [p.suffix for p in SAMPLE_FILES]
    assert suffixes.count(".docx") >= 4 and suffixes.count(".pdf") >= 4
    assert len(SAMPLE_FILES) >= 8


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_sections_match_the_golden_file(sample: Path, verify: Verify) -> None:
    payload = extract_payload(extract(sample))
    payload["path"] = sample.name  # goldens must not depend on where the repo lives
    # A scan's words are one Tesseract version's reading: its structure is compared exactly.
    verify(GOLDENS / f"{sample.name}.expected.json", payload, ocr=bool(payload["ocr"]))


@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_every_sample_has_a_truth_file(sample: Path) -> None:
    assert sample.name in TRUTH_FILES or sample.stem in TRUTH_FILES, f"no truth file for {sample.name}"


def test_heading_precision_and_recall_on_all_samples() -> None:
    total = headings.Score()
    for truth_path in sorted(TRUTH_FILES.values()):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        score, _ = headings.score_file(SAMPLES / truth["file"], truth)
        total.add(score)
    assert total.matched / total.found >= 0.9, "heading precision below 0.9"
    assert total.matched / total.true >= 0.9, "heading recall below 0.9"
    assert total.level_ok / total.matched >= 0.9, "heading level accuracy below 0.9"


def test_ocr_golden_tolerates_another_tesseracts_words_but_not_other_structure() -> None:
    golden = json.loads((GOLDENS / "lk_stendal_scan.pdf.expected.json").read_text(encoding="utf-8"))
    assert golden["ocr"] and not ocr_differences(golden, golden)

    reread = copy.deepcopy(golden)  # what another Tesseract might make of the scanned annex page
    last = reread["sections"][-1]
    last["text"] = last["text"].replace("Absichtserklärung", "Absichtserklarung").replace("ß", "B", 3)
    last["words"] += 2
    assert not ocr_differences(golden, reread)

    for field, value in [("title", "Anlagen und Nachweise"), ("level", 2), ("page", 5), ("number", "14")]:
        changed = copy.deepcopy(golden)
        changed["sections"][-1][field] = value
        assert ocr_differences(golden, changed), field
    garbled = copy.deepcopy(golden)
    garbled["sections"][-1]["text"] = garbled["sections"][-1]["text"][: len(last["text"]) // 2]
    assert ocr_differences(golden, garbled)
    fewer = copy.deepcopy(golden)
    del fewer["sections"][3]
    assert ocr_differences(golden, fewer)
    warned = copy.deepcopy(golden)
    warned["warnings"] = warned["warnings"][:1]
    assert ocr_differences(golden, warned)
