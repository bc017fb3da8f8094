"""Named partners and the call's actor category each belongs to.

A partner is a run of capitalised words around a word that contains a stem of
an actor category's lexicon ("die Hochschule Harz", "der IHK Magdeburg",
"Wirtschaftsförderung des Landkreises Mansfeld-Südharz"). The run needs at least
two words, so the bare groups of a sentence ("Unternehmen, Schulen und
Vereine") are no named partners. The category is the one of the longest stem
in the name ("Zweckverband" is administration, not "Verband").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sketchproc.facts.locators import Loc, Locators
from sketchproc.facts.settings import FactSettings
from sketchproc.model import Partner
from sketchproc.passages import Passage, PassageZone
from sketchproc.profiles.memo import per_profile
from sketchproc.profiles.schema import CallProfile, term_key

# Word tokens as written: letters, digits, hyphens, dots of abbreviations ("e. V." is two tokens).
_TOKEN = re.compile(r"[\w][\w\-.&/]*")


@dataclass(frozen=True)
class _Stem:
    key: str  # term_key of the stem
    category: str
    ctx: bool
    not_in: tuple[str, ...]  # term_keys of the longer words that void a hit


def find_partners(
    passages: Iterable[Passage], profile: CallProfile, loc: Locators, settings: FactSettings
) -> tuple[Partner, ...]:
    """Distinct named partners (by normalised name) in the passages, in order of appearance."""
    seen: set[str] = set()
    out: list[Partner] = []
    for passage in passages:
        tokens = list(_TOKEN.finditer(passage.text))
        covered = -1  # tokens up to this index belong to a name already read
        for index, token in enumerate(tokens):
            named = index + 1 < len(tokens) and _capitalised(tokens[index + 1].group(0))
            stem = _category_stem(token.group(0), profile, before_name=named)
            if stem is None or index <= covered:
                continue
            run = _name_around(passage.text, tokens, index, loc, settings)
            if run is None:
                continue
            name, covered = run
            if term_key(name) in seen:
                continue
            seen.add(term_key(name))
            ev = passage.evidence(settings.max_quote_chars, token.start())
            out.append(Partner(name=name, category=stem.category, evidence=ev))
    return tuple(out)


def told_of_project(passages: Iterable[Passage], settings: FactSettings) -> Iterator[Passage]:
    """The body passages outside the parts that describe the region's situation."""
    for passage in passages:
        if passage.zone is PassageZone.BODY and not set(passage.outline_ids) & set(settings.situation_ids):
            yield passage


def _category_stem(word: str, profile: CallProfile, *, before_name: bool = False) -> _Stem | None:
    """The longest lexicon stem the word contains, unless it is ambiguous or inside a longer word.

    An ambiguous stem ("Stadt", "Gemeinde") names a partner when it stands as a word of its own
    before a name: "die Stadt Halberstadt", "die Gemeinde Huy", not "die Stadt" in general.
    """
    key = term_key(word)
    for stem in _stems(profile):
        usable = not stem.ctx or (before_name and key == stem.key)
        if stem.key in key and usable and not any(w in key for w in stem.not_in):
            return stem
    return None


@per_profile
def _stems(profile: CallProfile) -> tuple[_Stem, ...]:
    """All lexicon stems of the actor categories, longest first."""
    stems = [
        _Stem(term_key(term.stem), category.id, term.ctx, tuple(term_key(w) for w in term.not_in))
        for category in profile.checklist.actor_categories
        for term in category.lexicon
    ]
    return tuple(sorted(stems, key=lambda s: -len(s.key)))


def _name_around(
    text: str, tokens: Sequence[re.Match[str]], index: int, loc: Locators, settings: FactSettings
) -> tuple[str, int] | None:
    """The capitalised run of tokens around tokens[index] (no leading article), and its last index."""
    if not _capitalised(tokens[index].group(0)):
        return None
    first = index
    while first > 0:
        if _joins(tokens[first - 1].group(0), text, tokens[first - 1].end(), tokens[first].start()):
            first -= 1
        elif first > 1 and _compound_join(tokens[first - 2].group(0), tokens[first - 1].group(0), loc):
            first -= 2  # "Industrie- und Handelskammer": the hyphen carries the compound over "und"
        else:
            break
    while first < index and loc[Loc.ARTICLE].fullmatch(f"{tokens[first].group(0)} "):
        first += 1  # a sentence-initial "Die" is capitalised but no part of the name
    last = index
    while last + 1 < len(tokens) and _continues(tokens, last + 1, text, loc):
        last += 1
    while last > index and loc[Loc.ORG_CONNECTOR].fullmatch(tokens[last].group(0)):
        last -= 1  # a connector ("des", "für") must be followed by a name word
    if not settings.min_partner_words <= last - first + 1 <= settings.max_partner_words:
        return None
    name = text[tokens[first].start() : tokens[last].end()]
    # A final full stop ends the sentence, unless it belongs to a suffix such as "e. V.".
    if name.endswith(".") and not loc[Loc.NAME_SUFFIX].fullmatch(tokens[last].group(0)):
        name = name[:-1]
    return name, last


def _joins(previous: str, text: str, prev_end: int, start: int) -> bool:
    """A capitalised word right before (no punctuation between) belongs to the name."""
    return _capitalised(previous) and text[prev_end:start].strip() == ""


def _continues(tokens: Sequence[re.Match[str]], position: int, text: str, loc: Locators) -> bool:
    """The next token extends the name: capitalised, a legal suffix, or a connector before a name word."""
    gap = text[tokens[position - 1].end() : tokens[position].start()]
    if gap.strip():
        return False  # punctuation (a comma, a parenthesis) ends the name
    word = tokens[position].group(0)
    if _capitalised(word) or loc[Loc.NAME_SUFFIX].fullmatch(word):
        return True
    follows = position + 1 < len(tokens) and _capitalised(tokens[position + 1].group(0))
    return bool(loc[Loc.ORG_CONNECTOR].fullmatch(word)) and follows


def _compound_join(before: str, word: str, loc: Locators) -> bool:
    """A hyphenated first part and a conjunction ("Industrie- und") continue a compound name."""
    return before.endswith("-") and loc[Loc.COMPOUND_JOIN].fullmatch(word) is not None


def _capitalised(word: str) -> bool:
    """Starts with a capital letter: German nouns and names do, verbs and articles mid-sentence do not."""
    return word[:1].isupper()
