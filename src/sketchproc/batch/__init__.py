"""Batch: a folder of submissions → OUT_DIR/results.json (and the board pack, if available).

    discover (files, zip members, rejections) → duplicates by content hash
    → cache lookups → process pool (per-file time limit) → results.json → render_pack

Every file found appears in the results exactly once; a bad file never stops
the batch, it becomes a "failed" input with a German reason and fix.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import importlib.util
import json
import os
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from sketchproc.batch.cache import PayloadCache, code_sha256, remove_leftovers
from sketchproc.batch.discover import Entry, discover
from sketchproc.batch.outputs import Recorded, record_outputs, run_key, unchanged_outputs
from sketchproc.batch.results import build_results, find_duplicates, trim_payload, write_results
from sketchproc.batch.settings import BatchSettings
from sketchproc.batch.worker import Outcome, PoolRunner, Task, internal_error
from sketchproc.errors import ResultsError, SketchprocError, UsageError
from sketchproc.german import count_noun
from sketchproc.letters import FOLDER as LETTERS_FOLDER
from sketchproc.profiles.schema import CallProfile
from sketchproc.results_model import Results, SketchPayload, validate_payload
from sketchproc.review import Review, review_results, write_review
from sketchproc.run_settings import Settings, batch_run_settings, ocr_budget

__all__ = ["BatchResult", "BatchSettings", "Settings", "run_batch"]

_PACK_MODULE = "sketchproc.render.pack"
_PACK_ERRORS = "render_errors.txt"  # render.pack.ERRORS_NAME, without importing the renderers
# In the cache folder, not *.json: those are cached payloads.
_RUN_STAMP, _PACK_STAMP = "run.stamp", "pack.stamp"


@dataclass(frozen=True)
class BatchResult:
    """What a run produced: the results (as written to results.json and typed), the counts, the files."""

    results: dict[str, Any]  # results.json as read by a script
    records: Results
    results_path: Path
    outputs: list[Path]
    ok: int
    failed: int
    duplicates: int
    cache_hits: int
    computed: int
    pack_error: str | None = None
    tracebacks: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # German, e.g. a reviewer's decision on files changed since

    @property
    def exit_code(self) -> int:
        """0 if every input was processed (copies count as processed), else 1."""
        return 1 if self.failed or self.pack_error else 0

    @property
    def summary(self) -> str:
        """The closing line in German."""
        duplicates = count_noun(self.duplicates, "Duplikat")
        return f"{self.ok} verarbeitet, {self.failed} fehlgeschlagen, {duplicates}"


def run_batch(
    input_dir: Path,
    out_dir: Path,
    profile: CallProfile,
    *,
    workers: int | None = None,
    timeout_s: float = 120,
    use_cache: bool = True,
    progress: bool = True,
    pack: bool = True,
    settings: Settings | BatchSettings | dict[str, Any] | None = None,
    review: Review | None = None,
) -> BatchResult:
    """Process every submission under `input_dir`; write results.json and the pack to `out_dir`.

    `progress` shows a progress bar (only on a terminal) and the closing summary on stderr;
    `pack=False` skips the board pack (results.json only); `settings` overrides any stage's settings
    (a `Settings`) or only the batch limits (a `BatchSettings`, or a dict of its fields);
    `review` brings the reviewer's decisions, board list and dates (`sketchproc.review`).

    Raises:
        UsageError: `input_dir` is not a folder, or `workers`/`timeout_s` are not positive.
        ModelError: a model artifact is missing or does not fit.
        ReviewError: a decision names no submission of this run (nothing is written then).
        OSError: `out_dir` cannot be written.
    """
    review = review or Review()
    resolved = batch_run_settings(settings)
    limits = resolved.batch
    _check_arguments(input_dir, out_dir, workers, timeout_s)
    out_dir.mkdir(parents=True, exist_ok=True)
    console = Console(stderr=True)
    cache = PayloadCache(out_dir / limits.cache_dir_name, profile.sha256, read=use_cache, settings=resolved)
    run = _Run(cache, console, _preload_pack if pack else lambda: None)
    stamp = out_dir / limits.cache_dir_name / _RUN_STAMP
    with tempfile.TemporaryDirectory(prefix="sketchproc-") as scratch:
        entries = discover(input_dir, Path(scratch), limits, exclude=out_dir)
        duplicates = find_duplicates(entries)
        originals = [e for e in entries if e.error is None and e.path not in duplicates]
        modified = _modified_dates(originals)
        key = run_key(cache.salt, entries, modified, review, pack)
        recorded = unchanged_outputs(stamp, key, out_dir, LETTERS_FOLDER) if use_cache else None
        if recorded is not None:
            # Every file was found and hashed above; what they make is already written.
            run.cache_hits = len(originals)
            remove_leftovers(out_dir / limits.results_file_name)  # as a run that writes would
            return _finish(_unchanged_result(recorded, run), console, progress)
        run.process(originals, profile, workers or os.cpu_count() or 1, timeout_s, resolved, progress)
    # Decisions are matched before anything is written: a bad one leaves the folder as it was.
    reviewed = review_results(
        build_results(profile, entries, run.outcomes, run.payloads, duplicates, modified), review, profile
    )
    results = reviewed.results
    remove_leftovers(out_dir / limits.results_file_name)  # from a run that was killed while writing
    results_path = write_results(results, out_dir / limits.results_file_name)
    written = write_review(reviewed, review, profile, out_dir)
    stand = review.stand.isoformat() if review.stand else None
    pack_stamp = out_dir / limits.cache_dir_name / _PACK_STAMP
    outputs, pack_error = (
        _render_pack(results_path, results, out_dir, profile, stand, pack_stamp) if pack else ([], None)
    )
    result = _result(results, results_path, [results_path, *written, *outputs], run, pack_error)
    result = replace(result, warnings=reviewed.warnings)
    if run.assessed_all and pack_error is None and _rendered_cleanly(outputs):
        record_outputs(stamp, key, out_dir, result.outputs, result.warnings)
    return _finish(result, console, progress)


def _finish(result: BatchResult, console: Console, progress: bool) -> BatchResult:
    """Show the warnings and the closing summary (if `progress`); return `result`."""
    if progress:
        for warning in result.warnings:
            console.print(warning, highlight=False, markup=False)
        console.print(result.summary, highlight=False, markup=False)
    return result


def _unchanged_result(recorded: Recorded, run: _Run) -> BatchResult:
    """The result of a run whose outputs are all there as recorded: read back from results.json."""
    results_path = recorded.files[0]
    dumped = json.loads(results_path.read_text(encoding="utf-8"))
    result = _result(Results.model_validate(dumped), results_path, list(recorded.files), run, None, dumped)
    return replace(result, warnings=recorded.warnings)


def _modified_dates(entries: list[Entry]) -> dict[str, date]:
    """Each file's modification date (zip members carry theirs from the archive)."""
    dates = {}
    for entry in entries:
        assert entry.local is not None  # originals are readable
        with contextlib.suppress(OSError, OverflowError, ValueError):
            dates[entry.path] = date.fromtimestamp(entry.local.stat().st_mtime)
    return dates


