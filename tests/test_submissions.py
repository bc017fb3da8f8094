"""Submissions: files grouped by content, the primary chosen, versions compared.

The folder is built in code (tests/builders/submission_folder.py): the Harz sketch as .docx,
signed PDF and scan, a revised .docx, and the Börde sketch on the same call template. The
pure grouping rules are also tested on hand-made results entries, where every input is
visible in the test.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from docx import Document

from sketchproc.batch import BatchResult, run_batch
from sketchproc.batch.discover import discover
from sketchproc.batch.settings import BatchSettings
from sketchproc.profiles import load_profile
from sketchproc.submissions import SubmissionSettings, file_card, group_submissions
from sketchproc.submissions.grouping import _without_template, same_applicant
from sketchproc.submissions.versions import name_mark
from tests.builders.submission_folder import build_submission_folder
from tests.test_browser import CHROMIUM, assert_links_resolve, dump_dom, row_ids


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("submissions") / "Eingang"
    root.mkdir()
    return root, build_submission_folder(root)


@pytest.fixture(scope="module")
def run(folder: tuple[Path, dict[str, str]]) -> BatchResult:
    root, _ = folder
    return run_batch(root, root.parent / "out", load_profile(None), workers=2, progress=False, pack=True)


def _ids(run: BatchResult) -> dict[str, str]:
    return {item["path"]: item["sketch"] for item in run.results["inputs"]}


def _submission_of(run: BatchResult, path: str) -> dict[str, Any]:
    sketch = _ids(run)[path]
    return next(s for s in run.results["submissions"] if sketch in s["sketches"])


def test_renderings_and_revision_form_one_submission_other_applicant_alone(
    run: BatchResult, folder: tuple[Path, dict[str, str]]
) -> None:
    _, paths = folder
    results = run.results
    assert results["counts"]["submissions"] == 2
    assert len(results["inputs"]) == 5 and all(item["status"] == "ok" for item in results["inputs"])
    harz = _submission_of(run, paths["docx"])
    ids = _ids(run)
    assert set(harz["sketches"]) == {ids[paths[role]] for role in ("docx", "pdf", "scan", "revision")}
    other = _submission_of(run, paths["other"])
    assert other["sketches"] == [ids[paths["other"]]]
    assert "Einzige Datei" in other["reason"]
    by_id = {sketch["id"]: sketch for sketch in results["sketches"]}
    for submission in results["submissions"]:
        assert all(by_id[member]["submission"] == submission["id"] for member in submission["sketches"])


def test_primary_is_the_newest_version_and_the_rule_is_stated(
    run: BatchResult, folder: tuple[Path, dict[str, str]]
) -> None:
    _, paths = folder
    ids = _ids(run)
    harz = _submission_of(run, paths["docx"])
    assert harz["primary"] == ids[paths["revision"]] == harz["sketches"][0]
    assert harz["version_order"] == "document"
    assert [v["date"] for v in harz["versions"]] == ["2019-01-15", "2019-02-20"]
    # The first version's renderings: the .docx represents it, then the text PDF, then the scan.
    assert harz["versions"][0]["sketches"] == [ids[paths[r]] for r in ("docx", "pdf", "scan")]
    assert "Datum im Dokument" in harz["reason"] and "neueste Fassung" in harz["reason"]
    assert harz["facts"]["grant_eur"] == 176_000
    assert "neueste Fassung" in run.results["primary_rule"]


def test_changes_between_versions(run: BatchResult, folder: tuple[Path, dict[str, str]]) -> None:
    _, paths = folder
    ids = _ids(run)
    (change,) = _submission_of(run, paths["docx"])["changes"]
    assert (change["from"], change["to"]) == (ids[paths["docx"]], ids[paths["revision"]])
    assert change["sections_added"] == ["Risiken"] and change["sections_removed"] == []
    assert change["facts"]["grant_eur"] == [160_000, 176_000]
    assert change["facts"]["total_cost_eur"] == [200_000, 220_000]
    assert "applicant" not in change["facts"]
    assert change["from_date"] == "2019-01-15"


def test_submissions_are_ranked_and_results_carry_no_fingerprints(run: BatchResult) -> None:
    results = run.results
    assert [s["rank"] for s in results["submissions"]] == [1, 2]
    ranks = {sketch["id"]: sketch["rank"] for sketch in results["sketches"]}
    primaries = [ranks[s["primary"]] for s in results["submissions"]]
    assert primaries == sorted(primaries)
    assert all("fingerprint" not in sketch for sketch in results["sketches"])
    for submission in results["submissions"]:
        assert {"id", "rank", "primary", "sketches", "reason", "checklist", "facts", "changes"} <= set(
            submission
        )
        assert {"conflicts", "letter"} <= set(submission)
        entry = next(iter(submission["checklist"].values()))
        assert set(entry) == {"status", "severity", "tool_status", "decision"}


# --- the rules on hand-made results entries ------------------------------------------------------

BODY_A = " ".join(f"wort{i} harz" for i in range(200))
BODY_B = " ".join(f"satz{i} börde" for i in range(200))
TEMPLATE_TEXT = " ".join(f"vorlage{i}" for i in range(120))


def sketch(
    path: str,
    words: list[str],
    applicant: str | None,
    *,
    fmt: str = "docx",
    ocr: bool = False,
    document_date: str | None = None,
    grant: float | None = 100_000,
) -> dict[str, Any]:
    shingles = sorted({hash(" ".join(words[i : i + 5])) & 0xFFFFFFFF for i in range(len(words) - 4)})
    return {
        "id": path.replace("/", "_"),
        "path": path,
        "format": fmt,
        "ocr": ocr,
        "sections": [{"title": "Ausgangslage", "words": len(words)}],
        "fingerprint": shingles,
        "document_date": document_date,
        "facts": {"applicant": applicant, "grant_eur": grant},
        "checklist": {"region": {"status": "ok", "severity": "hard"}},
        "relevance": {"score": 50.0},
        "title": None,
    }


def test_different_applicants_never_merge_even_with_the_same_template_text() -> None:
    template = TEMPLATE_TEXT.split()
    a = sketch("a.docx", template + BODY_A.split()[:40], "Landkreis Harz")
    b = sketch("b.docx", template + BODY_B.split()[:40], "Stadt Oschersleben")
    # A file without a recognised applicant holding text of both must not chain them.
    bridge = sketch("c.pdf", template + BODY_A.split()[:40] + BODY_B.split()[:30], None, fmt="pdf")
    groups = group_submissions([a, b, bridge])
    assert sorted(sorted(group.sketches) for group in groups) == [["a.docx", "c.pdf"], ["b.docx"]]


def test_template_shingles_are_those_any_two_files_of_different_applicants_share() -> None:
    # Pooled by applicant words in the code; here by the definition, pair by pair. Same words
    # in another order or case, a generic word more, no applicant, and three others.
    template = TEMPLATE_TEXT.split()
    names = ["Landkreis Harz", "landkreis harz e.V.", "Harz Landkreis", None, "Stadt Oschersleben"]
    names += ["Gemeinde Barleben", "Stadt Oschersleben (Bode)"]
    sketches = [
        sketch(f"{n}.docx", template[: 60 + 10 * n] + BODY_A.split()[n * 20 : n * 20 + 80], name)
        for n, name in enumerate(names)
    ]
    sketches.append(sketch("x.pdf", BODY_B.split()[:80] + BODY_A.split()[60:100], "Stadt Genthin", fmt="pdf"))
    cards = [file_card(s) for s in sketches]
    settings = SubmissionSettings()
    shared: set[int] = set()
    for i, first in enumerate(cards):
        for second in cards[i + 1 :]:
            if same_applicant(first.applicant, second.applicant, settings) is False:
                shared |= first.fingerprint & second.fingerprint
    assert shared  # the case is not empty
    assert _without_template(cards, settings) == [card.fingerprint - shared for card in cards]


def test_same_applicant_but_different_text_stays_apart() -> None:
    a = sketch("a.docx", BODY_A.split(), "Landkreis Harz")
    b = sketch("b.docx", BODY_B.split(), "Landkreis Harz")
    assert len(group_submissions([a, b])) == 2


def test_scan_loses_to_text_layer_and_its_disagreement_is_reported() -> None:
    words = BODY_A.split()
    text = sketch("skizze.pdf", words, "Landkreis Harz", fmt="pdf", grant=160_000)
    scan = sketch("scan.pdf", words[:-10], "Landkreis Harz", fmt="pdf", ocr=True, grant=None)
    (submission,) = group_submissions([scan, text])
    assert submission.primary == "skizze.pdf"
    (disagreement,) = submission.disagreements
    assert (disagreement.sketch, disagreement.key, disagreement.primary, disagreement.other) == (
        "scan.pdf",
        "grant_eur",
        160_000,
        None,
    )
    assert "Textebene" in submission.reason


def test_without_dates_the_modification_time_then_the_name_mark_decides() -> None:
    words = BODY_A.split()
    old = sketch("Skizze_v3.docx", words, "Landkreis Harz")
    new = sketch("Skizze_v2.docx", words[:300] + ["geändert"] * 3 + words[303:], "Landkreis Harz")
    modified = {"Skizze_v3.docx": date(2019, 1, 1), "Skizze_v2.docx": date(2019, 3, 1)}
    (by_mtime,) = group_submissions([old, new], modified)
    assert by_mtime.primary == "Skizze_v2.docx" and by_mtime.date_source == "mtime"
    (by_name,) = group_submissions([old, new])
    assert by_name.primary == "Skizze_v3.docx" and by_name.date_source == "name"
    assert "Versionsvermerk" in by_name.reason


def test_name_marks() -> None:
    assert name_mark("a/Skizze_v3.docx") > name_mark("a/Skizze_v2.docx") > name_mark("a/Skizze.docx")
    assert name_mark("Skizze final.pdf") > name_mark("Skizze neu.pdf") > name_mark("Skizze.pdf")
    assert name_mark("Skizze überarbeitet.docx") > name_mark("Skizze.docx")
    assert name_mark("Version 2019.docx") == (0, 0)  # a year is not a version


def test_zip_members_keep_their_own_date(tmp_path: Path) -> None:
    """The archive's date of a member orders versions, not the moment it was unpacked."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    # Deflated: a stored member would put "%PDF-" into the archive's first bytes.
    with zipfile.ZipFile(inbox / "a.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("Skizze.pdf", date_time=(2019, 2, 3, 4, 5, 6))
        archive.writestr(info, b"%PDF-1.4\n%%EOF", compress_type=zipfile.ZIP_DEFLATED)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    (entry,) = discover(inbox, scratch, BatchSettings())
    assert entry.local is not None
    assert datetime.fromtimestamp(os.stat(entry.local).st_mtime).date() == date(2019, 2, 3)


# --- every output lists submissions ---------------------------------------------------------------


def test_outputs_list_submissions_with_their_files(
    run: BatchResult, folder: tuple[Path, dict[str, str]]
) -> None:
    _, paths = folder
    out = run.results_path.parent
    harz_files = [paths[role] for role in ("revision", "docx", "pdf", "scan")]
    # index.html: one ranking row per submission, every file linked from the inputs table.
    index = (out / "index.html").read_text("utf-8")
    ranking = index.split('<table id="ranking">')[1].split("</table>")[0]
    assert ranking.count("<tr data-id=") == 2
    assert "2 Einreichungen in 5 Dateien" in index
    # Readable summary names, one per submission.
    summaries = sorted(p.name for p in (out / "summaries").glob("*.html"))
    assert len(summaries) == 2 and any(name.endswith("_Landkreis_Harz.html") for name in summaries)
    harz_page = next((out / "summaries").glob("*_Landkreis_Harz.html")).read_text("utf-8")
    assert all(path in harz_page for path in harz_files)
    assert "Gegenüber der Fassung vom 15.01.2019 geändert" in harz_page
    assert "Abschnitt „Risiken“ hinzugefügt" in harz_page
    assert "160.000 € → 176.000 €" in harz_page
    # CSV: one row per submission, its files named.
    rows = list(csv.reader(io.StringIO((out / "overview.csv").read_text("utf-8-sig")), delimiter=";"))
    body = rows[1 : rows.index([])]
    assert len(body) == 2
    files_column = rows[0].index("Dateien")
    harz_row = next(row for row in body if row[rows[0].index("Antragsteller")] == "Landkreis Harz")
    assert sorted(harz_row[files_column].split(" | ")) == sorted(harz_files)
    # Voting sheet: one row per submission.
    (table,) = Document(str(out / "Votierungsbogen.docx")).tables
    assert len(table.rows) == 1 + 2 + 1  # header, one row per submission, the tally row
    assert sorted(row.cells[2].text for row in table.rows[1:-1]) == ["Landkreis Harz", "Stadt Oschersleben"]
    # pack.pdf: the change is stated on the submission's page.
    with pdfplumber.open(out / "pack.pdf") as pdf:
        text = " ".join(page.extract_text() or "" for page in pdf.pages)
    assert "Gegenüber der Fassung vom 15.01.2019 geändert" in " ".join(text.split())


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"), reason="chromium fehlt")
def test_browser_shows_submission_rows_and_their_files(run: BatchResult, tmp_path: Path) -> None:
    out = run.results_path.parent
    dom, console = dump_dom((out / "index.html").as_uri(), tmp_path / "chrome")
    assert console == []
    assert len(row_ids(dom)) == 2
    assert "2 von 2 Einreichungen" in dom
    files_cell = dom.split('class="files"')[2].split("</td>")[0]  # the Harz row (rank 2)
    assert files_cell.count("<li>") == 4 and "frühere Fassung" in files_cell
    page = next((out / "summaries").glob("*_Landkreis_Harz.html"))
    dom, console = dump_dom(page.as_uri(), tmp_path / "chrome2")
    assert console == []
    files_table = dom.split('<table id="files">')[1].split("</table>")[0]
    assert files_table.count("<tr>") == 1 + 4
    assert_links_resolve(dom, page)
