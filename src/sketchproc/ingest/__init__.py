"""Ingest: read a submission file into a `Document`, choosing the reader by content.

The file name's suffix is not trusted: applicants rename files, and mail
gateways append ".pdf" to anything. The first bytes decide.
"""

from __future__ import annotations

import zipfile
from enum import StrEnum
from pathlib import Path

from sketchproc.errors import InputError
from sketchproc.ingest.symbols import clean_symbols
from sketchproc.model import Document
from sketchproc.settings import IngestSettings

__all__ = ["FileKind", "read_document", "sniff"]


class FileKind(StrEnum):
    """What a file is, told by its content."""

    DOCX = "docx"
    PDF = "pdf"
    LEGACY_DOC = "legacy_doc"
    ENCRYPTED_OFFICE = "encrypted_office"
    ODT = "odt"
    RTF = "rtf"
    ZIP = "zip"
    EMPTY = "empty"
    UNKNOWN = "unknown"


_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(path: Path) -> FileKind:
    """Tell a file's kind from its first bytes (and, for zips, their members).

    Raises:
        InputError: the file cannot be opened.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise InputError(
            path,
            f"Die Datei kann nicht gelesen werden ({exc.strerror or exc}).",
            "Bitte Zugriffsrechte prüfen oder die Datei neu speichern.",
            code="file_unreadable",
        ) from exc
    if not head.strip():
        return FileKind.EMPTY
    if b"%PDF-" in head:
        return FileKind.PDF
    if head.startswith(_OLE2_MAGIC):
        return _sniff_ole2(path)
    if head.startswith(b"{\\rtf"):
        return FileKind.RTF
    if head.startswith(b"PK"):
        return _sniff_zip(path)
    return FileKind.UNKNOWN


# Password-protected .docx files are OLE2 containers holding this stream name
# (UTF-16LE), not zips; telling them from a Word 97 .doc gives the right fix.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")


def _sniff_ole2(path: Path) -> FileKind:
    with path.open("rb") as handle:
        content = handle.read(1 << 20)
    return FileKind.ENCRYPTED_OFFICE if _ENCRYPTED_PACKAGE in content else FileKind.LEGACY_DOC


def _sniff_zip(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return FileKind.DOCX
            if "mimetype" in names and b"opendocument" in archive.read("mimetype")[:100]:
                return FileKind.ODT
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return FileKind.UNKNOWN
    return FileKind.ZIP


def read_document(path: str | Path, settings: IngestSettings | dict[str, object] | None = None) -> Document:
    """Read one .docx or PDF file into a `Document`.

    Raises:
        InputError: the file is empty, of an unsupported kind, damaged or encrypted.
    """
    path = Path(path)
    resolved = IngestSettings.resolve(settings)
    kind = sniff(path)
    if kind is FileKind.PDF:
        from sketchproc.ingest.pdf import read_pdf

        return clean_symbols(read_pdf(path, resolved))
    if kind is FileKind.DOCX:
        from sketchproc.ingest.docx import read_docx

        return clean_symbols(read_docx(path, resolved))
    raise _unsupported(path, kind)


_UNSUPPORTED = {
    FileKind.EMPTY: (
        "empty_file",
        "Die Datei ist leer (0 Byte oder nur Leerraum).",
        "Bitte die Skizze erneut beim Antragsteller anfordern.",
    ),
    FileKind.LEGACY_DOC: (
        "legacy_doc",
        "Die Datei ist ein altes Word-Dokument (.doc, Word 97–2003).",
        "Bitte in Word mit „Speichern unter“ als .docx oder als PDF speichern und erneut einreichen.",
    ),
    FileKind.ENCRYPTED_OFFICE: (
        "docx_encrypted",
        "Das Word-Dokument ist mit einem Passwort geschützt.",
        "Bitte eine ungeschützte Fassung (ohne Kennwort) beim Antragsteller anfordern.",
    ),
    FileKind.ODT: (
        "odt",
        "Die Datei ist ein OpenDocument-Text (.odt).",
        "Bitte in LibreOffice als .docx oder als PDF exportieren und erneut einreichen.",
    ),
    FileKind.RTF: (
        "rtf",
        "Die Datei ist ein RTF-Dokument.",
        "Bitte als .docx oder als PDF speichern und erneut einreichen.",
    ),
    FileKind.ZIP: (
        "zip_not_docx",
        "Die Datei ist ein ZIP-Archiv, aber kein Word-Dokument (.docx).",
        "Bitte die Skizze als .docx oder PDF einreichen.",
    ),
    FileKind.UNKNOWN: (
        "unsupported_format",
        "Das Dateiformat wird nicht unterstützt oder die Datei ist beschädigt (weder .docx noch PDF).",
        "Bitte die Skizze als .docx oder PDF einreichen.",
    ),
}


# A file whose name promises a format its content does not have was most
# likely damaged in transfer; say so rather than "unsupported".
_MISNAMED = {
    ".docx": (
        "docx_corrupt",
        "Die Datei heißt .docx, ist aber kein gültiges Word-Dokument (kein ZIP-Container); "
        "vermutlich ist sie beschädigt oder unvollständig übertragen.",
        "Bitte die Datei in Word öffnen, erneut als .docx speichern und neu einreichen.",
    ),
    ".pdf": (
        "pdf_corrupt",
        "Die Datei heißt .pdf, enthält aber kein PDF; "
        "vermutlich ist sie beschädigt oder unvollständig übertragen.",
        "Bitte die PDF-Datei neu erzeugen und erneut einreichen.",
    ),
}


def _unsupported(path: Path, kind: FileKind) -> InputError:
    misnamed = _MISNAMED.get(path.suffix.lower()) if kind in (FileKind.UNKNOWN, FileKind.ZIP) else None
    code, problem, fix = misnamed or _UNSUPPORTED[kind]
    return InputError(path, problem, fix, code=code)
