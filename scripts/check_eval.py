"""Outline-mapping accuracy and checklist agreement of `sketchproc check` against the truth files.

    .venv/bin/python scripts/check_eval.py [--per-file]

Truth comes from tests/data/truth/<file>.json (keys "headings[].outline_ids",
"outline_status" and "checklist", labelled by reading the documents, not the
tool's output). Sections are paired with true headings by normalised title.
Samples listed in tests/data/heldout.txt were not used while tuning; their figures
are reported separately.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from sketchproc import check
from sketchproc.profiles import load_profile

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
TRUTH = REPO / "tests" / "data" / "truth"
HELDOUT = REPO / "tests" / "data" / "heldout.txt"


def normalise(title: str) -> str:
    return re.sub(r"[^\w]+", " ", unicodedata.normalize("NFKC", title).casefold()).strip()


def evaluate(sample: Path, truth: dict[str, Any], profile: Any) -> tuple[Counter[str], list[str]]:
    """Counts of agreements for one sample and a list of its disagreements."""
    assessment = check(sample, profile)
    counts: Counter[str] = Counter()
    notes: list[str] = []
    true_ids = {normalise(h["title"]): set(h.get("outline_ids", [])) for h in truth["headings"]}
    for section, match in zip(assessment.mapping.sectioned.sections, assessment.mapping.matches, strict=True):
        expected = true_ids.get(normalise(section.title))
        if expected is None:
            continue
        counts["sections"] += 1
        if set(match.outline_ids) == expected:
            counts["sections_ok"] += 1
        else:
            notes.append(f"  map {section.title!r}: {list(match.outline_ids)} != {sorted(expected)}")
    for coverage in assessment.mapping.coverage:
        expected_status = truth.get("outline_status", {}).get(coverage.outline_id)
        if expected_status:
            counts["coverage"] += 1
            counts["coverage_ok"] += coverage.status.value == expected_status
            if coverage.status.value != expected_status:
                notes.append(f"  outline {coverage.outline_id}: {coverage.status.value} != {expected_status}")
    for result in assessment.checklist:
        expected_check = truth.get("checklist", {}).get(result.item_id)
        if expected_check:
            counts["checklist"] += 1
            counts["checklist_ok"] += result.status.value == expected_check
            if result.status.value != expected_check:
                notes.append(f"  check {result.item_id}: {result.status.value} != {expected_check}")
    return counts, notes


def rate(counts: Counter[str], key: str) -> str:
    return (
        f"{counts[key + '_ok'] / counts[key]:.3f} ({counts[key + '_ok']}/{counts[key]})"
        if counts[key]
        else "–"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-file", action="store_true", help="one row and the disagreements per sample")
    args = parser.parse_args()
    profile = load_profile()
    heldout_file = HELDOUT
    heldout = set(heldout_file.read_text().split()) if heldout_file.exists() else set()
    totals = {"tuning": Counter[str](), "held-out": Counter[str]()}
    print("| sample | section mapping | outline status | checklist |")
    print("| --- | ---: | ---: | ---: |")
    for truth_path in sorted(TRUTH.glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        sample = SAMPLES / truth["file"]
        counts, notes = evaluate(sample, truth, profile)
        totals["held-out" if sample.name in heldout else "tuning"].update(counts)
        if args.per_file:
            print(
                f"| {sample.name} | {rate(counts, 'sections')} | {rate(counts, 'coverage')} | "
                f"{rate(counts, 'checklist')} |"
            )
            group = "held-out" if sample.name in heldout else "tuning"
            for note in notes:
                print(f"{group} {sample.name}{note}", file=sys.stderr)
    for name, counts in totals.items():
        print(
            f"| **{name}** | {rate(counts, 'sections')} | {rate(counts, 'coverage')} | "
            f"{rate(counts, 'checklist')} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
