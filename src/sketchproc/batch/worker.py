"""Execution: the per-file work (in worker processes) and the pool that schedules it.

A worker turns one file into a plain, picklable `Outcome`. The parent keeps at
most one task per worker in flight, so it knows when each one started: that is
what makes a per-file deadline and a precise crash attribution possible, neither
of which `ProcessPoolExecutor` offers by itself.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from pathlib import Path
from types import FrameType
from typing import Any, TypedDict

from threadpoolctl import threadpool_limits

from sketchproc.batch.discover import ErrorDict, error_dict
from sketchproc.batch_settings import BatchSettings
from sketchproc.errors import SketchprocError
from sketchproc.ingest.dates import document_date
from sketchproc.model import Document
from sketchproc.pipeline import outline_model, relevance_model, score
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.tabular import score_payload
from sketchproc.run_settings import Settings, batch_run_settings
from sketchproc.submissions.fingerprint import body_fingerprint

__all__ = ["Outcome", "PoolRunner", "Task", "no_text_outcome", "process_file", "timeout_outcome"]


class Outcome(TypedDict):
    """What a worker sends back: a plain dict, so it pickles and caches as JSON."""

    status: str  # "ok" or "failed"
    payload: dict[str, Any] | None
    error: ErrorDict | None
    traceback: str | None


@dataclass(frozen=True)
class Task:
    """One file to process: its contract path and where its bytes are."""

    path: str
    local: Path


class FileTimeout(BaseException):
    """The per-file time limit expired inside a worker.

    A BaseException, like KeyboardInterrupt: the pipeline's `except Exception` fallbacks
    (e.g. "this page has no usable text layer") must not swallow it.
    """


_profile: CallProfile | None = None
_timeout_s: float = 0.0
_settings: Settings = Settings()


_thread_limits: threadpool_limits | None = None  # kept so the limits stay in force


def init_worker(profile: CallProfile, timeout_s: float, settings: Settings | None = None) -> None:
    """Pool initializer: keep the profile and settings per process, so tasks do not pickle them again."""
    global _profile, _timeout_s, _settings
    _profile, _timeout_s = profile, timeout_s
    _settings = settings or Settings()
    _one_thread_per_worker()
    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, _on_alarm)


def _one_thread_per_worker() -> None:
    """Keep BLAS (NumPy's matrix products in the text models) to one thread in each worker.

    By default OpenBLAS starts a thread per core in every process, so two workers on two
    cores fight over four threads: measured on 24 bench sketches, 2 workers took 42.2 s
    with BLAS threads and 24.0 s without.
    """
    global _thread_limits
    _thread_limits = threadpool_limits(limits=1)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise FileTimeout


def process_file(task: Task) -> Outcome:
    """Run extract → outline → facts → checklist → relevance on one file (in a worker process)."""
    assert _profile is not None, "init_worker() was not called"
    _set_alarm(_timeout_s)
    try:
        assessment = score(task.local, _profile, _settings)
        document = assessment.mapping.sectioned.document
        if not document.blocks:
            return no_text_outcome(task.path, document)
        payload = score_payload(assessment, _profile)
        # For grouping files into submissions (the section text itself is not kept).
        payload["fingerprint"] = body_fingerprint(
            (section.text for section in assessment.mapping.sectioned.sections), _profile
        )
        found = document_date(task.local)
        payload["document_date"] = found.isoformat() if found else None
        return {"status": "ok", "payload": payload, "error": None, "traceback": None}
    except FileTimeout:
        return timeout_outcome(task.path, _timeout_s)
    except SketchprocError as error:
        return failed(error_dict(error, task.local, task.path))
    except Exception:
        return internal_error(task.path, traceback.format_exc())
    finally:
        _set_alarm(0)


def _set_alarm(seconds: float) -> None:
    # Without setitimer (Windows) only the parent's hard deadline applies. The alarm repeats: one
    # that lands in a finaliser (a `__del__` of an object inherited from the parent, e.g. a font
    # cache of the pack renderer) is swallowed by Python, and a one-shot alarm would never come back.
    if hasattr(signal, "setitimer"):
        signal.setitimer(signal.ITIMER_REAL, seconds, _ALARM_REPEAT_S if seconds else 0.0)


# Seconds between repeats of an alarm that was swallowed.
_ALARM_REPEAT_S = 0.5


def failed(error: ErrorDict, trace: str | None = None) -> Outcome:
    """A failed outcome with the contract's error object."""
    return {"status": "failed", "payload": None, "error": error, "traceback": trace}


def no_text_outcome(path: str, document: Document) -> Outcome:
    """A file without a single readable line (a blank or unreadable scan): nothing to assess.

    Ranking it as a sketch whose every section is "missing" would blame the applicant for
    what is a reading problem; the fix from ingest's warnings (e.g. install Tesseract) is kept.
    """
    fixes = [warning for warning in document.warnings if "Abhilfe" in warning]
    fix = " ".join(fixes) or (
        "Bitte eine Fassung mit Textebene (z. B. aus Word als PDF exportiert) oder einen gut "
        "lesbaren Scan beim Antragsteller anfordern."
    )
    return failed(
        {
            "code": "no_text",
            "message": f"{path}: Die Datei enthält keinen lesbaren Text (z. B. ein Scan, auf dem "
            f"die Texterkennung nichts fand) und kann nicht bewertet werden. {fix}",
        }
    )


def timeout_outcome(path: str, limit_s: float) -> Outcome:
    """The outcome of a file that took longer than the limit."""
    return failed(
        {
            "code": "timeout",
            "message": f"{path}: Die Verarbeitung hat das Zeitlimit von {limit_s:g} Sekunden "
            f"überschritten und wurde abgebrochen. Bitte mit höherem Limit erneut starten, "
            f"z. B. mit --timeout {max(2 * limit_s, 1):g}.",
        }
    )


def internal_error(path: str, trace: str) -> Outcome:
    """The outcome of a bug: the message asks for a report, the traceback goes to stderr."""
    return failed(
        {
            "code": "internal_error",
            "message": f"{path}: Bei der Verarbeitung ist ein interner Fehler aufgetreten "
            "(ein Fehler in sketchproc, nicht in der Skizze). Bitte die Datei zusammen mit der "
            "Fehlerausgabe (stderr) an das sketchproc-Team melden.",
        },
        trace,
    )


def crash_outcome(path: str) -> Outcome:
    """The outcome of a file whose worker process died (out of memory, crash in C code)."""
    return failed(
        {
            "code": "worker_crashed",
            "message": f"{path}: Der Arbeitsprozess ist bei dieser Datei abgestürzt "
            "(z. B. Speichermangel). Bitte die Datei einzeln mit „sketchproc score“ prüfen und "
            "sie bei wiederholtem Absturz an das sketchproc-Team melden.",
        }
    )


@dataclass(frozen=True)
class _Flight:
    task: Task
    deadline: float
    isolated: bool


Worker = Callable[[Task], Outcome]
OnDone = Callable[[Task, Outcome], None]


class PoolRunner:
    """Runs tasks on a process pool with per-file deadlines; a crash never stops the batch."""

    def __init__(
        self,
        profile: CallProfile,
        workers: int,
        timeout_s: float,
        settings: Settings | BatchSettings,
        worker: Worker = process_file,
    ) -> None:
        self.profile, self.workers, self.timeout_s = profile, workers, timeout_s
        # The pool's own knobs are `settings.batch`; every stage's settings go to the workers.
        self.settings, self.worker = batch_run_settings(settings), worker
        self.pending: deque[Task] = deque()
        self.suspects: deque[Task] = deque()
        self.inflight: dict[Future[Outcome], _Flight] = {}

    def run(self, tasks: list[Task], on_done: OnDone, on_tick: Callable[[], None] = lambda: None) -> None:
        """Process all tasks; `on_done` gets each outcome in the parent, `on_tick` each poll."""
        self.pending.extend(tasks)
        if not tasks:
            return
        _preload_models(self.profile)
        executor = self._start()
        try:
            while self.pending or self.suspects or self.inflight:
                self._fill(executor)
                done, _ = wait(list(self.inflight), self.settings.batch.poll_interval_s, FIRST_COMPLETED)
                crashed = [flight for future in done if (flight := self._finish(future, on_done))]
                overdue = [flight for flight in self.inflight.values() if time.monotonic() > flight.deadline]
                if crashed or overdue:
                    _kill(executor)
                    self._recover(crashed, overdue, on_done)
                    executor = self._start()
                on_tick()
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=_context(),
            initializer=init_worker,
            initargs=(self.profile, self.timeout_s, self.settings),
        )

    def _fill(self, executor: ProcessPoolExecutor) -> None:
        if self.suspects:
            # A crash takes every task in flight down with it; re-running the suspects one at a
            # time finds the file that crashes without failing the innocent ones.
            if not self.inflight:
                self._submit(executor, self.suspects.popleft(), isolated=True)
            return
        while self.pending and len(self.inflight) < self.workers:
            self._submit(executor, self.pending.popleft(), isolated=False)

    def _submit(self, executor: ProcessPoolExecutor, task: Task, *, isolated: bool) -> None:
        deadline = time.monotonic() + self.timeout_s + self.settings.batch.hard_kill_grace_s
        self.inflight[executor.submit(self.worker, task)] = _Flight(task, deadline, isolated)

    def _finish(self, future: Future[Outcome], on_done: OnDone) -> _Flight | None:
        """Hand a finished task's outcome on; return its flight if the pool broke under it."""
        flight = self.inflight.pop(future)
        try:
            outcome = future.result()
        except BrokenProcessPool:
            return flight
        except FileTimeout:  # the alarm fired just as the worker was finishing
            outcome = timeout_outcome(flight.task.path, self.timeout_s)
        except Exception as exc:  # e.g. a result that cannot be pickled
            outcome = internal_error(flight.task.path, "".join(traceback.format_exception(exc)))
        on_done(flight.task, outcome)
        return None

    def _recover(self, crashed: list[_Flight], overdue: list[_Flight], on_done: OnDone) -> None:
        """After killing the pool: fail the overdue and isolated crashes, requeue everyone else."""
        survivors = [flight for flight in self.inflight.values() if flight not in overdue]
        self.inflight.clear()
        for flight in overdue:
            on_done(flight.task, timeout_outcome(flight.task.path, self.timeout_s))
        if not crashed:
            # Killed only because a neighbour overran its deadline: not their fault, run them again.
            self.pending.extendleft(reversed([flight.task for flight in survivors]))
            return
        for flight in crashed + survivors:
            if flight.isolated:
                on_done(flight.task, crash_outcome(flight.task.path))
            else:
                self.suspects.append(flight.task)


def _context() -> BaseContext:
    # fork shares the models loaded once in the parent (copy-on-write) and starts in
    # milliseconds; elsewhere fork is unsafe or missing and the platform default applies.
    return multiprocessing.get_context("fork" if sys.platform == "linux" else None)


def _preload_models(profile: CallProfile) -> None:
    """Load the models in the parent: forked workers inherit them, and a ModelError stops early.

    Raises:
        ModelError: a model artifact is missing or does not fit.
    """
    outline_model(profile)
    relevance_model(profile)


def _kill(executor: ProcessPoolExecutor) -> None:
    """Stop a pool whose tasks must not finish; the executor has no API to stop a running task."""
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        process.kill()
    executor.shutdown(wait=True, cancel_futures=True)
