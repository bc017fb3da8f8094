"""The batch runner on real files: discovery, archives, duplicates, cache, limits, exit codes.

Samples are copied into tmp folders and archives are built in code. The expensive pipeline
runs as few times as possible: one module-wide corpus run carries most assertions.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from typer.testing import CliRunner

import sketchproc
from sketchproc.batch import BatchResult, BatchSettings, run_batch
from sketchproc.batch.cache import code_sha256, tree_sha256
from sketchproc.batch.worker import Outcome, PoolRunner, Task
from sketchproc.batch.zip_members import is_unsafe_name
from sketchproc.cli import app
from sketchproc.errors import UsageError
from sketchproc.profiles import load_profile
from sketchproc.profiles.schema import CallProfile

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
# The fastest samples (about a second each), so the whole file stays well under a minute.
DOCX = SAMPLES / "gmbh_altmark_digital.docx"
PDF = SAMPLES / "gmbh_altmark_digital.pdf"
PDF_2 = SAMPLES / "digitalagentur_koethen_gbr.pdf"
DOCX_2 = SAMPLES / "stadt_wolmirstedt.docx"

runner = CliRunner()


@pytest.fixture(scope="module")
def profile() -> CallProfile:
    return load_profile(None)


def batch(input_dir: Path, out_dir: Path, profile: CallProfile, **options: Any) -> BatchResult:
    """run_batch as the tests use it: two workers, no progress bar, no board pack."""
    defaults: dict[str, Any] = {"workers": 2, "progress": False, "pack": False}
    return run_batch(input_dir, out_dir, profile, **{**defaults, **options})


def copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def by_path(result: BatchResult) -> dict[str, dict[str, Any]]:
    return {item["path"]: item for item in result.results["inputs"]}


# --- one corpus with every case, processed once -------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, profile: CallProfile) -> BatchResult:
    root = tmp_path_factory.mktemp("corpus")
    inbox = root / "Eingang"
    copy(DOCX, inbox / "Landkreis A" / "Skizze.docx")
    copy(PDF, inbox / "Landkreis A" / "Anlagen" / "Skizze.pdf")
    copy(DOCX, inbox / "Zweitschrift.docx")  # same bytes as Landkreis A/Skizze.docx
    make_zip(
        inbox / "Sammlung.zip",
        {
            "Stadt B/Skizze.pdf": PDF_2.read_bytes(),
            "Stadt C/Skizze.docx": DOCX_2.read_bytes(),
            "../evil.pdf": PDF_2.read_bytes(),
        },
    )
    # 20 MB of zeros deflate about 1000:1: far beyond any real sketch.
    make_zip(inbox / "bombe.zip", {"gross.pdf": b"%PDF-1.4\n" + bytes(20_000_000)})
    level2 = zip_bytes({"tief.pdf": PDF_2.read_bytes()})
    level1 = zip_bytes({"Kopie.pdf": PDF_2.read_bytes(), "innen.zip": level2})
    make_zip(inbox / "verschachtelt.zip", {"ebene1.zip": level1})
    (inbox / "alt.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    make_zip(inbox / "text.odt", {"mimetype": b"application/vnd.oasis.opendocument.text"})
    (inbox / "bild.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (inbox / "leer.pdf").write_bytes(b"")
    (inbox / "Landkreis A" / "~$Skizze.docx").write_bytes(b"\x00lock")
    (inbox / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    outside = copy(PDF, root / "ausserhalb" / "fremd.pdf")
    (inbox / "Verweis.pdf").symlink_to(outside)
    return batch(inbox, root / "out", profile)


EXPECTED = {
    ".DS_Store": ("failed", "not_a_submission"),
    "Zweitschrift.docx": ("duplicate", None),
    "Landkreis A/Anlagen/Skizze.pdf": ("ok", None),
    "Landkreis A/Skizze.docx": ("ok", None),
    "Landkreis A/~$Skizze.docx": ("failed", "not_a_submission"),
    "Sammlung.zip/../evil.pdf": ("failed", "zip_unsafe_path"),
    "Sammlung.zip/Stadt B/Skizze.pdf": ("ok", None),
    "Sammlung.zip/Stadt C/Skizze.docx": ("ok", None),
    "Verweis.pdf": ("failed", "symlink_outside"),
    "alt.doc": ("failed", "legacy_doc"),
    "bild.png": ("failed", "unsupported_format"),
    "bombe.zip/gross.pdf": ("failed", "zip_bomb"),
    "leer.pdf": ("failed", "empty_file"),
    "text.odt": ("failed", "odt"),
    "verschachtelt.zip/ebene1.zip/Kopie.pdf": ("duplicate", None),
    "verschachtelt.zip/ebene1.zip/innen.zip": ("failed", "zip_nested_too_deep"),
}


def test_every_file_appears_exactly_once_with_its_status(corpus: BatchResult) -> None:
    paths = [item["path"] for item in corpus.results["inputs"]]
    assert paths == sorted(EXPECTED)
    found = {
        item["path"]: (item["status"], (item["error"] or {}).get("code")) for item in corpus.results["inputs"]
    }
    assert found == EXPECTED


def test_counts_exit_code_and_summary(corpus: BatchResult) -> None:
    assert (corpus.ok, corpus.failed, corpus.duplicates) == (4, 10, 2)
    assert corpus.exit_code == 1
    assert corpus.summary == "4 verarbeitet, 10 fehlgeschlagen, 2 Duplikate"
    # The docx and the PDF of the Altmark sketch are one submission; Stadt B and Stadt C are two more.
    assert corpus.results["counts"] == {"ok": 4, "failed": 10, "duplicate": 2, "submissions": 3}
    assert corpus.computed == 4 and corpus.cache_hits == 0


def test_failures_carry_german_reason_and_fix(corpus: BatchResult) -> None:
    inputs = by_path(corpus)
    for path, (status, _) in EXPECTED.items():
        error = inputs[path]["error"]
        if status == "failed":
            assert error["message"].startswith(f"{path}: "), error
            assert "Bitte" in error["message"] or "ignoriert" in error["message"], error
        else:
            assert error is None
    assert "System- oder Sperrdatei" in inputs["Landkreis A/~$Skizze.docx"]["error"]["message"]
    assert "..“" in inputs["Sammlung.zip/../evil.pdf"]["error"]["message"]
    assert "außerhalb des Eingangsordners" in inputs["Verweis.pdf"]["error"]["message"]


def test_duplicates_point_to_the_first_copy(corpus: BatchResult) -> None:
    inputs = by_path(corpus)
    first = inputs["Landkreis A/Skizze.docx"]
    assert inputs["Zweitschrift.docx"]["sketch"] == first["sketch"] == first["sha256"][:12]
    assert inputs["Zweitschrift.docx"]["duplicate_of"] == "Landkreis A/Skizze.docx"
    nested = inputs["verschachtelt.zip/ebene1.zip/Kopie.pdf"]
    assert nested["duplicate_of"] == "Sammlung.zip/Stadt B/Skizze.pdf"


def test_sketches_follow_the_contract_and_ranking_rule(corpus: BatchResult, profile: CallProfile) -> None:
    results = corpus.results
    assert results["schema"] == "sketchproc.results/1"
    assert results["profile"] == {"id": profile.id, "sha256": profile.sha256}
    sketches = results["sketches"]
    assert [sketch["rank"] for sketch in sketches] == [1, 2, 3, 4]
    ok_ids = {item["sketch"] for item in results["inputs"] if item["status"] == "ok"}
    assert {sketch["id"] for sketch in sketches} == ok_ids
    keys = {"id", "path", "format", "pages", "ocr", "sections", "outline", "checklist", "facts", "relevance"}
    order = []
    for sketch in sketches:
        assert keys <= sketch.keys()
        assert sketch["id"] == sketch["sha256"][:12]
        assert all("text" not in section and "outline_id" in section for section in sketch["sections"])
        assert set(sketch["checklist"]) == {item.id for item in profile.checklist.items}
        violated = any(
            v["severity"] == "hard" and v["status"] == "violated" for v in sketch["checklist"].values()
        )
        order.append((violated, -sketch["relevance"]["score"], sketch["path"]))
    assert order == sorted(order)
    assert "Muss-Kriterium" in results["ranking_rule"]


def test_results_file_is_the_dict_and_has_no_scratch_paths(corpus: BatchResult) -> None:
    text = corpus.results_path.read_text("utf-8")
    assert json.loads(text) == corpus.results
    assert "sketchproc-" not in text  # the scratch folder of extracted zip members
    assert str(corpus.results_path.parent) not in text
    assert not list(corpus.results_path.parent.glob(".results.json.*"))  # no temp file left


# --- discovery details ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "unsafe"),
    [("a/b.pdf", False), ("../x.pdf", True), ("a/../../x.pdf", True), ("/etc/x", True), ("C:/x.pdf", True)],
)
def test_unsafe_member_names(name: str, unsafe: bool) -> None:
    assert is_unsafe_name(name) is unsafe


def test_archive_limits_reject_the_whole_archive(tmp_path: Path, profile: CallProfile) -> None:
    inbox = tmp_path / "in"
    make_zip(inbox / "viele.zip", {f"{n}.txt": b"x" for n in range(5)})
    make_zip(inbox / "gross.zip", {"a.bin": bytes(3000), "b.bin": bytes(3000)})
    result = batch(
        inbox, tmp_path / "out", profile, settings={"max_archive_members": 4, "max_archive_bytes": 4000}
    )
    codes = {path: item["error"]["code"] for path, item in by_path(result).items()}
    assert codes == {"viele.zip": "zip_too_many_members", "gross.zip": "zip_too_large"}


def test_output_folder_inside_input_is_not_read(tmp_path: Path, profile: CallProfile) -> None:
    (tmp_path / "leer.pdf").write_bytes(b"")
    first = batch(tmp_path, tmp_path / "out", profile)
    second = batch(tmp_path, tmp_path / "out", profile)
    assert [item["path"] for item in second.results["inputs"]] == ["leer.pdf"]
    assert first.results == second.results


def test_missing_input_folder_is_a_usage_error(tmp_path: Path, profile: CallProfile) -> None:
    with pytest.raises(UsageError) as caught:
        batch(tmp_path / "fehlt", tmp_path / "out", profile)
    assert caught.value.exit_code == 2


# --- determinism and cache --------------------------------------------------------------------


def test_deterministic_output_and_cache(tmp_path: Path, profile: CallProfile) -> None:
    inbox = tmp_path / "in"
    copy(DOCX, inbox / "a.docx")
    copy(PDF, inbox / "b" / "b.pdf")
    out = tmp_path / "out"

    first = batch(inbox, out, profile)
    first_bytes = first.results_path.read_bytes()
    assert (first.computed, first.cache_hits) == (2, 0)

    cached = batch(inbox, out, profile)
    assert (cached.computed, cached.cache_hits) == (0, 2)  # the worker never ran
    assert cached.results_path.read_bytes() == first_bytes

    fresh = batch(inbox, out, profile, use_cache=False)  # recomputed from scratch: same bytes
    assert (fresh.computed, fresh.cache_hits) == (2, 0)
    assert fresh.results_path.read_bytes() == first_bytes

    copy(PDF_2, inbox / "b" / "b.pdf")  # a changed file is redone, the other one is not
    changed = batch(inbox, out, profile)
    assert (changed.computed, changed.cache_hits) == (1, 1)
    assert by_path(changed)["b/b.pdf"]["sha256"] != by_path(first)["b/b.pdf"]["sha256"]


def test_code_hash_changes_with_any_source_file_but_not_with_bytecode(tmp_path: Path) -> None:
    """The cache key covers the code: an edit the version string does not show still counts."""
    installed = Path(sketchproc.__file__).parent
    package = tmp_path / "sketchproc"
    shutil.copytree(installed, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = tree_sha256(package)
    assert before == code_sha256() == tree_sha256(installed)  # the copy has the same code
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "cli.cpython-311.pyc").write_bytes(b"bytecode")
    assert tree_sha256(package) == before
    with (package / "render" / "text.py").open("a", encoding="utf-8") as handle:
        handle.write("# an edit\n")
    edited = tree_sha256(package)
    assert edited != before
    (package / "render" / "text.py").rename(package / "render" / "text2.py")
    assert tree_sha256(package) not in {before, edited}  # a rename counts too


def test_damaged_cache_entry_is_recomputed(tmp_path: Path, profile: CallProfile) -> None:
    inbox = tmp_path / "in"
    copy(DOCX, inbox / "a.docx")
    first = batch(inbox, tmp_path / "out", profile)
    for entry in (tmp_path / "out" / ".cache").glob("*.json"):
        entry.write_text("{kaputt", "utf-8")
    # With every output intact the run needs no payload (tests/test_batch_outputs.py); without
    # results.json it does, and the damaged entry is recomputed.
    (tmp_path / "out" / "results.json").unlink()
    again = batch(inbox, tmp_path / "out", profile)
    assert (again.computed, again.cache_hits) == (1, 0)
    assert again.results == first.results


def test_payloads_come_from_the_cache_when_an_output_is_missing(tmp_path: Path, profile: CallProfile) -> None:
    inbox, out = tmp_path / "in", tmp_path / "out"
    copy(DOCX, inbox / "a.docx")
    copy(PDF, inbox / "b.pdf")
    first = batch(inbox, out, profile)
    expected = first.results_path.read_bytes()
    first.results_path.unlink()
    again = batch(inbox, out, profile)
    assert (again.computed, again.cache_hits) == (0, 2)
    assert again.results_path.read_bytes() == expected


# --- time limits and crashes ------------------------------------------------------------------


def large_pdf(path: Path, pages: int = 60) -> Path:
    """A long text PDF: reading it takes far longer than the tiny limit the test sets."""
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(path), pagesize=A4)
    for page in range(pages):
        canvas.setFont("Helvetica", 10)
        for line in range(60):
            canvas.drawString(
                50, 800 - 12 * line, f"Seite {page + 1}, Zeile {line + 1}: Digitalisierung " * 2
            )
        canvas.showPage()
    canvas.save()
    return path


def test_cli_timeout_fails_the_file_and_names_the_fix(tmp_path: Path) -> None:
    large_pdf(tmp_path / "in" / "lang.pdf")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["run", str(tmp_path / "in"), "--out", str(out), "--timeout", "0.2", "--workers", "1"]
    )
    assert result.exit_code == 1, result.output
    (entry,) = json.loads((out / "results.json").read_text("utf-8"))["inputs"]
    assert entry["status"] == "failed" and entry["error"]["code"] == "timeout"
    assert "0.2 Sekunden" in entry["error"]["message"] and "--timeout" in entry["error"]["message"]
    assert "0 verarbeitet, 1 fehlgeschlagen, 0 Duplikate" in result.output


def crash_on_name(task: Task) -> Outcome:
    """A worker that dies like an out-of-memory kill on files named "absturz*"."""
    if task.local.name.startswith("absturz"):
        os._exit(1)
    time.sleep(0.2)  # keep the innocent ones in flight while the pool breaks
    return {"status": "ok", "payload": {"name": task.local.name}, "error": None, "traceback": None}


def hang_ignoring_alarm(task: Task) -> Outcome:
    """A worker stuck where the per-file alarm cannot reach it (as in a C extension)."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)
    raise AssertionError("not reached")


