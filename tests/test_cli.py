"""The command-line interface, driven through Typer's CliRunner on real files."""

from __future__ import annotations

import json
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


def test_public_api_is_sorted_and_complete() -> None:
    assert sketchproc.__all__ == sorted(sketchproc.__all__)
    for name in sketchproc.__all__:
        assert hasattr(sketchproc, name)
