"""German separable verbs, put back together for stem matching.

A stem list knows "zusammenführ", but a main clause splits the verb: "Das Team führt die
Vorhaben zusammen", "stimmt die Termine mit den Partnern ab". The particle closes the
clause; the finite verb stands earlier, and unlike the nouns around it is written in lower
case. Each lower-case word before such a particle is offered, prefixed with the particle,
to the matcher; a hit that reaches from the particle into the word is the rejoined verb.

The participle and the zu-infinitive put their infix between particle and verb:
"zusammengeführt", "abgestimmt", "zusammenzuführen". Such a word is offered without the
infix ("zusammenführt"), so the same stem finds it.

Every term group of the checklist asks again for the same sentence, so the candidates are
kept per text (a bounded LRU cache; the records are frozen).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sketchproc.text_memo import memo_of_texts

__all__ = ["Rejoined", "rejoined_verbs"]

# Particles that separate from their verb (closed class of German grammar).
_PARTICLES = frozenset(
    (
        "ab",
        "an",
        "auf",
        "aus",
        "bei",
        "dar",
        "ein",
        "fest",
        "fort",
        "her",
        "hin",
        "los",
        "mit",
        "nach",
        "teil",
        "um",
        "vor",
        "weg",
        "zu",
        "zurück",
        "zusammen",
        "bereit",
        "durch",
        "entgegen",
        "heran",
        "heraus",
        "hervor",
        "voran",
        "vorbei",
        "weiter",
    )
)
# Where a particle may close a clause: before a comma, a conjunction or the end of a sentence.
_CLOSING = re.compile(r"\w+(?=\s*(?:[,;:.!?)\]–]|\s(?:und|oder|sowie|aber)\s|$))")
# The finite verb is looked for back to the start of the sentence part: commas and conjunctions
# are crossed, since they often only join the members of a list ("führt Vereine, Betriebe und
# Verwaltung zusammen"). A colon inside a word is gender-inclusive spelling, not a boundary
# ("bringen Bewohner:innen, Händler:innen und Vereine zusammen"), and a dot after a digit is an
# ordinal ("reichen wir bis zum 28. Februar nach").
_PART = re.compile(r"(?:[^;:.!?()\[\]]|(?<=\w):(?=\w)|(?<=\d)\.)+")
_WORD = re.compile(r"\w+")
# A verb's inflection after its stem is at most this long.
_MAX_ENDING = 3
# Sentences kept: a few sketches' worth, so a sketch's checklist finds all of its own.
_KEPT = 8192


@dataclass(frozen=True, slots=True)
class Rejoined:
    """A verb with its particle in front ("zusammenführt"), and where the finite verb stands."""

    word: str
    start: int
    end: int
    particle: str

    def covers(self, start: int, end: int) -> bool:
        """True if a stem hit at [start, end) of `word` runs from the particle through the verb,
        up to at most its inflection ("-t", "-en", "-st", "-et", "-end")."""
        return start == 0 and len(self.particle) < end and len(self.word) - end <= _MAX_ENDING


@lru_cache(maxsize=_KEPT)
def rejoined_verbs(text: str) -> tuple[Rejoined, ...]:
    """Every particle + lower-case word before it, for each particle closing a clause of `text`,
    and every participle or zu-infinitive of a particle verb without its infix."""
    return (*_rejoined(text), *_without_infix(text))


memo_of_texts(rejoined_verbs.cache_clear)


# Particle, then the infix of the participle ("ge") or the zu-infinitive ("zu"), then the verb.
_INFIXED = re.compile(
    r"\b(" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + r")(ge|zu)([a-zäöüß]{3,})\b"
)


def _without_infix(text: str) -> Iterator[Rejoined]:
    """ "zusammengeführt" → "zusammenführt", "abzustimmen" → "abstimmen" (lower-case words only)."""
    for match in _INFIXED.finditer(text):
        particle, verb = match.group(1), match.group(3)
        yield Rejoined(particle + verb, match.start(), match.end(), particle)


def _rejoined(text: str) -> Iterator[Rejoined]:
    for part in _PART.finditer(text):
        words = list(_WORD.finditer(part.group()))
        for closing in _CLOSING.finditer(part.group()):
            particle = closing.group().lower()
            if particle not in _PARTICLES:
                continue
            for word in words:
                if word.start() >= closing.start():
                    break
                if word.group()[0].islower():
                    start, end = part.start() + word.start(), part.start() + word.end()
                    yield Rejoined(particle + word.group(), start, end, particle)