def test_crashed_worker_fails_only_its_file(tmp_path: Path, profile: CallProfile) -> None:
    tasks = [Task(name, tmp_path / name) for name in ("a.pdf", "absturz.pdf", "b.pdf", "c.pdf")]
    outcomes: dict[str, Outcome] = {}
    pool = PoolRunner(profile, 2, 30, BatchSettings(), worker=crash_on_name)
    pool.run(tasks, lambda task, outcome: outcomes.__setitem__(task.path, outcome))
    assert {path: outcome["status"] for path, outcome in outcomes.items()} == {
        "a.pdf": "ok",
        "absturz.pdf": "failed",
        "b.pdf": "ok",
        "c.pdf": "ok",
    }
    assert (outcomes["absturz.pdf"]["error"] or {}).get("code") == "worker_crashed"


def test_stuck_worker_is_killed_after_the_grace_period(tmp_path: Path, profile: CallProfile) -> None:
    outcomes: dict[str, Outcome] = {}
    settings = BatchSettings(hard_kill_grace_s=0.3, poll_interval_s=0.05)
    started = time.monotonic()
    pool = PoolRunner(profile, 1, 0.2, settings, worker=hang_ignoring_alarm)
    pool.run([Task("haengt.pdf", tmp_path / "haengt.pdf")], lambda t, o: outcomes.__setitem__(t.path, o))
    assert time.monotonic() - started < 10
    assert (outcomes["haengt.pdf"]["error"] or {}).get("code") == "timeout"


