"""Per-document memos: a worker that reads sketch after sketch does not keep the last one's texts.

Two sketches built as .docx by tests/builders; the real pipeline; the memos' own counters.
"""

from __future__ import annotations

from pathlib import Path

from sketchproc.folding import fold_text
from sketchproc.pipeline import score
from sketchproc.profiles import load_profile
from sketchproc.quantities._text import normalise
from sketchproc.separable import rejoined_verbs
from sketchproc.text_memo import forget_texts
from tests.builders.sketch_builder import SketchSpec, build_sketch

PROFILE = load_profile(None)
MEMOS = (fold_text, normalise, rejoined_verbs)


def sizes() -> tuple[int, ...]:
    return tuple(memo.cache_info().currsize for memo in MEMOS)


def test_the_next_document_starts_with_empty_text_memos_and_the_same_result(tmp_path: Path) -> None:
    first = build_sketch(SketchSpec(), tmp_path / "erste.docx")
    second = build_sketch(
        SketchSpec(applicant="Landkreis Harz", centre="Zentrum für Digitalisierung", region="harz"),
        tmp_path / "zweite.docx",
    )
    forget_texts()
    alone = score(second, PROFILE)
    after_second_alone = sizes()
    score(first, PROFILE)
    assert all(size > 0 for size in sizes())
    after_first = score(second, PROFILE)
    # Only the second sketch's texts are kept (fewer folded ones: the term hits of its sentences
    # are still known from the first time), and what was memoised never changes a result.
    folded, *others = sizes()
    assert folded <= after_second_alone[0] and others == list(after_second_alone[1:])
    assert after_first == alone
