"""Limits and knobs of a batch run, in one settings object (style §3.5).

Outside the `batch` package so the run-wide `Settings` (run_settings.py) can hold it without
importing the package, whose worker imports the pipeline, which imports `Settings`.
`sketchproc.batch.settings` re-exports it.
"""

from __future__ import annotations

from pydantic import Field

from sketchproc.settings import StageSettings

__all__ = ["BatchSettings"]


class BatchSettings(StageSettings):
    """Discovery limits (archives, system files) and the pool's safety margins."""

    # --- .zip archives (checked on the zip directory and again while inflating) ---
    # A call rarely gets more than a few hundred submissions; thousands of members
    # in one archive is a misuse or an attack on the file system.
    max_archive_members: int = Field(2_000, ge=1)
    # Real sketches are a few MB each; a whole call's archive stays far below this.
    max_archive_bytes: int = Field(1_000_000_000, ge=1)
    # PDFs and .docx are already compressed (ratio near 1); even plain text reaches
    # only about 10:1. Far beyond that is a zip bomb.
    max_compression_ratio: float = Field(100.0, gt=1)
    # Small members may compress extremely well (blank pages, XML) and are harmless.
    ratio_min_bytes: int = Field(1_000_000, ge=0)
    # Offices zip folders that hold zips; one level is legitimate, deeper is suspicious.
    max_zip_depth: int = Field(1, ge=0)
    # Chunk size for streaming members and hashing files.
    read_chunk_bytes: int = Field(1 << 20, ge=1024)
    # --- files that are never submissions (operating-system and Office leftovers) ---
    system_file_names: tuple[str, ...] = (".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db")
    # "~$" are Word/Excel lock files; "._" are macOS AppleDouble resource forks.
    system_file_prefixes: tuple[str, ...] = ("~$", "._")
    # macOS puts resource forks of zipped files into this folder.
    system_dir_names: tuple[str, ...] = ("__macosx",)
    # --- process pool ---
    # The worker interrupts itself at the limit; the parent kills the pool only when a
    # worker is stuck in C code and ignores that, after this extra margin (seconds).
    hard_kill_grace_s: float = Field(10.0, ge=0)
    # How often the parent looks at deadlines while waiting for results (seconds).
    poll_interval_s: float = Field(0.2, gt=0)
    # The cache lives inside OUT_DIR so it travels with the results it produced.
    cache_dir_name: str = ".cache"
    results_file_name: str = "results.json"
