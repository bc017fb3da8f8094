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


def test_quantities_are_kept_per_text_for_one_document_as_fresh_lists() -> None:
    from sketchproc.pipeline import extract
    from sketchproc.quantities.dates import find_dates
    from sketchproc.quantities.money import find_money
    from sketchproc.quantities.percentages import find_percentages
    from sketchproc.quantities.periods import find_periods

    samples = Path(__file__).resolve().parents[1] / "samples"
    texts = [block.text for block in extract(samples / "stadt_wolmirstedt.docx").document.blocks]
    finders = (find_dates, find_periods, find_money, find_percentages)
    forget_texts()
    uncached = {
        finder.__name__: [finder.__wrapped__(text) for text in texts]  # type: ignore[attr-defined]
        for finder in finders
    }
    assert all(any(found) for found in uncached.values())  # the sketch names dates, periods, money, rates
    for finder in finders:
        first = [finder(text) for text in texts]
        again = [finder(text) for text in texts]
        assert first == again == uncached[finder.__name__]
        # A caller may change its list: the next caller still gets every mention.
        for found in first:
            found.clear()
        assert [finder(text) for text in texts] == uncached[finder.__name__]
    forget_texts()
    assert [find_money(text) for text in texts] == uncached["find_money"]
