"""Whether a clause speaks of a project's start or of its end.

Role words ("Beginn", "Projektende", "ab Bewilligung"), verbs of starting and ending written whole
or split by the clause ("fangen wir im April an", "schließen … ab"), and the clauses and conjuncts
a date takes its role from. `facts.time` asks these for every dated passage.
"""

from __future__ import annotations

import re

from sketchproc.quantities import Role
from sketchproc.sentences import clause_span
from sketchproc.separable import rejoined_verbs

__all__ = [
    "CONJUNCT_BREAK",
    "END_PARTICLE_VERBS",
    "START_PARTICLE_VERBS",
    "apposition_role",
    "clause",
    "particle_verb",
    "role_of",
    "verb_role",
]

# Words that make a whole sentence about the start or about the end of the project.
_START_WORDS = re.compile(
    r"\b(?:beginn\w*|start\w*|projektbeginn|projektstart|aufnahme|(?:projektmonat|monat|pm)\s*1)\b"
    # The start tied to the grant decision: "20 Monate ab Bewilligung, voraussichtlich April 2019".
    r"|\b(?:ab|nach|mit)\s+(?:de[rm]\s+|des\s+)?(?:bewilligung|zugang|erhalt|zustellung)\b",
    re.IGNORECASE,
)
# "nach (dem) Ende der Förderung" speaks of the time after the project, not of its end.
_END_WORDS = re.compile(
    r"(?<!nach\s)(?<!nach\sdem\s)\b(?:ende[nt]?|endet|projektende|abschluss|abgeschlossen|läuft\s+aus"
    r"|ist\s+schluss)\b",
    re.IGNORECASE,
)


# Clause boundaries inside a passage: a comma or semicolon, or a bullet that OCR left inline.
_CLAUSE_BREAK = re.compile(r"[,;•«»▪●]")


# Coordinated predicates, each with its own date: "soll am 1. April 2019 beginnen und am
# 31. Dezember 2020 enden", "wollen am 1. April loslegen und das Projekt Ende März 2021 abschließen".
CONJUNCT_BREAK = re.compile(r"[,;•«»▪●]|\s(?:und|sowie)\s", re.IGNORECASE)
# The verbs of starting and ending as the predicate of a conjunct, in lower case: a noun ("Beginn
# und Ende: 1.4.2019 und 31.12.2020") names both roles and dates neither.
_START_VERB = re.compile(r"(?-i:\b(?:beginn|start)(?:en|t|et)\b)")
_END_VERB = re.compile(r"(?-i:\b(?:enden|endet|abgeschlossen)\b)")


def clause(text: str, start: int, end: int, breaks: re.Pattern[str] = _CLAUSE_BREAK) -> str:
    """The clause of text[start:end]: from the break before it to the break after it."""
    before, after = clause_span(text, start, end, breaks)
    return text[before:after]


def apposition_role(text: str, start: int, end: int) -> Role | None:
    """The role of the clause before text[start:end] where that stands in an apposition of a few
    lower-case words: "Das Vorhaben beginnt mit Zugang des Bescheides, voraussichtlich zum
    1. April 2019, und endet …" — the date tells when the clause before it happens."""
    first, last = clause_span(text, start, end, _CLAUSE_BREAK)
    words = (text[first:start] + " " + text[end:last]).split()
    if first == 0 or len(words) > _APPOSITION_WORDS or any(not word[:1].islower() for word in words):
        return None
    before, _ = clause_span(text, first - 1, first - 1, _CLAUSE_BREAK)
    return role_of(text[before : first - 1])


# Words besides the date in an apposition: "voraussichtlich zum", "also spätestens am".
_APPOSITION_WORDS = 3


# Verbs of starting and ending whose particle a main clause splits off: "fangen wir im April an",
# "geht es los", "schließen wir … ab" (put back together by `rejoined_verbs`).
START_PARTICLE_VERBS = re.compile(r"^(?:anfang|anfäng|losgeh|losleg)")
END_PARTICLE_VERBS = re.compile(r"^(?:abschließ|auslauf|ausläuf)")


def particle_verb(text: str, verbs: re.Pattern[str]) -> bool:
    """True if one of `verbs` stands split ("legen … los") or whole ("wollen wir loslegen"): a
    lower-case word, as German capitalises nouns ("Anfang 2019"); not the adverb ("abschließend").

    The sentence's first word is capitalised whatever it is: there a verb is told from the noun
    by its verb ending ("Anfangen wollen wir im März 2019", but "Anfang 2019 …").
    """
    words = _LOWER_WORD.findall(text)
    opening = _opening_verb(text)
    if opening:
        words.append(opening)
    fronted = _FRONTED_PARTICLE.match(text)
    if fronted:
        # The particle put first for weight, the verb right after it: "Los gehen soll es am …".
        words.append((fronted.group(1) + fronted.group(2)).lower())
    joined = (word for word in words if not word.endswith("end"))
    return any(verbs.match(word) for word in joined) or any(
        verbs.match(verb.word) for verb in rejoined_verbs(text)
    )


_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß]+\b")
_FRONTED_PARTICLE = re.compile(r"\W*(Los|An|Ab|Aus)\s+([a-zäöüß]+(?:en|t))\b")
_OPENING_WORD = re.compile(r"\W*([A-ZÄÖÜ][a-zäöüß]+)\b")
# Infinitive or finite forms ("anfangen", "loslegen", "fängt"); a noun of these stems ("Anfang",
# "Abschluss", "Auslauf") ends otherwise.
_VERB_ENDING = re.compile(r"(?:en|t)$")


def _opening_verb(text: str) -> str:
    """The sentence's first word in lower case if its ending makes it a verb ("Starten", "Anfangen"),
    else "": German capitalises it whatever it is."""
    opening = _OPENING_WORD.match(text)
    return opening.group(1).lower() if opening and _VERB_ENDING.search(opening.group(1)) else ""


def verb_role(text: str) -> Role | None:
    """START or END if a verb of the text starts only or ends only (no noun counts).

    A verb put first for weight is capitalised ("Starten möchten wir am 1. Mai 2019"): there its
    ending tells it from the noun ("Start am 1. Mai").
    """
    fronted = _opening_verb(text)
    starts = bool(_START_VERB.search(text) or _START_VERB.fullmatch(fronted))
    starts = starts or particle_verb(text, START_PARTICLE_VERBS)
    ends = bool(_END_VERB.search(text) or _END_VERB.fullmatch(fronted)) or particle_verb(
        text, END_PARTICLE_VERBS
    )
    return Role.START if starts and not ends else Role.END if ends and not starts else None


def role_of(text: str) -> Role | None:
    """START or END if the text speaks of the start only or of the end only."""
    starts = bool(_START_WORDS.search(text)) or particle_verb(text, START_PARTICLE_VERBS)
    ends = bool(_END_WORDS.search(text)) or particle_verb(text, END_PARTICLE_VERBS)
    return Role.START if starts and not ends else Role.END if ends and not starts else None
