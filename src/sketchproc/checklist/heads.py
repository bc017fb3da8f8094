"""Two-word terms whose noun is the head of a compound: a "Digitale Stadtagenda" is a "digitale Agenda".

German names the kind of a thing by the head of a compound and narrows it by the modifier:
"Digitale Dorfagenda", "Digitale Quartiersstrategie", "smarte Kleinstadt". A term of the
profile written as adjective + noun ("digitale agenda", "smarte stadt") stands for these too.
`with_compound_heads` finds such phrases in the sketch and adds them, as written there, to the
item's term group, so every rule (one sentence, one paragraph, partial evidence) weighs them
like the profile's own words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sketchproc.checklist.context import CheckContext
from sketchproc.profiles.schema import ChecklistItem, Term

__all__ = ["compound_head_terms", "with_compound_heads"]

# A modifier is a word of its own: "Stadt", "Quartiers", "Dorf" (not one or two stray letters).
_MIN_MODIFIER = 3


def compound_head_terms(terms: Iterable[Term], texts: Iterable[str]) -> list[Term]:
    """Terms for every "adjective modifier+noun" phrase of `texts` that widens a two-word term."""
    patterns = [_headed(term.stem) for term in terms if len(term.stem.split()) == 2]
    found: dict[str, Term] = {}
    for text in texts:
        for pattern in patterns:
            for match in pattern.finditer(text):
                stem = unicodedata.normalize("NFKC", match.group(0)).lower()
                found.setdefault(stem, Term(stem=stem))
    return list(found.values())


def with_compound_heads(ctx: CheckContext, item: ChecklistItem, group_id: str) -> ChecklistItem:
    """The item with its group `group_id` widened by the compound-headed phrases of the sketch."""
    group = next((g for g in item.cues if g.id == group_id), None)
    if group is None:
        return item
    extra = compound_head_terms(group.terms, (s.text for s in ctx.sentences if s.content))
    known = {term.stem for term in group.terms}
    extra = [term for term in extra if term.stem not in known]
    if not extra:
        return item
    widened = group.model_copy(update={"terms": (*group.terms, *extra)})
    cues = tuple(widened if g.id == group_id else g for g in item.cues)
    return item.model_copy(update={"cues": cues})


def _headed(stem: str) -> re.Pattern[str]:
    """ "digitale agenda" → "Digitale Stadtagenda", "digitale Quartiers-Agenda" (not "Digitale Agenda")."""
    adjective, noun = stem.split()
    return re.compile(
        rf"\b{re.escape(adjective)}\s+[^\W\d_]{{{_MIN_MODIFIER},}}-?{re.escape(noun)}",
        re.IGNORECASE,
    )
