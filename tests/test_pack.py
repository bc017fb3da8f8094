"""The board pack read back as a person (and Excel, Word, a PDF reader) would read it.

The folder is built in code: the Harz sketch as .docx and signed PDF plus a revision, the
Börde sketch on the same template with Word's symbol-font bullets (U+F0B7) in its aims, and a
damaged PDF. Every output is opened with its own reader: csv, python-docx, pdfplumber.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pdfplumber
import pytest
from docx import Document
from docx.oxml.ns import qn

from sketchproc.batch import BatchResult, run_batch
from sketchproc.german import PLURALS, count_noun
from sketchproc.ingest.symbols import clean_text
from sketchproc.profiles import load_profile
from sketchproc.render.appraisal import defect_text
from sketchproc.render.docx import TALLY_LABEL
from sketchproc.render.labels import FACT_LABELS
from sketchproc.render.tabular import FACT_KEYS
from tests.builders.blind_docx import render_docx
from tests.builders.blind_markdown import parse_text
from tests.builders.submission_folder import BOERDE, BOERDE_TITLE, build_submission_folder, sketch_markdown

PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
BULLETS = (
    "\uf0b7 Vierzig Vereine nutzen eine gemeinsame Plattform.\n\n\uf0a7 Jede Schule erhält eine Patenschaft."
)
BROKEN = "Posteingang/kaputt.pdf"


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> BatchResult:
    root = tmp_path_factory.mktemp("pack") / "Eingang"
    root.mkdir()
    paths = build_submission_folder(root, scan=False)
    # The Börde sketch again, its aims with Word's symbol-font bullets, in place of the plain one.
    sections = {**BOERDE, "3. Ziele": BOERDE["3. Ziele"] + "\n\n" + BULLETS}
    render_docx(parse_text(sketch_markdown("t_boerde", BOERDE_TITLE, sections)), root / paths["other"])
    (root / BROKEN).parent.mkdir(exist_ok=True)
    (root / BROKEN).write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nkaputt")
    return run_batch(root, root.parent / "out", load_profile(None), workers=2, progress=False, pack=True)


def _pdf_pages(out: Path) -> list[str]:
    with pdfplumber.open(out / "pack.pdf") as pdf:
        return [" ".join((page.extract_text() or "").split()) for page in pdf.pages]


def test_pack_pages_open_with_what_the_project_does(run: BatchResult) -> None:
    out = run.results_path.parent
    pages = _pdf_pages(out)
    harz = next(page for page in pages if re.match(r"Rang \d+ ·", page) and "Landkreis Harz" in page)
    # The aims of the newest version, in whole sentences, before any fact or score.
    opening = (
        "Das Digitalzentrum Harz bündelt die Beratung für Kommunen und Betriebe an einem Ort in Halberstadt."
    )
    assert opening in harz
    assert harz.index(opening) < harz.index("Eckdaten") < harz.index("Stärken")
    assert "(aus „Ziele“ (kein Abschnitt „Kurzbeschreibung des Vorhabens“ gefunden))" in harz
    assert "Gegenüber der Fassung vom 15.01.2019 geändert" in harz
    for label in ("Stärken", "Lücken", "Muss-Kriterien"):
        assert label in harz


def test_pack_annex_lists_the_failed_input(run: BatchResult) -> None:
    failed = next(item for item in run.results["inputs"] if item["path"] == BROKEN)
    assert failed["status"] == "failed"
    annex = _pdf_pages(run.results_path.parent)[-1]
    assert annex.startswith("Anhang: Eingereichte Dateien")
    assert "Nicht verarbeitet (1 Datei)" in annex
    assert BROKEN in annex and "Die PDF-Datei ist beschädigt" in annex
    assert failed["error"]["message"].startswith(f"{BROKEN}: Die PDF-Datei ist beschädigt")
    # Every file appears in the annex table, the processed ones with their submission.
    with pdfplumber.open(run.results_path.parent / "pack.pdf") as pdf:
        tables = pdf.pages[-1].extract_tables()
    listed = {" ".join(str(row[0]).split()).replace("/ ", "/"): row for row in tables[-1][1:]}
    assert set(listed) == {item["path"] for item in run.results["inputs"]}
    assert " ".join(str(listed[BROKEN][1]).split()) == "fehlgeschlagen"
    cover = _pdf_pages(run.results_path.parent)[0]
    assert "Eingereichte Dateien 5, davon 1 nicht verarbeitet (siehe Anhang)" in cover


def test_grants_are_summed_over_submissions_not_files(run: BatchResult) -> None:
    out = run.results_path.parent
    # Harz: three files (160.000 € twice, then 176.000 € revised); Börde 120.000 €.
    expected = 176_000 + 120_000
    rows = list(csv.reader(io.StringIO((out / "overview.csv").read_text("utf-8-sig")), delimiter=";"))
    header, body, sums = rows[0], rows[1 : rows.index([])], rows[rows.index([]) + 1 :]
    grant = header.index("Beantragte Zuwendung (EUR)")
    assert len(body) == 2
    assert sums[0][grant] == f"{expected},00" and "(2 Einreichungen)" in sums[0][header.index("Titel")]
    harz = next(row for row in body if row[header.index("Antragsteller")] == "Landkreis Harz")
    assert harz[header.index("Anzahl Dateien")] == "3"
    assert harz[header.index("Eigenanteil (EUR)")] == "44000,00"
    assert harz[header.index("Gesamtkosten (EUR)")] == "220000,00"
    assert harz[header.index("Laufzeit (Monate)")] == "22"
    assert harz[header.index("Region")] == "Harz"
    index = (out / "index.html").read_text("utf-8")
    assert 'id="grant-total">296.000 €' in index
    assert "Summe der beantragten Zuwendungen (2 Einreichungen)" in index
    sheet = Document(str(out / "Votierungsbogen.docx"))
    (table,) = sheet.tables
    tally = table.rows[-1]
    assert tally.cells[1].text == TALLY_LABEL and tally.cells[3].text == "Summe: 296.000 €"
    footer = sheet.sections[0].footer._element
    assert [node.text.strip() for node in footer.iter(qn("w:instrText"))] == ["PAGE", "NUMPAGES"]


def test_symbol_font_bullets_are_normalised_in_every_output(run: BatchResult) -> None:
    out = run.results_path.parent
    texts = {
        path.relative_to(out).as_posix(): path.read_text("utf-8-sig")
        for path in out.rglob("*")
        if path.suffix in (".html", ".md", ".csv", ".json") and ".cache" not in path.parts
    }
    texts["pack.pdf"] = " ".join(_pdf_pages(out))
    texts["Votierungsbogen.docx"] = " ".join(
        p.text for p in Document(str(out / "Votierungsbogen.docx")).paragraphs
    )
    for name, text in texts.items():
        assert not PRIVATE_USE.search(text), name
    # The control: the bullets reached the outputs, as the characters they depict.
    boerde = next(s for s in run.results["sketches"] if s["facts"]["applicant"] == "Stadt Oschersleben")
    assert "• Vierzig Vereine nutzen eine gemeinsame Plattform. ▪ Jede Schule" in boerde["abstract"]["text"]
    assert "• Vierzig Vereine nutzen" in texts["summaries/01_Stadt_Oschersleben.html"]
    assert clean_text("\uf0b7 a \uf0a7 b \uf076 c \uf0fc d") == "• a ▪ b • c ✓ d"


def test_plurals_and_labels_come_from_one_place() -> None:
    assert count_noun(1, "Skizze") == "1 Skizze" and count_noun(2, "Skizze") == "2 Skizzen"
    assert count_noun(1, "Datei") == "1 Datei" and count_noun(3, "Datei") == "3 Dateien"
    assert count_noun(1, "Ausschlussgrund") == "1 Ausschlussgrund"
    assert count_noun(2, "Ausschlussgrund") == "2 Ausschlussgründe"
    assert count_noun(0, "Einreichung") == "0 Einreichungen"
    with pytest.raises(KeyError):
        count_noun(2, "Antrag")  # a noun without a listed plural is a bug, not "Antrags"
    assert all(plural != singular for singular, plural in PLURALS.items())
    assert set(FACT_LABELS) == set(FACT_KEYS)


def test_no_wrong_plural_in_any_output(run: BatchResult) -> None:
    out = run.results_path.parent
    wrong = re.compile(
        r"\b1 (Skizzen|Dateien|Einreichungen|Ausschlussgründe|Monate)\b"
        r"|\b([02-9]|\d\d+) (Skizze|Datei|Einreichung|Ausschlussgrund)\b|Ausschlussgrunde"
    )
    pages = " ".join(_pdf_pages(out))
    for path in [*out.glob("*.html"), *out.glob("summaries/*"), out / "overview.csv"]:
        assert not wrong.search(path.read_text("utf-8-sig")), path.name
    assert not wrong.search(pages)


def test_a_hard_item_is_shown_as_the_defect_found() -> None:
    label = "Vorhaben liegt in Sachsen-Anhalt"
    # A value check's note names what it read: shown alone, not the criterion's name.
    assert defect_text(label, "missing", "kein Ort in Sachsen-Anhalt erkannt", True) == (
        "kein Ort in Sachsen-Anhalt erkannt"
    )
    # A text check's note names no subject: the criterion goes in front.
    assert defect_text("Gegenstand ist ein Zentrum", "missing", "keine Aussage gefunden", False) == (
        "Gegenstand ist ein Zentrum: keine Aussage gefunden"
    )
    assert defect_text(label, "missing", "", True) == "nicht belegt: Vorhaben liegt in Sachsen-Anhalt"
    assert defect_text(label, "ok", "Harz liegt in Sachsen-Anhalt", True) == ""
