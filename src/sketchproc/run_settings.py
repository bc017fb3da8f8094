"""Every stage's settings in one object: what `check`, `score` and `run_batch` pass through.

The stage classes stay beside their stages; this module only gathers them. It is not in
`sketchproc.settings` because the stage modules import `StageSettings` from there, so
gathering them there would make each stage import itself in a circle.
"""

from __future__ import annotations

import os
from typing import Any

from sketchproc.batch_settings import BatchSettings
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.facts.settings import FactSettings
from sketchproc.outline import OutlineSettings
from sketchproc.passages import PassageSettings
from sketchproc.relevance.scoring import RelevanceSettings
from sketchproc.settings import IngestSettings, SectionSettings, StageSettings

__all__ = ["Settings", "batch_run_settings", "ocr_budget"]


class Settings(StageSettings):
    """All stage settings together, one typed field per stage, as the pipeline takes them."""

    ingest: IngestSettings = IngestSettings()
    sections: SectionSettings = SectionSettings()
    outline: OutlineSettings = OutlineSettings()
    passages: PassageSettings = PassageSettings()
    facts: FactSettings = FactSettings()
    checklist: ChecklistSettings = ChecklistSettings()
    relevance: RelevanceSettings = RelevanceSettings()
    batch: BatchSettings = BatchSettings()


def batch_run_settings(value: Settings | BatchSettings | dict[str, Any] | None) -> Settings:
    """Settings for `run_batch`: a `Settings`, or (as before) only the batch limits.

    A dict whose keys are all stage names is a `Settings` ({"ingest": {"max_pages": 2}});
    any other dict overrides the batch limits ({"max_archive_members": 4}). The two sets of
    keys do not overlap, so no dict means both.
    """
    if isinstance(value, BatchSettings):
        return Settings(batch=value)
    if isinstance(value, dict) and not set(value) <= set(Settings.model_fields):
        return Settings(batch=BatchSettings.resolve(value))
    return Settings.resolve(value)


def ocr_budget(settings: Settings, workers: int) -> Settings:
    """The settings a batch's workers read with: OCR held to the cores the run was given.

    `--workers N` asks for N cores. A worker recognises a scan's pages `ingest.ocr_workers` at a
    time, and 0 there means one per core of the machine, so `--workers 1` used every core while it
    read a scan, and a second worker could add little. Given N instead (never more than the
    machine's cores), a worker alone with a long scan still uses the whole budget, and one worker
    stays on one core. A number the user set wins.
    """
    if settings.ingest.ocr_workers:
        return settings
    pages_at_once = max(1, min(workers, os.cpu_count() or 1))
    ingest = settings.ingest.model_copy(update={"ocr_workers": pages_at_once})
    return settings.model_copy(update={"ingest": ingest})
