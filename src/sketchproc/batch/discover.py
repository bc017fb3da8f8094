"""Discovery: every file under the input folder, zip members included, each as one `Entry`.

Nothing here trusts a name: kinds come from `sniff`, archive member names are
checked before anything is written, and extracted members get generated file
names inside a scratch folder, so no member name ever becomes a file-system path.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sketchproc.batch.settings import BatchSettings
from sketchproc.batch.zip_members import Oversized, extract_member, is_unsafe_name, member_name, safe_suffix
from sketchproc.errors import InputError, SketchprocError
from sketchproc.ingest import FileKind, read_document, sniff

__all__ = ["Entry", "ErrorDict", "discover", "error_dict", "file_sha256", "is_system_file", "readable_path"]

ErrorDict = dict[str, str]

_REPACK = "Bitte das Archiv neu packen oder die Skizzen einzeln als .docx oder PDF einreichen."
_COPY_FILE = "Bitte die Datei selbst (keine Verknüpfung) in den Eingangsordner kopieren."


@dataclass(frozen=True)
class Entry:
    """One file found: its contract path, where to read it, its hash, or why it was rejected."""

    path: str
    local: Path | None
    sha256: str | None
    error: ErrorDict | None = None


@dataclass
class _Extraction:
    """State shared by one top-level archive and the archives nested in it (one budget)."""

    scratch: Path
    settings: BatchSettings
    counter: Iterator[int]
    bytes_used: int = 0


def error_dict(error: SketchprocError, local: Path | None = None, path: str | None = None) -> ErrorDict:
    """The contract's error object; a worker-side path in the message becomes the contract path."""
    message = error.message
    if local is not None and path is not None:
        # Zip members live in a random scratch folder; the user knows them by their archive path,
        # and results.json must not change from run to run.
        message = message.replace(str(local), path)
    # A name that is not valid UTF-8 may also reach the text through a library's own message.
    return {"code": error.code, "message": readable_path(message)}


