"""Small-batch rows of `make bench`: whole processes, `sketchproc run` against bare reading.

For a batch of PDFs and one of .docx files (the first by name), each measured as a whole
process from the shell's point of view (interpreter start, imports, profile, models, pack):

- `sketchproc run DIR --workers 1 --no-cache` against a bare pass over the same files
  (PDF: `pdfplumber.open` + `extract_words()` on every page; .docx: `docx.Document` and the
  text of every paragraph and table cell), and `--workers 2` against `--workers 1`.

The commands alternate within each repeat, so warm disk caches and CPU clocks favour none;
the ratios are of the medians over the repeats, all measured in this one run.

A mixed folder (text PDFs, .docx files and a few scanned PDFs that need OCR, the scans made
from other PDFs of the corpus by tests/builders/scan.py) times `--workers 2` against
`--workers 1`: a long scan must not leave one worker alone at the end.

The start-up rows time the fixed cost of one command: `sketchproc check` on a .docx of one
heading and one sentence (interpreter, imports, profile, outline model, matchers, report)
and `sketchproc --help`, alternating.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import docx

TARGET_STARTUP_S = 0.5  # `sketchproc check FILE`, fixed part (issue 12)
TARGET_MIXED_SPEEDUP = 1.7  # 2 workers against 1 on a mixed folder with scans (issue 12)

BARE_PDF = """
import sys, pdfplumber
for path in sys.argv[1:]:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
"""
BARE_DOCX = """
import sys, docx
for path in sys.argv[1:]:
    document = docx.Document(path)
    [p.text for p in document.paragraphs]
    [cell.text for table in document.tables for row in table.rows for cell in row.cells]
"""


@dataclass(frozen=True)
class SmallBatch:
    """Median wall seconds of each whole process over the repeats, for one kind of file."""

    kind: str
    files: int
    repeats: int
    bare_s: float
    one_s: float
    two_s: float

    @property
    def ratio(self) -> float:
        """`run --workers 1` over the bare pass."""
        return self.one_s / self.bare_s

    @property
    def speedup(self) -> float:
        """`--workers 1` over `--workers 2`."""
        return self.one_s / self.two_s


def _timed(command: Sequence[str]) -> float:
    """Wall seconds of one whole process; a failure stops the benchmark."""
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _staged(files: Sequence[Path], folder: Path) -> Path:
    """`folder`, emptied, holding copies of `files`."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for path in files:
        shutil.copy2(path, folder / path.name)
    return folder


def measure(kind: str, files: Sequence[Path], repeats: int, scratch: Path) -> SmallBatch:
    """Bare pass, run --workers 1 and --workers 2 on `files`, alternating, `repeats` times."""
    folder = _staged(files, scratch / f"small-{kind}")
    staged = [str(folder / path.name) for path in files]
    sketchproc = str(Path(sys.executable).with_name("sketchproc"))
    bare_code = BARE_PDF if kind == "pdf" else BARE_DOCX
    commands = {
        "bare": [sys.executable, "-c", bare_code, *staged],
        "one": [sketchproc, "run", str(folder), "--out", "", "--workers", "1", "--no-cache"],
        "two": [sketchproc, "run", str(folder), "--out", "", "--workers", "2", "--no-cache"],
    }
    medians = _alternating(commands, repeats, kind)
    return SmallBatch(kind, len(files), repeats, medians["bare"], medians["one"], medians["two"])


def _alternating(commands: dict[str, list[str]], repeats: int, label: str) -> dict[str, float]:
    """Median wall seconds of each command over `repeats`, the order reversed every other repeat.

    A command with `--out ""` writes into a fresh temporary folder each time.
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    for repeat in range(repeats):
        order = list(commands)
        for name in order if repeat % 2 == 0 else reversed(order):
            command = list(commands[name])
            with tempfile.TemporaryDirectory(prefix="bench-small-") as out:
                if "--out" in command:
                    command[command.index("--out") + 1] = out
                times[name].append(_timed(command))
        print(
            f"  {label} repeat {repeat + 1}: "
            + ", ".join(f"{name} {values[-1]:.2f} s" for name, values in times.items()),
            file=sys.stderr,
            flush=True,
        )
    return {name: statistics.median(values) for name, values in times.items()}


@dataclass(frozen=True)
class MixedBatch:
    """Median wall seconds of `run --workers 1` and `--workers 2` on a folder with scans."""

    files: int
    scans: int
    repeats: int
    one_s: float
    two_s: float

    @property
    def speedup(self) -> float:
        return self.one_s / self.two_s


def _scanned_copies(sources: Sequence[Path], folder: Path) -> None:
    """Image-only copies of `sources` in `folder` (tests/builders/scan.py renders them)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    # Imported here: only the mixed row needs the builders (and the repository on the path).
    from tests.builders.scan import scanned_copy

    for source in sources:
        scanned_copy(source, folder / f"{source.stem}.scan.pdf")


