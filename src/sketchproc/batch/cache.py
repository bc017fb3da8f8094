"""Cache: one JSON file per (content, profile, models, code), so re-runs are near instant.

The key covers everything a payload depends on: the file's bytes, the call
profile, the trained models and the code itself (a hash of the package's files,
not its version string, which stays the same across edits). Anything else
changing (the file's name or folder) does not invalidate it; the path is set
afresh on every run.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path

from sketchproc.batch.discover import file_sha256
from sketchproc.errors import ResultsError
from sketchproc.render.tabular import dump_json
from sketchproc.results_model import SketchPayload, validate_payload
from sketchproc.run_settings import Settings
from sketchproc.train import models_dir

__all__ = [
    "PAYLOAD_FORMAT",
    "PayloadCache",
    "atomic_write",
    "code_sha256",
    "models_sha256",
    "remove_leftovers",
    "tree_sha256",
]

# Bumped when the payload gains keys, so entries written before lack nothing later stages read
# (2: `fingerprint` and `document_date` for grouping submissions).
PAYLOAD_FORMAT = 2

_PACKAGE = Path(__file__).resolve().parents[1]
# Settings that change how fast a payload is made, never what it says: not part of the key.
_NOT_IN_OUTPUT = {"ingest": {"ocr_workers"}}


@lru_cache(maxsize=1)
def code_sha256() -> str:
    """The hash of this installed package's files, computed once per process (~10 ms)."""
    return tree_sha256(_PACKAGE)


def tree_sha256(folder: Path) -> str:
    """One hash over a folder's files (code, templates, data, models), framed by relative path.

    Bytecode caches are left out: they follow the sources and differ between machines.
    """
    digest = hashlib.sha256()
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(f"{path.relative_to(folder).as_posix()}\0{file_sha256(path)}\0".encode())
    return digest.hexdigest()


def models_sha256(directory: Path | None = None) -> str:
    """One hash over the models' arrays (models/*.npz), framed by name so a rename counts."""
    digest = hashlib.sha256()
    for path in sorted((directory or models_dir()).glob("*.npz")):
        digest.update(f"{path.name}\0{file_sha256(path)}\0".encode())
    return digest.hexdigest()


class PayloadCache:
    """Payloads under `directory/<key>.json`; `read=False` ignores old entries but still writes."""

    def __init__(
        self, directory: Path, profile_sha256: str, *, read: bool = True, settings: Settings | None = None
    ) -> None:
        self.directory = directory
        self.read = read
        # Everything but the file's hash is the same for the whole run: hash it once.
        # Every stage's settings, not only reading: a changed checklist or relevance threshold
        # changes the payload as surely as a page limit does.
        # How many pages are recognised at once changes the time, never the text.
        settings_json = (settings or Settings()).model_dump_json(exclude=_NOT_IN_OUTPUT)
        parts = (profile_sha256, models_sha256(), code_sha256(), str(PAYLOAD_FORMAT), settings_json)
        self._salt = "\0".join(parts)
        remove_leftovers(directory / "*.json")  # entries half-written by a killed run

    @property
    def salt(self) -> str:
        """What every key shares: the profile's, the models', the code's and the settings' hashes."""
        return self._salt

    def key(self, file_sha256: str) -> str:
        """sha256 of the file's hash and the profile's, the models', the code's and the settings' hashes."""
        return hashlib.sha256(f"{file_sha256}\0{self._salt}".encode()).hexdigest()

    def load(self, file_sha256: str) -> SketchPayload | None:
        """The cached payload, or None (disabled, missing, damaged, not fitting the contract: recompute)."""
        if not self.read:
            return None
        try:
            record = json.loads((self.directory / f"{self.key(file_sha256)}.json").read_text("utf-8"))
        except (OSError, ValueError):
            return None
        payload = record.get("payload") if isinstance(record, dict) else None
        if not isinstance(payload, dict):
            return None
        try:
            return validate_payload(payload)
        except ResultsError:
            return None  # e.g. written by a version whose payload lacked a key: a miss, not a crash

    def store(self, file_sha256: str, payload: SketchPayload) -> None:
        """Write one payload atomically; a failing cache write only costs speed next time."""
        key = self.key(file_sha256)
        record = {"key": key, "payload": payload.model_dump(mode="json", by_alias=True)}
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            atomic_write(self.directory / f"{key}.json", dump_json(record))
        except OSError:
            pass  # read-only or full disk: the results themselves are still written


def remove_leftovers(target: Path) -> None:
    """Delete temporary files `atomic_write` left beside `target` when its process was killed.

    A killed run (SIGKILL, power loss) cannot clean up; the next run does. A run writing the
    same file at the same moment would only lose that one write (its rename fails).
    """
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        leftover.unlink(missing_ok=True)


def atomic_write(target: Path, text: str) -> None:
    """Write text to a temporary file beside `target`, then rename it over `target`.

    Readers (and an interrupted run) see either the old file or the new one, never half of it.

    Raises:
        OSError: the folder cannot be written.
    """
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        # mkstemp creates 0600; results are meant to be read by colleagues on a shared drive.
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
