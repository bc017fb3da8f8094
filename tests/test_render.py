"""The board pack: real results from sample sketches rendered into every format."""

from __future__ import annotations

import builtins
import copy
import csv
import hashlib
import io
import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

import sketchproc
from sketchproc.batch.results import trim_payload
from sketchproc.pipeline import score
from sketchproc.profiles.schema import CallProfile
from sketchproc.render.context import build_view
from sketchproc.render.csv import FIXED_COLUMNS
from sketchproc.render.docx import MEETING_BLANK, TALLY_LABEL, VOTE_COLUMNS
from sketchproc.render.markdown import escape_markdown
from sketchproc.render.pack import ERRORS_NAME, render_pack, render_pack_report
from sketchproc.render.tabular import score_payload

REPO = Path(__file__).resolve().parents[1]
SAMPLES = (
    "lk_harz_digitalzentrum.docx",
    "lk_stendal_scan.pdf",  # scanned pages → warnings
    "digitalagentur_koethen_gbr.pdf",  # GbR: violated and missing hard items
    "stadt_wolmirstedt.docx",
)
XSS = "<script>alert(1)</script>"
GENERATED = "2019-03-15"


@lru_cache(maxsize=1)
def build_results() -> dict[str, Any]:
    """A results.json dict as the batch runner builds it: ids, ranks, inputs, ranking rule."""
    profile = sketchproc.load_profile()
    sketches = []
    for name in SAMPLES:
        # Trimmed as the batch trims it: no section text, the profile stated once at the top.
        payload = trim_payload(score_payload(score(REPO / "samples" / name, profile), profile))
        payload["path"] = f"Einreichungen/{name}"
        payload["id"] = hashlib.sha256(name.encode()).hexdigest()[:16]
        payload["document_date"] = None
        sketches.append(payload)
    sketches.sort(key=lambda s: (-s["relevance"]["score"], s["path"]))
    for rank, sketch in enumerate(sketches, start=1):
        sketch["rank"] = rank
    _inject_script(sketches[-1])
    inputs = [
        {"path": s["path"], "sha256": "0" * 64, "status": "ok", "sketch": s["id"], "error": None}
        for s in sketches
    ]
    inputs.append(
        {
            "path": "Einreichungen/kaputt.pdf",
            "sha256": "1" * 64,
            "status": "failed",
            "sketch": None,
            "error": {
                "code": "input_unreadable",
                "message": "Die Datei ist beschädigt. Bitte neu einreichen.",
            },
        }
    )
    return {
        "schema": "sketchproc.results/1",
        "profile": {"id": profile.id, "sha256": profile.sha256},
        "inputs": inputs,
        "sketches": sketches,
        "ranking_rule": "Sortiert nach Gesamtscore absteigend; bei Gleichstand nach Dateipfad.",
    }


def _inject_script(sketch: dict[str, Any]) -> None:
    """A hostile sketch: markup in its title and in an evidence quote must show as text."""
    sketch["title"] = f"{XSS} Skizze [Link](javascript:alert(1))"
    item = sketch["checklist"]["applicant_identified"]
    item["evidence"] = [{"quote": f"Zitat {XSS} mit <b>fett</b>", "page": 1}, *item["evidence"]]


@pytest.fixture(scope="session")
def profile() -> CallProfile:
    return sketchproc.load_profile()


@pytest.fixture(scope="session")
def results() -> dict[str, Any]:
    return copy.deepcopy(build_results())


