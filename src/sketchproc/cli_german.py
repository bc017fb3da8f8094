"""German help texts and usage errors for the command line (Typer speaks English by itself).

Typer's own words (panel titles, the help option, usage errors) are English. The panel titles
are module settings of typer.rich_utils; the help option and the usage errors come from the
command classes below, which every command of `cli.py` uses.

typer.rich_utils (and Rich with it) is imported only when help, a usage error or an abort is
shown: Typer imports it lazily too, and a command that runs normally never needs it (~50 ms).
"""

from __future__ import annotations

import re
from typing import Any

from typer import _click
from typer.core import TyperCommand, TyperGroup, TyperOption
from typer.exceptions import Abort

__all__ = ["GermanCommand", "GermanGroup"]

# --- German help and usage errors ---------------------------------------------------------------
# Typer's panel titles and fixed phrases: module settings of typer.rich_utils, set on first use.
_RICH_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "Argumente",
    "OPTIONS_PANEL_TITLE": "Optionen",
    "COMMANDS_PANEL_TITLE": "Befehle",
    "ERRORS_PANEL_TITLE": "Fehler",
    "ABORTED_TEXT": "Abgebrochen.",
    "DEFAULT_STRING": "[Voreinstellung: {}]",
    "REQUIRED_LONG_STRING": "[erforderlich]",
    "RICH_HELP": "Hilfe: [blue]{command_path} {help_option}[/]",
}

HELP_OPTION_TEXT = "Diese Hilfe anzeigen und beenden."
USAGE_PREFIX = "Aufruf: "
# English phrases of Click's value checks → German (the rest of the message is the value).
_VALUE_PHRASES = (
    (re.compile(r"^\w+ '(.*)' does not exist\.$"), r"„\1“ existiert nicht."),
    (re.compile(r"^\w+ '(.*)' is a directory\.$"), r"„\1“ ist ein Ordner, keine Datei."),
    (re.compile(r"^\w+ '(.*)' is a file\.$"), r"„\1“ ist eine Datei, kein Ordner."),
    (re.compile(r"^\w+ '(.*)' is not readable\.$"), r"„\1“ ist nicht lesbar."),
    (re.compile(r"^\w+ '(.*)' is not writable\.$"), r"„\1“ ist nicht beschreibbar."),
    (re.compile(r"^Input should be a valid integer.*$"), "bitte eine ganze Zahl angeben."),
    (re.compile(r"^Input should be a valid number.*$"), "bitte eine Zahl angeben."),
    (re.compile(r"^Input should be greater than or equal to (.*)$"), r"bitte mindestens \1 angeben."),
    (re.compile(r"^(.*) is not in the range (.*)\.$"), r"\1 liegt nicht im erlaubten Bereich \2."),
)


def german_rich_words() -> None:
    """Import typer.rich_utils and give it German panel titles; before Typer shows help or an error."""
    import typer.rich_utils

    for name, text in _RICH_WORDS.items():
        setattr(typer.rich_utils, name, text)


def _german_usage_error(error: _click.exceptions.UsageError) -> str:
    """The German text of a usage error Click raised in English."""
    if isinstance(error, _click.exceptions.MissingParameter):
        kind = "Option" if isinstance(error.param, TyperOption) else "Argument"
        hint = error.param.get_error_hint() if error.param is not None else ""
        return f"{kind} {hint} fehlt."
    if isinstance(error, _click.exceptions.NoSuchOption):
        return f"Unbekannte Option: {error.option_name}"
    if isinstance(error, _click.exceptions.BadParameter):
        hint = error.param.get_error_hint() if error.param is not None else "einen Parameter"
        message = error.message
        for pattern, german in _VALUE_PHRASES:
            message = pattern.sub(german, message)
        return f"Ungültiger Wert für {hint}: {message}"
    if error.message.startswith("Got unexpected extra argument"):
        return "Zu viele Argumente: " + error.message.split("(", 1)[-1].rstrip(")")
    if error.message.startswith("Missing command"):
        return "Befehl fehlt."
    if error.message.startswith("No such command"):
        return "Unbekannter Befehl: " + error.message.removeprefix("No such command ").rstrip(".")
    return error.message


class _German:
    """German help option text, usage line and usage errors for a Typer command or group."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        setattr(self, "options_metavar", "[OPTIONEN]")  # noqa: B010 - an attribute of the Typer base
        if hasattr(self, "subcommand_metavar"):
            setattr(self, "subcommand_metavar", "BEFEHL [ARGUMENTE]...")  # noqa: B010

    def get_help_option(self, ctx: _click.Context) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_OPTION_TEXT
        return option

    def format_help(self, ctx: _click.Context, formatter: Any) -> None:
        german_rich_words()
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: _click.Context, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=USAGE_PREFIX)

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        try:
            parsed: list[str] = super().parse_args(ctx, args)  # type: ignore[misc]
        except _click.exceptions.UsageError as error:
            german_rich_words()
            if isinstance(error, _click.exceptions.NoArgsIsHelpError):
                raise
            raise _click.exceptions.UsageError(_german_usage_error(error), error.ctx or ctx) from None
        return parsed

    def invoke(self, ctx: _click.Context) -> Any:
        try:
            return super().invoke(ctx)  # type: ignore[misc]
        except (EOFError, Abort, _click.exceptions.ClickException):
            german_rich_words()  # Typer shows these in a panel, or its abort text
            raise


class GermanCommand(_German, TyperCommand):
    """A Typer command whose help and usage errors are German."""


class GermanGroup(_German, TyperGroup):
    """A Typer group whose help and usage errors are German."""

    def resolve_command(self, ctx: _click.Context, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except _click.exceptions.UsageError as error:
            german_rich_words()
            raise _click.exceptions.UsageError(_german_usage_error(error), error.ctx or ctx) from None
