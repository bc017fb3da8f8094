"""Two-word terms whose noun is the head of a compound: a "Digitale Stadtagenda" is a "digitale Agenda".

German names the kind of a thing by the head of a compound and narrows it by the modifier:
"Digitale Dorfagenda", "Digitale Quartiersstrategie", "smarte Kleinstadt". A term of the
profile written as adjective + noun ("digitale agenda", "smarte stadt") stands for these too.
`with_compound_heads` finds such phrases in the sketch and adds them, as written there, to the
item's term group, so every rule (one sentence, one paragraph, partial evidence) weighs them
like the profile's own words. A plan the sketch names by its title ("Strategie „Halle digital
2025“") is then called by its noun alone, which joins the group too.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from sketchproc.checklist.context import CheckContext
from sketchproc.profiles.schema import ChecklistItem, Term

__all__ = [
    "compound_head_terms",
    "compound_word_terms",
    "named_plan_terms",
    "postposed_terms",
    "with_compound_heads",
]

# A modifier is a word of its own: "Stadt", "Quartiers", "Dorf" (not one or two stray letters).
_MIN_MODIFIER = 3
# How often a plan named with the adjective after it ("Zukunftsplan digital") must occur.
_NAME_RECURS = 2


def compound_head_terms(terms: Iterable[Term], texts: Iterable[str]) -> list[Term]:
    """Terms for every "adjective modifier+noun" phrase of `texts` that widens a two-word term."""
    pairs = tuple(_pairs(terms))
    if not pairs:
        return []
    patterns = [_headed(adjective, noun) for adjective, noun in pairs]
    # Most sentences hold none of the phrases: one pass of all of them together skips those,
    # the single patterns then find each pair's own matches (overlaps included) as before.
    anyone = _any_headed(pairs)
    found: dict[str, Term] = {}
    for text in texts:
        if anyone.search(text) is None:
            continue
        for pattern in patterns:
            for match in pattern.finditer(text):
                stem = unicodedata.normalize("NFKC", match.group(0)).lower()
                found.setdefault(stem, Term(stem=stem))
    return list(found.values())


def with_compound_heads(ctx: CheckContext, item: ChecklistItem, group_id: str) -> ChecklistItem:
    """The item with its group `group_id` widened by the compound-headed phrases of the sketch,
    and by a named plan's noun alone where the sketch names its plan by a title."""
    group = next((g for g in item.cues if g.id == group_id), None)
    if group is None:
        return item
    texts = [s.text for s in ctx.sentences if s.content]
    extra = [
        *compound_head_terms(group.terms, texts),
        *compound_word_terms(group.terms, texts),
        *named_plan_terms(group.terms, texts),
        *postposed_terms(group.terms, texts),
    ]
    known = {term.stem for term in group.terms}
    extra = [term for term in extra if term.stem not in known]
    if not extra:
        return item
    widened = group.model_copy(update={"terms": (*group.terms, *extra)})
    cues = tuple(widened if g.id == group_id else g for g in item.cues)
    return item.model_copy(update={"cues": cues})


# An adjective's ending: "digitale", "digitalen", "digitales" share the stem "digital".
_ENDING = re.compile(r"(?:e[mnrs]?)$")


def compound_word_terms(terms: Iterable[Term], texts: Iterable[str]) -> list[Term]:
    """Terms for every one-word compound of a two-word term's adjective and noun in `texts`.

    "digitale strategie" is also written "Digitalisierungsstrategie", "Smart-Village-Strategie"
    the plan of "smarte region": the adjective's stem opens the word, the noun is its head.
    """
    parts = _stems_and_heads(terms)
    if parts is None:
        return []
    stems, heads = parts
    found = _phrases(rf"\b(?:{stems})[\w-]*?(?:{heads})\b", texts)
    return [Term(stem=stem) for stem in sorted(found)]


def _stems_and_heads(terms: Iterable[Term]) -> tuple[str, str] | None:
    """Alternations of the two-word terms' adjective stems and of their nouns, or None."""
    pairs = _pairs(terms)
    stems = sorted({_ENDING.sub("", adjective) for adjective, _ in pairs if len(adjective) > _MIN_MODIFIER})
    heads = sorted({noun for _, noun in pairs})
    if not stems or not heads:
        return None
    return "|".join(map(re.escape, stems)), "|".join(map(re.escape, heads))


def _phrases(pattern: str, texts: Iterable[str]) -> Counter[str]:
    """How often each phrase the pattern finds stands in `texts` (normalised, lower case)."""
    compiled = re.compile(pattern, re.IGNORECASE)
    return Counter(
        unicodedata.normalize("NFKC", m.group(0)).lower() for text in texts for m in compiled.finditer(text)
    )


# A plan named by its title: "die Strategie „Halle digital 2025“", "unsere Agenda »Smartes Dorf«".
_NAMED_PLAN = re.compile(r"\b([^\W\d_]+)\s*[„\"»]([^“”\"«»„]{3,120})[“”\"«]")
# A title that makes the plan a digital one.
_DIGITAL_TITLE = re.compile(r"digital|smart", re.IGNORECASE)


def named_plan_terms(terms: Iterable[Term], texts: Iterable[str]) -> list[Term]:
    """The noun of a two-word term ("strategie" of "digitale strategie") where the sketch names a
    digital plan of that noun by its title ("Strategie „Halle digital 2025“"): its later
    sentences call the plan by the noun alone ("die Strategie … fortschreiben")."""
    nouns = {noun for _, noun in _pairs(terms)}
    found = {
        m.group(1).lower()
        for text in texts
        for m in _NAMED_PLAN.finditer(text)
        if m.group(1).lower() in nouns and _DIGITAL_TITLE.search(m.group(2))
    }
    return [Term(stem=noun) for noun in sorted(found)]


def postposed_terms(terms: Iterable[Term], texts: Iterable[str]) -> list[Term]:
    """Terms for a compound headed by a two-word term's noun with the adjective after it, as a
    title writes it: "Zukunftsplan digital", "Masterplan digital" for "digitaler plan"."""
    parts = _stems_and_heads(terms)
    if parts is None:
        return []
    stems, heads = parts
    found = _phrases(rf"\b[^\W\d_]*(?:{heads})\s+(?:{stems})\b", texts)
    # A plan's name recurs; "… den Stellenplan digital führen" says once how a list is kept.
    return [Term(stem=stem) for stem in sorted(found) if found[stem] >= _NAME_RECURS]


def _pairs(terms: Iterable[Term]) -> list[tuple[str, str]]:
    """The adjective and noun of each two-word term ("digitale strategie" → ("digitale", "strategie"))."""
    return [(words[0], words[1]) for term in terms if len(words := term.stem.split()) == 2]


@lru_cache(maxsize=64)
def _any_headed(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One pattern that matches wherever any of the pairs' `_headed` patterns matches."""
    return re.compile(
        "|".join(f"(?:{_headed(adjective, noun).pattern})" for adjective, noun in pairs), re.IGNORECASE
    )


@lru_cache(maxsize=256)
def _headed(adjective: str, noun: str) -> re.Pattern[str]:
    """ "digitale agenda" → "Digitale Stadtagenda", "digitale Quartiers-Agenda" (not "Digitale Agenda")."""
    return re.compile(
        rf"\b{re.escape(adjective)}\s+[^\W\d_]{{{_MIN_MODIFIER},}}-?{re.escape(noun)}",
        re.IGNORECASE,
    )