def _rejected(path: str, problem: str, fix: str, code: str, sha256: str | None = None) -> Entry:
    return Entry(path, None, sha256, error_dict(InputError(path, problem, fix, code=code)))


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    """Hex sha256 of a file's content, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def is_system_file(parts: tuple[str, ...], settings: BatchSettings) -> bool:
    """True for lock files and operating-system leftovers (by name: they have no content to sniff)."""
    name = parts[-1].lower()
    if name in settings.system_file_names or name.startswith(settings.system_file_prefixes):
        return True
    return any(part.lower() in settings.system_dir_names for part in parts[:-1])


def _system_file(path: str) -> Entry:
    return _rejected(
        path,
        "Die Datei ist eine System- oder Sperrdatei (von Word, Windows oder macOS), keine Skizze.",
        "Sie kann ignoriert werden; zum Aufräumen einfach aus dem Eingangsordner löschen.",
        "not_a_submission",
    )


def discover(
    input_dir: Path, scratch: Path, settings: BatchSettings, exclude: Path | None = None
) -> list[Entry]:
    """All files under `input_dir` (recursive, archives expanded into `scratch`), sorted by path.

    `exclude` is skipped: an output folder inside the input folder must not feed the next run.
    """
    root = input_dir.resolve()
    counter = itertools.count()  # shared: extracted members get unique names in one scratch folder
    entries: list[Entry] = []
    for rel, path in _walk(root, exclude.resolve() if exclude else None, entries):
        entries.extend(_file_entries(root, rel, path, _Extraction(scratch, settings, counter)))
    return _unique_paths(sorted(entries, key=lambda entry: entry.path))


def _walk(root: Path, exclude: Path | None, rejected: list[Entry]) -> Iterator[tuple[str, Path]]:
    """Yield (relative path, path) of the files under root; symlinked folders never descended."""
    for dirpath, dirnames, filenames in os.walk(root):
        current = Path(dirpath)
        kept = []
        for name in sorted(dirnames):
            path = current / name
            if path == exclude:
                continue
            if path.is_symlink():
                # A linked folder inside the tree only repeats files listed anyway (and may loop);
                # one pointing outside is reported, never read.
                if not _inside(root, path):
                    rejected.append(_outside_link(readable_path(path.relative_to(root).as_posix())))
                continue
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            path = current / name
            yield readable_path(path.relative_to(root).as_posix()), path


def readable_path(rel: str) -> str:
    """The contract path of a file whose name may not be valid UTF-8 (old shares, Latin-1 names).

    Python hands such names over with surrogate escapes, which cannot be written as UTF-8 JSON.
    Each undecodable byte is shown as the text "\\xNN" instead: readable, valid UTF-8, and the
    same on every run. The file itself is still read through its real (bytes) name.
    """
    return os.fsencode(rel).decode("utf-8", errors="backslashreplace")


def _inside(root: Path, path: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        return False


def _outside_link(rel: str) -> Entry:
    return _rejected(
        rel,
        "Die Verknüpfung zeigt auf ein Ziel außerhalb des Eingangsordners "
        "und wird aus Sicherheitsgründen nicht gelesen.",
        _COPY_FILE,
        "symlink_outside",
    )


def _file_entries(root: Path, rel: str, path: Path, state: _Extraction) -> list[Entry]:
    """The entries of one file in the tree: itself, or its members if it is an archive."""
    if is_system_file(tuple(rel.split("/")), state.settings):
        return [_system_file(rel)]
    if path.is_symlink():
        # exists() is False for a missing target and for a loop: nothing to read, wherever it points.
        if not path.exists():
            return [
                _rejected(
                    rel,
                    "Die Verknüpfung zeigt auf keine vorhandene Datei "
                    "(Ziel fehlt oder Verknüpfungsschleife).",
                    _COPY_FILE,
                    "symlink_broken",
                )
            ]
        if not _inside(root, path):
            return [_outside_link(rel)]
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            # Checked without opening: reading a FIFO blocks until someone writes to it.
            return [_not_regular(rel)]
        return _content_entries(rel, path, state, depth=0)
    except SketchprocError as error:
        return [Entry(rel, None, None, error_dict(error, path, rel))]
    except OSError as exc:
        problem = f"Die Datei kann nicht gelesen werden ({exc.strerror or exc})."
        return [_rejected(rel, problem, "Bitte Zugriffsrechte prüfen.", "file_unreadable")]


def _not_regular(rel: str) -> Entry:
    return _rejected(
        rel,
        "Der Eintrag ist keine gewöhnliche Datei (sondern z. B. eine Pipe oder ein Gerät) "
        "und wird nicht gelesen.",
        "Bitte die Skizze als gewöhnliche Datei in den Eingangsordner kopieren.",
        "not_a_regular_file",
    )


def _content_entries(rel: str, path: Path, state: _Extraction, depth: int) -> list[Entry]:
    """One entry for a document (or anything else); archives are expanded.

    Raises:
        InputError: the file cannot be opened (from `sniff`).
        OSError: the file cannot be read.
    """
    sha256 = file_sha256(path, state.settings.read_chunk_bytes)
    kind = _kind(path)
    if kind in (FileKind.DOCX, FileKind.PDF):
        return [Entry(rel, path, sha256)]
    if kind is not FileKind.ZIP:
        return [_unsupported(rel, path, sha256)]
    if depth > state.settings.max_zip_depth:
        return [
            _rejected(
                rel,
                "Das Archiv steckt in einem Archiv, das selbst in einem Archiv steckt; "
                "so tief verschachtelte Archive werden nicht entpackt.",
                "Bitte die inneren Archive entpacken und die Skizzen direkt einreichen.",
                "zip_nested_too_deep",
                sha256,
            )
        ]
    return _expand(rel, path, sha256, state, depth)


def _unsupported(rel: str, path: Path, sha256: str) -> Entry:
    """Reject a file ingest cannot read, with ingest's own reason and fix.

    Decided here rather than in a worker: it costs a sniff, while a pool round trip
    costs a process and the models.
    """
    try:
        read_document(path)  # raises at once for every kind but DOCX and PDF
    except InputError as error:
        return Entry(rel, None, sha256, error_dict(error, path, rel))
    return Entry(rel, path, sha256)  # sniffed differently on the second look: let a worker try


# Only the "mimetype" member of a zip is ever inflated by sniff(); anything bigger than this
# cannot be an OpenDocument marker, and a hostile archive could make it a bomb.
_MIMETYPE_MAX_BYTES = 1024


def _kind(path: Path) -> FileKind:
    """`sniff`, guarded against an oversized "mimetype" member."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("mimetype")
        if info.file_size > _MIMETYPE_MAX_BYTES:
            return FileKind.ZIP
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError):
        pass  # not a zip, or no mimetype member: sniff decides
    return sniff(path)


