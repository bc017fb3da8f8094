"""The project's title, not the document's kind: "Projektskizze: Digitalzentrum X" → "Digitalzentrum X".

Applicants head their sketch with the kind of document, then the project's name, often
quoted. The board's pack lists projects, so the kind of document and the quotes go.
This module judges single lines; `title_page` chooses among the lines of the title page.
"""

from __future__ import annotations

import re

__all__ = [
    "chapter_numbered",
    "continues_phrase",
    "file_like",
    "kind_line_title",
    "kind_only",
    "labelled",
    "names_kind",
    "project_title",
    "quoted_title",
    "runin_title",
    "says_kind",
    "title_key",
]

# The kind of document at the start: "Projektskizze", "Ideenskizze", "Skizze zum Vorhaben".
_KIND = re.compile(
    r"^\s*(?:projekt|ideen|vorhabens)?(?:skizze|antrag|beschreibung)\b"
    r"(?:\s+(?:zum|zur|für\s+das|für\s+die|über\s+das)\s+(?:vorhaben|projekt)\b)?\s*[:–—-]?\s*",
    re.IGNORECASE,
)
# The kind of document after the name: "KÖTHEN DIGITAL HUB – Projektskizze".
_TRAILING_KIND = re.compile(r"\s+[–—-]\s*(?:projekt|ideen|vorhabens)?(?:skizze|antrag)\s*$", re.IGNORECASE)
# The kind of document inside the name, after a dash: "Hub X – Projektskizze für ein Zentrum in Y".
_INNER_KIND = re.compile(
    r"(\s[–—-]\s*)(?:projekt|ideen|vorhabens)?skizze\s+(?:für|zu|zum|zur|über)\s+"
    r"(?:(?:ein|eine|einen|das|die|den|dem)\s+)?(?=[A-ZÄÖÜ„\"])",
    re.IGNORECASE,
)
_QUOTES = "„“”\"'‚‘’»«"
# A name in double quotes, German („…“) or English (“…”, "…") or guillemets (»…«).
_QUOTED = re.compile(r"[„“\"»](?P<name>[^„“”\"»«]+)[“”\"«]")
_DASHES = ("–", "—", "-")
# A line that names the project by a label: "Betreff: …", "Projekttitel: …", "Unsere Projektskizze: …".
_RUNIN = re.compile(
    r"^\s*(?:unsere?\s+)?(?:betreff|betr\.|titel|(?:projekt|vorhabens?)(?:titel|name|bezeichnung|skizze)?|ideenskizze"
    r"|(?:titel|name|bezeichnung)\s+des\s+(?:vorhabens|projekts?))\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
# A remark in parentheses at the end of a subject line: "… (Förderung Regionale …)"; a line
# break may have cut off its closing parenthesis.
_TRAILING_PARENTHESES = re.compile(r"\s*\([^()]*\)?\s*$")
# Chapter numbers as authors type them: "1.", "2.1", "3.2.1", "IV.", "B)".
_CHAPTER_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.|[A-Z][.)])\s+\S")
# Titles office tools write on their own, not the author: "Microsoft Word - skizze.docx",
# "untitled"/"Unbenannt", a file name with its extension.
_GENERATED = re.compile(
    r"^(microsoft\s+\w+\s*-|untitled|unbenannt|dokument\d*$|document\d*$)|\.(docx?|pdf|odt|rtf)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{3,}")
# A run-in label opening a line: up to five words, the first capitalised, then a colon.
_LABEL = re.compile(r"^\s*[A-ZÄÖÜ][\w.()/-]*(?:\s+[\w.()/-]+){0,4}\s*:\s")


def project_title(title: str | None) -> str | None:
    """The title without the kind of document around it and without quotes around the name."""
    if title is None:
        return None
    rest = _TRAILING_KIND.sub("", _KIND.sub("", title, count=1))
    rest = _INNER_KIND.sub(r"\1", rest, count=1)
    if not _WORD.search(rest):
        return title  # the title is nothing but the kind of document ("Projektskizze")
    for quote in _QUOTES:
        rest = rest.replace(quote, "")
    return " ".join(rest.split()) or title


def runin_title(line: str) -> str | None:
    """The name a labelled line gives ("Betreff: Projektskizze X (Förderung …)" → "X"), else None."""
    match = _RUNIN.match(line)
    if match is None:
        return None
    return _named(_TRAILING_PARENTHESES.sub("", match.group("value")))


def quoted_title(line: str) -> str | None:
    """The name a line of the kind and a quoted name gives, a subject line without its label:
    "Projektskizze „Regionales Digitalisierungszentrum Mansfeld-Südharz“ (DigiZ MSH)" under a
    letterhead; else None."""
    kind = _KIND.match(line)
    if kind is None or not _QUOTED.match(line, _skip_spaces(line, kind.end())):
        return None
    return _named(line[kind.end() :])