# --- the command ------------------------------------------------------------------------------


def test_cli_run_exit_codes(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    copy(DOCX, inbox / "a.docx")
    copy(DOCX, inbox / "kopie.docx")
    ok = runner.invoke(app, ["run", str(inbox), "--out", str(tmp_path / "out"), "--workers", "2"])
    assert ok.exit_code == 0, ok.output
    assert "1 verarbeitet, 0 fehlgeschlagen, 1 Duplikat" in ok.output

    (inbox / "leer.docx").write_bytes(b"")
    failed = runner.invoke(app, ["run", str(inbox), "--out", str(tmp_path / "out"), "--workers", "2"])
    assert failed.exit_code == 1, failed.output

    missing = runner.invoke(app, ["run", str(tmp_path / "fehlt"), "--out", str(tmp_path / "out")])
    assert missing.exit_code == 2
    bad_profile = runner.invoke(
        app, ["run", str(inbox), "--out", str(tmp_path / "out"), "--profile", str(tmp_path / "kein_profil")]
    )
    assert bad_profile.exit_code == 2


def test_an_unchanged_rerun_does_not_render_the_pack_again_but_a_change_does(
    tmp_path: Path, profile: CallProfile
) -> None:
    inbox, out = tmp_path / "in", tmp_path / "out"
    copy(DOCX, inbox / "a.docx")
    first = batch(inbox, out, profile, pack=True)
    index = out / "index.html"
    assert index in first.outputs
    rendered = index.stat().st_mtime_ns
    time.sleep(0.05)
    second = batch(inbox, out, profile, pack=True)
    assert index.stat().st_mtime_ns == rendered  # not written again
    assert sorted(second.outputs) == sorted(first.outputs)
    copy(PDF_2, inbox / "b.pdf")
    batch(inbox, out, profile, pack=True)
    assert index.stat().st_mtime_ns != rendered
    assert len(json.loads((out / "results.json").read_text())["inputs"]) == 2