def _expand(rel: str, path: Path, sha256: str, state: _Extraction, depth: int) -> list[Entry]:
    """The members of an archive, each checked and extracted under a generated name."""
    settings = state.settings
    try:
        with zipfile.ZipFile(path) as archive:
            members = [info for info in archive.infolist() if not info.is_dir()]
            declared = sum(info.file_size for info in members)
            if len(members) > settings.max_archive_members:
                problem = (
                    f"Das Archiv enthält {len(members)} Einträge (erlaubt: {settings.max_archive_members})."
                )
                return [_rejected(rel, problem, _REPACK, "zip_too_many_members", sha256)]
            if state.bytes_used + declared > settings.max_archive_bytes:
                problem = (
                    f"Das Archiv ist entpackt zu groß ({_mb(declared)} MB, "
                    f"erlaubt: {_mb(settings.max_archive_bytes)} MB)."
                )
                return [_rejected(rel, problem, _REPACK, "zip_too_large", sha256)]
            entries = [entry for info in members for entry in _member(archive, info, rel, state, depth)]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        problem = "Das ZIP-Archiv ist beschädigt und kann nicht geöffnet werden."
        return [
            _rejected(
                rel, problem, "Bitte das Archiv neu erzeugen und erneut einreichen.", "zip_corrupt", sha256
            )
        ]
    if not entries:
        problem = "Das ZIP-Archiv enthält keine Dateien."
        return [
            _rejected(rel, problem, "Bitte das Archiv mit den Skizzen erneut anfordern.", "zip_empty", sha256)
        ]
    return entries


def _mb(size: int) -> int:
    return max(1, round(size / 1_000_000))


def _member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, parent: str, state: _Extraction, depth: int
) -> list[Entry]:
    """Check one member; extract and classify it if it passes."""
    name = member_name(info)
    rel = f"{parent}/{name}"
    refusal = _refusal(info, name, rel, state.settings)
    if refusal is not None:
        return [refusal]
    target = state.scratch / f"{next(state.counter):06d}{safe_suffix(name)}"
    try:
        state.bytes_used += extract_member(archive, info, target, state.settings)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, OSError, EOFError, Oversized):
        problem = "Der Archiveintrag ist beschädigt oder mit einem unbekannten Verfahren gepackt."
        return [_rejected(rel, problem, _REPACK, "zip_member_corrupt")]
    try:
        return _content_entries(rel, target, state, depth + 1)
    except SketchprocError as error:
        return [Entry(rel, None, None, error_dict(error, target, rel))]


def _refusal(info: zipfile.ZipInfo, name: str, rel: str, settings: BatchSettings) -> Entry | None:
    """Why a member must not be extracted, or None."""
    if is_unsafe_name(name):
        return _rejected(
            rel,
            "Der Archiveintrag hat einen unzulässigen Pfad (absolut oder mit „..“) "
            "und wird aus Sicherheitsgründen nicht entpackt.",
            _REPACK,
            "zip_unsafe_path",
        )
    if is_system_file(tuple(name.split("/")), settings):
        return _system_file(rel)
    if stat.S_ISLNK(info.external_attr >> 16):
        problem = "Der Archiveintrag ist eine Verknüpfung und wird aus Sicherheitsgründen nicht entpackt."
        return _rejected(rel, problem, _REPACK, "zip_symlink")
    if info.flag_bits & 0x1:
        problem = "Der Archiveintrag ist mit einem Passwort geschützt."
        fix = "Bitte ein Archiv ohne Kennwort oder die Skizze einzeln einreichen."
        return _rejected(rel, problem, fix, "zip_encrypted")
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > settings.ratio_min_bytes and ratio > settings.max_compression_ratio:
        problem = (
            f"Der Archiveintrag ist ungewöhnlich stark komprimiert ({ratio:.0f}:1, entpackt "
            f"{_mb(info.file_size)} MB), vermutlich eine ZIP-Bombe; er wird nicht entpackt."
        )
        return _rejected(rel, problem, _REPACK, "zip_bomb")
    return None


def _unique_paths(entries: list[Entry]) -> list[Entry]:
    """Zip allows one name twice; the contract needs unique paths, so later copies get "#2", "#3"."""
    counts: dict[str, int] = {}
    unique = []
    for entry in entries:
        seen = counts.get(entry.path, 0)
        counts[entry.path] = seen + 1
        unique.append(
            entry if not seen else Entry(f"{entry.path}#{seen + 1}", entry.local, entry.sha256, entry.error)
        )
    return unique
