"""Open a submitted .docx safely: zip-bomb limits first, then python-docx, errors in German.

The zip directory is checked before anything is inflated, so a hostile file
never reaches python-docx or lxml.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from sketchproc.errors import InputError
from sketchproc.settings import IngestSettings

_MAIN_PART = "word/document.xml"
_CORRUPT_FIX = "Bitte die Datei in Word öffnen, erneut als .docx speichern und neu einreichen."


def corrupt(path: Path, detail: str) -> InputError:
    """The error for a damaged or incomplete .docx."""
    return InputError(
        path,
        f"Die Word-Datei ist beschädigt oder unvollständig ({detail}).",
        _CORRUPT_FIX,
        code="docx_corrupt",
    )


def _too_large(path: Path, detail: str) -> InputError:
    return InputError(
        path,
        f"Die Word-Datei ist entpackt unzulässig groß ({detail}); "
        "sie wird aus Sicherheitsgründen nicht gelesen.",
        "Bitte große Bilder verkleinern oder die Skizze als PDF einreichen.",
        code="docx_too_large",
    )


def check_archive(path: Path, settings: IngestSettings) -> None:
    """Check the zip directory: readable, has word/document.xml, within the size limits.

    Raises:
        InputError: code "docx_corrupt" or "docx_too_large".
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise corrupt(path, "kein gültiges ZIP-Archiv") from exc
    if _MAIN_PART not in {member.filename for member in members}:
        raise corrupt(path, f"{_MAIN_PART} fehlt")
    total = sum(member.file_size for member in members)
    if total > settings.docx_max_uncompressed_bytes:
        raise _too_large(path, f"{total // 1_000_000} MB")
    for member in members:
        if member.file_size <= settings.docx_ratio_min_bytes:
            continue
        ratio = member.file_size / max(member.compress_size, 1)
        if ratio > settings.docx_max_compression_ratio:
            raise _too_large(path, f"{member.filename}: Kompression {ratio:.0f}:1")
    _refuse_dtds(path, members)


# Word never writes a DTD, and the Office Open XML packaging rules forbid them; a DTD in a part
# only serves entity tricks (billion laughs, external entities reading local files).
_DOCTYPES = tuple("<!DOCTYPE".encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be"))
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_SCAN_CHUNK = 1 << 20


def _refuse_dtds(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Refuse a package whose XML parts declare a DTD, before any XML parser sees them.

    Streams each part (the size limits above already hold), so it costs one inflate of the XML.

    Raises:
        InputError: code "docx_dtd".
    """
    overlap = max(len(marker) for marker in _DOCTYPES) - 1
    try:
        with zipfile.ZipFile(path) as archive:
            for member in members:
                if not member.filename.lower().endswith(_XML_SUFFIXES):
                    continue
                with archive.open(member) as stream:
                    tail = b""
                    while block := stream.read(_SCAN_CHUNK):
                        window = tail + block
                        if any(marker in window for marker in _DOCTYPES):
                            raise _dtd(path, member.filename)
                        tail = window[-overlap:]
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        NotImplementedError,
        OSError,
        EOFError,
    ) as exc:
        raise corrupt(path, "beschädigter ZIP-Eintrag") from exc


def _dtd(path: Path, member: str) -> InputError:
    return InputError(
        path,
        f"Die Word-Datei enthält in {member} eine DTD-Deklaration (<!DOCTYPE …>), die Word nie schreibt "
        "und die für Angriffe (Entity-Expansion, Auslesen fremder Dateien) genutzt wird; "
        "sie wird aus Sicherheitsgründen nicht gelesen.",
        _CORRUPT_FIX,
        code="docx_dtd",
    )


def open_docx(path: Path) -> Any:
    """Open the package with python-docx (untyped, hence Any).

    Raises:
        InputError: "docx_corrupt" for a damaged part, "docx_not_document" for templates/macro files.
    """
    try:
        return docx.Document(str(path))
    except ValueError as exc:
        if "content type" in str(exc):
            raise InputError(
                path,
                "Die Datei ist eine Word-Vorlage oder ein Dokument mit Makros, kein normales Word-Dokument.",
                "Bitte in Word als „Word-Dokument (*.docx)“ speichern und erneut einreichen.",
                code="docx_not_document",
            ) from exc
        raise corrupt(path, "ungültiger Inhalt") from exc
    except etree.XMLSyntaxError as exc:
        raise corrupt(path, "fehlerhaftes XML") from exc
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, zlib.error, EOFError, OSError) as exc:
        raise corrupt(path, type(exc).__name__) from exc
