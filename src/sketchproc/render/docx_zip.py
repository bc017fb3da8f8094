"""Reproducible .docx files: python-docx stamps every archive entry with the clock.

Both the voting sheet and the letters must be byte-identical for the same inputs, so their
archives are rewritten with one fixed entry time.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

__all__ = ["fixed_zip_times"]


def fixed_zip_times(data: bytes, stamp: datetime) -> bytes:
    """The archive `data` rewritten with every entry's time set to `stamp`."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()
