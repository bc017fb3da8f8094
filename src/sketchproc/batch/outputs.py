"""Keyed outputs: an unchanged re-run finds the files it would write already written.

A run's outputs (results.json, the reviewer's sheet and letters, the board pack) are a pure
function of what the run reads: every discovered file (its path, content hash, or why it
was rejected), the modification dates that order versions without a date of their own, the
reviewer's decisions, board list and dates, whether a pack is wanted, and the payload
cache's salt (profile, models, code, every stage's settings). A stamp in the cache folder
records the key over all of these and the sha256 of every file written. A later run with
the same key that finds every recorded file with its recorded bytes, and no letter a fresh
run would delete, skips building, reviewing and rendering: the files are already exactly
what it would write. Anything else is a miss, and the run writes as if there were no stamp.

A run is recorded only when its outputs are a function of that key: every processed file
was assessed (a time limit or a crash is not a property of the file) and the pack rendered
without errors (a missing browser is not a property of the inputs either).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sketchproc.batch.cache import atomic_write
from sketchproc.batch.discover import Entry, file_sha256
from sketchproc.review import Review

__all__ = ["Recorded", "record_outputs", "run_key", "unchanged_outputs"]


@dataclass(frozen=True)
class Recorded:
    """What an unchanged run wrote: its files (in the order the run listed them) and warnings."""

    files: tuple[Path, ...]
    warnings: tuple[str, ...]


def run_key(
    salt: str, entries: Sequence[Entry], modified: Mapping[str, date], review: Review, pack: bool
) -> str:
    """sha256 over everything a run's outputs are made from (module docstring)."""
    found = [
        {"path": entry.path, "sha256": entry.sha256, "error": entry.error}
        for entry in sorted(entries, key=lambda item: item.path)
    ]
    reviewer = {
        "decisions": [decision.model_dump(mode="json") for decision in review.decisions],
        "decisions_name": review.decisions_name,
        "board": [member.model_dump(mode="json") for member in review.board],
        "stand": review.stand.isoformat() if review.stand else None,
        "deadline": review.deadline.isoformat() if review.deadline else None,
    }
    text = json.dumps(
        {
            "salt": salt,
            "entries": found,
            "modified": {path: day.isoformat() for path, day in modified.items()},
            "review": reviewer,
            "pack": pack,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def unchanged_outputs(stamp: Path, key: str, out_dir: Path, pruned: str | None = None) -> Recorded | None:
    """The recorded outputs if `stamp` holds `key` and every file is there with its recorded bytes.

    `pruned` names a folder of OUT_DIR whose .docx files a run deletes unless it writes them
    (the letters): it must hold exactly the recorded ones.
    """
    try:
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
        if not isinstance(recorded, dict) or recorded.get("key") != key:
            return None
        files: dict[str, str] = recorded["files"]
        order: list[str] = recorded["order"]
        warnings = tuple(str(warning) for warning in recorded["warnings"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    for name, digest in files.items():
        path = out_dir / name
        try:
            if not path.is_file() or file_sha256(path) != digest:
                return None
        except OSError:
            return None
    if pruned is not None:
        folder = out_dir / pruned
        present = {f"{pruned}/{path.name}" for path in folder.glob("*.docx")} if folder.is_dir() else set()
        if present != {name for name in files if name.startswith(f"{pruned}/")}:
            return None
    return Recorded(tuple(out_dir / name for name in order), warnings)


def record_outputs(
    stamp: Path, key: str, out_dir: Path, outputs: Sequence[Path], warnings: Sequence[str] = ()
) -> None:
    """Write the stamp for these outputs; a failing write only costs the next run its shortcut."""
    order = [path.relative_to(out_dir).as_posix() for path in outputs]
    try:
        files = {name: file_sha256(out_dir / name) for name in order}
        text = json.dumps(
            {"key": key, "files": files, "order": order, "warnings": list(warnings)},
            sort_keys=True,
            ensure_ascii=False,
        )
        stamp.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(stamp, text)
    except (OSError, UnicodeError):
        pass