def _check_arguments(input_dir: Path, out_dir: Path, workers: int | None, timeout_s: float) -> None:
    if not input_dir.is_dir():
        raise UsageError(
            f"Der Eingangsordner „{input_dir}“ existiert nicht oder ist kein Ordner. "
            "Bitte den Ordner mit den eingereichten Skizzen angeben.",
            code="input_dir_missing",
        )
    # A subfolder of the input is skipped during discovery; the input folder itself cannot be.
    if out_dir.resolve() == input_dir.resolve():
        raise UsageError(
            "Der Ausgabeordner (--out) darf nicht der Eingangsordner sein, sonst würden die "
            "Ergebnisse beim nächsten Lauf als Einreichungen gelesen. Bitte einen anderen Ordner angeben.",
            code="out_dir_is_input",
        )
    if workers is not None and workers < 1:
        raise UsageError("Die Zahl der Arbeitsprozesse (--workers) muss mindestens 1 sein.")
    if timeout_s <= 0:
        raise UsageError("Das Zeitlimit je Datei (--timeout) muss größer als 0 Sekunden sein.")


class _Run:
    """Collects outcomes by path: from the cache, or from the pool (then stored in the cache)."""

    def __init__(self, cache: PayloadCache, console: Console, while_waiting: Callable[[], None]) -> None:
        self.cache, self.console = cache, console
        self.while_waiting = while_waiting  # called once, when the workers are running
        self.outcomes: dict[str, Outcome] = {}
        self.payloads: dict[str, SketchPayload] = {}  # validated, for every outcome that has one
        self.hashes: dict[str, str] = {}
        self.cache_hits = 0
        self.computed = 0
        self.tracebacks: dict[str, str] = {}

    def process(
        self,
        originals: list[Entry],
        profile: CallProfile,
        workers: int,
        timeout_s: float,
        settings: Settings,
        show: bool,
    ) -> None:
        """Fill `outcomes` for every original, with a progress bar on a terminal."""
        bar = _progress_bar(self.console, show)
        with bar:
            task_id = bar.add_task("Skizzen", total=len(originals))
            tasks = self._from_cache(originals, lambda: bar.advance(task_id))
            # Longest first, so no worker is left alone with a long scan at the end. The file
            # size stands in for the work: scans are image PDFs, the largest files of a folder.
            tasks.sort(key=lambda task: task.local.stat().st_size, reverse=True)
            runner = PoolRunner(
                profile, min(workers, max(len(tasks), 1)), timeout_s, ocr_budget(settings, workers)
            )

            def done(task: Task, outcome: Outcome) -> None:
                self._record(task, outcome)
                bar.advance(task_id)

            prepared = False

            def tick() -> None:
                nonlocal prepared
                bar.refresh()
                if not prepared:
                    prepared = True
                    self.while_waiting()

            runner.run(tasks, done, tick)

    def _from_cache(self, originals: list[Entry], advance: Callable[[], None]) -> list[Task]:
        """Take what the cache has; return the tasks left for the pool."""
        tasks = []
        for entry in originals:
            assert entry.local is not None and entry.sha256 is not None  # originals are readable
            self.hashes[entry.path] = entry.sha256
            payload = self.cache.load(entry.sha256)
            if payload is None:
                tasks.append(Task(entry.path, entry.local))
                continue
            self.cache_hits += 1
            self.payloads[entry.path] = payload
            self.outcomes[entry.path] = {"status": "ok", "payload": None, "error": None, "traceback": None}
            advance()
        return tasks

    @property
    def assessed_all(self) -> bool:
        """True if every file given to `process` has an assessment (none timed out, crashed or failed)."""
        return all(outcome["status"] == "ok" for outcome in self.outcomes.values())

    def _record(self, task: Task, outcome: Outcome) -> None:
        self.computed += 1
        if outcome["payload"] is not None:
            # Trimmed before caching: the cache then holds exactly what results.json needs.
            try:
                payload = validate_payload(trim_payload(outcome["payload"]))
            except ResultsError:
                outcome = internal_error(task.path, traceback.format_exc())
            else:
                self.payloads[task.path] = payload
                self.cache.store(self.hashes[task.path], payload)
            outcome = {**outcome, "payload": None}  # the typed payload is kept in `payloads`
        if outcome["traceback"]:
            self.tracebacks[task.path] = outcome["traceback"]
            self.console.print(f"Interner Fehler bei {task.path}:", highlight=False, markup=False)
            self.console.print(outcome["traceback"], highlight=False, markup=False)
        self.outcomes[task.path] = outcome


