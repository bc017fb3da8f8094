"""PDF twins by LibreOffice: conversion, fixed dates and ids, heading pages of the result."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

# The held-out sample's export (hansestadt_osterburg.pdf) runs LibreOffice with its own profile.
SOFFICE = "/usr/bin/soffice"
LO_PROFILE = "file:///tmp/lo_unseen"


# ---------------------------------------------------------------------------
# PDF twins via LibreOffice


def find_soffice() -> str | None:
    for cand in ("soffice", "/usr/bin/soffice", "libreoffice"):
        path = shutil.which(cand) or (cand if Path(cand).exists() else None)
        if path:
            return path
    return None


def convert_to_pdf(soffice: str, docx_path: Path, pdf_path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="sketchproc_lo_") as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(outdir),
            str(docx_path),
        ]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        produced = outdir / (docx_path.stem + ".pdf")
        if res.returncode != 0 or not produced.exists():
            raise RuntimeError(f"LibreOffice failed for {docx_path.name}:\n{res.stdout}\n{res.stderr}")
        data = produced.read_bytes()
    pdf_path.write_bytes(normalise_pdf(data, docx_path.read_bytes()))


def _hexfill(hexdigest: str, n: int) -> bytes:
    return hexdigest.upper().encode()[:n].ljust(n, b"0")


def normalise_pdf(data: bytes, seed: bytes) -> bytes:
    """Replace creation/modification dates and the file ID by fixed values of equal byte length."""

    def fix_date(m: re.Match[bytes]) -> bytes:
        fixed = b"D:20181130101200"
        body = m.group(2)
        new = fixed + body[len(fixed) :] if len(body) >= len(fixed) else fixed[: len(body)]
        new = new[: len(body)].ljust(len(body), b"0")
        return m.group(1) + new + b")"

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)\)", fix_date, data)
    digest = hashlib.md5(seed).hexdigest().upper().encode()

    def fix_id(m: re.Match[bytes]) -> bytes:
        a, b = m.group(2), m.group(4)
        return (
            m.group(1)
            + digest[: len(a)].ljust(len(a), b"0")
            + m.group(3)
            + digest[: len(b)].ljust(len(b), b"0")
            + m.group(5)
        )

    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", fix_id, data)
    # LibreOffice's /DocChecksum hashes the content including the creation time
    data = re.sub(
        rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
        lambda m: m.group(1) + _hexfill(hashlib.md5(b"chk" + seed).hexdigest(), len(m.group(2))),
        data,
    )
    # XMP packet dates, if any
    data = re.sub(
        rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
        lambda m: (
            m.group(1)
            + b"2018-11-30T10:12:00+01:00"[: len(m.group(2))].ljust(len(m.group(2)), b" ")
            + m.group(3)
        ),
        data,
    )
    return data


# ---------------------------------------------------------------------------


def heading_pages(pdf: Path, t) -> list[int]:
    """Page of every heading of t.BLOCKS in the PDF (pdftotext), skipping cover and TOC pages."""
    n = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout,
        ).group(1)
    )
    pages = [
        subprocess.run(
            ["pdftotext", "-f", str(i), "-l", str(i), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for i in range(1, n + 1)
    ]
    out = []
    for b in t.BLOCKS:
        if b[0] != "h":
            continue
        line = f"{b[2]} {b[3]}"
        hits = [
            i + 1 for i, p in enumerate(pages) if i >= 2 and any(x.strip() == line for x in p.splitlines())
        ]
        out.append(hits[0] if hits else 0)
    return out


_PDF_DATE = re.compile(rb"D:\d{14}")
_PDF_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_PDF_CHECKSUM = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


def normalise_lo_pdf(data: bytes) -> bytes:
    """Replace LibreOffice's creation date, document /ID and /DocChecksum with fixed values of the
    same byte length (so the xref offsets stay valid)."""
    data = _PDF_DATE.sub(b"D:20181029164500", data)

    def fix_id(m: re.Match) -> bytes:
        a, b = m.group(1), m.group(2)
        return m.group(0).replace(a, b"A" * len(a)).replace(b, b"A" * len(b))

    data = _PDF_ID.sub(fix_id, data)
    return _PDF_CHECKSUM.sub(lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))), data)
