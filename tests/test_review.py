"""The reviewer's loop on a folder built in code: run → fill Entscheidungen.csv → run again.

The folder is tests/builders/submission_folder.py (the Harz sketch in two files and a revision,
the Börde sketch of the Stadt Oschersleben). Decisions, letters, conflicts and the pack's date
are read back from the files a user opens: results.json, the summaries, the pack PDF, the
voting sheet and the letters (.docx).
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from typing import Any

import docx
import pdfplumber
import pytest
from typer.testing import CliRunner

from sketchproc.batch import BatchResult, run_batch
from sketchproc.cli import app
from sketchproc.errors import ReviewError
from sketchproc.profiles import load_profile
from sketchproc.review import Review, load_review
from tests.builders.submission_folder import build_submission_folder

PROFILE = load_profile(None)
BOARD = "Name;Organisation\nProf. Dr. Anna Beispiel;HS Harz (FH)\nKarl Muster;Stadt Harzgerode\n"


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """First run with board and dates, the sheet filled by a reviewer, the second run with it."""
    base = tmp_path_factory.mktemp("review")
    root = base / "Eingang"
    root.mkdir()
    paths = build_submission_folder(root, scan=False)
    board = base / "Beirat.csv"
    board.write_text(BOARD, encoding="utf-8")
    out = base / "out"
    review = load_review(PROFILE, board=board, stand="15.05.2019", deadline="2019-05-31")
    first = run_batch(root, out, PROFILE, workers=2, progress=False, review=review)
    first_results = (out / "results.json").read_bytes()
    sheet = out / "Entscheidungen.csv"
    fill_sheet(sheet)
    filled = sheet.read_bytes()
    review = load_review(PROFILE, decisions=sheet, board=board, stand="15.05.2019", deadline="31.05.2019")
    second = run_batch(root, out, PROFILE, workers=2, progress=False, review=review)
    return {
        "base": base,
        "root": root,
        "paths": paths,
        "out": out,
        "board": board,
        "first": first,
        "first_results": first_results,
        "filled": filled,
        "second": second,
    }


def fill_sheet(sheet: Path) -> None:
    """What a reviewer does in Excel: three decisions, saved again as CSV UTF-8 with `;`."""
    rows = read_sheet(sheet)
    decisions = {
        ("Landkreis Harz", "letters_of_intent"): (
            "erfüllt",
            "Absichtserklärungen liegen als Anlage vor",
            "Anke Vogt",
        ),
        ("Stadt Oschersleben", "subject_is_centre"): ("verletzt", "Digitalcafé, kein Zentrum", "Jan Roth"),
        ("Stadt Oschersleben", "start"): ("01.04.2019", "steht im Zeitplan", "Jan Roth"),
    }
    for row in rows:
        found = decisions.get((row["Antragsteller"], row["Kriterium"]))
        if found:
            row["Entscheidung"], row["Begründung"], row["Prüfer"] = found
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    sheet.write_text(buffer.getvalue(), encoding="utf-8-sig")


def read_sheet(sheet: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(sheet.read_bytes().decode("utf-8-sig")), delimiter=";"))


def submission(run: BatchResult, applicant: str) -> dict[str, Any]:
    return next(s for s in run.results["submissions"] if s["facts"]["applicant"] == applicant)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)


def test_first_run_writes_a_prefilled_sheet_in_the_excel_dialect(loop: dict[str, Any]) -> None:
    raw = (loop["out"] / "Entscheidungen.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfEinreichung;Kriterium;Entscheidung;Begr\xc3\xbcndung;Pr\xc3\xbcfer;")
    rows = read_sheet(loop["out"] / "Entscheidungen.csv")
    first = loop["first"]
    for sub in first.results["submissions"]:
        not_ok = {item for item, entry in sub["checklist"].items() if entry["status"] != "ok"}
        applicant = sub["facts"]["applicant"]
        listed = {row["Kriterium"] for row in rows if row["Antragsteller"] == applicant}
        assert not_ok <= listed
        assert not any(entry["status"] == "ok" and item in listed for item, entry in sub["checklist"].items())
    oschersleben = [row for row in rows if row["Antragsteller"] == "Stadt Oschersleben"]
    assert {"start", "end", "duration_months"} <= {
        row["Kriterium"] for row in oschersleben
    }  # facts not found
    assert all(row["Prüfsumme"] for row in rows)


def test_decisions_reach_results_with_the_tools_verdict_beside_them(loop: dict[str, Any]) -> None:
    first, second = loop["first"], loop["second"]
    harz = submission(second, "Landkreis Harz")["checklist"]["letters_of_intent"]
    assert harz["status"] == "ok" and harz["tool_status"] == "missing"
    assert harz["decision"] == {
        "status": "ok",
        "note": "Absichtserklärungen liegen als Anlage vor",
        "by": "Anke Vogt",
    }
    oschersleben = submission(second, "Stadt Oschersleben")
    assert oschersleben["checklist"]["subject_is_centre"]["status"] == "violated"
    assert oschersleben["facts"]["start"] == "2019-04-01"
    assert oschersleben["fact_decisions"]["start"]["tool"] is None
    # Ranking follows the final verdicts: the excluded submission moves behind the other.
    assert submission(first, "Stadt Oschersleben")["rank"] == 1
    assert oschersleben["rank"] == 2 and submission(second, "Landkreis Harz")["rank"] == 1
    # The sheet written by the second run keeps the decisions for the next round.
    kept = {
        (r["Antragsteller"], r["Kriterium"]): r["Prüfer"]
        for r in read_sheet(loop["out"] / "Entscheidungen.csv")
    }
    assert kept[("Landkreis Harz", "letters_of_intent")] == "Anke Vogt"
    assert kept[("Stadt Oschersleben", "start")] == "Jan Roth"


def test_summary_pack_and_voting_sheet_show_the_decisions(loop: dict[str, Any]) -> None:
    out = loop["out"]
    summary = (out / "summaries" / "01_Landkreis_Harz.html").read_text(encoding="utf-8")
    assert "manuell geprüft (Anke Vogt): erfüllt – Absichtserklärungen liegen als Anlage vor" in summary
    with pdfplumber.open(out / "pack.pdf") as pdf:
        pack = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    assert "manuell geprüft (Jan Roth)" in pack and "Stand 15.05.2019" in pack
    sheet = docx_text(out / "Votierungsbogen.docx")
    assert "manuell geprüft (Jan Roth): „Gegenstand ist ein regionales Digitalisierungszentrum" in sheet
    assert "Beginn 01.04.2019 (maschinell: nicht gefunden)" in sheet
    assert "Stand: 15.05.2019" in sheet


def test_letters_ask_for_missing_items_and_drop_settled_ones(loop: dict[str, Any]) -> None:
    out, second = loop["out"], loop["second"]
    harz = submission(second, "Landkreis Harz")
    assert harz["letter"] == "Nachforderungen/Landkreis_Harz.docx"
    text = docx_text(out / harz["letter"])
    assert "Regionale Digitalisierungszentren Sachsen-Anhalt" in text and "„Digitalzentrum Harz“" in text
    assert "Kostenplan nach Kostenarten" in text and "Personal- und Sachkosten" in text  # label and hint
    assert "Absichtserklärungen" not in text  # settled by Anke Vogt's decision
    assert "bis zum 31.05.2019" in text and "15.05.2019" in text and "digital@kreis-hz.de" in text
    # Before the decision the tool found no letters of intent, so the first run asked for them.
    assert (
        submission(loop["first"], "Landkreis Harz")["checklist"]["letters_of_intent"]["status"] == "missing"
    )
    boerde = docx_text(out / submission(second, "Stadt Oschersleben")["letter"])
    assert "Projektende spätestens zum Stichtag (Muss-Kriterium)" in boerde
    assert "Gegenstand ist ein regionales" not in boerde  # decided: violated, nothing to ask for
    with pdfplumber.open(out / "pack.pdf") as pdf:
        pack = " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)
    assert "Nachforderungen/Landkreis_Harz.docx" in pack


def test_complete_submission_gets_no_letter(loop: dict[str, Any], tmp_path: Path) -> None:
    out = loop["out"]
    sheet = tmp_path / "Entscheidungen.csv"
    shutil.copy(out / "Entscheidungen.csv", sheet)
    rows = read_sheet(sheet)
    for row in rows:
        if row["Antragsteller"] == "Landkreis Harz" and row["Bezeichnung"] and not row["Entscheidung"]:
            row.update(
                Entscheidung="erfüllt" if row["Kriterium"] not in ("start",) else "", Prüfer="Anke Vogt"
            )
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    sheet.write_text(buffer.getvalue(), encoding="utf-8-sig")
    decided = load_review(PROFILE, decisions=sheet)
    result = run_batch(
        loop["root"], tmp_path / "out", PROFILE, workers=1, progress=False, pack=False, review=decided
    )
    assert submission(result, "Landkreis Harz")["letter"] is None
    assert sorted(p.name for p in (tmp_path / "out" / "Nachforderungen").iterdir()) == [
        "Stadt_Oschersleben.docx"
    ]


def test_conflicts_are_listed_with_quote_in_summary_and_voting_sheet(loop: dict[str, Any]) -> None:
    second, out = loop["second"], loop["out"]
    conflicts = submission(second, "Landkreis Harz")["conflicts"]
    assert [c["member"] for c in conflicts] == ["Prof. Dr. Anna Beispiel"]  # not Karl Muster (Harzgerode)
    assert "Hochschule Harz" in conflicts[0]["quote"]
    assert submission(second, "Stadt Oschersleben")["conflicts"] == []
    sheet = docx_text(out / "Votierungsbogen.docx")
    assert (
        "Befangenheit prüfen: Prof. Dr. Anna Beispiel (HS Harz (FH))" in sheet and "Karl Muster" not in sheet
    )
    summary = (out / "summaries" / "01_Landkreis_Harz.html").read_text(encoding="utf-8")
    assert "Befangenheit prüfen: Prof. Dr. Anna Beispiel" in summary


def test_results_stay_free_of_the_date(loop: dict[str, Any], tmp_path: Path) -> None:
    plain = run_batch(loop["root"], tmp_path / "out", PROFILE, workers=1, progress=False, review=Review())
    board = load_review(PROFILE, board=loop["board"])
    assert plain.results_path.read_bytes() != loop["first_results"]  # the board list adds conflicts
    again = run_batch(
        loop["root"],
        tmp_path / "dated",
        PROFILE,
        workers=1,
        progress=False,
        review=Review(board=board.board, stand=None),
    )
    assert again.results_path.read_bytes() == loop["first_results"]  # --stand and --frist leave no trace
    assert "Stand: nicht angegeben" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_stale_decision_is_reported_and_not_applied(loop: dict[str, Any], tmp_path: Path) -> None:
    root = tmp_path / "Eingang"
    shutil.copytree(loop["root"], root)
    revision = root / loop["paths"]["revision"]
    document = docx.Document(str(revision))
    document.add_paragraph("Ergänzung: Die Absichtserklärungen werden nachgereicht.")
    document.save(str(revision))
    sheet = tmp_path / "Entscheidungen.csv"
    sheet.write_bytes(loop["filled"])
    review = load_review(PROFILE, decisions=sheet)
    result = run_batch(root, tmp_path / "out", PROFILE, workers=1, progress=False, pack=False, review=review)
    harz = submission(result, "Landkreis Harz")
    assert harz["checklist"]["letters_of_intent"]["decision"] is None
    assert harz["stale_decisions"] == [
        {
            "key": "letters_of_intent",
            "decision": "erfüllt",
            "note": "Absichtserklärungen liegen als Anlage vor",
            "by": "Anke Vogt",
        }
    ]
    assert any("Landkreis Harz" in w and "geändert" in w for w in result.warnings)
    # An unchanged re-run writes nothing (tests/test_batch_outputs.py) but warns the same.
    again = run_batch(root, tmp_path / "out", PROFILE, workers=1, progress=False, pack=False, review=review)
    assert again.computed == 0 and again.warnings == result.warnings and again.results == result.results
    assert (
        submission(result, "Stadt Oschersleben")["facts"]["start"] == "2019-04-01"
    )  # unchanged files: applied
    rows = read_sheet(tmp_path / "out" / "Entscheidungen.csv")
    row = next(
        r for r in rows if r["Antragsteller"] == "Landkreis Harz" and r["Kriterium"] == "letters_of_intent"
    )
    assert row["Entscheidung"] == "" and "Anke Vogt" in row["Frühere Entscheidung"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("Prüfer;", "Pruefer;", 1), "Zeile 1: falsche Kopfzeile"),
        (lambda t: t.replace(";erfüllt;", ";vielleicht;", 1), "„vielleicht“ ist keine Bewertung"),
        (lambda t: t.replace(";01.04.2019;", ";bald;", 1), "„bald“ ist kein Datum"),
        (
            lambda t: t.replace(";letters_of_intent;", ";letters_of_intend;", 1),
            "„letters_of_intend“ ist weder",
        ),
        (
            lambda t: t.replace("Stadt Oschersleben/Projektskizze.docx", "Stadt X/Skizze.docx"),
            "Die Einreichung „Stadt X/Skizze.docx“ gibt es",
        ),
    ],
)
def test_bad_decisions_file_stops_with_exit_2_and_writes_nothing(
    loop: dict[str, Any], tmp_path: Path, change: Any, message: str
) -> None:
    sheet = tmp_path / "Entscheidungen.csv"
    sheet.write_text(change(loop["filled"].decode("utf-8-sig")), encoding="utf-8-sig")
    out = tmp_path / "out"
    shutil.copytree(loop["out"], out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts}
    done = CliRunner().invoke(app, ["run", str(loop["root"]), "--out", str(out), "--decisions", str(sheet)])
    assert done.exit_code == 2, done.output
    assert message in done.output and "Zeile" in done.output
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts}
    assert after == before


def test_bad_dates_and_board_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ReviewError, match="kein Datum"):
        load_review(PROFILE, stand="Mitte Mai")
    board = tmp_path / "Beirat.csv"
    board.write_text("Mitglied,Firma\nA,B\n", encoding="utf-8")
    with pytest.raises(ReviewError, match="Zeile 1"):
        load_review(PROFILE, board=board)
    assert load_review(PROFILE, stand="2019-05-15").stand == load_review(PROFILE, stand="15.05.2019").stand
