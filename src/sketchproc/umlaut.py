"""The plural umlaut of German nouns: "Werkstatt" → "Werkstätten", "Verband" → "Verbände".

Many German plurals (and some verb forms) turn the vowel of the last syllable into its
umlaut. A stem of the profile names the singular ("zukunftswerkstatt", "zweckverband",
"ansatz"); the plural a sketch writes ("vier Zukunftswerkstätten", "Zweckverbände", "neue
Ansätze") does not contain it. The umlaut variant of a stem is matched as the stem itself.
Only the last syllable's a, o, u or au before the stem's closing consonants changes, and
only in stems long enough to be nouns of their own (a short verb stem like "schul" would
take "Schüler").
"""

from __future__ import annotations

import re

__all__ = ["umlaut_variant"]

# Folded spelling (ä → ae, as `fold_text` writes it): the last vowel group, then consonants only.
_LAST_SYLLABLE = re.compile(r"^(?P<head>.*[^aeiouy])(?P<vowel>au|a|o|u)(?P<coda>[bcdfghjklmnpqrstvwxzß]+)$")
_UMLAUTS = {"au": "aeu", "a": "ae", "o": "oe", "u": "ue"}
_MIN_LENGTH = 6


def umlaut_variant(folded_stem: str) -> str | None:
    """The stem with its last syllable's umlaut, folded ("werkstatt" → "werkstaett"), or None."""
    if len(folded_stem) < _MIN_LENGTH:
        return None
    found = _LAST_SYLLABLE.match(folded_stem)
    if found is None:
        return None
    return f"{found['head']}{_UMLAUTS[found['vowel']]}{found['coda']}"
