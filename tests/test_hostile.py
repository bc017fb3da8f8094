"""A hostile corpus (tests/builders/hostile.py) through one batch: nothing lost, nothing hangs.

One module-wide batch carries most assertions: every hostile file plus two good samples, two
workers, a 20 s per-file limit and the shipped page limit. Unit tests per case go through
`read_document` for faster diagnosis. The kill-and-resume test runs the real command twice.

Names that are not valid UTF-8 keep their file readable: results.json shows each undecodable
byte as the text "\\xNN" (see `readable_path`), so the file stays valid UTF-8 JSON and the
user can still tell which file is meant. The name alone is no reason to refuse a sketch.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from sketchproc.batch import BatchResult, run_batch
from sketchproc.batch.cache import models_sha256
from sketchproc.batch.worker import Task, init_worker, process_file
from sketchproc.errors import InputError
from sketchproc.ingest import read_document
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile
from tests.builders import hostile as hx
from tests.conftest import REPO, SAMPLES

GOOD = {
    "gut.docx": SAMPLES / "gmbh_altmark_digital.docx",
    "gut.pdf": SAMPLES / "digitalagentur_koethen_gbr.pdf",
}
TIMEOUT_S = 20.0
FIX_WORDS = ("Bitte", "Abhilfe", "--")  # a request, a remedy, or an option name
MAX_RSS_BYTES = 1 << 30


@pytest.fixture(scope="module")
def profile() -> CallProfile:
    return load_profile(None)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, str | None]]]:
    root = tmp_path_factory.mktemp("hostile")
    expected = hx.build_corpus(root / "Eingang", root / "ausserhalb")
    for name, source in GOOD.items():
        shutil.copyfile(source, root / "Eingang" / name)
        expected[name] = ("ok", None)
    return root, expected


@pytest.fixture(scope="module")
def hostile_run(corpus: tuple[Path, dict[str, tuple[str, str | None]]], profile: CallProfile) -> BatchResult:
    root, _ = corpus
    return run_batch(
        root / "Eingang", root / "out", profile, workers=2, timeout_s=TIMEOUT_S, progress=False, pack=False
    )


def by_path(result: BatchResult) -> dict[str, dict[str, Any]]:
    return {item["path"]: item for item in result.results["inputs"]}


# --- the batch over the whole corpus ------------------------------------------------------------


def test_every_file_appears_exactly_once_with_status_and_code(
    hostile_run: BatchResult, corpus: tuple[Path, dict[str, tuple[str, str | None]]]
) -> None:
    _, expected = corpus
    paths = [item["path"] for item in hostile_run.results["inputs"]]
    assert paths == sorted(expected)  # sorted, unique, nothing lost, nothing invented
    found = {
        item["path"]: (item["status"], (item["error"] or {}).get("code"))
        for item in hostile_run.results["inputs"]
    }
    assert found == expected
    ok = sum(status == "ok" for status, _ in expected.values())
    assert (hostile_run.ok, hostile_run.failed) == (ok, len(expected) - ok)
    assert hostile_run.tracebacks == {}  # no hostile file reaches an internal error


def test_every_failure_is_german_and_names_the_fix(hostile_run: BatchResult) -> None:
    for item in hostile_run.results["inputs"]:
        if item["status"] != "failed":
            assert item["error"] is None
            continue
        message = item["error"]["message"]
        assert message.startswith(f"{item['path']}: "), message
        assert any(word in message for word in FIX_WORDS), message
        assert "Traceback" not in message and "sketchproc-" not in message  # no scratch paths


def test_page_limit_names_the_limit_and_how_to_raise_it(hostile_run: BatchResult) -> None:
    message = by_path(hostile_run)["2000_seiten.pdf"]["error"]["message"]
    assert "2000 Seiten" in message and "höchstens 500" in message
    assert "--max-pages" in message and "ingest.max_pages" in message


def test_busy_pdf_is_ended_by_the_time_limit(hostile_run: BatchResult) -> None:
    message = by_path(hostile_run)["beschaeftigt.pdf"]["error"]["message"]
    assert f"{TIMEOUT_S:g} Sekunden" in message and "--timeout" in message


def test_invalid_utf8_name_is_readable_and_results_stay_utf8_json(hostile_run: BatchResult) -> None:
    name = hx.readable_name(hx.INVALID_UTF8_NAME)
    assert name == "Skizze_\\xff\\xfe.pdf"
    entry = by_path(hostile_run)[name]
    assert entry["status"] == "ok" and entry["sketch"] is not None
    raw = hostile_run.results_path.read_bytes()
    text = raw.decode("utf-8")  # strict: no lone surrogates, no raw bytes
    assert json.loads(text) == hostile_run.results
    assert [s["path"] for s in hostile_run.results["sketches"] if s["path"] == name] == [name]


def test_entities_never_expand_or_leak(hostile_run: BatchResult) -> None:
    text = hostile_run.results_path.read_text("utf-8")
    assert not any(marker in text for marker in hx.PASSWD_MARKERS)
    assert "lollol" not in text
    inputs = by_path(hostile_run)
    assert "DTD-Deklaration" in inputs["xxe.docx"]["error"]["message"]
    assert "DTD-Deklaration" in inputs["xml_bombe.docx"]["error"]["message"]


def test_memory_stays_bounded(hostile_run: BatchResult) -> None:
    # ru_maxrss is in KiB on Linux; CHILDREN is the largest reaped worker.
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        assert resource.getrusage(who).ru_maxrss * 1024 < MAX_RSS_BYTES


def test_no_temporary_files_left(hostile_run: BatchResult) -> None:
    out = hostile_run.results_path.parent
    assert not [p.name for p in out.rglob("*.tmp")]


# --- one case at a time -------------------------------------------------------------------------


@pytest.mark.parametrize("case", hx.CONTENT_CASES, ids=lambda case: case.name)
def test_case_through_read_document(case: hx.Case, tmp_path: Path) -> None:
    path = case.build(tmp_path / case.name)
    if case.code == "no_text":
        # Ingest reads a textless scan (with warnings); the batch refuses it (code "no_text").
        document = read_document(path)
        assert not document.blocks and any("keine Textebene" in w for w in document.warnings)
        return
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.code == case.code
    assert any(word in caught.value.message for word in FIX_WORDS)
    assert not any(marker in caught.value.message for marker in hx.PASSWD_MARKERS)


def test_docx_zip_bomb_stays_small_on_disk(tmp_path: Path) -> None:
    path = hx.zip_bomb_docx(tmp_path / "bombe.docx")
    assert path.stat().st_size < 2_000_000
    with pytest.raises(InputError, match="300 MB"):
        read_document(path)


def test_busy_pdf_is_interrupted_inside_the_worker(tmp_path: Path, profile: CallProfile) -> None:
    path = hx.busy_pdf(tmp_path / "beschaeftigt.pdf")
    previous = signal.getsignal(signal.SIGALRM)
    try:
        init_worker(profile, 2.0)
        started = time.monotonic()
        outcome = process_file(Task("beschaeftigt.pdf", path))
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < 10
    assert (outcome["error"] or {}).get("code") == "timeout"


def test_batch_ingest_settings_reach_the_workers(tmp_path: Path, profile: CallProfile) -> None:
    (tmp_path / "in").mkdir()
    hx.text_pdf(tmp_path / "in" / "drei.pdf", pages=3)
    result = run_batch(
        tmp_path / "in",
        tmp_path / "out",
        profile,
        workers=1,
        progress=False,
        pack=False,
        settings={"ingest": {"max_pages": 2}},
    )
    (entry,) = result.results["inputs"]
    assert entry["error"]["code"] == "pdf_too_many_pages"
    assert "höchstens 2" in entry["error"]["message"]


# --- kill and resume ----------------------------------------------------------------------------

RESUME_SAMPLES = (
    "gmbh_altmark_digital.docx",
    "gmbh_altmark_digital.pdf",
    "digitalagentur_koethen_gbr.pdf",
    "stadt_wolmirstedt.docx",
    "lutherstadt_wittenberg.docx",
    "vg_elbe_heide.docx",
    "hansestadt_osterburg.pdf",
    "smartregion_harz_ug.pdf",
)


def run_command(inbox: Path, out: Path) -> subprocess.Popen[bytes]:
    """`python -m sketchproc run` in its own process group, so the whole group can be killed."""
    command = [sys.executable, "-m", "sketchproc", "run", str(inbox), "--out", str(out), "--workers", "1"]
    # Pinned: checklist_quality._distinct_hits orders equal-length hits by set order, so a note's
    # examples depend on the string hash seed of the process that computed them (a known bug,
    # reported separately). This test is about resuming, not about that.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.Popen(
        command,
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def finish(process: subprocess.Popen[bytes]) -> None:
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr.decode("utf-8", "replace")


def cache_entries(out: Path) -> list[Path]:
    return sorted((out / ".cache").glob("*.json"))


def test_kill_and_resume_gives_identical_results(tmp_path: Path) -> None:
    inbox = tmp_path / "Eingang"
    inbox.mkdir()
    for name in RESUME_SAMPLES:
        shutil.copyfile(SAMPLES / name, inbox / name)

    models = models_sha256()
    finish(run_command(inbox, tmp_path / "durchgehend"))
    reference = (tmp_path / "durchgehend" / "results.json").read_bytes()

    out = tmp_path / "unterbrochen"
    process = run_command(inbox, out)
    try:
        deadline = time.monotonic() + 60
        while len(cache_entries(out)) < 2:
            assert process.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no cache entries after 60 s"
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the command and its pool workers
        process.communicate(timeout=30)  # reaps it and closes the stderr pipe
    assert process.returncode == -signal.SIGKILL
    interrupted = len(cache_entries(out))
    assert 2 <= interrupted < len(RESUME_SAMPLES)
    assert not (out / "results.json").exists()
    for entry in cache_entries(out):  # whatever is there is whole: written atomically
        assert json.loads(entry.read_text("utf-8"))["payload"]

    finish(run_command(inbox, out))
    if models_sha256() != models:
        pytest.skip("models/ changed during the test (retrained meanwhile): the runs are not comparable")
    assert (out / "results.json").read_bytes() == reference
    assert len(cache_entries(out)) == len(RESUME_SAMPLES)
    assert not [p.name for p in out.rglob("*.tmp")]  # leftovers of the killed run are gone
