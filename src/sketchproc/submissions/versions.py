"""A group of files → its versions (renderings of one text together), ordered, and the primary.

Primary rule (stated in the pack, see PRIMARY_RULE): the newest version is judged; within
a version the file with a text layer beats a scan, and a .docx beats a PDF.
Versions are ordered by the first source every version has and that tells them apart:
the document's own date, else the file's modification date, else a version mark in the
file name, else the path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from sketchproc.submissions.fingerprint import jaccard
from sketchproc.submissions.records import DateSource, FileCard
from sketchproc.submissions.settings import SubmissionSettings

__all__ = ["PRIMARY_RULE", "name_mark", "order_label", "order_versions", "split_versions", "version_date"]

PRIMARY_RULE = (
    "Dateien mit demselben Text (Word, PDF, Scan, unterschriebene Kopie, Überarbeitung) bilden "
    "eine Einreichung; Dateien verschiedener Antragsteller werden nie zusammengefasst. "
    "Bewertet und gezeigt wird die neueste Fassung – nach dem Datum im Dokument selbst "
    "(Word-Eigenschaften, PDF-Metadaten), sonst dem Änderungsdatum der Datei, sonst einem "
    "Versionsvermerk im Dateinamen („v3“ vor „v2“; „neu“, „überarbeitet“, „final“ vor ohne "
    "Vermerk); innerhalb einer Fassung eine Datei mit Textebene vor einem Scan und eine "
    "Word-Datei vor einer PDF-Datei."
)
_NUMBER_MARK = re.compile(r"(?:^|[^a-z0-9])(?:v|version|fassung)[ _.-]?(\d{1,3})(?![0-9])")
# Word marks after numbered ones: "final" is the last word an author uses, "neu" the first.
_WORD_MARKS = (("neu", 1), ("ueberarbeitet", 2), ("überarbeitet", 2), ("korrigiert", 2), ("final", 3))
_DATE_LABEL = {
    DateSource.DOCUMENT: "nach dem Datum im Dokument",
    DateSource.MTIME: "nach dem Änderungsdatum der Dateien",
    DateSource.NAME: "nach dem Versionsvermerk im Dateinamen",
    DateSource.PATH: "nach dem Dateipfad, weil weder Datum noch Versionsvermerk sie unterscheiden",
}


def split_versions(files: Sequence[FileCard], settings: SubmissionSettings) -> list[list[FileCard]]:
    """Files that are renderings of one text together; each list has its representative first."""
    versions: list[list[FileCard]] = []
    for card in sorted(files, key=lambda item: item.path):
        home = next((v for v in versions if all(_same_version(card, o, settings) for o in v)), None)
        if home is None:
            versions.append([card])
        else:
            home.append(card)
    return [sorted(version, key=_representative_key) for version in versions]


def _same_version(first: FileCard, second: FileCard, settings: SubmissionSettings) -> bool:
    similarity = jaccard(first.fingerprint, second.fingerprint)
    if name_mark(first.path) != name_mark(second.path):
        return False  # the author marked them as different versions
    if first.kind == second.kind:
        # Two .docx (or two text PDFs) of one version would be byte copies or nearly so.
        return similarity >= settings.same_kind_jaccard
    return similarity >= settings.same_version_jaccard


def _representative_key(card: FileCard) -> tuple[bool, bool, int, str]:
    # A text layer reads tables and numbers exactly, OCR may not; a .docx gives headings and
    # tables as the author made them, a PDF's are reconstructed from the layout.
    return (card.ocr, card.format != "docx", -card.words, card.path)


def name_mark(path: str) -> tuple[int, int]:
    """The version mark in a file name: (number, word rank); (0, 0) without one."""
    name = PurePosixPath(path).stem.casefold()
    numbers = [int(n) for n in _NUMBER_MARK.findall(name)]
    words = [rank for word, rank in _WORD_MARKS if word in name]
    return (max(numbers, default=0), max(words, default=0))


def order_versions(versions: list[list[FileCard]]) -> tuple[list[list[FileCard]], DateSource]:
    """Versions oldest first, and the source that ordered them."""
    if len(versions) < 2:
        return versions, DateSource.PATH  # nothing to order
    sources: tuple[tuple[DateSource, Callable[[list[FileCard]], Any]], ...] = (
        (DateSource.DOCUMENT, _newest_date),
        (DateSource.MTIME, lambda v: max((c.modified for c in v if c.modified), default=None)),
        (DateSource.NAME, lambda v: max(name_mark(c.path) for c in v) if _marked(v) else None),
    )
    for source, key in sources:
        values = [key(version) for version in versions]
        if all(value is not None for value in values) and len(set(values)) == len(values):
            ordered = sorted(zip(values, versions, strict=True), key=lambda pair: pair[0])
            return [version for _, version in ordered], source
    return sorted(versions, key=lambda version: version[0].path), DateSource.PATH


def _newest_date(version: list[FileCard]) -> date | None:
    return max((card.document_date for card in version if card.document_date), default=None)


def _marked(version: list[FileCard]) -> bool:
    return any(name_mark(card.path) != (0, 0) for card in version)


def version_date(version: list[FileCard]) -> date | None:
    """The date a version is known by: the document's own, else the file's."""
    return _newest_date(version) or max((c.modified for c in version if c.modified), default=None)


def order_label(source: DateSource) -> str:
    """German: how the versions were ordered."""
    return _DATE_LABEL[source]
