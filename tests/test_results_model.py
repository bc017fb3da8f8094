"""The typed records of results.json on real runs: validation, round trip, cache and renderers.

One batch over two sample files (a .docx and a PDF of one applicant, so a submission holds two
files) carries the assertions; the payload tests score one sample directly.
"""

from __future__ import annotations

import copy
import json
import shutil
from enum import IntEnum
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

from sketchproc.batch import BatchResult, run_batch
from sketchproc.batch.cache import PayloadCache
from sketchproc.batch.results import trim_payload
from sketchproc.errors import ResultsError
from sketchproc.model import CheckStatus
from sketchproc.pipeline import score
from sketchproc.profiles import load_profile
from sketchproc.render.context import build_view
from sketchproc.render.tabular import dump_json, score_payload
from sketchproc.results_model import (
    Results,
    SketchPayload,
    SubmissionRecord,
    validate_payload,
    validate_results,
)

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PROFILE = load_profile(None)


@lru_cache(maxsize=1)
def real_payload() -> dict[str, Any]:
    """A worker's payload of a real sketch, trimmed as the batch trims it (without grouping keys)."""
    payload = trim_payload(score_payload(score(SAMPLES / "stadt_wolmirstedt.docx", PROFILE), PROFILE))
    return {**payload, "fingerprint": [3, 1, 2], "document_date": None}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> BatchResult:
    base = tmp_path_factory.mktemp("records")
    inbox = base / "in"
    inbox.mkdir()
    for name in ("gmbh_altmark_digital.docx", "gmbh_altmark_digital.pdf"):
        shutil.copyfile(SAMPLES / name, inbox / name)
    return run_batch(inbox, base / "out", PROFILE, workers=2, progress=False, pack=False)


def test_a_real_payload_validates_and_keeps_its_values() -> None:
    payload = validate_payload(real_payload())
    assert isinstance(payload, SketchPayload)
    assert payload.facts.applicant == real_payload()["facts"]["applicant"]
    assert set(payload.checklist) == {item.id for item in PROFILE.checklist.items}
    assert payload.model_dump(mode="json", by_alias=True) == real_payload()


def test_a_payload_missing_a_field_is_rejected_naming_the_field() -> None:
    broken = copy.deepcopy(real_payload())
    del broken["facts"]["grant_eur"]
    with pytest.raises(ResultsError) as caught:
        validate_payload(broken)
    assert "facts.grant_eur: Feld fehlt" in caught.value.message
    assert "results-contract.md" in caught.value.message


def test_a_payload_with_an_unknown_key_or_a_wrong_status_is_rejected() -> None:
    with pytest.raises(ResultsError, match="zuschuss: unbekanntes Feld"):
        validate_payload({**real_payload(), "zuschuss": 1})
    broken = copy.deepcopy(real_payload())
    item = next(iter(broken["checklist"]))
    broken["checklist"][item]["status"] = "erfüllt"  # German words belong to the sheet, not the contract
    with pytest.raises(ResultsError, match=rf"checklist\.{item}\.status"):
        validate_payload(broken)


def test_results_json_round_trips_byte_identical(run: BatchResult) -> None:
    raw = run.results_path.read_text(encoding="utf-8")
    records = validate_results(json.loads(raw))
    assert dump_json(records.dump()) == raw
    assert dump_json(run.records.dump()) == raw
    assert run.results == json.loads(raw)


class _Level(IntEnum):
    HIGH = 3


def _standard(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_dump_json_is_the_standard_librarys_text_to_the_byte(run: BatchResult) -> None:
    # Real results and cache entries (nested objects, lists of shingle hashes, German text)...
    cached = [
        json.loads(path.read_text(encoding="utf-8")) for path in run.results_path.parent.glob(".cache/*.json")
    ]
    assert cached and any(entry.get("payload", {}).get("fingerprint") for entry in cached)
    for value in [json.loads(run.results_path.read_text(encoding="utf-8")), *cached]:
        assert dump_json(value) == _standard(value)
    # ... and what they do not hold: the corners where an encoder could differ.
    odd: list[Any] = [
        {"b": [1, 2.5, -0.0, 1e16, 1e-7, float("nan"), float("inf"), -float("inf")], "a": None},
        {"ä": "Zeile\nmit „Anführung“ \u2028 \x00 \\", "Z": [], "a": {}, "m": [[], {}, [[1]], True, False]},
        [("tuple", 3), [], {"x": [{"y": [0, -1, 2**70]}]}],
        {"str_enum": CheckStatus.OK, "int_enum": _Level.HIGH, "nested": [[[]]]},
        {3: "an int key", 1.5: "a float key"},  # not string keys: json converts them
        "plain",
        42,
        1.5,
        None,
        True,
        [],
        {},
    ]
    for value in odd:
        assert dump_json(value) == _standard(value), value
    with pytest.raises(TypeError):
        dump_json({"a": object()})  # as json.dumps, not silently


def test_the_two_files_form_one_typed_submission(run: BatchResult) -> None:
    (submission,) = run.records.submissions or ()
    assert isinstance(submission, SubmissionRecord)
    assert len(submission.sketches) == 2 and submission.primary in submission.sketches
    primary = next(sketch for sketch in run.records.sketches if sketch.id == submission.primary)
    assert submission.facts == primary.facts  # no decisions: the primary's facts are final
    assert all(entry.tool_status == entry.status for entry in submission.checklist.values())


def test_a_cache_entry_that_does_not_fit_is_a_miss_not_a_crash(run: BatchResult, tmp_path: Path) -> None:
    cache = PayloadCache(tmp_path / "cache", PROFILE.sha256)
    cache.store("f" * 64, validate_payload(real_payload()))
    assert cache.load("f" * 64) == validate_payload(real_payload())
    (entry,) = (tmp_path / "cache").glob("*.json")
    record = json.loads(entry.read_text(encoding="utf-8"))
    del record["payload"]["outline"]  # e.g. written by a version whose payload lacked a key
    entry.write_text(json.dumps(record), encoding="utf-8")
    assert cache.load("f" * 64) is None


def test_a_run_over_a_cache_without_a_key_recomputes(run: BatchResult) -> None:
    out = run.results_path.parent
    for entry in (out / ".cache").glob("*.json"):
        record = json.loads(entry.read_text(encoding="utf-8"))
        del record["payload"]["facts"]
        entry.write_text(json.dumps(record), encoding="utf-8")
    inbox = out.parent / "in"
    expected = run.results_path.read_bytes()
    # With every output intact no payload is needed (tests/test_batch_outputs.py).
    run.results_path.unlink()
    again = run_batch(inbox, out, PROFILE, workers=2, progress=False, pack=False)
    assert (again.computed, again.cache_hits) == (2, 0)
    assert again.results_path.read_bytes() == expected


def test_the_view_model_reads_typed_records_and_dicts_alike(run: BatchResult) -> None:
    typed = build_view(run.records, PROFILE, "2019-03-15")
    from_json = build_view(json.loads(run.results_path.read_text(encoding="utf-8")), PROFILE, "2019-03-15")
    assert typed == from_json
    (view,) = typed.sketches
    assert view.file_count == 2


def test_a_hand_edited_results_json_is_refused_with_the_field_named(run: BatchResult) -> None:
    edited = copy.deepcopy(run.results)
    edited["sketches"][0]["rank"] = "erster"
    with pytest.raises(ResultsError, match=r"sketches\.0\.rank"):
        build_view(edited, PROFILE, "2019-03-15")
    assert isinstance(validate_results(run.records), Results)
