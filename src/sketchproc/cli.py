"""Command-line interface: parses options, calls the library, prints the result or the error.

This is the only module that imports Typer. Library errors (`SketchprocError`)
are printed without a traceback and end the command with their exit code;
anything else is a bug and shows its traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from sketchproc import __version__
from sketchproc.errors import SketchprocError
from sketchproc.pipeline import extract as extract_sketch
from sketchproc.render.tabular import dump_json, extract_payload
from sketchproc.render.text import outline_markdown

app = typer.Typer(
    name="sketchproc",
    help="Bereitet die Votierung eingereichter Projektskizzen für den Digitalisierungsbeirat vor.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

T = TypeVar("T")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sketchproc {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Version anzeigen und beenden."),
    ] = False,
) -> None:
    """Bereitet die Votierung eingereichter Projektskizzen für den Digitalisierungsbeirat vor."""


def _run(action: Callable[[], T]) -> T:
    """Call the library; print a SketchprocError in German and exit with its code."""
    try:
        return action()
    except SketchprocError as error:
        typer.echo(f"Fehler: {error.message}", err=True)
        raise typer.Exit(error.exit_code) from None


FileArgument = Annotated[
    Path,
    typer.Argument(help="Die Skizze (.docx oder PDF).", exists=False, dir_okay=False, show_default=False),
]


@app.command()
def extract(
    file: FileArgument,
    json_output: Annotated[bool, typer.Option("--json", help="Abschnitte als JSON auf stdout.")] = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Gliederung mit Wortzahlen als Markdown (Voreinstellung).")
    ] = False,
    max_pages: Annotated[
        int | None, typer.Option("--max-pages", min=1, help="Höchstzahl der Seiten einer PDF-Datei.")
    ] = None,
) -> None:
    """Eine Skizze lesen und ihre Abschnitte ausgeben.

    Beispiel: sketchproc extract Skizze.pdf --json
    """
    settings = {"ingest": {"max_pages": max_pages}} if max_pages else None
    sectioned = _run(lambda: extract_sketch(file, settings))
    if json_output:
        sys.stdout.write(dump_json(extract_payload(sectioned)))
    else:
        sys.stdout.write(outline_markdown(sectioned))
