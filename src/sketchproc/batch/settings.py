"""The batch run's settings; defined in `sketchproc.batch_settings` (see there why)."""

from __future__ import annotations

from sketchproc.batch_settings import BatchSettings

__all__ = ["BatchSettings"]