def kind_line_title(line: str) -> str | None:
    """The name after the kind in a short line without quotes ("Projektskizze Digitalisierungszentrum
    Zeitzer Land"), else None. It may as well name the call ("Ideenskizze Digitale Dörfer"), so
    it is the last resort."""
    kind = _KIND.match(line)
    if kind is None or len(line.split()) > _MAX_SUBJECT_WORDS or line.rstrip().endswith("."):
        return None
    return _named(line[kind.end() :])


# A subject line without quotes is a line, not a sentence.
_MAX_SUBJECT_WORDS = 12


def says_kind(line: str) -> bool:
    """True if the line names the kind of document first or last ("Projektskizze …", "… –
    Projektskizze")."""
    return names_kind(line) or _TRAILING_KIND.search(line) is not None


def _named(value: str) -> str | None:
    """The project's name in the value of a subject line, or None if it names none."""
    value = value.rstrip(" .;,")
    value = project_title(_set_off_name(value)) or ""
    if not _WORD.search(value) or kind_only(value) or continues_phrase(value):
        return None  # "Projektskizze: zur Förderung …" names the call, not a project
    return value


def _skip_spaces(line: str, at: int) -> int:
    """The position of the first character from `at` on that is no space."""
    return len(line) - len(line[at:].lstrip())


def _set_off_name(value: str) -> str:
    """The quoted name of a labelled line when it is set off from the words before it.

    "Projektskizze Regionales Digitalisierungszentrum – „Digitale Anlaufstelle X“" names the
    kind of document and the call, then the project's own name; whatever follows the closing
    quote is no part of it (in a PDF, the salutation may run on in the same block), except the
    short name in brackets right after it („…“ (DigiZ MSH)). A quoted word inside a name
    ("Digitalzentrum „Smart Village“ Sülzetal") is not set off.
    """
    quoted = _QUOTED.search(value)
    if quoted is None or not _WORD.search(quoted.group("name")):
        return value
    before = value[: quoted.start()].strip()
    if not before or before.endswith((*_DASHES, ":")) or kind_only(before):
        short = _SHORT_NAME.match(value, quoted.end())
        return quoted.group("name") + (f" ({short.group(1)})" if short else "")
    return value


# A short name in brackets: capitals and digits, a few words ("(DigiZ MSH)", "(RDZ-ABI)").
_SHORT_NAME = re.compile(r"\s*\(([A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*){0,2})\)")


def labelled(line: str) -> bool:
    """True if the line opens with a run-in label ("Antragsteller: …", "Laufzeit: …")."""
    return bool(_LABEL.match(line))


def names_kind(line: str) -> bool:
    """True if the line opens with the kind of document ("Projektskizze …", "Ideenskizze: …")."""
    return bool(_KIND.match(line))


def kind_only(line: str) -> bool:
    """True if the line is only the kind of document, or the kind plus what it is for.

    "Projektskizze" and "Projektskizze zur Förderung eines Zentrums im Land …" name no project;
    "Projektskizze „Digitalzentrum X“" does. What follows the kind is a name when it starts
    with a capital (German nouns and names do), and a phrase about the call when it starts
    with a lower-case word ("zur", "im Rahmen", "für den Aufruf").
    """
    match = _KIND.match(line)
    if match is None:
        return False
    rest = line[match.end() :].strip(_QUOTES + " ")
    return not _WORD.search(rest) or continues_phrase(rest)


def continues_phrase(line: str) -> bool:
    """True if the line opens with an all-lower-case word: it goes on with the line before it."""
    first = line.lstrip(_QUOTES + " ").split(maxsplit=1)
    return bool(first) and first[0][0].isalpha() and first[0].islower()


def chapter_numbered(line: str) -> bool:
    """True if the line starts with a chapter number ("1. Ausgangslage", "2.3 Ziele")."""
    return bool(_CHAPTER_NUMBER.match(line))


def file_like(title: str) -> bool:
    """True for titles a program made from the file: no space and an underscore or no capital."""
    if _GENERATED.search(title):
        return True
    if any(char.isspace() for char in title.strip()):
        return False
    return "_" in title or not any(char.isupper() for char in title)


def title_key(text: str) -> str:
    """Comparison form of a line: no chapter number, quotes or case, single spaces."""
    text = _CHAPTER_NUMBER.sub(lambda m: m.group(0)[-1], text, count=1)
    for quote in _QUOTES:
        text = text.replace(quote, "")
    return " ".join(text.casefold().split()).rstrip(" .:")
