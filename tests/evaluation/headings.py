"""Heading precision and recall of `sketchproc extract` against the samples' truth files.

    .venv/bin/python scripts/heading_eval.py [--per-file]

A detected heading matches a true one when their titles agree after
normalisation (case, punctuation, numbering); the level must agree too for the
level accuracy. Samples listed in tests/data/heldout.txt were not looked at while
tuning the heuristics; figures are given for both groups.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sketchproc import extract

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
TRUTH = REPO / "tests" / "data" / "truth"
HELDOUT = REPO / "tests" / "data" / "heldout.txt"


@dataclass
class Score:
    true: int = 0
    found: int = 0
    matched: int = 0
    level_ok: int = 0

    def add(self, other: Score) -> None:
        self.true += other.true
        self.found += other.found
        self.matched += other.matched
        self.level_ok += other.level_ok

    def row(self, name: str) -> str:
        precision = self.matched / self.found if self.found else 0.0
        recall = self.matched / self.true if self.true else 0.0
        levels = self.level_ok / self.matched if self.matched else 0.0
        return f"| {name} | {self.true} | {self.found} | {precision:.3f} | {recall:.3f} | {levels:.3f} |"


def normalise(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold()
    return re.sub(r"[^\w]+", " ", text).strip()


def score_file(sample: Path, truth: dict[str, object]) -> tuple[Score, list[str]]:
    headings = truth["headings"]
    assert isinstance(headings, list)
    expected = [(normalise(h["title"]), h["level"]) for h in headings]
    found = [(normalise(s.title), s.level) for s in extract(sample).sections]
    score = Score(true=len(expected), found=len(found))
    remaining = list(expected)
    misses = []
    for title, level in found:
        match = next((item for item in remaining if item[0] == title), None)
        if match is None:
            misses.append(f"  extra: {title!r} (level {level})")
            continue
        remaining.remove(match)
        score.matched += 1
        score.level_ok += match[1] == level
        if match[1] != level:
            misses.append(f"  level: {title!r} found {level}, true {match[1]}")
    misses += [f"  missed: {title!r} (level {level})" for title, level in remaining]
    return score, misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-file", action="store_true", help="print one row and the misses per sample")
    args = parser.parse_args()
    heldout = set(HELDOUT.read_text().split()) if HELDOUT.exists() else set()
    totals = {"tuning": Score(), "held-out": Score()}
    print("| sample | true | found | precision | recall | level accuracy |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for truth_path in sorted(TRUTH.glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        sample = SAMPLES / str(truth["file"])
        score, misses = score_file(sample, truth)
        totals["held-out" if sample.name in heldout else "tuning"].add(score)
        if args.per_file:
            print(score.row(sample.name))
            for line in misses:
                print(line, file=sys.stderr)
    for name, score in totals.items():
        print(score.row(f"**{name}**"))
    return 0
