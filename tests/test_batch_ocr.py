"""A batch keeps to the cores it was given, also while Tesseract reads a scan.

The OCR command is a small shell script that records when each page's recognition starts and
ends and then runs the real Tesseract, so the scan is really read; the records show how many
pages were being recognised at the same time.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from sketchproc.batch import run_batch
from sketchproc.batch.cache import PayloadCache
from sketchproc.profiles import load_profile
from sketchproc.run_settings import Settings, ocr_budget
from sketchproc.settings import IngestSettings
from tests.builders.scan import scanned_copy
from tests.test_ocr import needs_tesseract

PAGES = 3


def _three_page_letter(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    for page in range(1, PAGES + 1):
        canvas.setFont("Helvetica", 12)
        for line in range(25):
            canvas.drawString(
                72, 760 - line * 24, f"Seite {page}, Zeile {line + 1}: Das Zentrum in Genthin berät."
            )
        canvas.showPage()
    canvas.save()
    return path


def _logging_tesseract(folder: Path) -> Path:
    """A Tesseract that writes one file per page: its start and end time in nanoseconds."""
    script = folder / "tesseract-logged"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1" != stdin ]; then exec tesseract "$@"; fi\n'
        f'record=$(mktemp -p "{folder}" page.XXXXXX)\n'
        'date +%s%N > "$record"\n'
        'tesseract "$@"\n'
        "status=$?\n"
        'date +%s%N >> "$record"\n'
        "exit $status\n",
        encoding="utf-8",
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def _most_at_once(folder: Path) -> int:
    spans = [tuple(int(x) for x in record.read_text().split()) for record in folder.glob("page.*")]
    assert len(spans) == PAGES, "every page of the scan went through Tesseract"
    return max(sum(1 for start, end in spans if start <= moment < end) for moment, _ in spans)


@needs_tesseract
@pytest.mark.parametrize("workers", [1, 2])
def test_a_scan_is_recognised_on_no_more_cores_than_the_run_was_given(tmp_path: Path, workers: int) -> None:
    inbox = tmp_path / "eingang"
    inbox.mkdir()
    scanned_copy(_three_page_letter(tmp_path / "brief.pdf"), inbox / "brief_scan.pdf")
    records = tmp_path / "records"
    records.mkdir()
    settings = Settings(ingest=IngestSettings(ocr_command=str(_logging_tesseract(records))))

    result = run_batch(
        inbox,
        tmp_path / "out",
        load_profile(None),
        workers=workers,
        progress=False,
        pack=False,
        settings=settings,
    )

    assert result.ok == 1
    assert _most_at_once(records) == min(workers, os.cpu_count() or 1)


def test_a_number_of_ocr_pages_set_by_the_user_is_kept() -> None:
    chosen = Settings(ingest=IngestSettings(ocr_workers=3))
    assert ocr_budget(chosen, 1).ingest.ocr_workers == 3
    assert ocr_budget(Settings(), 1).ingest.ocr_workers == 1


def test_how_many_pages_are_read_at_once_does_not_change_the_cache_key(tmp_path: Path) -> None:
    def salt(settings: Settings) -> str:
        return PayloadCache(tmp_path, "profil", settings=settings).salt

    assert salt(ocr_budget(Settings(), 1)) == salt(Settings(ingest=IngestSettings(ocr_workers=2)))
    assert salt(Settings()) != salt(Settings(ingest=IngestSettings(ocr_dpi=200)))
