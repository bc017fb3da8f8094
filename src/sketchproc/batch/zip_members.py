"""Zip members as files: their names as written, which names are unsafe, and bounded extraction.

Nothing here knows about entries or the contract; `discover` decides what a refusal means.
"""

from __future__ import annotations

import contextlib
import os
import re
import zipfile
from datetime import datetime
from pathlib import Path, PurePosixPath

from sketchproc.batch.settings import BatchSettings

__all__ = ["Oversized", "extract_member", "is_unsafe_name", "member_name", "safe_suffix"]


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it, '/'-separated.

    Without the UTF-8 flag zipfile decodes names as cp437, but many tools write UTF-8 without
    setting the flag, and Windows Explorer in Germany writes cp850: both would garble umlauts.
    """
    name = info.filename
    if not info.flag_bits & 0x800:
        raw = name.encode("cp437", errors="replace")
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            name = raw.decode("cp850", errors="replace")
    return name.replace("\\", "/")


_DRIVE = re.compile(r"^[A-Za-z]:")


def is_unsafe_name(name: str) -> bool:
    """True for absolute paths, drive letters and any '..' component (zip slip)."""
    if not name or "\0" in name or name.startswith("/") or _DRIVE.match(name):
        return True
    return ".." in PurePosixPath(name).parts


def safe_suffix(name: str) -> str:
    """The member's suffix if it is a plain one, else "".

    The suffix is kept only so ingest's messages can say "heißt .pdf, ist aber kein PDF".
    """
    suffix = PurePosixPath(name).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ""


class Oversized(Exception):
    """A member inflated to more than its directory entry declared."""


def extract_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, settings: BatchSettings
) -> int:
    """Stream one member to `target`, never writing more than it declared; returns the bytes written."""
    written = 0
    with archive.open(info) as source, target.open("xb") as sink:
        while block := source.read(settings.read_chunk_bytes):
            written += len(block)
            # zipfile stops at the declared size, but the budget must not rest on a library detail.
            if written > info.file_size:
                raise Oversized(info.filename)
            sink.write(block)
    # The member's own date, not the extraction time: it orders versions of a submission.
    with contextlib.suppress(ValueError, OSError, OverflowError):
        stamp = datetime(*info.date_time).timestamp()
        os.utime(target, (stamp, stamp))
    return written
