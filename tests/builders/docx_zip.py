"""One way to make a .docx package reproducible: every zip member re-written with a fixed date.

python-docx stamps each member with the current time, so two builds of the same document differ.
Every DOCX builder here (samples, blind sketches, bench corpus) saves through `fixed_zip`.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

DateTime = tuple[int, int, int, int, int, int]
# A member's new bytes, or None to leave the member out.
Rewrite = Callable[[str, bytes], bytes | None]


def fixed_zip(
    data: bytes, date_time: DateTime, *, mode: int | None = None, rewrite: Rewrite | None = None
) -> bytes:
    """The package `data` with every member dated `date_time` (and given Unix `mode`, if any)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = source.read(info.filename)
            if rewrite is not None:
                rewritten = rewrite(info.filename, member)
                if rewritten is None:
                    continue
                member = rewritten
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            if mode is not None:
                entry.external_attr = mode << 16
            target.writestr(entry, member)
    return out.getvalue()
