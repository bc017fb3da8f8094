"""Keyed outputs: an unchanged re-run leaves the files as they are, anything else writes afresh.

Real samples in tmp folders, the real pipeline and the real board pack; the assertions read
the files a user opens and their modification times.
"""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sketchproc.batch import BatchResult, run_batch
from sketchproc.batch.discover import Entry
from sketchproc.batch.outputs import run_key
from sketchproc.conflicts import BoardMember
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile
from sketchproc.review import Review
from tests.test_batch import DOCX, PDF_2, large_pdf

PROFILE = load_profile(None)


def batch(input_dir: Path, out_dir: Path, profile: CallProfile = PROFILE, **options: Any) -> BatchResult:
    defaults: dict[str, Any] = {"workers": 2, "progress": False, "pack": True}
    return run_batch(input_dir, out_dir, profile, **{**defaults, **options})


def written(out: Path) -> dict[str, tuple[bytes, int]]:
    """Every output file (cache aside): its bytes and modification time."""
    return {
        path.relative_to(out).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(out.rglob("*"))
        if path.is_file() and ".cache" not in path.parts
    }


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, BatchResult]:
    """Two sketches run once with the board pack."""
    root = tmp_path_factory.mktemp("outputs")
    inbox = root / "in"
    inbox.mkdir()
    shutil.copyfile(DOCX, inbox / "a.docx")
    shutil.copyfile(PDF_2, inbox / "b.pdf")
    out = root / "out"
    return inbox, out, batch(inbox, out)


def copy_run(first_run: tuple[Path, Path, BatchResult], tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the first run's folders (the cache travels with OUT_DIR), times kept."""
    inbox, out, _ = first_run
    shutil.copytree(inbox, tmp_path / "in")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "in", tmp_path / "out"


def test_unchanged_rerun_writes_nothing_and_returns_the_same_result(
    first_run: tuple[Path, Path, BatchResult], tmp_path: Path
) -> None:
    inbox, out = copy_run(first_run, tmp_path)
    before = written(out)
    time.sleep(0.05)
    again = batch(inbox, out)
    assert written(out) == before  # same bytes, and not one file written again
    first = first_run[2]
    assert (again.computed, again.cache_hits) == (0, 2)
    assert again.results == first.results and again.records == first.records
    assert [p.relative_to(out) for p in again.outputs] == [p.relative_to(first_run[1]) for p in first.outputs]
    assert (again.ok, again.failed, again.duplicates, again.exit_code) == (2, 0, 0, 0)


@pytest.mark.parametrize("damage", ["changed", "missing"])
def test_a_changed_or_missing_output_is_written_again_as_a_fresh_run_writes_it(
    first_run: tuple[Path, Path, BatchResult], tmp_path: Path, damage: str
) -> None:
    inbox, out = copy_run(first_run, tmp_path)
    expected = {name: data for name, (data, _) in written(out).items()}
    if damage == "changed":
        (out / "index.html").write_text("<p>von Hand geändert</p>", encoding="utf-8")
    else:
        (out / "results.json").unlink()
    batch(inbox, out)
    assert {name: data for name, (data, _) in written(out).items()} == expected


def test_a_stray_letter_is_removed_as_a_fresh_run_would(
    first_run: tuple[Path, Path, BatchResult], tmp_path: Path
) -> None:
    inbox, out = copy_run(first_run, tmp_path)
    stray = out / "Nachforderungen" / "Alt.docx"
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"PK")
    batch(inbox, out)
    assert not stray.exists()


def test_without_the_cache_every_output_is_written_again(
    first_run: tuple[Path, Path, BatchResult], tmp_path: Path
) -> None:
    inbox, out = copy_run(first_run, tmp_path)
    before = written(out)
    time.sleep(0.05)
    fresh = batch(inbox, out, use_cache=False)
    after = written(out)
    assert (fresh.computed, fresh.cache_hits) == (2, 0)
    assert {name: data for name, (data, _) in after.items()} == {n: d for n, (d, _) in before.items()}
    assert after["results.json"][1] != before["results.json"][1]


def test_a_file_that_was_not_assessed_is_tried_again_on_every_run(tmp_path: Path) -> None:
    """A time limit is not a property of the file: an unchanged folder does not keep it as failed."""
    large_pdf(tmp_path / "in" / "lang.pdf")
    first = batch(tmp_path / "in", tmp_path / "out", pack=False, timeout_s=0.2, workers=1)
    assert first.failed == 1 and first.computed == 1
    again = batch(tmp_path / "in", tmp_path / "out", pack=False, timeout_s=0.2, workers=1)
    assert again.failed == 1 and again.computed == 1


def test_the_key_covers_files_dates_review_and_pack() -> None:
    entries = [Entry("a.pdf", Path("/x/a.pdf"), "1" * 64), Entry("b.doc", None, None, {"code": "legacy_doc"})]
    modified = {"a.pdf": date(2019, 5, 1)}
    base = run_key("salt", entries, modified, Review(), True)
    # Where a file was read from (a scratch folder for zip members) and the order found do not count.
    moved = [Entry("a.pdf", Path("/y/a.pdf"), "1" * 64), entries[1]]
    assert run_key("salt", list(reversed(moved)), modified, Review(), True) == base
    changes = [
        run_key("other salt", entries, modified, Review(), True),
        run_key("salt", [Entry("a.pdf", Path("/x/a.pdf"), "2" * 64), entries[1]], modified, Review(), True),
        run_key("salt", [entries[0], Entry("b.doc", None, None, {"code": "odt"})], modified, Review(), True),
        run_key("salt", entries[:1], modified, Review(), True),
        run_key("salt", entries, {"a.pdf": date(2019, 5, 2)}, Review(), True),
        run_key("salt", entries, modified, Review(stand=date(2019, 5, 15)), True),
        run_key("salt", entries, modified, Review(deadline=date(2019, 5, 31)), True),
        run_key("salt", entries, modified, Review(board=(BoardMember(name="A", organisation="B"),)), True),
        run_key("salt", entries, modified, Review(decisions_name="Sheet.csv"), True),
        run_key("salt", entries, modified, Review(), False),
    ]
    assert base not in changes and len(set(changes)) == len(changes)


def test_a_pack_format_that_failed_is_rendered_on_the_next_run(tmp_path: Path) -> None:
    """A failure to write is no property of the inputs: the next run tries that format again."""
    inbox, out = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    shutil.copyfile(DOCX, inbox / "a.docx")
    (out / "overview.csv").mkdir(parents=True)  # the CSV cannot be written there
    first = batch(inbox, out)
    assert "overview.csv" in (out / "render_errors.txt").read_text(encoding="utf-8")
    assert out / "overview.csv" not in first.outputs
    (out / "overview.csv").rmdir()
    again = batch(inbox, out)
    assert (out / "overview.csv").is_file() and out / "overview.csv" in again.outputs
