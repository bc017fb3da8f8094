"""German messages for pydantic's validation errors in profile files, with their key paths."""

from __future__ import annotations

from pydantic_core import ErrorDetails

__all__ = ["describe", "key_path", "problem", "relevant"]

# Pydantic's messages are English; users read German. Types not listed fall back to
# pydantic's own text behind a German prefix.
GERMAN = {
    "missing": "Pflichtfeld fehlt",
    "extra_forbidden": "unbekannter Schlüssel",
    "string_type": "Text erwartet",
    "string_pattern_mismatch": "Format ungültig (erwartet: {pattern})",
    "string_too_short": "darf nicht leer sein",
    "int_type": "ganze Zahl erwartet",
    "int_parsing": "ganze Zahl erwartet",
    "int_from_float": "ganze Zahl erwartet",
    "float_type": "Zahl erwartet",
    "float_parsing": "Zahl erwartet",
    "bool_type": "true oder false erwartet",
    "bool_parsing": "true oder false erwartet",
    "date_type": "Datum JJJJ-MM-TT erwartet",
    "date_parsing": "Datum JJJJ-MM-TT erwartet",
    "date_from_datetime_parsing": "Datum JJJJ-MM-TT erwartet",
    "enum": "Wert nicht erlaubt (erlaubt: {expected})",
    "greater_than": "muss größer als {gt} sein",
    "greater_than_equal": "muss mindestens {ge} sein",
    "less_than_equal": "darf höchstens {le} sein",
    "too_short": "braucht mindestens {min_length} Einträge",
    "tuple_type": "Liste erwartet",
    "model_type": "Zuordnung (Schlüssel: Wert) erwartet",
    "model_attributes_type": "Zuordnung (Schlüssel: Wert) erwartet",
}


def relevant(errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """Drop "too short" on a list whose entries have errors: pydantic counts only the valid ones."""
    with_entry_errors = {
        loc[:index] for loc in (error["loc"] for error in errors) for index, part in enumerate(loc)
        if isinstance(part, int)
    }  # fmt: skip
    return [e for e in errors if not (e["type"] == "too_short" and e["loc"] in with_entry_errors)]


def describe(error: ErrorDetails) -> str:
    """Render one pydantic error as 'key.path: German problem'."""
    path = key_path(error["loc"])
    text = problem(error)
    return f"{path}: {text}" if path else text


def key_path(loc: tuple[int | str, ...]) -> str:
    """Render ('items', 3, 'severity') as 'items[3].severity'."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def problem(error: ErrorDetails) -> str:
    """The German problem text of one pydantic error, without its key path."""
    ctx = error.get("ctx", {})
    if error["type"] == "value_error":
        return str(ctx.get("error", error["msg"]))
    template = GERMAN.get(error["type"])
    if template is None:
        return f"ungültiger Wert ({error['msg']})"
    # Pydantic joins enum choices with an English "or".
    values = {key: str(value).replace("' or '", "', '") for key, value in ctx.items()}
    return template.format(**values)
