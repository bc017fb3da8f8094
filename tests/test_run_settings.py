"""The run-wide `Settings`: one typed field per stage, passed through and part of the cache key."""

from __future__ import annotations

from pathlib import Path

from sketchproc.batch.cache import PayloadCache
from sketchproc.batch_settings import BatchSettings
from sketchproc.checklist.settings import ChecklistSettings
from sketchproc.run_settings import Settings, batch_run_settings


def test_every_stage_has_a_typed_field() -> None:
    stages = {"ingest", "sections", "outline", "passages", "facts", "checklist", "relevance", "batch"}
    assert set(Settings.model_fields) == stages
    resolved = Settings.resolve({"checklist": {}, "relevance": {}})
    assert isinstance(resolved.checklist, ChecklistSettings)


def test_batch_run_settings_accepts_the_old_forms() -> None:
    assert batch_run_settings(None) == Settings()
    assert batch_run_settings({"max_archive_members": 4}).batch.max_archive_members == 4
    assert batch_run_settings(BatchSettings(max_zip_depth=0)).batch.max_zip_depth == 0
    assert batch_run_settings({"ingest": {"max_pages": 2}}).ingest.max_pages == 2


def test_cache_key_covers_every_stage(tmp_path: Path) -> None:
    default = PayloadCache(tmp_path, "0" * 64).key("file")
    # A checklist knob: before, only the reading settings reached the key.
    changed = Settings(checklist=ChecklistSettings(max_evidence=ChecklistSettings().max_evidence + 1))
    assert PayloadCache(tmp_path, "0" * 64, settings=changed).key("file") != default
    assert PayloadCache(tmp_path, "0" * 64, settings=Settings()).key("file") == default