@pytest.fixture(scope="session")
def pack(results: dict[str, Any], profile: CallProfile, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pack")
    paths = render_pack(results, out, profile, generated=GENERATED)
    assert all(path.exists() for path in paths)
    return out


def slug_by_id(results: dict[str, Any]) -> dict[str, str]:
    """Each sketch id → the readable summary name of its submission."""
    view = build_view(results, sketchproc.load_profile(), GENERATED)
    return {
        row.sketch_slug and entry["sketch"]: row.sketch_slug
        for entry, row in zip(results["inputs"], view.inputs, strict=True)
        if row.sketch_slug
    }


def _slugs(results: dict[str, Any]) -> list[str]:
    """The readable summary names ("01_Landkreis_Harz"), in rank order."""
    view = build_view(results, sketchproc.load_profile(), GENERATED)
    return [sketch.slug for sketch in view.sketches]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.external: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "href" and value is not None:
                self.hrefs.append(value)
            if name in ("src", "href") and value and re.match(r"^(https?:)?//", value):
                self.external.append(value)


def links(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_every_output_exists(pack: Path, results: dict[str, Any]) -> None:
    for name in ("index.html", "overview.csv", "pack.pdf", "Votierungsbogen.docx"):
        assert (pack / name).is_file(), name
    for slug in _slugs(results):
        assert (pack / "summaries" / f"{slug}.html").is_file()
        assert (pack / "summaries" / f"{slug}.md").is_file()
    assert not (pack / ERRORS_NAME).exists()


def test_index_links_resolve_and_cover_every_summary(pack: Path, results: dict[str, Any]) -> None:
    parsed = links(pack / "index.html")
    assert not parsed.external
    for href in parsed.hrefs:
        assert (pack / href.split("#")[0]).is_file(), href
    for slug in _slugs(results):
        assert f"summaries/{slug}.html" in parsed.hrefs
    summary = pack / "summaries" / f"{_slugs(results)[0]}.html"
    for href in links(summary).hrefs:
        assert (summary.parent / href).resolve().is_file(), href


def test_index_lists_inputs_rule_and_german_numbers(pack: Path) -> None:
    html = (pack / "index.html").read_text(encoding="utf-8")
    assert "Die Datei ist beschädigt. Bitte neu einreichen." in html
    assert "fehlgeschlagen" in html
    assert "Sortiert nach Gesamtscore absteigend" in html
    assert "176.000 €" in html  # Harz: grant in German format
    assert "15.03.2019" in html


def test_summary_has_every_part(pack: Path, results: dict[str, Any]) -> None:
    stendal = next(s for s in results["sketches"] if s["path"].endswith("lk_stendal_scan.pdf"))
    html = (pack / "summaries" / f"{slug_by_id(results)[stendal['id']]}.html").read_text(encoding="utf-8")
    for heading in ("Eckdaten", "Stärken", "Lücken", "Gliederung", "Checkliste", "Wichtigste Belegstellen"):
        assert heading in html
    coverage = html.split("Gliederung (Abdeckung")[1].split("</table>")[0]
    assert coverage.count("<tr>") == 1 + 13  # header + the call's 13 outline sections
    assert "<svg" in html and "Digitale Infrastruktur und Konnektivität" in html
    assert "Texterkennung (OCR)" in html or "keine Textebene" in html  # scanned pages warning
    assert "Stendal" in html and "Landkreis" in html  # legal form and region as German names


def test_hard_item_verdicts_follow_the_spec(pack: Path, results: dict[str, Any]) -> None:
    koethen = next(s for s in results["sketches"] if "koethen" in s["path"])
    html = (pack / "summaries" / f"{slug_by_id(results)[koethen['id']]}.html").read_text(encoding="utf-8")
    assert "Rechtsform prüfen" in html  # violated legal form: the profile's own verdict
    assert "Nachforderung / manuelle Prüfung" in html  # missing hard item: not an exclusion


def test_html_shows_script_as_text(pack: Path, results: dict[str, Any]) -> None:
    hostile = pack / "summaries" / f"{_slugs(results)[-1]}.html"
    for page in (hostile, pack / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;fett&lt;/b&gt;" in hostile.read_text(encoding="utf-8")


def test_markdown_shows_script_as_text(pack: Path, results: dict[str, Any]) -> None:
    text = (pack / "summaries" / f"{_slugs(results)[-1]}.md").read_text(encoding="utf-8")
    assert "<script" not in text and "<b>" not in text
    assert "&lt;script\\>alert(1)&lt;/script\\>" in text
    assert "](" not in text.replace("\\](", "")


def test_escape_markdown_defuses_links_and_markup() -> None:
    escaped = escape_markdown("<i>x</i> [a](http://e.de) *b* | c www.e.de d@e.de 1.\nneu")
    assert "<" not in escaped and "\n" not in escaped
    assert "\\[a\\](http\\://e.de)" in escaped
    assert "\\*b\\*" in escaped and "\\|" in escaped
    assert "www\\.e.de" in escaped and "d\\@e.de" in escaped


def test_csv_opens_in_german_excel(pack: Path, results: dict[str, Any], profile: CallProfile) -> None:
    raw = (pack / "overview.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    header = rows[0]
    blank = rows.index([])
    body, sums = rows[1:blank], rows[blank + 1 :]
    assert len(body) == len(results["sketches"])
    assert header[: len(FIXED_COLUMNS)] == list(FIXED_COLUMNS)
    for label in ("Beantragte Zuwendung (EUR)", "Eigenanteil (EUR)", "Gesamtkosten (EUR)", "Förderquote (%)",
                  "Laufzeit (Monate)", "Region", "Dateien", "Ausschlussgründe"):  # fmt: skip
        assert label in header
    assert header[len(FIXED_COLUMNS) :] == [d.label for d in profile.taxonomy.dimensions]
    column = {name: index for index, name in enumerate(header)}
    assert [row[0] for row in body] == [str(s["rank"]) for s in results["sketches"]]
    harz = next(row for row in body if row[column["Antragsteller"]] == "Landkreis Harz")
    assert harz[column["Beantragte Zuwendung (EUR)"]] == "176000,00"
    assert harz[column["Eigenanteil (EUR)"]] == "44000,00"
    assert harz[column["Förderquote (%)"]] == "80,0"
    assert harz[column["Laufzeit (Monate)"]] == "24"
    assert harz[column["Region"]] == "Harz"  # the district's name, not the profile id
    assert harz[column["Dateien"]] == "Einreichungen/lk_harz_digitalzentrum.docx"
    assert harz[column["Gruppe"]] == "ohne Ausschlussempfehlung"
    assert all(re.fullmatch(r"\d+,\d", cell) for row in body for cell in row[len(FIXED_COLUMNS) :])
    koethen = next(row for row in body if "GbR" in row[column["Antragsteller"]])
    assert koethen[column["Gruppe"]] == "Ausschluss empfohlen"
    # The defect found, not the criterion's name or id.
    assert koethen[column["Ausschlussgründe"]] == "Rechtsform GbR ist keine juristische Person"
    assert "legal_form" not in raw.decode("utf-8-sig")
    # The sum over submissions, in the grant column.
    grants = [s["facts"]["grant_eur"] for s in results["sketches"] if s["facts"]["grant_eur"] is not None]
    assert sums[0][column["Beantragte Zuwendung (EUR)"]] == f"{sum(grants):.2f}".replace(".", ",")
    assert sums[0][column["Titel"]] == f"Summe der beantragten Zuwendungen ({len(grants)} Einreichungen)"


def test_docx_voting_sheet(pack: Path, results: dict[str, Any]) -> None:
    document = Document(str(pack / "Votierungsbogen.docx"))
    (table,) = document.tables
    header = [cell.text for cell in table.rows[0].cells]
    assert header[:6] == ["Nr.", "Titel", "Antragsteller", "Zuwendung", "Score", "Muss-Kriterien"]
    assert tuple(header[6:]) == VOTE_COLUMNS
    body, tally = table.rows[1:-1], table.rows[-1]
    assert len(body) == len(results["sketches"])
    assert [row.cells[0].text for row in body] == [str(s["rank"]) for s in results["sketches"]]
    assert all(cell.text == "" for row in body for cell in row.cells[6:])
    assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader")
    # The tally row: its label, the grant total, empty cells for the counted votes.
    assert tally.cells[1].text == TALLY_LABEL
    assert tally.cells[3].text == "Summe: 558.000 €"
    assert [cell.text for cell in tally.cells[6:9]] == ["", "", ""]
    koethen = next(row for row in body if "GbR" in row.cells[2].text)
    assert "Ausschluss empfohlen: Rechtsform GbR ist keine juristische Person" in koethen.cells[5].text
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert f"Sitzung am: {MEETING_BLANK}" in text  # no meeting date given: a line to fill in
    assert "Unterschrift (Vorsitz): ____" in text
    footer = document.sections[0].footer
    instructions = [node.text.strip() for node in footer._element.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert "Seite" in footer.paragraphs[0].text
    section = document.sections[0]
    width, height = section.page_width, section.page_height
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert width is not None and height is not None and width > height
    assert document.core_properties.created is not None
    assert document.core_properties.created.date().isoformat() == GENERATED


def test_voting_sheet_and_cover_show_a_given_meeting_date(
    results: dict[str, Any], profile: CallProfile, tmp_path: Path
) -> None:
    render_pack(results, tmp_path, profile, generated=GENERATED, meeting="2019-04-02")
    document = Document(str(tmp_path / "Votierungsbogen.docx"))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Sitzung am: 02.04.2019" in text and f"Sitzung am: {MEETING_BLANK}" not in text
    with pdfplumber.open(tmp_path / "pack.pdf") as pdf:
        assert "Sitzung am 02.04.2019" in (pdf.pages[0].extract_text() or "")


def test_pdf_has_cover_ranking_and_a_page_per_sketch(pack: Path, results: dict[str, Any]) -> None:
    raw = (pack / "pack.pdf").read_bytes()
    assert raw.startswith(b"%PDF")
    with pdfplumber.open(pack / "pack.pdf") as pdf:
        assert len(pdf.pages) >= 2 + len(results["sketches"])
        cover = pdf.pages[0].extract_text() or ""
        ranking = pdf.pages[1].extract_text() or ""
    assert "Regionale Digitalisierungszentren" in cover and "15.03.2019" in cover
    assert "Rangliste" in ranking


def test_output_is_deterministic(results: dict[str, Any], profile: CallProfile, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    render_pack(copy.deepcopy(results), first, profile, generated=GENERATED)
    render_pack(copy.deepcopy(results), second, profile, generated=GENERATED)
    for path in sorted(first.rglob("*")):
        if path.suffix in (".html", ".md", ".csv", ".docx"):
            assert path.read_bytes() == (second / path.relative_to(first)).read_bytes(), path.name


def test_generated_date_defaults_from_results(
    results: dict[str, Any], profile: CallProfile, tmp_path: Path
) -> None:
    dated = {**results, "generated": "2020-01-31"}
    render_pack(dated, tmp_path / "dated", profile)
    assert "31.01.2020" in (tmp_path / "dated" / "index.html").read_text(encoding="utf-8")
    render_pack(results, tmp_path / "undated", profile)
    assert "Stand: nicht angegeben" in (tmp_path / "undated" / "index.html").read_text(encoding="utf-8")


def test_missing_pango_is_reported_and_the_rest_written(
    results: dict[str, Any], profile: CallProfile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_pango(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pango)
    report = render_pack_report(results, tmp_path, profile, generated=GENERATED)
    assert not (tmp_path / "pack.pdf").exists()
    assert (tmp_path / "index.html").exists() and (tmp_path / "Votierungsbogen.docx").exists()
    (error,) = report.errors
    assert "libpango-1.0-0 libpangoft2-1.0-0" in error
    assert "libpangoft2-1.0-0" in (tmp_path / ERRORS_NAME).read_text(encoding="utf-8")
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "libpango-1.0-0" in index and 'href="pack.pdf"' not in index
