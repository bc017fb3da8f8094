"""An organisation's name as sketches write it: its legal form, and where the name begins and ends.

A name carries its legal form in one of two places. A public body's type word opens it
("Stadt Zahna-Elster", "Landkreis Harz", "Hochschule Anhalt"); a company's or association's
suffix closes it ("Dorfläden Westliche Altmark eG", "Saale-IT e. V."). The suffixes are the
facts stage's `NAME_SUFFIX` locator words; every other spelling of the profile's legal forms is
a type word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.settings import FactSettings
from sketchproc.profiles.memo import per_profile
from sketchproc.profiles.schema import CallProfile, LegalForm

__all__ = [
    "NAME_PREPOSITIONS",
    "apposition_form",
    "clean_name",
    "is_suffix",
    "kind_words",
    "legal_form_in",
    "legal_form_spans",
    "name_run",
    "name_with_form",
    "own_legal_form",
    "running_name",
]


def legal_form_in(text: str, profile: CallProfile) -> LegalForm | None:
    """The legal form whose longest spelling occurs in `text` as a whole word, or None."""
    for pattern, form in _spelling_patterns(profile):
        if pattern.search(text):
            return form
    return None


def own_legal_form(name: str, profile: CallProfile, loc: Locators) -> LegalForm | None:
    """The legal form a name carries as its own, at one of its edges, or None.

    A suffix closes the name ("Wirtschaftsförderungsgesellschaft Landkreis Wittenberg mbH" is a
    GmbH), a type word opens it ("Landkreis Harz", "Otto-von-Guericke-Universität Magdeburg"). A
    form in between belongs to a complement: "Digitalisierungszentrum für den Landkreis
    Wittenberg" is a project, not a Landkreis.
    """
    spans = list(legal_form_spans(name, profile))
    suffixes = [(end, form) for start, end, form in spans if is_suffix(name[start:end], loc)]
    for end, form in reversed(suffixes):
        if _AFTER_SUFFIX.fullmatch(name[end:]):
            return form
    for start, _, form in spans:
        if _BEFORE_TYPE_WORD.fullmatch(name[:start]):
            return form
    return None


# After a suffix: at most a bracketed short name or seat and closing punctuation ("… e. V. (LDJ)").
_AFTER_SUFFIX = re.compile(r"\s*(?:\([^()]*\))?[\s.,;:]*")
# Before a type word: at most an article and the first parts of a hyphenated compound.
_BEFORE_TYPE_WORD = re.compile(r"\s*(?:(?:der|die|das|dem|den)\s+)?(?:[\w.]+-)*", re.IGNORECASE)


def is_suffix(spelling: str, loc: Locators) -> bool:
    """True if a legal form's spelling closes a name ("… eG", "… e. V."), not opens it ("Stadt …")."""
    return loc[Loc.NAME_SUFFIX].fullmatch(spelling.split()[-1]) is not None


def legal_form_spans(text: str, profile: CallProfile) -> Iterator[tuple[int, int, LegalForm]]:
    """Every spelling of a legal form in `text` (start, end, form), left to right, longest first
    where two start at the same place; a spelling inside a longer one is none of its own."""
    patterns = _spelling_patterns(profile)
    found = [(m.start(), m.end(), form) for pattern, form in patterns for m in pattern.finditer(text)]
    hits = sorted(found, key=lambda hit: (hit[0], -hit[1]))
    covered = -1
    for start, end, form in hits:
        if start >= covered:
            covered = end
            yield start, end, form


def apposition_form(text: str, name: str, profile: CallProfile) -> LegalForm | None:
    """The legal form set right after `name` in `text` as an apposition, or None.

    "Stadt Kalbe (Milde), Einheitsgemeinde im Altmarkkreis", "Gemeinde Huy (Einheitsgemeinde),
    Landkreis Harz": the writer states the form, and it is more specific than the type word
    opening the name. A form followed by a capitalised word opens the next name of a list
    ("Landkreis Harz, Stadt Wernigerode"), so it is none.
    """
    at = text.find(name)
    if at < 0:
        return None
    rest = text[at + len(name) :]
    for opening in filter(None, (pattern.match(rest) for pattern in _APPOSITIONS)):
        first = next(legal_form_spans(rest[opening.end() :], profile), None)
        if first is None or first[0] != 0:
            continue
        following = rest[opening.end() + first[1] :].split(maxsplit=1)
        if not (following and following[0][:1].isupper()):
            return first[2]
    return None


# What opens an apposition after a name: a comma or an opening parenthesis and an optional
# article ("…, eine Körperschaft …"); failing that, the same after a qualifier in parentheses
# that belongs to the name ("Stadt Kalbe (Milde), Einheitsgemeinde …").
_OPENING = r"\s*[,(]\s*(?:(?:ein|eine|die|der)\s+)?"
_APPOSITIONS = (re.compile(_OPENING), re.compile(r"\s*\([^()]*\)" + _OPENING))


@per_profile
def _spelling_patterns(profile: CallProfile) -> tuple[tuple[re.Pattern[str], LegalForm], ...]:
    """One whole-word pattern per spelling, longest first ("GmbH & Co. KG" before "GmbH")."""
    checklist = profile.checklist
    pairs = [
        (s, f)
        for f in (*checklist.eligible_legal_forms, *checklist.not_eligible_legal_forms)
        for s in f.spellings
    ]
    pairs.sort(key=lambda pair: -len(pair[0]))
    return tuple((_spelling_pattern(spelling), form) for spelling, form in pairs)


