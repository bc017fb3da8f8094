"""Command-line interface: parses options, calls the library, prints the result or the error.

Only this module and `cli_german.py` (Typer's own words in German) import Typer.
Library errors (`SketchprocError`) are printed without a traceback and end the command with their exit code;
anything else is a bug and shows its traceback.

Each command imports the library parts it calls. Help, `--version` and usage errors need only
Typer, and the analysis (pydantic, NumPy, the profile schema and every stage) costs about
0.25 s of start-up that they would otherwise pay; `profile list` does not need NumPy either.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from sketchproc._version import __version__
from sketchproc.cli_german import GermanCommand, GermanGroup
from sketchproc.errors import SketchprocError
from sketchproc.german import count_noun

if TYPE_CHECKING:
    from sketchproc.profiles.schema import CallProfile

profile_app = typer.Typer(
    help="Förderaufruf-Profile anzeigen und prüfen.", no_args_is_help=True, cls=GermanGroup
)

app = typer.Typer(
    name="sketchproc",
    help="Bereitet die Votierung eingereichter Projektskizzen für den Digitalisierungsbeirat vor.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    cls=GermanGroup,
)

app.add_typer(profile_app, name="profile")

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


def _one_blas_thread() -> None:
    """Let NumPy's OpenBLAS start one thread, not one per core (a setting of the user's wins).

    Called before the analysis is imported. The text models' products are far too small to
    share out, and starting the threads took NumPy's import from 0.11 to 0.17 s (median wall
    time on a busy two-core machine). Batch workers run with one thread anyway
    (batch/worker.py); `train` keeps the default, so models are fitted as before.
    """
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


@contextmanager
def _loading_analysis() -> Iterator[None]:
    """Import and load the analysis with the cyclic garbage collector paused, then freeze it.

    The stages, the profile schema and the profile come to some 70,000 objects that live as
    long as the process. The collector walked them again and again while they were created
    and once more at exit: about 60 ms of CPU of `check` on a small file (gc.callbacks).
    Frozen, later collections pass them over. No result depends on when cycles are collected.
    """
    _one_blas_thread()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _profile(name_or_path: str | Path | None) -> CallProfile:
    """Load the call profile; say in German what runs without a model for it."""
    from sketchproc.profile_models import fallback_notice
    from sketchproc.profiles import load_profile

    call = _run(lambda: load_profile(name_or_path))
    notice = fallback_notice(call)
    if notice:
        typer.echo(notice, err=True)
    return call


def _run(action: Callable[[], T]) -> T:
    """Call the library; print a SketchprocError in German and exit with its code."""
    try:
        return action()
    except SketchprocError as error:
        typer.echo(f"Fehler: {error.message}", err=True)
        raise typer.Exit(error.exit_code) from None


ProfileOption = Annotated[
    str | None,
    typer.Option(
        "--profile",
        help="Profil des Förderaufrufs: Name (z. B. rdz_lsa_2018) oder Pfad zu einem Profilordner.",
    ),
]


FileArgument = Annotated[
    Path,
    typer.Argument(help="Die Skizze (.docx oder PDF).", exists=False, dir_okay=False, show_default=False),
]


@app.command(cls=GermanCommand)
def extract(
    file: FileArgument,
    json_output: Annotated[bool, typer.Option("--json", help="Abschnitte als JSON auf stdout.")] = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Gliederung mit Wortzahlen als Markdown (Voreinstellung).")
    ] = False,
    max_pages: Annotated[
        int | None, typer.Option("--max-pages", min=1, help="Höchstzahl der Seiten einer PDF-Datei.")
    ] = None,
    profile: ProfileOption = None,
) -> None:
    """Eine Skizze lesen und ihre Abschnitte ausgeben (unabhängig vom Aufruf; --profile wird geprüft).

    Beispiel: sketchproc extract Skizze.pdf --json
    """
    with _loading_analysis():
        from sketchproc.pipeline import extract as extract_sketch
        from sketchproc.profiles import load_profile
        from sketchproc.render.tabular import dump_json, extract_payload
        from sketchproc.render.text import outline_markdown

        if profile is not None:
            _run(lambda: load_profile(profile))
    settings = {"ingest": {"max_pages": max_pages}} if max_pages else None
    sectioned = _run(lambda: extract_sketch(file, settings))
    if json_output:
        sys.stdout.write(dump_json(extract_payload(sectioned)))
    else:
        sys.stdout.write(outline_markdown(sectioned))


@app.command(cls=GermanCommand)
def check(
    file: FileArgument,
    json_output: Annotated[bool, typer.Option("--json", help="Ergebnis als JSON auf stdout.")] = False,
    profile: ProfileOption = None,
) -> None:
    """Eine Skizze gegen Gliederung und Checkliste des Aufrufs prüfen.

    Beispiel: sketchproc check Skizze.docx --json
    """
    with _loading_analysis():
        from sketchproc.pipeline import check as check_sketch
        from sketchproc.render.tabular import check_payload, dump_json
        from sketchproc.render.text import check_report

        call = _profile(profile)
    assessment = _run(lambda: check_sketch(file, call))
    output = dump_json(check_payload(assessment, call)) if json_output else check_report(assessment, call)
    sys.stdout.write(output)


@app.command(cls=GermanCommand)
def score(
    file: FileArgument,
    json_output: Annotated[bool, typer.Option("--json", help="Ergebnis als JSON auf stdout.")] = False,
    profile: ProfileOption = None,
) -> None:
    """Die Smart-City-/Smart-Region-Relevanz einer Skizze bewerten, mit den Belegstellen.

    Beispiel: sketchproc score Skizze.pdf --json
    """
    with _loading_analysis():
        from sketchproc.pipeline import score as score_sketch
        from sketchproc.render.tabular import dump_json, score_payload
        from sketchproc.render.text import relevance_report

        call = _profile(profile)
    assessment = _run(lambda: score_sketch(file, call))
    output = dump_json(score_payload(assessment, call)) if json_output else relevance_report(assessment, call)
    sys.stdout.write(output)


@app.command(cls=GermanCommand)
def train(profile: ProfileOption = None) -> None:
    """Die Modelle eines Profils aus den Trainingsdaten in data/ neu erzeugen und ihre Güte zeigen.

    Beispiel: sketchproc train --profile rdz_lsa_2018
    """
    from sketchproc.profiles import load_profile
    from sketchproc.train import train_models  # scikit-learn only here, not in every run

    call = _run(lambda: load_profile(profile))
    reports = _run(lambda: train_models(profile=call))
    for report in reports:
        typer.echo(
            f"Modell {report.name}: {report.examples} Trainings- und {report.holdout_examples} "
            f"Testbeispiele; Makro-F1 Kreuzvalidierung {report.cv_macro_f1:.3f}, "
            f"zurückgehaltene Daten {report.holdout_macro_f1:.3f}",
            err=True,
        )
        typer.echo("| Klasse | F1 (CV) | F1 (Test) |", err=True)
        typer.echo("| --- | ---: | ---: |", err=True)
        for label, value in report.cv_f1.items():
            typer.echo(f"| {label} | {value:.3f} | {report.holdout_f1.get(label, 0.0):.3f} |", err=True)
        for kind, rate in report.holdout_false_positive_rate.items():
            typer.echo(
                f"Fehlalarmquote auf zurückgehaltenen Negativbeispielen ({kind}): {rate:.3f}", err=True
            )


@profile_app.command("list", cls=GermanCommand)
def profile_list() -> None:
    """Die mitgelieferten Profile auflisten: Name, Titel, Fördermittelgeber, Modelle.

    Beispiel: sketchproc profile list
    """
    from sketchproc.profiles import available_profiles, load_profile

    for name in available_profiles():
        call = _run(partial(load_profile, name))
        models = "eigene Modelle" if call.models.outline or call.models.relevance else "ohne Modelle"
        typer.echo(f"{call.id}\t{call.title} ({call.funding_body}; {models})")


@profile_app.command("show", cls=GermanCommand)
def profile_show(
    name: Annotated[
        str | None, typer.Argument(help="Name oder Pfad; ohne Angabe das Standardprofil.")
    ] = None,
    profile: ProfileOption = None,
) -> None:
    """Ein Profil anzeigen: Gliederung, Checkliste und Relevanzdimensionen.

    Beispiel: sketchproc profile show mpsc_2019
    """
    from sketchproc.profiles import load_profile
    from sketchproc.render.labels import SEVERITY_LABELS

    call = _run(lambda: load_profile(name or profile))
    typer.echo(f"{call.title} ({call.id}, Version {call.version}, sha256 {call.sha256[:12]})")
    typer.echo("\nGliederung:")
    for spec in sorted(call.outline.sections, key=lambda s: s.order):
        roles = f" (Rolle: {', '.join(role.value for role in spec.role)})" if spec.role else ""
        minimum = count_noun(spec.min_words, "Wort")
        typer.echo(f"  {spec.order:>2}. {spec.title} [{spec.id}] – mind. {minimum}{roles}")
    typer.echo("\nCheckliste:")
    for item in call.checklist.items:
        severity = SEVERITY_LABELS[item.severity.value]
        params = ", ".join(f"{key}={value}" for key, value in item.params)
        rule = f"{item.check}: {params}" if params else item.check
        typer.echo(f"  [{severity}] {item.label} [{item.id}; {rule}]")
    typer.echo("\nRelevanz:")
    for dimension in call.taxonomy.dimensions:
        typer.echo(f"  {dimension.label} [{dimension.id}]")


@profile_app.command("validate", cls=GermanCommand)
def profile_validate(
    path: Annotated[
        str | None, typer.Argument(help="Profilname, Profilordner oder dessen profile.yaml.")
    ] = None,
    profile: ProfileOption = None,
) -> None:
    """Ein Profil prüfen; Fehler nennen Datei, Schlüssel und Problem.

    Beispiel: sketchproc profile validate meine_ausschreibung/
    """
    from sketchproc.profile_models import fallback_notice
    from sketchproc.profiles import load_profile

    target = path or profile
    if target is None:
        typer.echo("Fehler: Profil angeben (Name, Ordner oder --profile).", err=True)
        raise typer.Exit(2)
    call = _run(lambda: load_profile(target))
    notice = fallback_notice(call)
    if notice:
        typer.echo(notice, err=True)
    typer.echo(
        f"Profil {call.id} ist gültig: {count_noun(len(call.outline.sections), 'Gliederungspunkt')}, "
        f"{count_noun(len(call.checklist.items), 'Prüfpunkt')}, "
        f"{count_noun(len(call.taxonomy.dimensions), 'Dimension')}."
    )


@app.command(cls=GermanCommand)
def run(
    input_dir: Annotated[
        Path,
        typer.Argument(
            help="Ordner mit den eingereichten Skizzen (mit Unterordnern und .zip-Archiven).",
            exists=True,
            file_okay=False,
            dir_okay=True,
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option("--out", help="Ausgabeordner für results.json, Kurzfassungen und Beiratsmappe."),
    ],
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Genutzte CPU-Kerne, auch für die Texterkennung von Scans (Voreinstellung: alle).",
        ),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.001, help="Zeitlimit je Datei in Sekunden.")
    ] = 120.0,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Zwischengespeicherte Ergebnisse ignorieren und neu berechnen."),
    ] = False,
    max_pages: Annotated[
        int | None, typer.Option("--max-pages", min=1, help="Höchstzahl der Seiten einer PDF-Datei.")
    ] = None,
    profile: ProfileOption = None,
    decisions: Annotated[
        Path | None,
        typer.Option(
            "--decisions",
            help="Ausgefülltes Entscheidungen.csv: von Prüfern bestätigte oder korrigierte Bewertungen.",
        ),
    ] = None,
    board: Annotated[
        Path | None,
        typer.Option(
            "--board", help="Beiratsliste (CSV „Name;Organisation“) für die Prüfung auf Befangenheit."
        ),
    ] = None,
    stand: Annotated[
        str | None, typer.Option("--stand", help="Datum der Unterlagen, z. B. 15.05.2019 oder 2019-05-15.")
    ] = None,
    frist: Annotated[
        str | None,
        typer.Option("--frist", help="Antwortfrist in den Nachforderungsschreiben, z. B. 31.05.2019."),
    ] = None,
) -> None:
    """Alle Skizzen eines Ordners verarbeiten: results.json, Kurzfassungen und Beiratsmappe.

    Schreibt auch Beirat/Entscheidungen.csv zum Ausfüllen und Nachforderungen/*.docx.

    Beispiel: sketchproc run Eingang/ --out Beirat/ --decisions Beirat/Entscheidungen.csv --stand 15.05.2019
    """
    # Loaded once with the collector paused and frozen: forked workers inherit the frozen objects,
    # so neither the parent nor a worker walks them again (and copy-on-write pages stay shared).
    with _loading_analysis():
        from sketchproc.batch import run_batch
        from sketchproc.review import load_review

        call = _profile(profile)
        review = _run(
            lambda: load_review(call, decisions=decisions, board=board, stand=stand, deadline=frist)
        )
    settings = {"ingest": {"max_pages": max_pages}} if max_pages else None
    result = _run(
        lambda: run_batch(
            input_dir,
            out,
            call,
            workers=workers,
            timeout_s=timeout,
            use_cache=not no_cache,
            progress=True,
            settings=settings,
            review=review,
        )
    )
    if result.pack_error:
        typer.echo(f"Fehler: {result.pack_error}", err=True)
    typer.echo(f"Ergebnisse: {result.results_path}", err=True)
    raise typer.Exit(result.exit_code)