def _progress_bar(console: Console, show: bool) -> Progress:
    # auto_refresh would start a thread; the pool forks workers, and forking a process that
    # runs threads can deadlock the child. The pool's poll loop refreshes the bar instead.
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        auto_refresh=False,
        disable=not (show and console.is_terminal),
        transient=True,
    )


def _preload_pack() -> None:
    """Import the pack's printer while the workers read: the parent only waits then, and the
    import (WeasyPrint, about 0.3 s CPU) would otherwise come after the last file. Called after
    the pool has forked its workers, so they do not carry it."""
    if importlib.util.find_spec(_PACK_MODULE) is not None:
        importlib.import_module(_PACK_MODULE).preload()


def _render_pack(
    results_path: Path,
    results: Results,
    out_dir: Path,
    profile: CallProfile,
    stand: str | None,
    stamp: Path,
) -> tuple[list[Path], str | None]:
    """Call the board-pack renderer if it is installed; its error does not lose results.json.

    The pack is a pure function of results.json, the profile and the code: when none
    changed and its files are all there with the bytes rendered (an unchanged re-run), it is
    not rendered again. A pack with a failed format is rendered again on the next run.
    `stand` is the pack's date (ISO), None when not given: shown as "nicht angegeben".
    """
    if importlib.util.find_spec(_PACK_MODULE) is None:
        return [], None
    key = hashlib.sha256(
        results_path.read_bytes() + profile.sha256.encode() + code_sha256().encode() + str(stand).encode()
    ).hexdigest()
    unchanged = unchanged_outputs(stamp, key, out_dir)
    if unchanged is not None:
        return list(unchanged.files), None
    render_pack = importlib.import_module(_PACK_MODULE).render_pack
    try:
        paths = list(render_pack(results, out_dir, profile, stand or "nicht angegeben"))
    except SketchprocError as error:
        return [], error.message
    if _rendered_cleanly(paths):
        record_outputs(stamp, key, out_dir, sorted(paths))
    return paths, None


def _rendered_cleanly(paths: list[Path]) -> bool:
    """False if a format of the pack failed (a missing library is no property of the inputs)."""
    return not any(path.name == _PACK_ERRORS for path in paths)


def _result(
    results: Results,
    results_path: Path,
    outputs: list[Path],
    run: _Run,
    pack_error: str | None,
    dumped: dict[str, Any] | None = None,
) -> BatchResult:
    """The run's result; `dumped` is `results.dump()` where it is already at hand."""
    counts = results.counts
    assert counts is not None  # build_results always counts
    return BatchResult(
        results=results.dump() if dumped is None else dumped,
        records=results,
        results_path=results_path,
        outputs=outputs,
        ok=counts.ok,
        failed=counts.failed,
        duplicates=counts.duplicate,
        cache_hits=run.cache_hits,
        computed=run.computed,
        pack_error=pack_error,
        tracebacks=run.tracebacks,
    )