def _spelling_pattern(spelling: str) -> re.Pattern[str]:
    """Short abbreviations ("AG", "eG", "UG") match case-sensitively: "EG 11 TVöD" is a pay grade."""
    flags = 0 if len(spelling) <= _ABBREVIATION_MAX else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){re.escape(spelling)}(?![\w-])", flags)


# Spellings up to this length are abbreviations and matched with their exact case.
_ABBREVIATION_MAX = 4


# A first person before the organisation it speaks for: "wir vom", "wir von der", "wir, die".
_SPEAKING_FOR = re.compile(r"^wir\s*(?:,\s*|\s+vo(?:m|n\s+der|n\s+den)\s+)", re.IGNORECASE)


def clean_name(text: str, loc: Locators, settings: FactSettings) -> str | None:
    """The organisation phrase at the start of `text`: up to a comma, address or "vertreten durch"."""
    # The writer speaking for it: "Wir vom Bürgernetz X e. V. …", "Wir, die Stadt Y, …".
    line = _SPEAKING_FOR.sub("", text.strip().split("\n")[0], count=1)
    end = loc[Loc.NAME_END].search(line)
    name = line[: end.start()] if end else line
    name = loc[Loc.ARTICLE].sub("", name.strip(), count=1).strip()
    name = name.rstrip(" .:;") if not name.endswith((" V.", ".V.", " K.", ".K.")) else name.strip()
    words = name.split()
    if not words or len(words) > settings.max_name_words or not words[0][:1].isupper():
        return None
    return name


def name_with_form(text: str, start: int, end: int, loc: Locators, settings: FactSettings) -> str | None:
    """The name that the legal-form spelling text[start:end] belongs to, if it has more than that word.

    A suffix closes the name: the capitalised words right before it ("Altmark Digital eG"),
    back to an article, a punctuation mark or a lower-case word. A type word opens it: the
    name runs from it to the first comma, parenthesis or address ("Stadt Oebisfelde-Weferlingen").
    """
    suffix = is_suffix(text[start:end], loc)
    if suffix:
        first = _run_start(text[:start], loc)
        name = " ".join(text[first:end].split())
    else:
        name = clean_name(text[start:], loc, settings) or ""
    words = name.split()
    if len(words) < 2 or len(words) > settings.max_name_words or not words[0][:1].isupper():
        return None  # a type word or suffix alone names no one
    if not suffix and words[1][:1].islower():
        return None  # "… von der Stadt mieten": a verb, not a name, follows the type word
    return name


def running_name(text: str, start: int, end: int, loc: Locators, settings: FactSettings) -> str | None:
    """`name_with_form`, where a type word opens the name cut at its first word in lower case:
    the name goes on in a sentence ("Landkreis Mansfeld-Südharz um Fördermittel …")."""
    name = name_with_form(text, start, end, loc, settings)
    if name and not is_suffix(text[start:end], loc):
        return name_run(name)
    return name


# Prepositions that open a place inside a name, written with a capital there ("An der Finne",
# "Am Großen Bruch", "Zur Mulde").
NAME_PREPOSITIONS = frozenset({"An", "Am", "Auf", "Im", "In", "Zur", "Zum", "Unter", "Über", "Vor"})


def _run_start(before: str, loc: Locators) -> int:
    """Where the capitalised words that end `before` begin ("Bildungs- und Innovationswerk Salzland")."""
    words = list(re.finditer(r"\S+", before))
    first = len(before)
    for index in range(len(words) - 1, -1, -1):
        word = words[index].group(0)
        # An article after a capitalised preposition belongs to a place in the name: "… An der Finne e. V.".
        in_place = index > 0 and words[index - 1].group(0) in NAME_PREPOSITIONS
        if word[-1] in ',;:()[]"„“' or (loc[Loc.ARTICLE].fullmatch(f"{word} ") and not in_place):
            break
        if in_place:
            first = words[index].start()
            continue
        # "Seidel & Krüger", and "und" after a hyphenated half: "Bildungs- und Innovationswerk".
        after_half = index > 0 and words[index - 1].group(0).endswith("-")
        joined = word == "&" or (after_half and loc[Loc.COMPOUND_JOIN].fullmatch(word) is not None)
        if not (word[:1].isupper() or joined) or _SIGNER.fullmatch(word):
            break  # a lower-case word, or the title of the person who signs for the body
        first = words[index].start()
    return first


# The title a signer writes before the body's name ("Ralf Pietsch, Vorsitzender Digitalverein X e.V.").
_SIGNER = re.compile(
    r"(?:vorsitzende[rn]?|geschäftsführer(?:in)?|bürgermeister(?:in)?|landr(?:at|ätin)|vorstand"
    r"|schatzmeister(?:in)?|vorständin)",
    re.IGNORECASE,
)


@per_profile
def kind_words(profile: CallProfile) -> frozenset[str]:
    """The nouns that name a kind of body ("Verein", "Stadt", "Genossenschaft"): the last word of
    every spelling of a legal form."""
    forms = (*profile.checklist.eligible_legal_forms, *profile.checklist.not_eligible_legal_forms)
    return frozenset(s.split()[-1].casefold() for f in forms for s in f.spellings if s.split())


def name_run(phrase: str) -> str:
    """The name at the start of a phrase that goes on in the sentence: its words up to the first in
    lower case ("Landkreis Mansfeld-Südharz um Fördermittel …"), an article after a capitalised
    preposition kept ("Verbandsgemeinde An der Finne")."""
    words = phrase.split()
    kept = words[:1]
    for word in words[1:]:
        if not (word[:1].isupper() or kept[-1] in NAME_PREPOSITIONS):
            break
        kept.append(word)
    return " ".join(kept)