def measure_mixed(
    texts: Sequence[Path], scan_sources: Sequence[Path], repeats: int, scratch: Path
) -> MixedBatch:
    """`run --workers 1` against `--workers 2` on text files plus scans of other PDFs, alternating."""
    folder = _staged(texts, scratch / "small-mixed")
    _scanned_copies(scan_sources, folder)
    sketchproc = str(Path(sys.executable).with_name("sketchproc"))
    commands = {
        name: [sketchproc, "run", str(folder), "--out", "", "--workers", workers, "--no-cache"]
        for name, workers in (("one", "1"), ("two", "2"))
    }
    medians = _alternating(commands, repeats, "mixed")
    files = len(texts) + len(scan_sources)
    return MixedBatch(files, len(scan_sources), repeats, medians["one"], medians["two"])


def mixed_lines(batch: MixedBatch) -> list[str]:
    """Table rows for the mixed folder."""
    met = "✓" if batch.speedup >= TARGET_MIXED_SPEEDUP else "✗"
    return [
        f"| Mixed folder: {batch.files} files, {batch.scans} of them scans needing OCR (whole processes, "
        f"median of {batch.repeats}): `run --workers 1 --no-cache` | {batch.one_s:.2f} s | | |",
        f"| … `run --workers 2 --no-cache` | {batch.two_s:.2f} s ({batch.speedup:.2f}× workers 1) "
        f"| ≥ {TARGET_MIXED_SPEEDUP:g}× | {met} |",
    ]


def lines(batches: Sequence[SmallBatch]) -> list[str]:
    """Table rows for the small batches."""
    out: list[str] = []
    for batch in batches:
        reader = "pdfplumber `extract_words()`" if batch.kind == "pdf" else "python-docx"
        label = f"{batch.files} {batch.kind.upper()} files (whole processes, median of {batch.repeats})"
        out += [
            f"| {label}: bare {reader} | {batch.bare_s:.2f} s | | |",
            f"| … `run --workers 1 --no-cache` | {batch.one_s:.2f} s ({batch.ratio:.2f}× bare) | | |",
            f"| … `run --workers 2 --no-cache` | {batch.two_s:.2f} s ({batch.speedup:.2f}× workers 1) | | |",
        ]
    return out


@dataclass(frozen=True)
class Startup:
    """Medians of whole `sketchproc` processes that do next to no work: wall and CPU seconds.

    CPU (user + system of the child) is given beside the wall time because on a shared machine
    the wall time of a short process mostly measures the other load.
    """

    repeats: int
    check_s: float
    check_cpu_s: float
    help_s: float
    help_cpu_s: float


def _timed_with_cpu(command: Sequence[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one whole process; a failure stops the benchmark."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = _timed(command)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure_startup(repeats: int, scratch: Path) -> Startup:
    """`sketchproc check` on a one-sentence .docx and `sketchproc --help`, alternating."""
    scratch.mkdir(parents=True, exist_ok=True)
    tiny = scratch / "startup.docx"
    document = docx.Document()
    document.add_heading("Ausgangslage", level=1)
    document.add_paragraph("Ein Satz.")
    document.save(str(tiny))
    sketchproc = str(Path(sys.executable).with_name("sketchproc"))
    commands = {"check": [sketchproc, "check", str(tiny)], "help": [sketchproc, "--help"]}
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for repeat in range(repeats):
        order = list(commands)
        for name in order if repeat % 2 == 0 else reversed(order):
            wall, cpu = _timed_with_cpu(commands[name])
            walls[name].append(wall)
            cpus[name].append(cpu)
    wall_of = {name: statistics.median(values) for name, values in walls.items()}
    cpu_of = {name: statistics.median(values) for name, values in cpus.items()}
    print(
        f"  start-up: check {wall_of['check']:.2f} s (CPU {cpu_of['check']:.2f} s), "
        f"--help {wall_of['help']:.2f} s (CPU {cpu_of['help']:.2f} s), medians of {repeats}",
        file=sys.stderr,
        flush=True,
    )
    return Startup(repeats, wall_of["check"], cpu_of["check"], wall_of["help"], cpu_of["help"])


def startup_lines(startup: Startup) -> list[str]:
    """Table rows for the start-up (the target is on the wall time)."""
    met = "✓" if startup.check_s <= TARGET_STARTUP_S else "✗"
    return [
        f"| Start-up: `sketchproc check` on a one-sentence .docx (whole process, median of "
        f"{startup.repeats}) | {startup.check_s:.2f} s (CPU {startup.check_cpu_s:.2f} s) "
        f"| ≤ {TARGET_STARTUP_S:g} s | {met} |",
        f"| … `sketchproc --help` | {startup.help_s:.2f} s (CPU {startup.help_cpu_s:.2f} s) | | |",
    ]
