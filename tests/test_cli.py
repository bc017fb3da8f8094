"""The command-line interface, driven through Typer's CliRunner on real files."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from typer.main import get_command
from typer.testing import CliRunner

import sketchproc
from sketchproc.cli import app

runner = CliRunner()


@pytest.fixture
def small_docx(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Ausgangslage und Handlungsbedarf", level=1)
    document.add_paragraph("Der Landkreis Harz hat rund 210.000 Einwohner. " * 5)
    document.add_heading("Region", level=2)
    document.add_paragraph("Halberstadt, Wernigerode und Quedlinburg sind die Zentren.")
    path = tmp_path / "skizze.docx"
    document.save(str(path))
    return path


def test_every_command_has_help_text() -> None:
    command = get_command(app)
    for name, sub in command.commands.items():  # type: ignore[attr-defined]
        assert sub.help, f"command {name} has no help"
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"sketchproc {sketchproc.__version__}"


def test_extract_json_lists_sections(small_docx: Path) -> None:
    result = runner.invoke(app, ["extract", str(small_docx), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["format"] == "docx"
    titles = [(s["title"], s["level"]) for s in payload["sections"]]
    assert titles == [("Ausgangslage und Handlungsbedarf", 1), ("Region", 2)]


def test_extract_markdown_shows_the_tree_with_word_counts(small_docx: Path) -> None:
    result = runner.invoke(app, ["extract", str(small_docx), "--markdown"])
    assert result.exit_code == 0
    assert "- Ausgangslage und Handlungsbedarf (35 Wörter)" in result.stdout
    assert "  - Region (7 Wörter)" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "code_word"),
    [
        ("leer.pdf", b"", "leer"),
        ("kaputt.docx", b"this is not a zip archive", ".docx"),
        ("alt.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "Word 97"),
    ],
)
def test_bad_input_prints_a_german_error_without_traceback(
    tmp_path: Path, name: str, content: bytes, code_word: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Fehler: {path}")
    assert code_word in result.stderr
    assert "Bitte" in result.stderr  # the fix
    assert "Traceback" not in result.output


def test_unknown_option_is_a_usage_error(small_docx: Path) -> None:
    result = runner.invoke(app, ["extract", str(small_docx), "--nope"])
    assert result.exit_code == 2
    assert "Unbekannte Option: --nope" in result.output


ENGLISH = ("Show this message", "Usage:", "Options", "Arguments", "Commands", "[required]", "[default:")


@pytest.mark.parametrize("command", [[], ["run"], ["check"], ["profile"], ["profile", "validate"]])
def test_help_is_german_throughout(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0
    text = _plain(result.output)
    assert "Diese Hilfe anzeigen und beenden." in text
    assert "Aufruf: sketchproc" in text and "Optionen" in text and "[OPTIONEN]" in text
    for word in (*ENGLISH, "OPTIONS", "COMMAND"):
        assert word not in text, word


def _plain(output: str) -> str:
    """Rich's panels without their frame, words joined by single spaces."""
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", output).split())


@pytest.mark.parametrize(
    ("arguments", "german"),
    [
        (["run"], "Argument 'input_dir' fehlt."),
        (["run", "samples"], "Option '--out' fehlt."),
        (["run", "gibt-es-nicht", "--out", "x"], "„gibt-es-nicht“ existiert nicht."),
        (["run", "samples", "--out", "x", "--workers", "viele"], "bitte eine ganze Zahl angeben."),
        (["run", "samples", "--out", "x", "--workers", "0"], "bitte mindestens 1 angeben."),
        (["gibtsnicht"], "Unbekannter Befehl: 'gibtsnicht'"),
    ],
)
def test_usage_errors_are_german(arguments: list[str], german: str) -> None:
    result = runner.invoke(app, arguments)
    assert result.exit_code == 2
    text = _plain(result.output)
    assert german in text
    assert "Fehler" in text and "Missing" not in text and "Invalid" not in text


def test_public_api_is_sorted_and_complete() -> None:
    assert sketchproc.__all__ == sorted(sketchproc.__all__)
    for name in sketchproc.__all__:
        assert hasattr(sketchproc, name)


SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "verein_digitales_burgenland.docx"


def test_check_json_carries_every_outline_and_checklist_id() -> None:
    result = runner.invoke(app, ["check", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    profile = sketchproc.load_profile()
    assert set(payload["outline"]) == set(profile.outline.ids)
    assert set(payload["checklist"]) == set(profile.checklist.ids)
    assert payload["checklist"]["grant_within_cap"]["status"] == "violated"
    assert payload["checklist"]["grant_within_cap"]["verdict"] == "Ausschluss empfohlen"
    assert payload["facts"]["grant_eur"] == 210000.0
    assert all("outline_id" in s and "confidence" in s for s in payload["sections"])
    assert payload["profile"]["sha256"] == profile.sha256


def test_check_report_is_german_and_quotes_evidence() -> None:
    result = runner.invoke(app, ["check", str(SAMPLE)])
    assert result.exit_code == 0
    assert "## Checkliste" in result.stdout
    assert "- Antragsteller und Ansprechpartner: vorhanden (77 Wörter) – 1 Projektträger" in result.stdout
    assert "Rechtsform: eingetragener Verein" in result.stdout or "Rechtsform: e. V." in result.stdout
    # The words and rows of the summaries and the pack (render.sketch_view), not a wording of its own.
    assert "✗ [Muss-Kriterium] Zuwendung überschreitet nicht den Höchstbetrag – Ausschluss empfohlen" in (
        result.stdout
    )
    assert "- Laufzeit: 24 Monate, 01.01.2019 – 31.12.2020" in result.stdout


def test_profile_show_and_validate(tmp_path: Path) -> None:
    shown = runner.invoke(app, ["profile", "show"])
    assert shown.exit_code == 0 and "Kosten- und Finanzierungsplan [budget]" in shown.stdout
    assert (
        "  [Muss-Kriterium] Zuwendung überschreitet nicht den Höchstbetrag [grant_within_cap;" in shown.stdout
    )
    profile_dir = Path(sketchproc.profiles.__file__).parent / "rdz_lsa_2018"
    valid = runner.invoke(app, ["profile", "validate", str(profile_dir)])
    assert valid.exit_code == 0 and "25 Prüfpunkte" in valid.stdout
    broken = tmp_path / "broken"
    broken.mkdir()
    for part in profile_dir.iterdir():
        (broken / part.name).write_text(part.read_text(encoding="utf-8"), encoding="utf-8")
    checklist = broken / "checklist.yaml"
    checklist.write_text(
        checklist.read_text(encoding="utf-8").replace("    severity: hard", "    severity: hart", 1)
    )
    invalid = runner.invoke(app, ["profile", "validate", str(broken)])
    assert invalid.exit_code == 2
    assert "checklist.yaml" in invalid.stderr and "severity" in invalid.stderr


def test_score_json_has_every_dimension_and_criterion_with_evidence() -> None:
    result = runner.invoke(app, ["score", str(SAMPLE), "--json"])
    assert result.exit_code == 0, result.output
    relevance = json.loads(result.stdout)["relevance"]
    profile = sketchproc.load_profile()
    assert set(relevance["dimensions"]) == {d.id for d in profile.taxonomy.dimensions}
    assert set(relevance["criteria"]) == {c.id for c in profile.taxonomy.criteria}
    assert 0 <= relevance["score"] <= 100
    assert relevance["evidence"] and all(e["quote"] for e in relevance["evidence"])


def test_score_view_draws_a_bar_per_dimension() -> None:
    result = runner.invoke(app, ["score", str(SAMPLE)])
    assert result.exit_code == 0
    assert re.search(r"## Smart-City-/Smart-Region-Relevanz: \d+,\d von 100", result.stdout)
    assert re.search(r"Mobilität und Verkehr +█+·* +\d+,\d\n", result.stdout)
    # The summaries' five best passages, each with the dimension or criterion it counts for.
    quotes = result.stdout.split("## Wichtigste Belegstellen\n\n")[1].splitlines()
    assert len(quotes) == 5 and all(re.match(r"- [^:]+: „.+“", line) for line in quotes)
